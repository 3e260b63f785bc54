import { beforeAll, beforeEach, describe, expect, it } from "vitest";
import { db, resetDb } from "./db";
import { ensureReferenceData } from "./factories";
import { createFilledCandidate } from "./candidate-helpers";
import { acceptedInvitation, createRecruiter } from "./recruiting-helpers";
import { viewCandidateProfile } from "@/lib/server/dal/profile-views";
import { searchCandidates } from "@/lib/server/dal/candidate-search";
import { sendMessage } from "@/lib/server/dal/messages";
import { requestPasswordReset } from "@/lib/server/dal/password-reset";
import { RECRUITING_LIMITS } from "@/lib/domain/recruiting/limits";
import { ZCandidateSearchFilters } from "@/lib/schemas/recruiting";

// The limits are counted in PostgreSQL; to reach them quickly, the counter is set just below the threshold.
async function preload(key: string, count: number) {
  await db.rateLimit.upsert({ where: { key }, create: { key, count, resetAt: new Date(Date.now() + 3600_000) }, update: { count, resetAt: new Date(Date.now() + 3600_000) } });
}

describe("abuse limits", () => {
  beforeAll(ensureReferenceData);
  beforeEach(resetDb);

  it("profile views: the 300th in an hour is served, the 301st answers 429 and is not recorded", async () => {
    const { actor, employerId } = await createRecruiter();
    const c = await createFilledCandidate({ visible: true });
    await preload(`rc:profileView:s:${employerId}`, RECRUITING_LIMITS.profileView.perOrganisation - 1);
    await viewCandidateProfile(actor, c.profileId, { ip: "198.51.100.1" });
    await expect(viewCandidateProfile(actor, c.profileId, { ip: "198.51.100.1" })).rejects.toMatchObject({ code: "RATE_LIMITED", messageKey: "errors.rateLimited" });
    expect(await db.profileView.count()).toBe(1);
    expect(await db.auditLog.count({ where: { action: "candidate.profile_view" } })).toBe(1);
    expect(await db.auditLog.count({ where: { action: "recruiting.rate_limited" } })).toBe(1);
    // Another organisation is not affected.
    const other = await createRecruiter();
    await expect(viewCandidateProfile(other.actor, c.profileId, { ip: "198.51.100.2" })).resolves.toBeTruthy();
  });

  it("counts real hits: searches past the threshold answer 429 (a low limit, through the same counter)", async () => {
    const { actor, employerId } = await createRecruiter();
    const f = ZCandidateSearchFilters.parse({});
    await preload(`rc:search:s:${employerId}`, RECRUITING_LIMITS.search.perOrganisation - 3);
    for (let i = 0; i < 3; i++) await searchCandidates(actor, f, { ip: null });
    await expect(searchCandidates(actor, f, { ip: null })).rejects.toMatchObject({ code: "RATE_LIMITED" });
  });

  it("per address: one network address is limited across organisations", async () => {
    const a = await createRecruiter();
    const c = await createFilledCandidate({ visible: true });
    await preload("rc:profileView:ip:203.0.113.99", RECRUITING_LIMITS.profileView.perAddress);
    await expect(viewCandidateProfile(a.actor, c.profileId, { ip: "203.0.113.99" })).rejects.toMatchObject({ code: "RATE_LIMITED" });
    await expect(viewCandidateProfile(a.actor, c.profileId, { ip: "203.0.113.100" })).resolves.toBeTruthy();
  });

  it("messages and password reset requests are limited too", async () => {
    const { employer, threadId } = await acceptedInvitation();
    await preload(`rc:message:s:${employer.employerId}`, RECRUITING_LIMITS.message.perOrganisation);
    await expect(sendMessage(employer.actor, { threadId, body: "Bonjour" }, { ip: null })).rejects.toMatchObject({ code: "RATE_LIMITED" });
    expect(await db.message.count()).toBe(0);
    for (let i = 0; i < RECRUITING_LIMITS.passwordReset.perOrganisation; i++) await requestPasswordReset({ email: "quelquun@example.org" }, { ip: null });
    await expect(requestPasswordReset({ email: "quelquun@example.org" }, { ip: null })).rejects.toMatchObject({ code: "RATE_LIMITED" });
  });
});
