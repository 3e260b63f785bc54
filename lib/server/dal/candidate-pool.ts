import "server-only";
import { db } from "@/lib/server/db";
import type { SessionUser } from "@/lib/server/auth";
import { getVerifiedMembershipOrThrow } from "@/lib/server/dal/employers";
import { getUnitGroupTitles } from "@/lib/server/dal/occupations";
import type { Prisma } from "@/lib/generated/prisma/client";
import { toAnonymousCard, type AnonymousCandidateCard } from "@/lib/domain/candidate/anonymous-card";
import { hiddenIfConfirmedBefore } from "@/lib/domain/candidate/freshness";
import { CMM_ONLY_REGION_CODES } from "@/lib/domain/candidate/options";
import type { Locale } from "@/lib/i18n/config";

// Candidates as verified employers may see them: anonymous cards, only of people who chose to be visible and
// confirmed their profile within the last 12 months. Reused by recruiting and matching (CARD_SELECT, the where
// clause) so that the rule is written once.

/** Exactly the columns an anonymous card is built from: identity, contact and free text are not even read. */
export const CARD_SELECT = {
  id: true,
  occupations: { select: { nocCode: true, years: true }, orderBy: { years: "desc" } },
  skillLabels: true,
  skillKeys: true,
  frenchLevel: true,
  frenchOral: true,
  frenchWritten: true,
  englishLevel: true,
  education: true,
  credentialStatus: true,
  preferredRegionCodes: true,
  openToAnyRegionOutsideCmm: true,
  availableFrom: true,
  workTypes: true,
  inQuebec: true,
  familyComing: true,
  needsHousingHelp: true,
  hasDrivingLicence: true,
  confirmedAt: true,
} satisfies Prisma.CandidateProfileSelect;

/** The profiles employers may see at `now`: visible by the candidate's choice, confirmed within 12 months. */
export function visibleToEmployersWhere(now: Date): Prisma.CandidateProfileWhereInput {
  return { visibleToEmployers: true, confirmedAt: { gt: hiddenIfConfirmedBefore(now) }, user: { role: "CANDIDATE" } };
}

/**
 * The profiles automatic matching may use at `now`: included by the candidate's choice, confirmed within 12 months
 * (a profile hidden from employers is not proposed to them by matching either). For the matching service.
 */
export function includedInMatchingWhere(now: Date): Prisma.CandidateProfileWhereInput {
  return { includedInMatching: true, confirmedAt: { gt: hiddenIfConfirmedBefore(now) }, user: { role: "CANDIDATE" } };
}

export type CandidatePoolFilters = {
  /** NOC 2021 unit group among the candidate's occupations. */
  nocCode?: string | null;
  /** A region the candidate would live in (chosen, or "any region outside the Montréal area"). */
  regionCode?: string | null;
  /** Minimum French level (Échelle québécoise, the lower of oral and written). */
  minFrenchLevel?: number | null;
  page?: number;
  pageSize?: number;
};

export type CandidatePoolPage = { items: AnonymousCandidateCard[]; total: number; page: number; pageSize: number };

/**
 * Anonymous cards of the candidates visible to employers, most recently confirmed first. The actor must be a member
 * of a VERIFIED organisation (ForbiddenError otherwise). Nobody without the visibility consent, nobody whose profile
 * was last confirmed 12 months ago or more.
 */
export async function listVisibleCandidatesForEmployers(actor: SessionUser, filters: CandidatePoolFilters = {}, opts: { locale?: Locale; now?: Date } = {}): Promise<CandidatePoolPage> {
  await getVerifiedMembershipOrThrow(actor);
  const now = opts.now ?? new Date();
  const locale = opts.locale ?? actor.locale;
  const pageSize = Math.min(Math.max(filters.pageSize ?? 20, 1), 100);
  const page = Math.max(filters.page ?? 1, 1);

  const and: Prisma.CandidateProfileWhereInput[] = [visibleToEmployersWhere(now)];
  if (filters.nocCode) and.push({ nocCodes: { has: filters.nocCode } });
  if (filters.minFrenchLevel) and.push({ frenchLevel: { gte: filters.minFrenchLevel } });
  if (filters.regionCode) {
    and.push(
      CMM_ONLY_REGION_CODES.has(filters.regionCode)
        ? { preferredRegionCodes: { has: filters.regionCode } }
        : { OR: [{ preferredRegionCodes: { has: filters.regionCode } }, { openToAnyRegionOutsideCmm: true }] },
    );
  }
  const where: Prisma.CandidateProfileWhereInput = { AND: and };

  const [total, rows] = await Promise.all([
    db.candidateProfile.count({ where }),
    db.candidateProfile.findMany({ where, select: CARD_SELECT, orderBy: [{ confirmedAt: "desc" }, { id: "asc" }], skip: (page - 1) * pageSize, take: pageSize }),
  ]);
  const titles = await getUnitGroupTitles(rows.flatMap((r) => r.occupations.map((o) => o.nocCode)), locale);
  return { items: rows.map((r) => toAnonymousCard(r, { locale, now, unitGroupTitles: titles })), total, page, pageSize };
}
