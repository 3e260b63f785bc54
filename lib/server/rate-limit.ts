import "server-only";
import { db } from "@/lib/server/db";

export type RateLimitResult = { allowed: boolean; count: number; limit: number; resetAt: Date };

/**
 * Fixed-window counter in PostgreSQL (shared by every web instance): counts one hit for `key` and says whether it is
 * still within `limit` hits per `windowSeconds`. One atomic upsert; a window that has passed starts again at 1.
 */
export async function hitRateLimit(key: string, limit: number, windowSeconds: number): Promise<RateLimitResult> {
  const rows = await db.$queryRaw<{ count: number; resetAt: Date }[]>`
    INSERT INTO "RateLimit" ("key", "count", "resetAt") VALUES (${key}, 1, now() + make_interval(secs => ${windowSeconds}))
    ON CONFLICT ("key") DO UPDATE SET
      "count"   = CASE WHEN "RateLimit"."resetAt" <= now() THEN 1 ELSE "RateLimit"."count" + 1 END,
      "resetAt" = CASE WHEN "RateLimit"."resetAt" <= now() THEN now() + make_interval(secs => ${windowSeconds}) ELSE "RateLimit"."resetAt" END
    RETURNING "count", "resetAt"`;
  const { count, resetAt } = rows[0];
  return { allowed: count <= limit, count, limit, resetAt };
}

/** Counts without adding a hit (e.g. to refuse a sign-in before spending an argon2 verification on it). */
export async function peekRateLimit(key: string): Promise<number> {
  const rows = await db.$queryRaw<{ count: number }[]>`SELECT "count" FROM "RateLimit" WHERE "key" = ${key} AND "resetAt" > now()`;
  return rows[0]?.count ?? 0;
}

export async function clearRateLimit(key: string) {
  await db.rateLimit.deleteMany({ where: { key } });
}
