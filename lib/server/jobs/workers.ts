import "server-only";
import { logger } from "@/lib/server/logger";
import { QUEUES, work } from "@/lib/server/jobs/boss";
import { runImportStep, type ImportStep } from "@/lib/server/services/vacancy-import";
import { startRecruitingWorkers } from "@/lib/server/jobs/recruiting";
import { startRetentionWorker } from "@/lib/server/jobs/retention";
import { startIntegrationWorkers } from "@/lib/server/jobs/integration";

// Every background worker, started once per server process by instrumentation.ts. A feature adds its queue to
// QUEUES (boss.ts) and its handler here.

const g = globalThis as unknown as { __workersStarted?: boolean };

export async function startWorkers() {
  if (g.__workersStarted) return;
  g.__workersStarted = true;
  try {
    await work<{ importId: string; step: ImportStep }>(QUEUES.vacancyImport, (data) => runImportStep(data.importId, data.step));
    await startRecruitingWorkers();
    await startRetentionWorker();
    await startIntegrationWorkers();
    logger.info({ queues: Object.values(QUEUES) }, "background workers started");
  } catch (err) {
    g.__workersStarted = false;
    // The site keeps working without workers; large imports wait in the queue until a worker runs.
    logger.error({ err }, "background workers did not start");
  }
}
