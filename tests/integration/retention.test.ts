import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { db, resetDb } from "./db";
import { createCandidate, createEmployer, ensureReferenceData } from "./factories";
import { anonymiseInactiveCandidates, retentionCutoff } from "@/lib/server/services/retention";
import { createAuthSession } from "@/lib/server/auth-sessions";
import { authenticate } from "@/lib/server/services/authentication";
import { setStorage, type ObjectStorage } from "@/lib/server/storage";

// The retention job, called directly (pg-boss only schedules it). A "canary" candidate has a marker in every text
// field the platform holds about them, in every table that refers to them; after the run no table (the audit log
// included) may contain the marker or their e-mail, while the organisations' records keep their structure.

const MARK = "Zqxcanary";
const YEARS_AGO = new Date(Date.now() - 3 * 365 * 24 * 3_600_000);

const files = new Map<string, Uint8Array>();
const memoryStorage: ObjectStorage = {
  put: async (k, b) => void files.set(k, b),
  get: async (k) => files.get(k) ?? null,
  delete: async (k) => void files.delete(k),
};
let previous: ObjectStorage | undefined;

async function makeInactive(userId: string, profileId: string) {
  await db.$executeRaw`UPDATE "User" SET "createdAt" = ${YEARS_AGO}, "lastSignInAt" = ${YEARS_AGO} WHERE id = ${userId}`;
  await db.$executeRaw`UPDATE "CandidateProfile" SET "createdAt" = ${YEARS_AGO}, "updatedAt" = ${YEARS_AGO}, "confirmedAt" = ${YEARS_AGO} WHERE id = ${profileId}`;
}

/** Every row of every table of the public schema, as text. */
async function everything(): Promise<string> {
  const tables = await db.$queryRaw<{ tablename: string }[]>`SELECT tablename FROM pg_tables WHERE schemaname = 'public'`;
  let out = "";
  for (const { tablename } of tables) {
    const [r] = await db.$queryRawUnsafe<{ s: string | null }[]>(`SELECT string_agg(t::text, '|') AS s FROM "${tablename}" t`);
    out += `\n${tablename}: ${r?.s ?? ""}`;
  }
  return out;
}

async function canary() {
  const c = await createCandidate({ email: `${MARK.toLowerCase()}@exemple.org` });
  const { userId, profileId } = c;
  await db.candidateProfile.update({
    where: { id: profileId },
    data: {
      firstName: `${MARK}Prenom`, lastName: `${MARK}Nom`, phone: "+1 418 555 0199", cityOfResidence: `${MARK}Ville`, countryOfResidence: "ML", citizenship: "ML",
      immigrationStatus: `${MARK}Statut`, educationField: `${MARK}Domaine`, languageTestName: `${MARK}Test`, credentialStatus: `${MARK}Reconnaissance`,
      frenchLevel: 7, education: "college", preferredRegionCodes: ["02"], nocCodes: ["72106"], skillLabels: [`${MARK} soudage`], skillKeys: [`${MARK.toLowerCase()} soudage`],
      visibleToEmployers: true, includedInMatching: true, sharedWithAdvisors: true,
    },
  });
  await db.skillTerm.create({ data: { key: `${MARK.toLowerCase()} soudage`, label: `${MARK} soudage`, usageCount: 1 } });
  await db.candidateOccupation.create({ data: { profileId, nocCode: "72106", title: `${MARK}Métier`, years: 6 } });
  await db.consentEvent.createMany({ data: [
    { userId, purpose: "visible_to_employers", granted: true, wordingVersion: "2026-01" },
    { userId, purpose: "included_in_matching", granted: true, wordingVersion: "2026-01" },
    { userId, purpose: "included_in_matching", granted: false, wordingVersion: "2026-01" },
  ] });
  const employer = await createEmployer({ municipalityCode: "94068" });
  const posting = await db.jobPosting.create({ data: { employerId: employer.employerId, title: "Soudeur", nocCode: "72106", municipalityCode: "94068", regionCode: "02", inCmm: false, employmentType: "permanent", status: "PUBLISHED", positions: 1, positionsFilled: 1 }, select: { id: true } });
  const entry = await db.pipelineEntry.create({ data: { employerId: employer.employerId, jobPostingId: posting.id, candidateProfileId: profileId, stage: "HIRED" }, select: { id: true } });
  await db.pipelineMove.create({ data: { entryId: entry.id, toStage: "HIRED", note: `${MARK} note d'entrevue`, actorId: employer.userId } });
  const invitation = await db.invitation.create({ data: { entryId: entry.id, employerId: employer.employerId, jobPostingId: posting.id, candidateProfileId: profileId, message: `Bonjour ${MARK}Prenom`, status: "ACCEPTED", invitedById: employer.userId, declineReason: null }, select: { id: true } });
  const thread = await db.messageThread.create({ data: { invitationId: invitation.id, employerId: employer.employerId, candidateProfileId: profileId, jobPostingId: posting.id }, select: { id: true } });
  await db.message.create({ data: { threadId: thread.id, authorSide: "CANDIDATE", authorId: userId, body: `Mon adresse : ${MARK} rue` } });
  await db.contactDisclosure.create({ data: { candidateProfileId: profileId, employerId: employer.employerId, invitationId: invitation.id } });
  await db.profileView.create({ data: { candidateProfileId: profileId, employerId: employer.employerId, viewerId: employer.userId } });
  const search = await db.savedSearch.create({ data: { employerId: employer.employerId, createdById: employer.userId, name: "Soudeurs", filters: {} }, select: { id: true } });
  await db.searchAlert.create({ data: { savedSearchId: search.id, candidateProfileId: profileId, confirmedAt: YEARS_AGO } });
  const hand = await db.handOver.create({ data: { source: "HIRE", status: "CLOSED", candidateProfileId: profileId, pipelineEntryId: entry.id, regionCode: "02", firstMeetingDueOn: YEARS_AGO, note: `${MARK} besoin de logement`, familyComing: true, needsHousingHelp: true }, select: { id: true } });
  const plan = await db.actionPlan.create({ data: { handOverId: hand.id, createdById: employer.userId, summary: `${MARK} résumé`, needs: { INSTALLATION: { level: "high", note: `${MARK} besoin` } } }, select: { id: true } });
  await db.planTask.create({ data: { planId: plan.id, area: "INSTALLATION", title: `Inscrire ${MARK}Prenom au logement`, owner: "ADVISOR", createdById: employer.userId, notes: `${MARK} suivi` } });
  await db.followUp.create({ data: { handOverId: hand.id, milestone: "M3", source: "SELF", stillWithEmployer: true, stillInRegion: true, tasksLeft: 0, comment: `${MARK} tout va bien`, recordedById: userId } });
  const event = await db.event.create({ data: { nameFr: "Journées", nameEn: "Days", format: "VIRTUAL", timeZone: "Europe/Paris", startDate: YEARS_AGO, endDate: YEARS_AGO, applicationDeadline: YEARS_AGO, createdById: employer.userId }, select: { id: true } });
  const participation = await db.eventParticipation.create({ data: { eventId: event.id, employerId: employer.employerId, registeredById: employer.userId, status: "APPROVED" }, select: { id: true } });
  const ev = await db.eventVacancy.create({ data: { eventId: event.id, participationId: participation.id, employerId: employer.employerId, jobPostingId: posting.id }, select: { id: true } });
  const storageKey = `cv/${profileId}/canary.pdf`;
  files.set(storageKey, new TextEncoder().encode(`%PDF- ${MARK}`));
  const cv = await db.eventCvFile.create({ data: { candidateProfileId: profileId, storageKey, fileName: `CV ${MARK}.pdf`, sizeBytes: 100, sha256: "a".repeat(64) }, select: { id: true } });
  const application = await db.eventApplication.create({ data: { eventId: event.id, eventVacancyId: ev.id, employerId: employer.employerId, candidateProfileId: profileId, cvFileId: cv.id, letter: `Madame, ${MARK}Prenom` }, select: { id: true } });
  await db.eventOffer.create({ data: { eventId: event.id, applicationId: application.id, employerId: employer.employerId, jobPostingId: posting.id, candidateProfileId: profileId, madeById: employer.userId, note: `${MARK} offre` } });
  await db.humanReviewRequest.create({ data: { userId, reason: `${MARK} révision`, answer: `${MARK} réponse`, status: "ANSWERED" } });
  await db.idempotencyKey.create({ data: { key: "k1", userId, action: "x", result: { m: MARK } } });
  await db.passwordResetToken.create({ data: { userId, tokenHash: `${MARK}hash`, expiresAt: YEARS_AGO } });
  await db.rateLimit.create({ data: { key: `signin:${MARK.toLowerCase()}@exemple.org|192.0.2.1`, count: 1, resetAt: YEARS_AGO } });
  const sid = await createAuthSession(userId, "192.0.2.1");
  await db.authSession.update({ where: { id: sid }, data: { createdAt: YEARS_AGO, lastSeenAt: YEARS_AGO } });
  await makeInactive(userId, profileId);
  return { ...c, employer, posting, entry, application };
}

describe("retention: anonymisation of inactive candidate profiles", () => {
  beforeAll(async () => {
    await ensureReferenceData();
    previous = setStorage(memoryStorage);
  });
  afterAll(() => void setStorage(previous));
  beforeEach(async () => {
    await resetDb();
    files.clear();
  });

  it("erases every trace of an inactive candidate's identity and contents, everywhere, and keeps the organisations' records' structure", async () => {
    const c = await canary();
    expect(await everything()).toContain(MARK); // the canary is really there
    const active = await createCandidate();
    await db.candidateProfile.update({ where: { id: active.profileId }, data: { firstName: "Active" } });

    const r = await anonymiseInactiveCandidates({ months: 24 });
    expect(r).toMatchObject({ profiles: 1, messages: 1, cvFiles: 1, consentEvents: { visible_to_employers: { granted: 1, withdrawn: 0 }, included_in_matching: { granted: 1, withdrawn: 1 } } });

    const dump = await everything();
    expect(dump.match(new RegExp(`.{0,80}${MARK}.{0,40}`, "gi")) ?? []).toEqual([]);
    expect(dump).not.toContain("418 555 0199");
    expect(files.size).toBe(0);

    const profile = await db.candidateProfile.findUniqueOrThrow({ where: { id: c.profileId } });
    expect(profile).toMatchObject({ firstName: null, frenchLevel: null, nocCodes: [], skillKeys: [], preferredRegionCodes: [], visibleToEmployers: false, includedInMatching: false, sharedWithAdvisors: false });
    expect(profile.anonymisedAt).toBeInstanceOf(Date);
    expect(await db.candidateOccupation.count({ where: { profileId: c.profileId } })).toBe(0);
    expect(await db.consentEvent.count({ where: { userId: c.userId } })).toBe(0);
    expect((await db.skillTerm.findUnique({ where: { key: `${MARK.toLowerCase()} soudage` } }))?.usageCount ?? 0).toBe(0);
    // The organisation's hiring record and the region's statistics keep their structure.
    expect(await db.pipelineEntry.findUniqueOrThrow({ where: { id: c.entry.id } })).toMatchObject({ stage: "HIRED" });
    expect(await db.jobPosting.findUniqueOrThrow({ where: { id: c.posting.id } })).toMatchObject({ positionsFilled: 1 });
    expect(await db.handOver.count({ where: { candidateProfileId: c.profileId, status: "CLOSED" } })).toBe(1);
    expect(await db.eventApplication.findUniqueOrThrow({ where: { id: c.application.id } })).toMatchObject({ letter: "" });
    // The account can no longer sign in, with the old e-mail or any password.
    expect(await authenticate(`${MARK.toLowerCase()}@exemple.org`, "Un-cheval-bleu-2026", "192.0.2.1")).toBeNull();
    // The active candidate is untouched; the run is audited with counts only.
    expect((await db.candidateProfile.findUniqueOrThrow({ where: { id: active.profileId } })).firstName).toBe("Active");
    const runs = await db.auditLog.findMany({ where: { action: "retention.run" } });
    expect(runs).toHaveLength(1);
    expect(runs[0]!.details).toMatchObject({ profiles: 1 });
  });

  it("a second run finds nothing; recent activity, a session seen since the cut-off or an open accompaniment keep a profile", async () => {
    const signedInRecently = await createCandidate();
    await makeInactive(signedInRecently.userId, signedInRecently.profileId);
    await db.user.update({ where: { id: signedInRecently.userId }, data: { lastSignInAt: new Date() } });
    const seenRecently = await createCandidate();
    await makeInactive(seenRecently.userId, seenRecently.profileId);
    await createAuthSession(seenRecently.userId, null);
    const accompanied = await createCandidate();
    await db.handOver.create({ data: { source: "REQUEST", status: "IN_PROGRESS", candidateProfileId: accompanied.profileId, regionCode: "04", firstMeetingDueOn: YEARS_AGO } });
    await makeInactive(accompanied.userId, accompanied.profileId);
    const gone = await createCandidate();
    await makeInactive(gone.userId, gone.profileId);

    expect((await anonymiseInactiveCandidates({ months: 24 })).profiles).toBe(1);
    expect((await db.candidateProfile.findUniqueOrThrow({ where: { id: gone.profileId } })).anonymisedAt).not.toBeNull();
    for (const kept of [signedInRecently, seenRecently, accompanied]) expect((await db.candidateProfile.findUniqueOrThrow({ where: { id: kept.profileId } })).anonymisedAt).toBeNull();
    expect((await anonymiseInactiveCandidates({ months: 24 })).profiles).toBe(0);
  });

  it("the period is configurable: 24 months by default, counted in calendar months", async () => {
    expect(retentionCutoff(new Date("2026-12-01T03:15:00Z"), 24).toISOString()).toBe("2024-12-01T03:15:00.000Z");
    const c = await createCandidate();
    const thirteenMonths = new Date(Date.now() - 396 * 24 * 3_600_000);
    await db.$executeRaw`UPDATE "User" SET "createdAt" = ${thirteenMonths}, "lastSignInAt" = ${thirteenMonths} WHERE id = ${c.userId}`;
    await db.$executeRaw`UPDATE "CandidateProfile" SET "updatedAt" = ${thirteenMonths}, "confirmedAt" = ${thirteenMonths} WHERE id = ${c.profileId}`;
    expect((await anonymiseInactiveCandidates()).profiles).toBe(0);
    expect((await anonymiseInactiveCandidates({ months: 12 })).profiles).toBe(1);
  });
});
