import "server-only";
import { db } from "@/lib/server/db";

/** True when the database answers a trivial query within the timeout. */
export async function isDatabaseUp(timeoutMs = 2000): Promise<boolean> {
  const probe = db.$queryRaw`SELECT 1`.then(() => true, () => false);
  const timeout = new Promise<boolean>((r) => setTimeout(() => r(false), timeoutMs).unref?.());
  return Promise.race([probe, timeout]);
}
