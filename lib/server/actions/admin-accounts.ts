"use server";
import { revalidatePath } from "next/cache";
import { action } from "@/lib/server/actions/safe-action";
import { ZResetSecondFactor } from "@/lib/schemas/privacy";
import { requireUser } from "@/lib/server/auth";
import { resetSecondFactor } from "@/lib/server/dal/admin-accounts";

export const resetSecondFactorAction = action(ZResetSecondFactor, async (input) => {
  const r = await resetSecondFactor(await requireUser(), input);
  revalidatePath("/admin/comptes");
  return r;
});
