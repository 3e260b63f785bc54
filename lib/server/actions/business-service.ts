"use server";
import { revalidatePath } from "next/cache";
import { action } from "@/lib/server/actions/safe-action";
import { requireUser } from "@/lib/server/auth";
import { ZBusinessService } from "@/lib/schemas/integration";
import { recordBusinessService } from "@/lib/server/dal/business-services";

export const recordBusinessServiceAction = action(ZBusinessService, async (input) => {
  const r = await recordBusinessService(await requireUser(), input);
  revalidatePath(`/conseiller/accompagnement/entreprises/${input.employerId}`);
  revalidatePath("/employeur/accompagnement");
  return { id: r.id };
});
