import { beforeAll, beforeEach, describe, expect, it } from "vitest";
import { db, resetDb } from "./db";
import { createAdvisor, createEmployer, createUser, ensureReferenceData } from "./factories";
import { decideVerification, getVerificationDetail, listPendingVerifications } from "@/lib/server/dal/verification";
import { getMyOrganisation, updateOrganisationProfile } from "@/lib/server/dal/employers";
import { createVacancy, changeVacancyStatus } from "@/lib/server/dal/vacancies";
import { vacancyInput } from "./vacancy-helpers";

describe("verification of organisations", () => {
  beforeAll(ensureReferenceData);
  beforeEach(resetDb);

  it("an advisor verifies a pending organisation, which can then publish", async () => {
    const pending = await createEmployer({ verified: false });
    const { actor: advisor } = await createAdvisor(["04", "09"]);
    const queue = await listPendingVerifications(advisor);
    expect(queue.rows.map((r) => r.id)).toEqual([pending.employerId]);
    const v = await createVacancy(pending.actor, vacancyInput());
    await expect(changeVacancyStatus(pending.actor, { id: v.id, version: v.version, action: "publish" })).rejects.toMatchObject({ code: "FORBIDDEN" });
    const detail = await getVerificationDetail(advisor, pending.employerId);
    await decideVerification(advisor, { employerId: pending.employerId, version: detail.version, decision: "verify", reason: null });
    expect((await listPendingVerifications(advisor)).total).toBe(0);
    await changeVacancyStatus(pending.actor, { id: v.id, version: v.version, action: "publish" });
    expect((await db.jobPosting.findUniqueOrThrow({ where: { id: v.id } })).status).toBe("PUBLISHED");
    expect(await db.auditLog.count({ where: { action: "verification.verify" } })).toBe(1);
  });

  it("a rejection keeps its reason for the employer; fixing the profile sends it back to the queue", async () => {
    const pending = await createEmployer({ verified: false, municipalityCode: "94068" });
    const { actor: advisor } = await createAdvisor();
    await decideVerification(advisor, { employerId: pending.employerId, version: 0, decision: "reject", reason: "Le NEQ ne correspond pas au nom." });
    const org = await getMyOrganisation(pending.actor);
    expect(org).toMatchObject({ verificationStatus: "REJECTED", rejectionReason: "Le NEQ ne correspond pas au nom." });
    await updateOrganisationProfile(pending.actor, { legalName: org.legalName, neq: "1179999999", sectorCode: "31", municipalityCode: "94068", size: null, website: null, description: null, version: org.version });
    expect((await getMyOrganisation(pending.actor)).verificationStatus).toBe("PENDING");
  });

  it("two advisors deciding at once: one decision, the other told it was already decided", async () => {
    const pending = await createEmployer({ verified: false });
    const { actor: a1 } = await createAdvisor();
    const { actor: a2 } = await createAdvisor();
    const results = await Promise.allSettled([
      decideVerification(a1, { employerId: pending.employerId, version: 0, decision: "verify", reason: null }),
      decideVerification(a2, { employerId: pending.employerId, version: 0, decision: "reject", reason: "Raison suffisante ici." }),
    ]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    expect(results.find((r) => r.status === "rejected")).toMatchObject({ reason: { code: "CONFLICT", messageKey: "employer.errors.alreadyDecided" } });
  });

  it("'my regions' keeps organisations of the advisor's regions and those without an address", async () => {
    const inMauricie = await createEmployer({ verified: false, municipalityCode: "37067" }); // Trois-Rivières, 04
    const inSaguenay = await createEmployer({ verified: false, municipalityCode: "94068" }); // 02
    const noAddress = await createEmployer({ verified: false });
    const { actor: advisor } = await createAdvisor(["04", "09"]);
    const mine = await listPendingVerifications(advisor, { mine: true });
    expect(mine.rows.map((r) => r.id).sort()).toEqual([inMauricie.employerId, noAddress.employerId].sort());
    expect((await listPendingVerifications(advisor)).rows.map((r) => r.id)).toContain(inSaguenay.employerId);
  });

  it("employers and candidates cannot see the queue or decide", async () => {
    const pending = await createEmployer({ verified: false });
    const other = await createEmployer();
    const { actor: candidate } = await createUser("CANDIDATE");
    for (const actor of [pending.actor, other.actor, candidate]) {
      await expect(listPendingVerifications(actor)).rejects.toMatchObject({ code: "FORBIDDEN" });
      await expect(getVerificationDetail(actor, pending.employerId)).rejects.toMatchObject({ code: "FORBIDDEN" });
      await expect(decideVerification(actor, { employerId: pending.employerId, version: 0, decision: "verify", reason: null })).rejects.toMatchObject({ code: "FORBIDDEN" });
    }
    expect((await db.employer.findUniqueOrThrow({ where: { id: pending.employerId } })).verificationStatus).toBe("PENDING");
  });
});
