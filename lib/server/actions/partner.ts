"use server";
import { revalidatePath } from "next/cache";
import { action } from "@/lib/server/actions/safe-action";
import { requireUser } from "@/lib/server/auth";
import { ZPartner } from "@/lib/schemas/integration";
import { savePartner } from "@/lib/server/dal/partners";

export const savePartnerAction = action(ZPartner, async (input) => {
  const r = await savePartner(await requireUser(), input);
  revalidatePath("/conseiller/accompagnement", "layout");
  return r;
});
