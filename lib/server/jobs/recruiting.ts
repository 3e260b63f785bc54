import "server-only";
import { getBoss, QUEUES, work } from "@/lib/server/jobs/boss";
import { deliverMail, type Mail } from "@/lib/server/services/mailer";
import { scanSavedSearches, sendAlertDigests } from "@/lib/server/services/alerts";

// Recruiting's background work: outgoing e-mail, the saved-search scan (every 15 minutes) and the daily digest
// (7:00, Québec time). Schedules live in pg-boss (one row per queue): every server process may declare them, the
// scheduler runs each once.

export const ALERT_SCAN_CRON = "*/15 * * * *";
export const ALERT_DIGEST_CRON = "0 7 * * *";
const TZ = "America/Toronto";

export async function startRecruitingWorkers() {
  await work<Mail>(QUEUES.emailSend, (mail) => deliverMail(mail));
  await work(QUEUES.recruitingAlertScan, async () => {
    await scanSavedSearches();
  });
  await work(QUEUES.recruitingAlertDigest, async () => {
    // Raise what is pending first, so that the digest includes profiles confirmed in the last minutes.
    await scanSavedSearches();
    await sendAlertDigests();
  });
  const boss = await getBoss();
  await boss.schedule(QUEUES.recruitingAlertScan, ALERT_SCAN_CRON, {}, { tz: TZ });
  await boss.schedule(QUEUES.recruitingAlertDigest, ALERT_DIGEST_CRON, {}, { tz: TZ });
}
