import "server-only";
import { db } from "@/lib/server/db";
import { audit } from "@/lib/server/audit";
import { assertRole, type SessionUser } from "@/lib/server/auth";
import { ConflictError, NotFoundError } from "@/lib/server/errors";
import type { Prisma } from "@/lib/generated/prisma/client";

// "Request a human review" (Loi 25, art. 12.1: a person may submit observations on a decision based exclusively on
// automated processing and have it reviewed): any candidate, on one recommended vacancy or on the whole list of
// recommendations. Routed to the advisors of the vacancy's region (or, for the list, of the candidate's first
// preferred region; nowhere in particular: any advisor). Advisors see the request and the job-relevant part of the
// profile (never identity or contact), answer in writing, and the candidate reads the answer next to the
// recommendation. Viewing and answering are audited.

export type HumanReviewSummary = { id: string; vacancyId: string | null; status: "OPEN" | "ANSWERED"; createdAt: Date; answer: string | null; answeredAt: Date | null };

/** A candidate asks for a review. One open request per recommendation (vacancy or list): a second one is a conflict. */
export async function requestHumanReview(actor: SessionUser, input: { vacancyId: string | null; reason: string }) {
  assertRole(actor, "CANDIDATE");
  let regionCode: string | null;
  if (input.vacancyId) {
    const vacancy = await db.jobPosting.findFirst({ where: { id: input.vacancyId, status: { in: ["PUBLISHED", "CLOSED", "FILLED"] } }, select: { regionCode: true } });
    if (!vacancy) throw new NotFoundError();
    regionCode = vacancy.regionCode;
  } else {
    const profile = await db.candidateProfile.findUnique({ where: { userId: actor.id }, select: { preferredRegionCodes: true } });
    regionCode = profile?.preferredRegionCodes[0] ?? null;
  }
  return db.$transaction(async (tx) => {
    // Serialises this candidate's requests so that two clicks cannot both pass the duplicate check.
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`human-review:${actor.id}`}))`;
    const open = await tx.humanReviewRequest.findFirst({ where: { userId: actor.id, vacancyId: input.vacancyId, status: "OPEN" }, select: { id: true } });
    if (open) throw new ConflictError("privacy.review.errors.alreadyOpen");
    const r = await tx.humanReviewRequest.create({ data: { userId: actor.id, vacancyId: input.vacancyId, regionCode, reason: input.reason }, select: { id: true, createdAt: true } });
    await audit({ actorId: actor.id, actorRole: actor.role, action: "privacy.human_review.request", subject: `human_review:${r.id}`, details: { vacancyId: input.vacancyId, regionCode } }, tx);
    return r;
  });
}

/** The candidate's own requests, by recommendation: key = vacancy id, or "list" for the whole list. */
export async function getMyHumanReviews(actor: SessionUser): Promise<Record<string, HumanReviewSummary>> {
  assertRole(actor, "CANDIDATE");
  const rows = await db.humanReviewRequest.findMany({
    where: { userId: actor.id },
    select: { id: true, vacancyId: true, status: true, createdAt: true, answer: true, answeredAt: true },
    orderBy: { createdAt: "asc" }, // the latest request of a recommendation wins
  });
  return Object.fromEntries(rows.map((r) => [r.vacancyId ?? "list", r]));
}

/** Which requests an advisor may see: those of their regions and those routed nowhere in particular; ADMIN all. */
async function scopeFor(actor: SessionUser): Promise<Prisma.HumanReviewRequestWhereInput> {
  assertRole(actor, "ADVISOR", "ADMIN");
  if (actor.role === "ADMIN") return {};
  const regions = (await db.advisorRegion.findMany({ where: { userId: actor.id }, select: { regionCode: true } })).map((r) => r.regionCode);
  return { OR: [{ regionCode: { in: regions } }, { regionCode: null }] };
}

export async function listHumanReviewQueue(actor: SessionUser, opts: { status?: "OPEN" | "ANSWERED" } = {}) {
  const scope = await scopeFor(actor);
  const rows = await db.humanReviewRequest.findMany({
    where: { AND: [scope, { status: opts.status ?? "OPEN" }] },
    select: { id: true, vacancyId: true, regionCode: true, status: true, createdAt: true, answeredAt: true },
    orderBy: { createdAt: "asc" },
    take: 200,
  });
  const vacancies = await db.jobPosting.findMany({ where: { id: { in: rows.map((r) => r.vacancyId).filter((v): v is string => !!v) } }, select: { id: true, title: true } });
  const title = new Map(vacancies.map((v) => [v.id, v.title]));
  return rows.map((r) => ({ ...r, vacancyTitle: r.vacancyId ? (title.get(r.vacancyId) ?? null) : null }));
}

/** One request with what the advisor needs to review it: the vacancy's requirements and the profile's job-relevant fields. */
export async function getHumanReviewForAdvisor(actor: SessionUser, id: string) {
  const scope = await scopeFor(actor);
  const r = await db.humanReviewRequest.findFirst({
    where: { AND: [scope, { id }] },
    select: { id: true, userId: true, vacancyId: true, regionCode: true, reason: true, status: true, answer: true, answeredAt: true, version: true, createdAt: true },
  });
  if (!r) throw new NotFoundError();
  const [vacancy, profile] = await Promise.all([
    r.vacancyId
      ? db.jobPosting.findUnique({ where: { id: r.vacancyId }, select: { id: true, title: true, nocCode: true, regionCode: true, minFrenchLevel: true, minEnglishLevel: true, minExperienceYears: true, minEducation: true, requiredSkills: true, startDate: true, status: true } })
      : null,
    db.candidateProfile.findUnique({
      where: { userId: r.userId },
      select: { frenchLevel: true, englishLevel: true, education: true, preferredRegionCodes: true, openToAnyRegionOutsideCmm: true, availableFrom: true, skillLabels: true, includedInMatching: true, occupations: { select: { nocCode: true, title: true, years: true } } },
    }),
  ]);
  await audit({ actorId: actor.id, actorRole: actor.role, action: "privacy.human_review.view", subject: `human_review:${r.id}` });
  const { userId: _userId, ...request } = r;
  return { request, vacancy, profile };
}

export async function answerHumanReview(actor: SessionUser, input: { id: string; version: number; answer: string }, now: Date = new Date()) {
  const scope = await scopeFor(actor);
  return db.$transaction(async (tx) => {
    const visible = await tx.humanReviewRequest.findFirst({ where: { AND: [scope, { id: input.id }] }, select: { id: true } });
    if (!visible) throw new NotFoundError();
    const { count } = await tx.humanReviewRequest.updateMany({
      where: { id: input.id, version: input.version, status: "OPEN" },
      data: { status: "ANSWERED", answer: input.answer, answeredById: actor.id, answeredAt: now, version: { increment: 1 } },
    });
    if (count === 0) throw new ConflictError("privacy.review.errors.alreadyAnswered");
    await audit({ actorId: actor.id, actorRole: actor.role, action: "privacy.human_review.answer", subject: `human_review:${input.id}` }, tx);
    return { id: input.id };
  });
}

