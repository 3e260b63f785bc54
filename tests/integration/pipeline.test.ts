import { beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { db, resetDb } from "./db";
import { createUser, ensureReferenceData } from "./factories";
import { createFilledCandidate } from "./candidate-helpers";
import { acceptedInvitation, createRecruiter, invite, publishedVacancy } from "./recruiting-helpers";
import { addToPipeline, getEntryHistory, listPipeline, markHired, moveEntry } from "@/lib/server/dal/pipeline";
import * as hires from "@/lib/server/services/hires";
import { changeVacancyStatus } from "@/lib/server/dal/vacancies";

async function entryOf(vacancyId: string) {
  return db.pipelineEntry.findFirstOrThrow({ where: { jobPostingId: vacancyId }, select: { id: true, version: true, stage: true } });
}

describe("pipeline", () => {
  beforeAll(ensureReferenceData);
  beforeEach(resetDb);

  it("adds a candidate to a shortlist once; only visible profiles; not to a closed vacancy; not to another organisation's", async () => {
    const { actor } = await createRecruiter();
    const vacancy = await publishedVacancy(actor);
    const c = await createFilledCandidate({ visible: true });
    const first = await addToPipeline(actor, { jobPostingId: vacancy.id, candidateProfileId: c.profileId, source: "SEARCH" });
    const again = await addToPipeline(actor, { jobPostingId: vacancy.id, candidateProfileId: c.profileId, source: "SEARCH" });
    expect(first.created).toBe(true);
    expect(again).toMatchObject({ id: first.id, created: false });
    const hidden = await createFilledCandidate({ visible: false });
    await expect(addToPipeline(actor, { jobPostingId: vacancy.id, candidateProfileId: hidden.profileId, source: "SEARCH" })).rejects.toMatchObject({ code: "NOT_FOUND" });
    const other = await createRecruiter();
    await expect(addToPipeline(other.actor, { jobPostingId: vacancy.id, candidateProfileId: c.profileId, source: "SEARCH" })).rejects.toMatchObject({ code: "NOT_FOUND" });
    const closed = await publishedVacancy(actor);
    await changeVacancyStatus(actor, { id: closed.id, version: closed.version, action: "close" });
    await expect(addToPipeline(actor, { jobPostingId: closed.id, candidateProfileId: c.profileId, source: "SEARCH" })).rejects.toMatchObject({ code: "INVALID", messageKey: "recruiting.errors.vacancyClosed" });
    expect(await db.pipelineEntry.count()).toBe(1);
  });

  it("refuses a move past INVITED before the candidate accepts, changing nothing", async () => {
    const { actor } = await createRecruiter();
    const vacancy = await publishedVacancy(actor);
    const c = await createFilledCandidate({ visible: true });
    await invite(actor, vacancy.id, c.profileId);
    const e = await entryOf(vacancy.id);
    for (const to of ["INTERVIEW", "OFFER", "HIRED"] as const) {
      await expect(moveEntry(actor, { entryId: e.id, version: e.version, to })).rejects.toMatchObject({ code: "INVALID", messageKey: "recruiting.errors.needsAcceptance" });
    }
    await expect(moveEntry(actor, { entryId: e.id, version: e.version, to: "ACCEPTED" })).rejects.toMatchObject({ messageKey: "recruiting.errors.candidateAnswers" });
    expect(await entryOf(vacancy.id)).toEqual(e);
    expect((await db.jobPosting.findUniqueOrThrow({ where: { id: vacancy.id } })).positionsFilled).toBe(0);
  });

  it("records who moved what and when; a stale version is a conflict", async () => {
    const { employer, vacancy, candidate } = await acceptedInvitation();
    const e = await entryOf(vacancy.id);
    await moveEntry(employer.actor, { entryId: e.id, version: e.version, to: "INTERVIEW", note: "Mardi 10 h" });
    await expect(moveEntry(employer.actor, { entryId: e.id, version: e.version, to: "OFFER" })).rejects.toMatchObject({ code: "CONFLICT" });
    const history = await getEntryHistory(employer.actor, e.id);
    expect(history.map((h) => [h.from, h.to])).toEqual([[null, "SHORTLISTED"], ["SHORTLISTED", "INVITED"], ["INVITED", "ACCEPTED"], ["ACCEPTED", "INTERVIEW"]]);
    expect(history[2]!.by).toBe("candidate");
    const owner = await db.user.findUniqueOrThrow({ where: { id: employer.userId }, select: { name: true } });
    expect(history[3]).toMatchObject({ by: owner.name, note: "Mardi 10 h" });
    // Another organisation can neither read nor move it.
    const other = await createRecruiter();
    await expect(getEntryHistory(other.actor, e.id)).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(moveEntry(other.actor, { entryId: e.id, version: e.version + 1, to: "OFFER" })).rejects.toMatchObject({ code: "NOT_FOUND" });
    void candidate;
  });

  it("hired fills a position (the last one fills the vacancy) and calls onCandidateHired in the same transaction", async () => {
    const spy = vi.spyOn(hires, "onCandidateHired");
    const { employer, vacancy, candidate } = await acceptedInvitation();
    const e = await entryOf(vacancy.id);
    const r = await moveEntry(employer.actor, { entryId: e.id, version: e.version, to: "HIRED" });
    expect(r).toMatchObject({ stage: "HIRED" });
    const v = await db.jobPosting.findUniqueOrThrow({ where: { id: vacancy.id } });
    expect(v).toMatchObject({ positions: 2, positionsFilled: 1, status: "PUBLISHED" });
    expect(spy).toHaveBeenCalledWith(expect.anything(), expect.objectContaining({ entryId: e.id, candidateProfileId: candidate.profileId, jobPostingId: vacancy.id, employerId: employer.employerId, regionCode: "02" }));
    // HIRED is final.
    await expect(moveEntry(employer.actor, { entryId: e.id, version: e.version + 1, to: "NOT_RETAINED" })).rejects.toMatchObject({ messageKey: "recruiting.errors.finalStage" });

    // A second hire takes the last position: the vacancy is FILLED.
    const c2 = await createFilledCandidate({ visible: true });
    const inv2 = await invite(employer.actor, vacancy.id, c2.profileId);
    const { respondToInvitation } = await import("@/lib/server/dal/invitations");
    await respondToInvitation(c2.actor, { invitationId: inv2.id, answer: "accept" });
    const e2 = await db.pipelineEntry.findFirstOrThrow({ where: { jobPostingId: vacancy.id, candidateProfileId: c2.profileId } });
    await markHired(employer.actor, { entryId: e2.id, version: e2.version });
    expect(await db.jobPosting.findUniqueOrThrow({ where: { id: vacancy.id } })).toMatchObject({ positionsFilled: 2, status: "FILLED" });
    spy.mockRestore();
  });

  it("a hook that refuses undoes the hire entirely", async () => {
    const spy = vi.spyOn(hires, "onCandidateHired").mockRejectedValueOnce(new Error("hand-over failed"));
    const { employer, vacancy } = await acceptedInvitation();
    const e = await entryOf(vacancy.id);
    await expect(markHired(employer.actor, { entryId: e.id, version: e.version })).rejects.toThrow("hand-over failed");
    expect(await entryOf(vacancy.id)).toMatchObject({ stage: "ACCEPTED", version: e.version });
    expect((await db.jobPosting.findUniqueOrThrow({ where: { id: vacancy.id } })).positionsFilled).toBe(0);
    spy.mockRestore();
  });

  it("setting aside a person whose invitation is unanswered withdraws it; the candidate no longer sees it", async () => {
    const { actor } = await createRecruiter();
    const vacancy = await publishedVacancy(actor);
    const c = await createFilledCandidate({ visible: true });
    const inv = await invite(actor, vacancy.id, c.profileId);
    const e = await entryOf(vacancy.id);
    await moveEntry(actor, { entryId: e.id, version: e.version, to: "NOT_RETAINED" });
    expect(await db.invitation.findUniqueOrThrow({ where: { id: inv.id } })).toMatchObject({ status: "WITHDRAWN" });
    const { listMyInvitations, respondToInvitation } = await import("@/lib/server/dal/invitations");
    expect(await listMyInvitations(c.actor)).toEqual([]);
    await expect(respondToInvitation(c.actor, { invitationId: inv.id, answer: "accept" })).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("lists the board with allowed moves; another organisation's member or a candidate gets nothing", async () => {
    const { employer, vacancy } = await acceptedInvitation();
    const board = await listPipeline(employer.actor, vacancy.id);
    expect(board.entries[0]!.allowedTargets).toEqual(["INTERVIEW", "OFFER", "HIRED", "NOT_RETAINED"]);
    const { actor: candidateActor } = await createUser("CANDIDATE");
    await expect(listPipeline(candidateActor, vacancy.id)).rejects.toMatchObject({ code: "FORBIDDEN" });
  });
});
