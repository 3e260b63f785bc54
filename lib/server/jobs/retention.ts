import "server-only";
import { getBoss, QUEUES, work } from "@/lib/server/jobs/boss";
import { logger } from "@/lib/server/logger";
import { anonymiseInactiveCandidates } from "@/lib/server/services/retention";

// The retention job: every day at 3:15 (Québec time), profiles inactive for RETENTION_INACTIVE_MONTHS are
// anonymised and ended sessions deleted (lib/server/services/retention.ts). The schedule is one pg-boss row: every
// server process may declare it, pg-boss runs it once.

export const RETENTION_CRON = "15 3 * * *";

export async function startRetentionWorker() {
  await work(QUEUES.privacyRetention, async () => {
    const r = await anonymiseInactiveCandidates();
    logger.info({ profiles: r.profiles, sessionsDeleted: r.sessionsDeleted }, "retention run");
  });
  await (await getBoss()).schedule(QUEUES.privacyRetention, RETENTION_CRON, {}, { tz: "America/Toronto" });
}
