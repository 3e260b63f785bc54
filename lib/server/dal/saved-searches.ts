import "server-only";
import { db } from "@/lib/server/db";
import { oncePerSubmission } from "@/lib/server/idempotency";
import { audit } from "@/lib/server/audit";
import type { SessionUser } from "@/lib/server/auth";
import { ConflictError, InvalidError, NotFoundError } from "@/lib/server/errors";
import { getEmployerMembershipOrThrow, getVerifiedMembershipOrThrow } from "@/lib/server/dal/employers";
import { CARD_SELECT, visibleToEmployersWhere } from "@/lib/server/dal/candidate-pool";
import { getUnitGroupTitles } from "@/lib/server/dal/occupations";
import { toAnonymousCard, type AnonymousCandidateCard } from "@/lib/domain/candidate/anonymous-card";
import { searchFiltersQuery, ZCandidateSearchFilters, type TCandidateSearchFilters } from "@/lib/schemas/recruiting";
import type { Locale } from "@/lib/i18n/config";

// Saved searches of an organisation (shared by its members) and the alerts they raise. The alerts themselves are
// found by lib/server/services/alerts.ts (a background job), from the same conditions as the search.

export const MAX_SAVED_SEARCHES = 50;

/** Filters as stored: parsed again on the way out (a stored search from an older version loses what no longer parses). */
function storedFilters(json: unknown): TCandidateSearchFilters {
  return ZCandidateSearchFilters.parse(json && typeof json === "object" ? json : {});
}

/** Saves a search for the actor's VERIFIED organisation. Only profiles confirmed from now on raise alerts. */
export async function createSavedSearch(actor: SessionUser, input: { name: string; filters: TCandidateSearchFilters; alertsEnabled: boolean; submissionId?: string }, now = new Date()) {
  const { employerId } = await getVerifiedMembershipOrThrow(actor);
  return oncePerSubmission(actor.id, "saved_search.create", input.submissionId, async (tx) => {
    const count = await tx.savedSearch.count({ where: { employerId } });
    if (count >= MAX_SAVED_SEARCHES) throw new InvalidError("recruiting.errors.tooManySavedSearches");
    // Page and page size are not part of a search.
    const s = await tx.savedSearch.create({
      data: { employerId, createdById: actor.id, name: input.name, filters: input.filters as object, alertsEnabled: input.alertsEnabled, lastCheckedAt: now },
      select: { id: true, version: true },
    });
    await audit({ actorId: actor.id, actorRole: actor.role, action: "saved_search.create", subject: `saved_search:${s.id}`, details: { employerId } }, tx);
    return s;
  });
}

export type SavedSearchRow = { id: string; name: string; query: string; filters: TCandidateSearchFilters; alertsEnabled: boolean; version: number; createdAt: string; createdBy: string | null; unseen: number };

/** The organisation's saved searches, newest first, with their unseen alerts. */
export async function listSavedSearches(actor: SessionUser): Promise<SavedSearchRow[]> {
  const { employerId } = await getEmployerMembershipOrThrow(actor);
  const rows = await db.savedSearch.findMany({
    where: { employerId },
    orderBy: { createdAt: "desc" },
    select: { id: true, name: true, filters: true, alertsEnabled: true, version: true, createdAt: true, createdById: true, _count: { select: { alerts: { where: { seenAt: null } } } } },
  });
  const members = await db.employerMember.findMany({ where: { employerId, userId: { in: [...new Set(rows.map((r) => r.createdById))] } }, select: { userId: true, user: { select: { name: true } } } });
  const names = new Map(members.map((m) => [m.userId, m.user.name]));
  return rows.map((r) => {
    const filters = storedFilters(r.filters);
    return { id: r.id, name: r.name, query: searchFiltersQuery(filters), filters, alertsEnabled: r.alertsEnabled, version: r.version, createdAt: r.createdAt.toISOString(), createdBy: names.get(r.createdById) ?? null, unseen: r._count.alerts };
  });
}

export async function deleteSavedSearch(actor: SessionUser, id: string) {
  const { employerId } = await getEmployerMembershipOrThrow(actor);
  await db.$transaction(async (tx) => {
    const { count } = await tx.savedSearch.deleteMany({ where: { id, employerId } });
    if (count === 0) throw new NotFoundError("recruiting.errors.savedSearchNotFound");
    await audit({ actorId: actor.id, actorRole: actor.role, action: "saved_search.delete", subject: `saved_search:${id}`, details: { employerId } }, tx);
  });
}

/** Turns a search's alerts on or off, at the version read. Turning them on starts from now (no backlog of alerts). */
export async function setSavedSearchAlerts(actor: SessionUser, input: { id: string; version: number; alertsEnabled: boolean }, now = new Date()) {
  const { employerId } = await getEmployerMembershipOrThrow(actor);
  const { count } = await db.savedSearch.updateMany({
    where: { id: input.id, employerId, version: input.version },
    data: { alertsEnabled: input.alertsEnabled, version: { increment: 1 }, ...(input.alertsEnabled ? { lastCheckedAt: now } : {}) },
  });
  if (count === 0) {
    const exists = await db.savedSearch.count({ where: { id: input.id, employerId } });
    throw exists ? new ConflictError("recruiting.errors.savedSearchConflict") : new NotFoundError("recruiting.errors.savedSearchNotFound");
  }
  return { version: input.version + 1 };
}

export type AlertRow = { id: string; createdAt: string; seen: boolean; card: AnonymousCandidateCard };

/**
 * One saved search's alerts, newest first, as anonymous cards of the profiles still visible; marks them seen.
 * Verified organisations only (the cards are the pool's).
 */
export async function getSavedSearchAlerts(actor: SessionUser, id: string, opts: { locale?: Locale; now?: Date } = {}) {
  const { employerId } = await getVerifiedMembershipOrThrow(actor);
  const now = opts.now ?? new Date();
  const locale = opts.locale ?? actor.locale;
  const search = await db.savedSearch.findFirst({ where: { id, employerId }, select: { id: true, name: true, filters: true } });
  if (!search) throw new NotFoundError("recruiting.errors.savedSearchNotFound");
  const alerts = await db.searchAlert.findMany({
    where: { savedSearchId: id, candidateProfile: visibleToEmployersWhere(now) },
    orderBy: { createdAt: "desc" },
    take: 100,
    select: { id: true, createdAt: true, seenAt: true, candidateProfile: { select: CARD_SELECT } },
  });
  await db.searchAlert.updateMany({ where: { savedSearchId: id, seenAt: null }, data: { seenAt: now } });
  const titles = await getUnitGroupTitles(alerts.flatMap((a) => a.candidateProfile.occupations.map((o) => o.nocCode)), locale);
  const filters = storedFilters(search.filters);
  return {
    search: { id: search.id, name: search.name, query: searchFiltersQuery(filters) },
    alerts: alerts.map((a): AlertRow => ({ id: a.id, createdAt: a.createdAt.toISOString(), seen: a.seenAt !== null, card: toAnonymousCard(a.candidateProfile, { locale, now, unitGroupTitles: titles }) })),
  };
}

/** Unseen alerts of the actor's organisation (the navigation's badge). */
export async function countUnseenAlerts(actor: SessionUser): Promise<number> {
  const { employerId } = await getEmployerMembershipOrThrow(actor);
  return db.searchAlert.count({ where: { seenAt: null, savedSearch: { employerId } } });
}
