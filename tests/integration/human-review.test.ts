import { beforeAll, beforeEach, describe, expect, it } from "vitest";
import { db, resetDb } from "./db";
import { createAdvisor, createCandidate, createEmployer, createUser, ensureReferenceData } from "./factories";
import { answerHumanReview, getHumanReviewForAdvisor, getMyHumanReviews, listHumanReviewQueue, requestHumanReview } from "@/lib/server/dal/human-review";

async function vacancyIn(regionCode: string, municipalityCode: string) {
  const { employerId } = await createEmployer();
  return db.jobPosting.create({
    data: { employerId, title: "Soudeur", nocCode: "72106", municipalityCode, regionCode, inCmm: false, employmentType: "permanent", status: "PUBLISHED", minFrenchLevel: 6 },
    select: { id: true },
  });
}

describe("human review of automated recommendations", () => {
  beforeAll(ensureReferenceData);
  beforeEach(resetDb);

  it("a candidate's request on a vacancy goes to the advisors of its region only; the answer comes back to the candidate", async () => {
    const candidate = await createCandidate();
    await db.candidateProfile.update({ where: { id: candidate.profileId }, data: { firstName: "Awa", lastName: "Traoré", phone: "+22370000000", frenchLevel: 5, preferredRegionCodes: ["02"] } });
    const vacancy = await vacancyIn("02", "94068"); // Saguenay
    const { id } = await requestHumanReview(candidate.actor, { vacancyId: vacancy.id, reason: "Mon niveau de français a changé depuis mon dernier test." });
    const saguenay = await createAdvisor(["02"]);
    const mauricie = await createAdvisor(["04"]);
    expect((await listHumanReviewQueue(saguenay.actor)).map((r) => r.id)).toEqual([id]);
    expect(await listHumanReviewQueue(mauricie.actor)).toEqual([]);
    await expect(getHumanReviewForAdvisor(mauricie.actor, id)).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(answerHumanReview(mauricie.actor, { id, version: 0, answer: "Réponse d'une autre région." })).rejects.toMatchObject({ code: "NOT_FOUND" });

    const detail = await getHumanReviewForAdvisor(saguenay.actor, id);
    expect(detail.profile).toMatchObject({ frenchLevel: 5 });
    // The advisor sees what the engine reads, never identity or contact details.
    expect(JSON.stringify(detail)).not.toMatch(/Awa|Traoré|22370000000|@test\.passerelle\.ca/);

    await answerHumanReview(saguenay.actor, { id, version: 0, answer: "Votre niveau 5 est sous le minimum de 6 exigé pour ce poste." });
    await expect(answerHumanReview(saguenay.actor, { id, version: 0, answer: "Une deuxième réponse." })).rejects.toMatchObject({ code: "CONFLICT" });
    const mine = await getMyHumanReviews(candidate.actor);
    expect(mine[vacancy.id]).toMatchObject({ status: "ANSWERED", answer: "Votre niveau 5 est sous le minimum de 6 exigé pour ce poste." });
    expect((await db.auditLog.findMany({ orderBy: { id: "asc" } })).map((a) => a.action)).toEqual(["privacy.human_review.request", "privacy.human_review.view", "privacy.human_review.answer"]);
  });

  it("a request on the whole list goes to the candidate's first preferred region, or to every advisor without one", async () => {
    const a = await createCandidate();
    await db.candidateProfile.update({ where: { id: a.profileId }, data: { preferredRegionCodes: ["04"] } });
    const b = await createCandidate();
    const ra = await requestHumanReview(a.actor, { vacancyId: null, reason: "Aucune offre ne correspond à mon métier." });
    const rb = await requestHumanReview(b.actor, { vacancyId: null, reason: "Je ne comprends pas le classement proposé." });
    const mauricie = await createAdvisor(["04"]);
    const coteNord = await createAdvisor(["09"]);
    expect(new Set((await listHumanReviewQueue(mauricie.actor)).map((r) => r.id))).toEqual(new Set([ra.id, rb.id]));
    expect((await listHumanReviewQueue(coteNord.actor)).map((r) => r.id)).toEqual([rb.id]);
    const { actor: admin } = await createUser("ADMIN");
    expect(await listHumanReviewQueue(admin)).toHaveLength(2);
  });

  it("one open request per recommendation, even when sent twice at once; unknown vacancies and other roles are refused", async () => {
    const candidate = await createCandidate();
    const vacancy = await vacancyIn("02", "94068");
    const input = { vacancyId: vacancy.id, reason: "Je demande une révision de ce classement." };
    const results = await Promise.allSettled([requestHumanReview(candidate.actor, input), requestHumanReview(candidate.actor, input)]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    expect(results.find((r) => r.status === "rejected")).toMatchObject({ reason: { code: "CONFLICT", messageKey: "privacy.review.errors.alreadyOpen" } });
    await expect(requestHumanReview(candidate.actor, { vacancyId: "no-such-vacancy", reason: "Je demande une révision." })).rejects.toMatchObject({ code: "NOT_FOUND" });
    const employer = await createEmployer();
    await expect(requestHumanReview(employer.actor, input)).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(listHumanReviewQueue(employer.actor)).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(listHumanReviewQueue(candidate.actor)).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(getMyHumanReviews(employer.actor)).rejects.toMatchObject({ code: "FORBIDDEN" });
    expect(await db.humanReviewRequest.count()).toBe(1);
  });
});
