import "server-only";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { env } from "@/lib/env";

// One Prisma client per process (kept on globalThis so dev hot-reload does not open a pool per edit).
// passwordHash is omitted globally: a query that needs it must ask for it explicitly (omit: { passwordHash: false }).
function createClient() {
  const adapter = new PrismaPg({ connectionString: env().DATABASE_URL, max: env().DB_POOL_MAX, connectionTimeoutMillis: 3000 });
  return new PrismaClient({ adapter, omit: { user: { passwordHash: true } } });
}
export type Db = ReturnType<typeof createClient>;

const g = globalThis as unknown as { __prisma?: Db };
export const db: Db = (g.__prisma ??= createClient());
