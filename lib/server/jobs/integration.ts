import "server-only";
import { getBoss, QUEUES, work } from "@/lib/server/jobs/boss";
import { notifyAdvisorsOfNewHandOvers } from "@/lib/server/services/handover-notices";

// Accompagnement Québec's background work: the advisors' e-mail about new hand-overs, every 5 minutes (the first
// meeting is due within 5 working days, so minutes do not matter; a schedule row in pg-boss, run once whatever the
// number of server processes).

export const HAND_OVER_NOTICE_CRON = "*/5 * * * *";

export async function startIntegrationWorkers() {
  await work(QUEUES.handOverNotices, async () => {
    await notifyAdvisorsOfNewHandOvers();
  });
  await (await getBoss()).schedule(QUEUES.handOverNotices, HAND_OVER_NOTICE_CRON, {}, { tz: "America/Toronto" });
}
