// Shared by the recruiting integration tests: a verified organisation with a published vacancy, visible candidates,
// and an invitation accepted through the real data functions.
import { randomUUID } from "node:crypto";
import { createEmployer } from "./factories";
import { createFilledCandidate } from "./candidate-helpers";
import { SAGUENAY, TROIS_RIVIERES, vacancyInput } from "./vacancy-helpers";
import { createVacancy } from "@/lib/server/dal/vacancies";
import { sendInvitation, respondToInvitation } from "@/lib/server/dal/invitations";
import type { SessionUser } from "@/lib/server/auth";

export { SAGUENAY, TROIS_RIVIERES };

export async function createRecruiter(over: { verified?: boolean; legalName?: string } = {}) {
  const employer = await createEmployer({ municipalityCode: TROIS_RIVIERES, ...over });
  return employer;
}

export async function publishedVacancy(actor: SessionUser, over: Record<string, unknown> = {}) {
  return createVacancy(actor, vacancyInput({ publish: true, ...over }));
}

export const INVITATION_TEXT = "Bonjour, votre profil de soudeuse correspond à notre poste à Saguenay. Au plaisir d'échanger !";

export async function invite(actor: SessionUser, jobPostingId: string, candidateProfileId: string, key = randomUUID()) {
  return sendInvitation(actor, { jobPostingId, candidateProfileId, message: INVITATION_TEXT, idempotencyKey: key }, { ip: "198.51.100.7" });
}

/** An organisation, a published vacancy, a visible candidate who accepted its invitation. */
export async function acceptedInvitation() {
  const employer = await createRecruiter();
  const vacancy = await publishedVacancy(employer.actor);
  const candidate = await createFilledCandidate({ visible: true });
  const inv = await invite(employer.actor, vacancy.id, candidate.profileId);
  const answer = await respondToInvitation(candidate.actor, { invitationId: inv.id, answer: "accept" });
  return { employer, vacancy, candidate, invitationId: inv.id, threadId: answer.threadId! };
}
