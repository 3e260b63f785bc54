import { randomUUID } from "node:crypto";
import { beforeAll, beforeEach, describe, expect, it } from "vitest";
import { db, resetDb } from "./db";
import { ensureReferenceData } from "./factories";
import { createFilledCandidate } from "./candidate-helpers";
import { acceptedInvitation, createRecruiter, invite, INVITATION_TEXT, publishedVacancy } from "./recruiting-helpers";
import { getMyInvitation, listMyInvitations, respondToInvitation, revokeDisclosure, sendInvitation } from "@/lib/server/dal/invitations";
import { listPipeline } from "@/lib/server/dal/pipeline";
import { changeVacancyStatus } from "@/lib/server/dal/vacancies";
import { setConsent } from "@/lib/server/dal/candidate-profile";
import { CONSENT_WORDING_VERSIONS } from "@/lib/domain/candidate/consent";
import { ZRespondInvitation, ZSendInvitation } from "@/lib/schemas/recruiting";

async function counts() {
  return { invitations: await db.invitation.count(), entries: await db.pipelineEntry.count(), moves: await db.pipelineMove.count(), disclosures: await db.contactDisclosure.count() };
}

describe("invitations", () => {
  beforeAll(ensureReferenceData);
  beforeEach(resetDb);

  it("two concurrent submissions of the same invitation make one row", async () => {
    const { actor } = await createRecruiter();
    const vacancy = await publishedVacancy(actor);
    const c = await createFilledCandidate({ visible: true });
    const key = randomUUID();
    const results = await Promise.allSettled([invite(actor, vacancy.id, c.profileId, key), invite(actor, vacancy.id, c.profileId, key), invite(actor, vacancy.id, c.profileId, key)]);
    const ok = results.filter((r) => r.status === "fulfilled").map((r) => (r as PromiseFulfilledResult<{ id: string; created: boolean }>).value);
    expect(ok).toHaveLength(3);
    expect(new Set(ok.map((r) => r.id)).size).toBe(1);
    expect(ok.filter((r) => r.created)).toHaveLength(1);
    expect(await db.invitation.count()).toBe(1);
    expect(await db.pipelineEntry.count()).toBe(1);
    // SHORTLISTED (created) then INVITED: two moves, not four.
    expect(await db.pipelineMove.count()).toBe(2);
  });

  it("two different submissions to the same person and vacancy: one invitation, the second is refused", async () => {
    const { actor } = await createRecruiter();
    const vacancy = await publishedVacancy(actor);
    const c = await createFilledCandidate({ visible: true });
    const results = await Promise.allSettled([invite(actor, vacancy.id, c.profileId), invite(actor, vacancy.id, c.profileId)]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    const refused = results.find((r) => r.status === "rejected") as PromiseRejectedResult;
    expect(refused.reason).toMatchObject({ code: "CONFLICT", messageKey: "recruiting.errors.alreadyInvited" });
    expect(await db.invitation.count()).toBe(1);
    // And later, too.
    await expect(invite(actor, vacancy.id, c.profileId)).rejects.toMatchObject({ messageKey: "recruiting.errors.alreadyInvited" });
  });

  it("refuses, changing nothing: a closed vacancy, a draft, a profile hidden meanwhile, another organisation's vacancy", async () => {
    const { actor } = await createRecruiter();
    const vacancy = await publishedVacancy(actor);
    const draft = await publishedVacancy(actor, { publish: false });
    const c = await createFilledCandidate({ visible: true });
    const before = await counts();

    await expect(invite(actor, draft.id, c.profileId)).rejects.toMatchObject({ code: "INVALID", messageKey: "recruiting.errors.vacancyNotOpen" });
    await changeVacancyStatus(actor, { id: vacancy.id, version: vacancy.version, action: "close" });
    await expect(invite(actor, vacancy.id, c.profileId)).rejects.toMatchObject({ code: "INVALID", messageKey: "recruiting.errors.vacancyNotOpen" });

    const open = await publishedVacancy(actor);
    const c2 = await createFilledCandidate({ visible: true });
    await setConsent(c2.actor, { purpose: "visible_to_employers", granted: false, wordingVersion: CONSENT_WORDING_VERSIONS.visible_to_employers });
    await expect(invite(actor, open.id, c2.profileId)).rejects.toMatchObject({ code: "INVALID", messageKey: "recruiting.errors.candidateUnavailable" });

    const other = await createRecruiter();
    await expect(invite(other.actor, open.id, c.profileId)).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await counts()).toEqual(before);
  });

  it("a message shorter than 20 or longer than 2,000 characters is refused by the schema", () => {
    const base = { jobPostingId: "v", candidateProfileId: "c", idempotencyKey: randomUUID() };
    expect(ZSendInvitation.safeParse({ ...base, message: "Bonjour" }).error?.issues[0]?.message).toBe("recruiting.errors.invitationMessageShort");
    expect(ZSendInvitation.safeParse({ ...base, message: "x".repeat(2001) }).error?.issues[0]?.message).toBe("recruiting.errors.invitationMessageLong");
    expect(ZSendInvitation.safeParse({ ...base, message: INVITATION_TEXT }).success).toBe(true);
  });

  it("the candidate sees the organisation, the vacancy and what is offered to settle there", async () => {
    const { actor } = await createRecruiter({ legalName: "Scierie Boréale" });
    const vacancy = await publishedVacancy(actor, { offersHousingHelp: true, offersFrancisation: true });
    const c = await createFilledCandidate({ visible: true });
    const inv = await invite(actor, vacancy.id, c.profileId);
    const [mine] = await listMyInvitations(c.actor);
    expect(mine).toMatchObject({ id: inv.id, status: "PENDING", message: INVITATION_TEXT, employer: { name: "Scierie Boréale", verified: true, regionCode: "04" } });
    expect(mine!.vacancy.settlement).toEqual({ housing: true, relocation: false, francisation: true, immigration: false });
    // Another candidate cannot open it.
    const other = await createFilledCandidate({ visible: true });
    await expect(getMyInvitation(other.actor, inv.id)).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(respondToInvitation(other.actor, { invitationId: inv.id, answer: "accept" })).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("acceptance reveals name and contact to that organisation only, and is recorded as the candidate's consent", async () => {
    const { employer, vacancy, candidate, invitationId } = await acceptedInvitation();
    const pipeline = await listPipeline(employer.actor, vacancy.id);
    expect(pipeline.entries[0]).toMatchObject({ stage: "ACCEPTED", invitationStatus: "ACCEPTED", identity: { firstName: candidate.firstName, lastName: candidate.lastName, phone: candidate.phone } });
    const consent = await db.consentEvent.findFirst({ where: { userId: candidate.userId, purpose: `identity_to_employer:${employer.employerId}` } });
    expect(consent).toMatchObject({ granted: true });
    expect(await db.auditLog.count({ where: { action: "invitation.accept", subject: `invitation:${invitationId}` } })).toBe(1);

    // Another organisation that invites the same person for its own vacancy learns nothing until it is accepted too.
    const other = await createRecruiter();
    const otherVacancy = await publishedVacancy(other.actor);
    await invite(other.actor, otherVacancy.id, candidate.profileId);
    const otherPipeline = await listPipeline(other.actor, otherVacancy.id);
    expect(otherPipeline.entries[0]!.identity).toBeNull();
    expect(JSON.stringify(otherPipeline)).not.toContain(candidate.lastName);

    // Answering twice is refused.
    await expect(respondToInvitation(candidate.actor, { invitationId, answer: "decline" })).rejects.toMatchObject({ messageKey: "recruiting.errors.alreadyAnswered" });

    // Withdrawing the consent hides the identity again.
    await revokeDisclosure(candidate.actor, employer.employerId);
    expect((await listPipeline(employer.actor, vacancy.id)).entries[0]!.identity).toBeNull();
  });

  it("declining (with a reason) reveals nothing and ends the entry", async () => {
    const { actor } = await createRecruiter();
    const vacancy = await publishedVacancy(actor);
    const c = await createFilledCandidate({ visible: true });
    const inv = await invite(actor, vacancy.id, c.profileId);
    const input = ZRespondInvitation.parse({ invitationId: inv.id, answer: "decline", reasonCode: "region", reason: "Je préfère la Côte-Nord." });
    await respondToInvitation(c.actor, input);
    const [entry] = (await listPipeline(actor, vacancy.id)).entries;
    expect(entry).toMatchObject({ stage: "DECLINED", identity: null, allowedTargets: [] });
    expect(await db.contactDisclosure.count()).toBe(0);
    expect(await db.messageThread.count()).toBe(0);
  });

  it("acceptance needs the candidate to have seen what is shared (schema)", () => {
    expect(ZRespondInvitation.safeParse({ invitationId: "i", answer: "accept" }).error?.issues[0]?.message).toBe("recruiting.errors.consentRequired");
    expect(ZRespondInvitation.safeParse({ invitationId: "i", answer: "accept", consentShown: true }).success).toBe(true);
  });

  it("an idempotency key replays for its own organisation only", async () => {
    const a = await createRecruiter();
    const b = await createRecruiter();
    const va = await publishedVacancy(a.actor);
    const vb = await publishedVacancy(b.actor);
    const c = await createFilledCandidate({ visible: true });
    const key = randomUUID();
    await sendInvitation(a.actor, { jobPostingId: va.id, candidateProfileId: c.profileId, message: INVITATION_TEXT, idempotencyKey: key }, { ip: null });
    const rb = await sendInvitation(b.actor, { jobPostingId: vb.id, candidateProfileId: c.profileId, message: INVITATION_TEXT, idempotencyKey: key }, { ip: null });
    expect(rb.created).toBe(true);
    expect(await db.invitation.count()).toBe(2);
  });
});
