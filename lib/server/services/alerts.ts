import "server-only";
import { db } from "@/lib/server/db";
import { logger } from "@/lib/server/logger";
import { visibleToEmployersWhere } from "@/lib/server/dal/candidate-pool";
import { nocCodesForTitle, searchWhere } from "@/lib/server/dal/candidate-search";
import { absoluteUrl, queueMail } from "@/lib/server/services/mailer";
import { alertDigestMail } from "@/lib/email/templates";
import { ZCandidateSearchFilters } from "@/lib/schemas/recruiting";
import { toLocale } from "@/lib/i18n/config";

// Saved-search alerts, run by background jobs (lib/server/jobs/workers.ts), not by a person: no actor.
//  - scanSavedSearches (every 15 minutes): for each saved search with alerts on, the profiles visible to employers,
//    matching its filters, and confirmed (or created) since the search was last checked become alerts, shown in
//    the app at once.
//  - sendAlertDigests (daily): each member who saved searches gets at most one e-mail a day listing the alerts not
//    yet seen in the app.

/** A digest goes out at most once per this many hours per person (a little under a day: the job runs daily). */
export const DIGEST_MIN_HOURS = 20;
const SCAN_BATCH = 500;

/**
 * Turns new or newly confirmed matching profiles into alerts. Each search is claimed by moving its lastCheckedAt
 * (guarded on the value read), so two scans at once do not both work on it. Only searches of VERIFIED organisations.
 */
export async function scanSavedSearches(now = new Date()): Promise<{ searches: number; alerts: number }> {
  const searches = await db.savedSearch.findMany({
    where: { alertsEnabled: true, lastCheckedAt: { lt: now }, employer: { verificationStatus: "VERIFIED" } },
    select: { id: true, filters: true, lastCheckedAt: true },
    orderBy: { lastCheckedAt: "asc" },
    take: SCAN_BATCH,
  });
  let alerts = 0;
  let scanned = 0;
  for (const s of searches) {
    const parsed = ZCandidateSearchFilters.safeParse(s.filters ?? {});
    if (!parsed.success) continue;
    const f = parsed.data;
    const titleCodes = f.q ? [...new Set([...(await nocCodesForTitle(f.q, "fr")), ...(await nocCodesForTitle(f.q, "en"))])] : [];
    const matches = await db.candidateProfile.findMany({
      where: { AND: [visibleToEmployersWhere(now), { confirmedAt: { gt: s.lastCheckedAt, lte: now } }, ...searchWhere(f, titleCodes)] },
      select: { id: true, confirmedAt: true },
      take: 1000,
    });
    await db.$transaction(async (tx) => {
      const { count } = await tx.savedSearch.updateMany({ where: { id: s.id, lastCheckedAt: s.lastCheckedAt }, data: { lastCheckedAt: now } });
      if (count === 0) return; // another scan took it
      scanned++;
      for (const m of matches) {
        await tx.searchAlert.upsert({
          where: { savedSearchId_candidateProfileId: { savedSearchId: s.id, candidateProfileId: m.id } },
          create: { savedSearchId: s.id, candidateProfileId: m.id, confirmedAt: m.confirmedAt, createdAt: now },
          // Confirmed again since an earlier alert: it is news again.
          update: { confirmedAt: m.confirmedAt, createdAt: now, seenAt: null, emailedAt: null },
        });
        alerts++;
      }
    });
  }
  if (alerts) logger.info({ searches: scanned, alerts }, "saved-search alerts raised");
  return { searches: scanned, alerts };
}

/**
 * E-mails each member their unseen, not yet e-mailed alerts, grouped by saved search, at most once every
 * DIGEST_MIN_HOURS. A member who left the organisation gets nothing.
 */
export async function sendAlertDigests(now = new Date()): Promise<{ sent: number }> {
  const pending = await db.searchAlert.findMany({
    where: { seenAt: null, emailedAt: null, savedSearch: { alertsEnabled: true, employer: { verificationStatus: "VERIFIED" } } },
    select: { id: true, savedSearch: { select: { id: true, name: true, employerId: true, createdById: true, lastDigestAt: true } } },
    take: 10_000,
  });
  // recipient (employer + member) -> searches -> alert ids
  const byRecipient = new Map<string, { employerId: string; userId: string; searches: Map<string, { name: string; ids: string[] }>; lastDigestAt: Date | null }>();
  for (const a of pending) {
    const s = a.savedSearch;
    const key = `${s.employerId}|${s.createdById}`;
    let r = byRecipient.get(key);
    if (!r) byRecipient.set(key, (r = { employerId: s.employerId, userId: s.createdById, searches: new Map(), lastDigestAt: null }));
    if (s.lastDigestAt && (!r.lastDigestAt || s.lastDigestAt > r.lastDigestAt)) r.lastDigestAt = s.lastDigestAt;
    const entry = r.searches.get(s.id) ?? { name: s.name, ids: [] };
    entry.ids.push(a.id);
    r.searches.set(s.id, entry);
  }
  let sent = 0;
  for (const r of byRecipient.values()) {
    // The most recent digest of any of this person's searches in the organisation counts.
    const last = await db.savedSearch.aggregate({ where: { employerId: r.employerId, createdById: r.userId }, _max: { lastDigestAt: true } });
    const lastAt = last._max.lastDigestAt;
    if (lastAt && now.getTime() - lastAt.getTime() < DIGEST_MIN_HOURS * 3600_000) continue;
    const member = await db.employerMember.findUnique({ where: { employerId_userId: { employerId: r.employerId, userId: r.userId } }, select: { user: { select: { email: true, locale: true } } } });
    if (!member) continue;
    const searchIds = [...r.searches.keys()];
    const alertIds = [...r.searches.values()].flatMap((s) => s.ids);
    // Claim first (a digest is never sent twice for the same alerts), then queue the e-mail.
    const claimed = await db.$transaction(async (tx) => {
      const { count } = await tx.searchAlert.updateMany({ where: { id: { in: alertIds }, emailedAt: null }, data: { emailedAt: now } });
      if (count === 0) return false;
      await tx.savedSearch.updateMany({ where: { employerId: r.employerId, createdById: r.userId }, data: { lastDigestAt: now } });
      return true;
    });
    if (!claimed) continue;
    const mail = alertDigestMail(toLocale(member.user.locale), {
      searches: [...r.searches.values()].map((s) => ({ name: s.name, count: s.ids.length })),
      url: absoluteUrl(searchIds.length === 1 ? `/employeur/recherche/enregistrees/${searchIds[0]}` : "/employeur/recherche/enregistrees"),
    });
    await queueMail({ to: member.user.email, ...mail });
    sent++;
  }
  return { sent };
}
