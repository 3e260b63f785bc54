import "server-only";
import { db } from "@/lib/server/db";
import { markDatabaseDown, markDatabaseUp, noteDatabaseError } from "@/lib/server/db-availability";

/** True when the database answers a trivial query within the timeout. The answer also sets this process's circuit. */
export async function isDatabaseUp(timeoutMs = 2000): Promise<boolean> {
  const probe = db.$queryRaw`SELECT 1`.then(
    () => true,
    (e: unknown) => {
      if (!noteDatabaseError(e)) markDatabaseDown("health probe failed");
      return false;
    },
  );
  const timeout = new Promise<boolean>((r) => setTimeout(() => r(false), timeoutMs).unref?.());
  const up = await Promise.race([probe, timeout]);
  if (up) markDatabaseUp();
  else markDatabaseDown("health probe failed or timed out");
  return up;
}
