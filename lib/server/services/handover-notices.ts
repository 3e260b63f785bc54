import "server-only";
import { db } from "@/lib/server/db";
import { absoluteUrl, queueMail } from "@/lib/server/services/mailer";
import { handOverMail } from "@/lib/email/templates";
import { REGION_NAMES } from "@/lib/domain/matching/regions";
import { toLocale } from "@/lib/i18n/config";
import { toIsoDate } from "@/lib/domain/vacancy/dates";

// E-mail to the integration advisors of a region when a hand-over opens there (a hire's, or a person's own request).
// Hand-overs open inside other transactions (a hire, an accepted Journées Québec offer, a consent given later, a
// request), which must not send mail that a rollback would contradict. So the hand-over row is the outbox: this scan
// (pg-boss, every 5 minutes: lib/server/jobs/integration.ts) claims the committed rows not yet notified, in one
// statement that two scans cannot both win (FOR UPDATE SKIP LOCKED), then queues the e-mails. At most once: a row is
// marked before its e-mails are queued, and queueMail never throws.

/** Hand-overs claimed per scan; the rest waits for the next one. */
const BATCH = 200;

export async function notifyAdvisorsOfNewHandOvers(now = new Date()): Promise<{ handOvers: number; emails: number }> {
  const claimed = await db.$queryRaw<{ id: string; regionCode: string; source: "HIRE" | "REQUEST"; firstMeetingDueOn: Date }[]>`
    UPDATE "HandOver" SET "advisorsNotifiedAt" = ${now}
    WHERE "id" IN (SELECT "id" FROM "HandOver" WHERE "advisorsNotifiedAt" IS NULL ORDER BY "createdAt" LIMIT ${BATCH} FOR UPDATE SKIP LOCKED)
    RETURNING "id", "regionCode", "source"::text AS "source", "firstMeetingDueOn"`;
  if (claimed.length === 0) return { handOvers: 0, emails: 0 };
  const regions = [...new Set(claimed.map((h) => h.regionCode))];
  const advisors = await db.advisorRegion.findMany({ where: { regionCode: { in: regions }, user: { role: "ADVISOR" } }, select: { regionCode: true, user: { select: { email: true, locale: true } } } });
  let emails = 0;
  for (const h of claimed) {
    for (const a of advisors.filter((x) => x.regionCode === h.regionCode)) {
      const locale = toLocale(a.user.locale);
      const region = REGION_NAMES[h.regionCode]?.[locale] ?? h.regionCode;
      await queueMail({ to: a.user.email, ...handOverMail(locale, { region, source: h.source, dueOn: toIsoDate(h.firstMeetingDueOn), url: absoluteUrl(`/conseiller/accompagnement/${h.id}`) }) });
      emails++;
    }
  }
  return { handOvers: claimed.length, emails };
}
