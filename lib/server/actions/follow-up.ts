"use server";
import { revalidatePath } from "next/cache";
import { action } from "@/lib/server/actions/safe-action";
import { requireUser } from "@/lib/server/auth";
import { ZFollowUp } from "@/lib/schemas/integration";
import { recordFollowUp, selfCheckIn } from "@/lib/server/dal/follow-ups";

export const recordFollowUpAction = action(ZFollowUp, async (input) => {
  const r = await recordFollowUp(await requireUser(), input);
  revalidatePath("/conseiller/accompagnement", "layout");
  return { tasksLeft: r.tasksLeft };
});

export const selfCheckInAction = action(ZFollowUp, async (input) => {
  const r = await selfCheckIn(await requireUser(), input);
  revalidatePath("/candidat/plan");
  return { tasksLeft: r.tasksLeft };
});
