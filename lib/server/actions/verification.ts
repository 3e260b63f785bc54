"use server";
import { revalidatePath } from "next/cache";
import { action } from "@/lib/server/actions/safe-action";
import { requireUser } from "@/lib/server/auth";
import { ZVerificationDecision } from "@/lib/schemas/employer";
import { decideVerification } from "@/lib/server/dal/verification";

export const decideVerificationAction = action(ZVerificationDecision, async (input) => {
  const r = await decideVerification(await requireUser(), { employerId: input.employerId, version: input.version, decision: input.decision, reason: input.reason });
  revalidatePath("/conseiller/verifications", "layout");
  revalidatePath("/emplois", "layout");
  return r;
});
