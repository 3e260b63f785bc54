"use server";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { action } from "@/lib/server/actions/safe-action";
import { requireUser } from "@/lib/server/auth";
import { respondToInvitation, revokeDisclosure, sendInvitation } from "@/lib/server/dal/invitations";
import { ZRespondInvitation, ZSendInvitation } from "@/lib/schemas/recruiting";
import { ZId } from "@/lib/schemas/fields";

export const sendInvitationAction = action(ZSendInvitation, async (input) => {
  const r = await sendInvitation(await requireUser(), input);
  revalidatePath(`/employeur/postes/${input.jobPostingId}/pipeline`);
  return r;
});

export const respondToInvitationAction = action(ZRespondInvitation, async (input) => {
  const r = await respondToInvitation(await requireUser(), input);
  revalidatePath("/candidat", "layout");
  return r;
});

export const revokeDisclosureAction = action(z.object({ employerId: ZId }), async ({ employerId }) => {
  await revokeDisclosure(await requireUser(), employerId);
  revalidatePath("/candidat", "layout");
  return {};
});
