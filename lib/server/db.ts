import "server-only";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { env } from "@/lib/env";
import { noteDatabaseError } from "@/lib/server/db-availability";

// One Prisma client per process (kept on globalThis so dev hot-reload does not open a pool per edit).
// passwordHash is omitted globally: a query that needs it must ask for it explicitly (omit: { passwordHash: false }).
function createClient() {
  // A connection the server terminates (PostgreSQL stopped or restarted) opens the "database down" circuit at once,
  // before any request has to fail on it (lib/server/db-availability.ts).
  const adapter = new PrismaPg(
    { connectionString: env().DATABASE_URL, max: env().DB_POOL_MAX, connectionTimeoutMillis: 3000 },
    { onPoolError: noteDatabaseError, onConnectionError: noteDatabaseError },
  );
  return new PrismaClient({ adapter, omit: { user: { passwordHash: true } } });
}
export type Db = ReturnType<typeof createClient>;

// Created on first use, not at import: `next build` imports server modules without a database or its URL.
const g = globalThis as unknown as { __prisma?: Db };
export const db: Db = new Proxy({} as Db, {
  get(_target, prop) {
    const client = (g.__prisma ??= createClient());
    const value = Reflect.get(client, prop, client);
    return typeof value === "function" ? value.bind(client) : value;
  },
});
