import "server-only";
import { db } from "@/lib/server/db";
import { audit } from "@/lib/server/audit";
import { assertRole, type SessionUser } from "@/lib/server/auth";
import { InvalidError, NotFoundError } from "@/lib/server/errors";
import { getMatchCardSources, toEngineVacancy } from "@/lib/server/dal/matching";
import { getUnitGroupTitles } from "@/lib/server/dal/occupations";
import { eventSelect, toEventDto } from "@/lib/server/dal/events";
import { listApplicationsForEmployer } from "@/lib/server/dal/events-applications";
import { getMatchContext } from "@/lib/server/services/matching-context";
import { rankPool } from "@/lib/server/services/matching";
import { tellCandidates } from "@/lib/server/services/events-mail";
import { prepareVacancy, rankCandidates, type MatchFactor } from "@/lib/domain/matching";
import { toAnonymousCard, type AnonymousCandidateCard } from "@/lib/domain/candidate/anonymous-card";
import { canPrematch } from "@/lib/domain/events/rules";
import { toIsoDate } from "@/lib/domain/vacancy/dates";
import type { Locale } from "@/lib/i18n/config";

// The matching engine at Journées Québec, through the app's matching service (no ranking of its own here):
//  - an organisation sees the applicants to its event vacancy ranked by the engine, with its explanations;
//  - an advisor ranks the permanent pool (consenting, visible, fresh profiles: rankPool's prefilter) against each
//    event vacancy before applications open, and invites the best to apply.

const jobSelect = {
  id: true, title: true, nocCode: true, regionCode: true, municipalityCode: true, inCmm: true, requiredSkills: true, assetSkills: true,
  minFrenchLevel: true, minEnglishLevel: true, minExperienceYears: true, minEducation: true, startDate: true,
} as const;

async function preparedVacancy(job: Parameters<typeof toEngineVacancy>[0] & { inCmm: boolean }, now: Date) {
  const context = { ...(await getMatchContext(now)), vacancyInCmm: job.inCmm };
  return prepareVacancy(toEngineVacancy(job), context);
}

export type RankedApplicant = {
  rank: number;
  score: number;
  eligible: boolean;
  factors: MatchFactor[];
  gaps: string[];
  application: { id: string; status: "SUBMITTED" | "PRESELECTED" | "NOT_RETAINED"; version: number; letter: string; createdAt: string; cvFileName: string; cvSizeBytes: number };
  person: { name: string; email: string; phone: string | null; countryOfResidence: string | null };
  booking: { id: string; startsAt: string; endsAt: string } | null;
  offer: { id: string; status: "MADE" | "ACCEPTED" | "DECLINED"; version: number; note: string | null } | null;
};

/**
 * The applicants to one of the organisation's event vacancies, best first by the engine (eligible first, then score),
 * each with the factors and gaps that explain it. Scoped to the actor's organisation (NotFound otherwise).
 */
export async function rankEventApplicants(actor: SessionUser, eventVacancyId: string, opts: { locale?: Locale; now?: Date } = {}) {
  const now = opts.now ?? new Date();
  const locale = opts.locale ?? actor.locale;
  const { eventVacancy, rows } = await listApplicationsForEmployer(actor, eventVacancyId);
  const pv = await preparedVacancy(eventVacancy.jobPosting, now);
  const ranked = rankCandidates(
    pv,
    rows.map((r) => ({
      id: r.candidateProfile.id,
      occupations: r.candidateProfile.occupations,
      skills: r.candidateProfile.skillLabels,
      frenchLevel: r.candidateProfile.frenchLevel,
      englishLevel: r.candidateProfile.englishLevel,
      education: r.candidateProfile.education,
      preferredRegionCodes: r.candidateProfile.preferredRegionCodes,
      openToAnyRegionOutsideCmm: r.candidateProfile.openToAnyRegionOutsideCmm,
      availableFrom: r.candidateProfile.availableFrom ? toIsoDate(r.candidateProfile.availableFrom) : null,
    })),
    { limit: Math.max(rows.length, 1), locale },
  );
  const byProfile = new Map(rows.map((r) => [r.candidateProfile.id, r]));
  const applicants: RankedApplicant[] = ranked.map((m) => {
    const r = byProfile.get(m.candidateId)!;
    const p = r.candidateProfile;
    const b = r.bookings[0];
    return {
      rank: m.rank, score: m.score, eligible: m.eligible, factors: m.factors, gaps: m.gaps,
      application: { id: r.id, status: r.status, version: r.version, letter: r.letter, createdAt: r.createdAt.toISOString(), cvFileName: r.cvFile.fileName, cvSizeBytes: r.cvFile.sizeBytes },
      person: { name: [p.firstName, p.lastName].filter(Boolean).join(" "), email: p.user.email, phone: p.phone, countryOfResidence: p.countryOfResidence },
      booking: b ? { id: b.id, startsAt: b.startsAt.toISOString(), endsAt: b.endsAt.toISOString() } : null,
      offer: r.offer ? { id: r.offer.id, status: r.offer.status, version: r.offer.version, note: r.offer.note } : null,
    };
  });
  const ev = eventVacancy;
  return {
    event: ev.event,
    vacancy: { eventVacancyId: ev.id, jobPostingId: ev.jobPosting.id, title: ev.jobPosting.title, nocCode: ev.jobPosting.nocCode, regionCode: ev.jobPosting.regionCode, municipalityName: ev.jobPosting.municipality.name, positions: ev.jobPosting.positions, positionsFilled: ev.jobPosting.positionsFilled },
    applicants,
  };
}
export type EventApplicantsView = Awaited<ReturnType<typeof rankEventApplicants>>;

// ---------- pre-matching (advisors) ----------

export const PREMATCH_LIMIT = 20;

export type PrematchCandidate = {
  rank: number;
  score: number;
  eligible: boolean;
  factors: MatchFactor[];
  gaps: string[];
  card: AnonymousCandidateCard;
  invited: boolean;
  applied: boolean;
};

/** The event's vacancies (approved organisations) for the advisor's pre-matching page. */
export async function listPrematchVacancies(actor: SessionUser, eventId: string) {
  assertRole(actor, "ADVISOR", "ADMIN");
  const e = await db.event.findUnique({ where: { id: eventId }, select: eventSelect });
  if (!e) throw new NotFoundError("events.errors.eventNotFound");
  const rows = await db.eventVacancy.findMany({
    where: { eventId, participation: { status: "APPROVED" } },
    orderBy: [{ jobPosting: { regionCode: "asc" } }, { jobPosting: { title: "asc" } }],
    select: { id: true, jobPosting: { select: { title: true, regionCode: true, nocCode: true, municipality: { select: { name: true } }, employer: { select: { legalName: true } } } }, _count: { select: { applyInvitations: true, applications: true } } },
  });
  return {
    event: toEventDto(e),
    canPrematch: canPrematch(e.status),
    vacancies: rows.map((r) => ({ id: r.id, title: r.jobPosting.title, regionCode: r.jobPosting.regionCode, nocCode: r.jobPosting.nocCode, municipalityName: r.jobPosting.municipality.name, employerName: r.jobPosting.employer.legalName, invited: r._count.applyInvitations, applications: r._count.applications })),
  };
}

/**
 * The best candidates of the permanent pool for one event vacancy (advisors): the same prefilter and engine as the
 * organisations' recommendations (rankPool), anonymous cards, and whether each was already invited or applied.
 */
export async function prematchEventVacancy(actor: SessionUser, eventVacancyId: string, opts: { locale?: Locale; now?: Date; limit?: number } = {}) {
  assertRole(actor, "ADVISOR", "ADMIN");
  const now = opts.now ?? new Date();
  const locale = opts.locale ?? actor.locale;
  const ev = await db.eventVacancy.findFirst({ where: { id: eventVacancyId, participation: { status: "APPROVED" } }, select: { id: true, eventId: true, jobPosting: { select: { ...jobSelect, municipality: { select: { name: true } }, employer: { select: { legalName: true } } } } } });
  if (!ev) throw new NotFoundError("events.errors.vacancyNotFound");
  const pv = await preparedVacancy(ev.jobPosting, now);
  const limit = Math.min(Math.max(opts.limit ?? PREMATCH_LIMIT, 1), 50);
  const { ranked } = await rankPool(actor, pv, limit, locale, {}, now);
  const ids = ranked.map((r) => r.candidateId);
  const [sources, invited, applied] = await Promise.all([
    getMatchCardSources(actor, ids, now),
    db.eventApplyInvitation.findMany({ where: { eventVacancyId: ev.id, candidateProfileId: { in: ids } }, select: { candidateProfileId: true } }),
    db.eventApplication.findMany({ where: { eventVacancyId: ev.id, candidateProfileId: { in: ids } }, select: { candidateProfileId: true } }),
  ]);
  const titles = await getUnitGroupTitles([...sources.values()].flatMap((s) => s.occupations.map((o) => o.nocCode)), locale);
  const invitedSet = new Set(invited.map((i) => i.candidateProfileId));
  const appliedSet = new Set(applied.map((i) => i.candidateProfileId));
  const items: PrematchCandidate[] = [];
  for (const r of ranked) {
    const source = sources.get(r.candidateId);
    if (!source) continue;
    items.push({ rank: r.rank, score: r.score, eligible: r.eligible, factors: r.factors, gaps: r.gaps, card: toAnonymousCard(source, { locale, now, unitGroupTitles: titles }), invited: invitedSet.has(r.candidateId), applied: appliedSet.has(r.candidateId) });
  }
  return {
    eventId: ev.eventId,
    vacancy: { id: ev.id, title: ev.jobPosting.title, regionCode: ev.jobPosting.regionCode, nocCode: ev.jobPosting.nocCode, municipalityName: ev.jobPosting.municipality.name, employerName: ev.jobPosting.employer.legalName },
    items,
  };
}

/**
 * The advisor invites candidates of the pool to apply to an event vacancy (once per person and vacancy). Only
 * profiles still in the matching pool, ranked for this vacancy, can be invited; each is told by e-mail.
 */
export async function inviteToApply(actor: SessionUser, input: { eventVacancyId: string; candidateProfileIds: string[] }, now = new Date()) {
  assertRole(actor, "ADVISOR", "ADMIN");
  const ev = await db.eventVacancy.findFirst({
    where: { id: input.eventVacancyId, participation: { status: "APPROVED" } },
    select: { id: true, eventId: true, event: { select: { status: true, nameFr: true, nameEn: true, applicationDeadline: true, timeZone: true } }, jobPosting: { select: { ...jobSelect, employer: { select: { legalName: true } } } } },
  });
  if (!ev) throw new NotFoundError("events.errors.vacancyNotFound");
  if (!canPrematch(ev.event.status)) throw new InvalidError("events.errors.prematchClosed");
  // Score each invited profile with the engine, as the pre-matching page showed it (and only pool members).
  const pool = await getMatchCardSources(actor, input.candidateProfileIds, now);
  const wanted = input.candidateProfileIds.filter((id) => pool.has(id));
  if (wanted.length === 0) throw new InvalidError("events.errors.candidatesUnavailable");
  const pv = await preparedVacancy(ev.jobPosting, now);
  const profiles = await db.candidateProfile.findMany({
    where: { id: { in: wanted } },
    select: { id: true, occupations: { select: { nocCode: true, years: true } }, skillLabels: true, frenchLevel: true, englishLevel: true, education: true, preferredRegionCodes: true, openToAnyRegionOutsideCmm: true, availableFrom: true },
  });
  const results = rankCandidates(
    pv,
    profiles.map((p) => ({ ...p, skills: p.skillLabels, availableFrom: p.availableFrom ? toIsoDate(p.availableFrom) : null })),
    { limit: profiles.length },
  );
  const created = await db.$transaction(async (tx) => {
    const r = await tx.eventApplyInvitation.createMany({
      data: results.map((m) => ({ eventId: ev.eventId, eventVacancyId: ev.id, candidateProfileId: m.candidateId, invitedById: actor.id, score: m.score, createdAt: now })),
      skipDuplicates: true,
    });
    await audit({ actorId: actor.id, actorRole: actor.role, action: "event.invite_to_apply", subject: `event:${ev.eventId}`, details: { eventVacancyId: ev.id, requested: input.candidateProfileIds.length, invited: r.count } }, tx);
    return r.count;
  });
  const fresh = await db.eventApplyInvitation.findMany({ where: { eventVacancyId: ev.id, candidateProfileId: { in: wanted }, createdAt: now }, select: { candidateProfileId: true } });
  await tellCandidates(fresh.map((f) => f.candidateProfileId), "invitedToApply", (_id, locale) => ({
    event: locale === "en" ? ev.event.nameEn : ev.event.nameFr,
    title: ev.jobPosting.title,
    employer: ev.jobPosting.employer.legalName,
    eventId: ev.eventId,
  }));
  return { invited: created };
}
