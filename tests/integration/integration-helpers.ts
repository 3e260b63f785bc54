// Shared by the Accompagnement Québec integration tests: a hire in Côte-Nord (Baie-Comeau, region 09) through the
// real recruiting path (invitation accepted, markHired, which runs onCandidateHired in its transaction).
import { db } from "./db";
import { actorFor, createAdvisor, createUser } from "./factories";
import { createFilledCandidate } from "./candidate-helpers";
import { createRecruiter, invite, publishedVacancy } from "./recruiting-helpers";
import { respondToInvitation } from "@/lib/server/dal/invitations";
import { markHired } from "@/lib/server/dal/pipeline";
import { setConsent } from "@/lib/server/dal/candidate-profile";
import { CONSENT_WORDING_VERSIONS } from "@/lib/domain/candidate/consent";

export const BAIE_COMEAU = "96020"; // Côte-Nord (09)
export const SHAWINIGAN = "36033"; // Mauricie (04)
export const WORDING = CONSENT_WORDING_VERSIONS.shared_with_advisors;

/** A verified organisation, a published vacancy in `municipalityCode`, a candidate who accepted its invitation. */
export async function acceptedCandidate(over: { municipalityCode?: string; shareWithAdvisors?: boolean; candidateLocale?: string } = {}) {
  const employer = await createRecruiter();
  const vacancy = await publishedVacancy(employer.actor, { municipalityCode: over.municipalityCode ?? BAIE_COMEAU, title: "Opérateur ou opératrice de production" });
  const candidate = await createFilledCandidate({ visible: true, regions: ["09", "04"] });
  if (over.candidateLocale) {
    await db.user.update({ where: { id: candidate.userId }, data: { locale: over.candidateLocale } });
    candidate.actor = await actorFor(candidate.userId);
  }
  if (over.shareWithAdvisors !== false) await setConsent(candidate.actor, { purpose: "shared_with_advisors", granted: true, wordingVersion: WORDING });
  const inv = await invite(employer.actor, vacancy.id, candidate.profileId);
  await respondToInvitation(candidate.actor, { invitationId: inv.id, answer: "accept" });
  const entry = await db.pipelineEntry.findFirstOrThrow({ where: { jobPostingId: vacancy.id, candidateProfileId: candidate.profileId }, select: { id: true, version: true } });
  return { employer, vacancy, candidate, entry };
}

/** acceptedCandidate, then the organisation records the hire. */
export async function hiredCandidate(over: Parameters<typeof acceptedCandidate>[0] & { at?: Date } = {}) {
  const a = await acceptedCandidate(over);
  await markHired(a.employer.actor, { entryId: a.entry.id, version: a.entry.version }, over.at ?? new Date());
  const handOver = await db.handOver.findUnique({ where: { pipelineEntryId: a.entry.id } });
  return { ...a, handOver };
}

/** The advisors of the story: Côte-Nord, Mauricie, and an administrator. */
export async function advisors() {
  const coteNord = await createAdvisor(["09"]);
  const mauricie = await createAdvisor(["04"]);
  const admin = await createUser("ADMIN");
  return { coteNord, mauricie, admin };
}
