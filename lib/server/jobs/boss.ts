import "server-only";
import PgBoss from "pg-boss";
import { env } from "@/lib/env";
import { logger } from "@/lib/server/logger";

// Background jobs on pg-boss, in the same PostgreSQL database as the application (schema "pgboss"): nothing more to
// run or back up. One instance per process, started on first use. Workers are registered by
// lib/server/jobs/workers.ts, started from instrumentation.ts when the Next server boots; any process that only
// enqueues (a server action) uses the same instance. Queue names are declared here so that every feature shares
// one list.

export const QUEUES = {
  /** { importId, step: "validate" | "apply" }: CSV imports of vacancies too large to handle within a request. */
  vacancyImport: "vacancy-import",
  /** Mail (lib/server/services/mailer.ts queueMail): one outgoing e-mail, retried with backoff. */
  emailSend: "email-send",
  /** {}: saved searches checked for new or newly confirmed profiles (recruiting alerts, every 15 minutes). */
  recruitingAlertScan: "recruiting-alert-scan",
  /** {}: the daily e-mail digest of recruiting alerts. */
  recruitingAlertDigest: "recruiting-alert-digest",
  /** {}: daily anonymisation of inactive candidate profiles and clean-up of ended sessions (lib/server/jobs/retention.ts). */
  privacyRetention: "privacy-retention",
  /** {}: e-mail the region's advisors about hand-overs opened since the last scan (lib/server/jobs/integration.ts). */
  handOverNotices: "integration-handover-notices",
} as const;
export type QueueName = (typeof QUEUES)[keyof typeof QUEUES];

const g = globalThis as unknown as { __boss?: Promise<PgBoss> };

export function getBoss(): Promise<PgBoss> {
  g.__boss ??= (async () => {
    const boss = new PgBoss({ connectionString: env().DATABASE_URL, schema: "pgboss", max: 3, application_name: "passerelle-jobs" });
    boss.on("error", (err) => logger.error({ err }, "pg-boss error"));
    await boss.start();
    for (const name of Object.values(QUEUES)) await boss.createQueue(name); // idempotent
    return boss;
  })().catch((err) => {
    g.__boss = undefined; // try again on the next call rather than caching a failure
    throw err;
  });
  return g.__boss;
}

/** Sends a job; its id, or null when pg-boss refused it (e.g. a singleton already queued). */
export async function enqueue(queue: QueueName, data: object, options: PgBoss.SendOptions = {}): Promise<string | null> {
  const boss = await getBoss();
  return boss.send(queue, data, { retryLimit: 2, retryDelay: 5, expireInSeconds: 30 * 60, ...options });
}

/** Handles the jobs of a queue one at a time in this process. */
export async function work<T extends object>(queue: QueueName, handler: (data: T, jobId: string) => Promise<void>): Promise<void> {
  const boss = await getBoss();
  await boss.work<T>(queue, { batchSize: 1, pollingIntervalSeconds: 1 }, async (jobs) => {
    for (const job of jobs) await handler(job.data, job.id);
  });
}

export async function stopBoss() {
  const pending = g.__boss;
  g.__boss = undefined;
  if (pending) await (await pending.catch(() => null))?.stop({ graceful: true, wait: true });
}
