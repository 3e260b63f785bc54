import { beforeAll, beforeEach, describe, expect, it } from "vitest";
import { db, resetDb } from "./db";
import { createCandidate, ensureReferenceData } from "./factories";
import { acceptedCandidate, advisors, BAIE_COMEAU, hiredCandidate, WORDING } from "./integration-helpers";
import { closeHandOver, getHandOver, getMyAccompanimentStatus, listHandOvers, openMyHireHandOver, recordFirstMeeting, requestAccompaniment, takeHandOver, unsafeOpenHireHandOver } from "@/lib/server/dal/handovers";
import { markHired } from "@/lib/server/dal/pipeline";
import { onCandidateHired } from "@/lib/server/services/hires";
import { setConsent } from "@/lib/server/dal/candidate-profile";
import { addWorkingDays, quebecDateOf } from "@/lib/domain/integration/working-days";
import { toIsoDate } from "@/lib/domain/vacancy/dates";
import { ZRequestAccompaniment } from "@/lib/schemas/integration";

describe("hand-over after hiring", () => {
  beforeAll(ensureReferenceData);
  beforeEach(resetDb);

  it("opens one hand-over for the advisors of the job's region, carrying what is known, when the person consented", async () => {
    const at = new Date("2026-12-04T20:00:00Z"); // a Friday in Québec
    const { coteNord, mauricie, admin } = await advisors();
    const h = await hiredCandidate({ at });
    expect(h.handOver).not.toBeNull();
    const profile = await db.candidateProfile.findUniqueOrThrow({ where: { id: h.candidate.profileId }, select: { availableFrom: true } });
    const job = await db.jobPosting.findUniqueOrThrow({ where: { id: h.vacancy.id }, select: { startDate: true, employer: { select: { legalName: true } } } });
    expect(h.handOver).toMatchObject({
      source: "HIRE", status: "OPEN", regionCode: "09", candidateProfileId: h.candidate.profileId, jobPostingId: h.vacancy.id, employerId: h.employer.employerId,
      employerName: job.employer.legalName, jobTitle: "Opérateur ou opératrice de production", municipalityCode: BAIE_COMEAU, municipalityName: "Baie-Comeau",
      familyComing: true, needsHousingHelp: true,
    });
    expect(h.handOver!.availableFrom).toEqual(profile.availableFrom);
    expect(h.handOver!.jobStartDate).toEqual(job.startDate);
    expect(toIsoDate(h.handOver!.firstMeetingDueOn)).toBe("2026-12-11");
    expect(await db.auditLog.count({ where: { action: "integration.handover.open", subject: `handover:${h.handOver!.id}` } })).toBe(1);

    // The Côte-Nord advisor and the administrator see it; the Mauricie advisor does not, even by its id.
    expect((await listHandOvers(coteNord.actor, {}, at)).rows.map((r) => r.id)).toEqual([h.handOver!.id]);
    expect((await listHandOvers(admin.actor, {}, at)).total).toBe(1);
    expect((await listHandOvers(mauricie.actor, {}, at)).total).toBe(0);
    await expect(getHandOver(mauricie.actor, h.handOver!.id)).rejects.toMatchObject({ code: "NOT_FOUND" });
    const detail = await getHandOver(coteNord.actor, h.handOver!.id, at);
    expect(detail.person.name).toBe(`${h.candidate.firstName} ${h.candidate.lastName}`);
    expect(detail.known.municipalityName).toBe("Baie-Comeau");
    // Neither candidates nor employers reach the queue.
    await expect(listHandOvers(h.candidate.actor)).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(listHandOvers(h.employer.actor)).rejects.toMatchObject({ code: "FORBIDDEN" });
  });

  it("opens nothing without consent; the person is offered to open it, which then creates it once", async () => {
    const { coteNord } = await advisors();
    const h = await hiredCandidate({ shareWithAdvisors: false });
    expect(h.handOver).toBeNull();
    expect(await db.handOver.count()).toBe(0);
    expect(await db.auditLog.count({ where: { action: "integration.handover.noConsent", subject: `pipeline:${h.entry.id}` } })).toBe(1);
    expect((await listHandOvers(coteNord.actor)).total).toBe(0);

    const status = await getMyAccompanimentStatus(h.candidate.actor);
    expect(status.sharedWithAdvisors).toBe(false);
    expect(status.hiresWithoutHandOver).toEqual([expect.objectContaining({ entryId: h.entry.id, regionCode: "09", municipalityName: "Baie-Comeau" })]);

    // Someone else cannot open it.
    const other = await createCandidate();
    await expect(openMyHireHandOver(other.actor, { entryId: h.entry.id, wordingVersion: WORDING })).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await db.handOver.count()).toBe(0);

    const opened = await openMyHireHandOver(h.candidate.actor, { entryId: h.entry.id, wordingVersion: WORDING });
    expect(opened.status).toBe("opened");
    const again = await openMyHireHandOver(h.candidate.actor, { entryId: h.entry.id, wordingVersion: WORDING });
    expect(again).toEqual({ status: "exists", handOverId: (opened as { handOverId: string }).handOverId });
    expect(await db.handOver.count()).toBe(1);
    expect(await db.consentEvent.count({ where: { userId: h.candidate.userId, purpose: "shared_with_advisors", granted: true } })).toBe(1);
    expect((await listHandOvers(coteNord.actor)).total).toBe(1);
    expect((await getMyAccompanimentStatus(h.candidate.actor)).hiresWithoutHandOver).toEqual([]);
  });

  it("creates exactly one hand-over per hire under concurrent calls", async () => {
    const h = await hiredCandidate({ shareWithAdvisors: false });
    await setConsent(h.candidate.actor, { purpose: "shared_with_advisors", granted: true, wordingVersion: WORDING });
    const hire = { entryId: h.entry.id, candidateProfileId: h.candidate.profileId, jobPostingId: h.vacancy.id, employerId: h.employer.employerId, regionCode: "09", actorId: h.employer.userId, at: new Date() };
    const results = await Promise.all(Array.from({ length: 8 }, () => db.$transaction((tx) => unsafeOpenHireHandOver(tx, hire))));
    expect(results.filter((r) => r.status === "opened")).toHaveLength(1);
    expect(results.filter((r) => r.status === "exists")).toHaveLength(7);
    expect(new Set(results.map((r) => (r as { handOverId: string }).handOverId)).size).toBe(1);
    // The hook itself, and the person's own request, add nothing more.
    await db.$transaction((tx) => onCandidateHired(tx, { ...hire, actorId: h.employer.userId }));
    await Promise.all([1, 2, 3].map(() => openMyHireHandOver(h.candidate.actor, { entryId: h.entry.id, wordingVersion: WORDING })));
    expect(await db.handOver.count({ where: { pipelineEntryId: h.entry.id } })).toBe(1);
  });

  it("commits or rolls back with the hire", async () => {
    const a = await acceptedCandidate();
    const hire = { entryId: a.entry.id, candidateProfileId: a.candidate.profileId, jobPostingId: a.vacancy.id, employerId: a.employer.employerId, regionCode: "09", actorId: a.employer.userId, at: new Date() };
    await expect(
      db.$transaction(async (tx) => {
        await onCandidateHired(tx, hire);
        throw new Error("the hire failed after the hook");
      }),
    ).rejects.toThrow("the hire failed");
    expect(await db.handOver.count()).toBe(0);
    // Two organisation members recording the same hire at once: one hire, one hand-over.
    const both = await Promise.allSettled([1, 2].map(() => markHired(a.employer.actor, { entryId: a.entry.id, version: a.entry.version })));
    expect(both.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    expect(await db.handOver.count()).toBe(1);
  });

  it("hides the hand-over from advisors as soon as the person withdraws consent", async () => {
    const { coteNord } = await advisors();
    const h = await hiredCandidate();
    expect((await listHandOvers(coteNord.actor)).total).toBe(1);
    await setConsent(h.candidate.actor, { purpose: "shared_with_advisors", granted: false, wordingVersion: WORDING });
    expect((await listHandOvers(coteNord.actor)).total).toBe(0);
    await expect(getHandOver(coteNord.actor, h.handOver!.id)).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(takeHandOver(coteNord.actor, { handOverId: h.handOver!.id, version: 0 })).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await db.handOver.findUniqueOrThrow({ where: { id: h.handOver!.id }, select: { version: true, assignedAdvisorId: true } })).toEqual({ version: 0, assignedAdvisorId: null });
  });
});

describe("the advisors' queue", () => {
  beforeAll(ensureReferenceData);
  beforeEach(resetDb);

  it("flags a first meeting overdue after 5 working days, and records it once held", async () => {
    const { coteNord, mauricie } = await advisors();
    const requested = new Date("2026-12-04T15:00:00Z");
    const h = await hiredCandidate({ at: requested });
    const id = h.handOver!.id;
    const due = addWorkingDays(quebecDateOf(requested), 5);
    expect((await listHandOvers(coteNord.actor, {}, new Date(`${due}T15:00:00Z`))).rows[0]!.meeting).toBe("dueToday");
    const later = new Date("2026-12-14T15:00:00Z");
    const queue = await listHandOvers(coteNord.actor, {}, later);
    expect(queue.rows[0]!.meeting).toBe("overdue");
    expect(queue.overdue).toBe(1);

    await expect(takeHandOver(mauricie.actor, { handOverId: id, version: 0 })).rejects.toMatchObject({ code: "NOT_FOUND" });
    const taken = await takeHandOver(coteNord.actor, { handOverId: id, version: 0 });
    expect(taken.version).toBe(1);
    await expect(takeHandOver(coteNord.actor, { handOverId: id, version: 0 })).rejects.toMatchObject({ code: "CONFLICT" });

    // Bad input: a meeting before the request or in the future is refused, nothing written.
    await expect(recordFirstMeeting(coteNord.actor, { handOverId: id, version: 1, heldOn: "2026-12-01" }, later)).rejects.toMatchObject({ code: "INVALID", fieldErrors: { heldOn: "integration.errors.meetingBeforeRequest" } });
    await expect(recordFirstMeeting(coteNord.actor, { handOverId: id, version: 1, heldOn: "2026-12-20" }, later)).rejects.toMatchObject({ fieldErrors: { heldOn: "integration.errors.meetingInFuture" } });
    expect((await db.handOver.findUniqueOrThrow({ where: { id } })).firstMeetingAt).toBeNull();
    await recordFirstMeeting(coteNord.actor, { handOverId: id, version: 1, heldOn: "2026-12-12" }, later);
    const after = await listHandOvers(coteNord.actor, {}, later);
    expect(after.rows[0]).toMatchObject({ meeting: "held", status: "IN_PROGRESS", assignedToMe: true });
    expect(after.overdue).toBe(0);

    await closeHandOver(coteNord.actor, { handOverId: id, version: 2 });
    expect((await listHandOvers(coteNord.actor)).total).toBe(0);
    expect((await listHandOvers(coteNord.actor, { status: "CLOSED" })).total).toBe(1);
  });

  it("lets a person ask for accompaniment in a region once, with consent", async () => {
    const { coteNord, mauricie } = await advisors();
    const c = await createCandidate();
    expect(ZRequestAccompaniment.safeParse({ regionCode: "09", note: "", consent: false, wordingVersion: WORDING }).success).toBe(false);
    expect(ZRequestAccompaniment.safeParse({ regionCode: "18", note: "", consent: true, wordingVersion: WORDING }).success).toBe(false);
    const results = await Promise.allSettled([1, 2, 3].map(() => requestAccompaniment(c.actor, { regionCode: "09", note: "Nous arrivons en mars avec deux enfants.", wordingVersion: WORDING })));
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    expect(results.filter((r) => r.status === "rejected").map((r) => (r as PromiseRejectedResult).reason.messageKey)).toEqual(["integration.errors.requestAlreadyOpen", "integration.errors.requestAlreadyOpen"]);
    expect(await db.handOver.count({ where: { source: "REQUEST" } })).toBe(1);
    expect((await db.candidateProfile.findUniqueOrThrow({ where: { id: c.profileId } })).sharedWithAdvisors).toBe(true);
    expect((await listHandOvers(coteNord.actor)).rows[0]).toMatchObject({ source: "REQUEST", regionCode: "09" });
    expect((await listHandOvers(mauricie.actor)).total).toBe(0);
    // A stale consent wording is refused, nothing created.
    const d = await createCandidate();
    await expect(requestAccompaniment(d.actor, { regionCode: "04", note: null, wordingVersion: "1999-01" })).rejects.toMatchObject({ code: "CONFLICT" });
    expect(await db.handOver.count()).toBe(1);
  });
});
