import "server-only";
import pg from "pg";
import { env } from "@/lib/env";
import { logger } from "@/lib/server/logger";

// "Is the database down?" for this process: a circuit breaker that fails requests fast with a 503 while PostgreSQL is
// unreachable, instead of letting every page wait for a connection and then fail with a 500.
//
// Opened by the first connection-class error seen anywhere in the process (an idle pool connection terminated, a
// query that cannot connect, a failed health probe, a request error reported to instrumentation.ts); closed by a
// background probe that proxy.ts starts at most once per PROBE_INTERVAL_MS while it is open. The state is per process
// and only an optimisation: every instance finds out on its own, and nothing that matters for correctness is kept here.

export const PROBE_INTERVAL_MS = 1000;

// Prisma's error codes for "cannot reach / lost the server": P1001 unreachable, P1002 timed out, P1008 operation timed
// out, P1017 server closed the connection. Driver adapter kinds are the same failures seen by @prisma/adapter-pg.
const PRISMA_CODES = new Set(["P1001", "P1002", "P1008", "P1017"]);
const ADAPTER_KINDS = new Set(["DatabaseNotReachable", "ConnectionClosed", "SocketTimeout"]);
// SQLSTATE: class 08 (connection exception); 57P01 admin shutdown, 57P02 crash shutdown, 57P03 cannot connect now
// (starting up or shutting down).
const SQLSTATE = /^(08[0-9A-Z]{3}|57P0[123])$/;
const SOCKET_CODES = new Set(["ECONNREFUSED", "ECONNRESET", "ETIMEDOUT", "EPIPE", "ENOTFOUND", "EHOSTUNREACH"]);
const MESSAGES = /Can't reach database server|Connection terminated|connection error and is not queryable|timeout exceeded when trying to connect|the database system is (starting up|shutting down|in recovery mode)|terminating connection due to administrator command/i;

/** True when the error (or anything it wraps) says the database cannot be reached, not that a query was wrong. */
export function isDatabaseUnavailableError(error: unknown): boolean {
  const seen = new Set<unknown>();
  const queue: unknown[] = [error];
  while (queue.length) {
    const e = queue.shift();
    if (!e || typeof e !== "object" || seen.has(e)) continue;
    seen.add(e);
    const o = e as { code?: unknown; kind?: unknown; originalCode?: unknown; message?: unknown; name?: unknown; cause?: unknown; meta?: { driverAdapterError?: unknown }; errors?: unknown };
    if (typeof o.code === "string" && (PRISMA_CODES.has(o.code) || SQLSTATE.test(o.code) || SOCKET_CODES.has(o.code))) return true;
    if (typeof o.originalCode === "string" && SQLSTATE.test(o.originalCode)) return true;
    if (typeof o.kind === "string" && ADAPTER_KINDS.has(o.kind)) return true;
    if (o.name === "PrismaClientInitializationError") return true;
    if (typeof o.message === "string" && MESSAGES.test(o.message)) return true;
    queue.push(o.cause, o.meta?.driverAdapterError);
    if (Array.isArray(o.errors)) queue.push(...o.errors);
  }
  return false;
}

type Circuit = { downSince: number | null; nextProbeAt: number; probing: boolean };
const g = globalThis as unknown as { __dbCircuit?: Circuit };
const circuit = () => (g.__dbCircuit ??= { downSince: null, nextProbeAt: 0, probing: false });

/** Opens the circuit (the database is down as of now). */
export function markDatabaseDown(reason: string) {
  const c = circuit();
  if (c.downSince !== null) return;
  c.downSince = Date.now();
  // First probe at once: one terminated connection (pg_terminate_backend, a failover) looks like a shutdown, and
  // should cost one probe rather than a second of 503s.
  c.nextProbeAt = c.downSince;
  logger.error({ reason }, "database unavailable: answering 503 until it is back");
}

/** Closes the circuit. */
export function markDatabaseUp() {
  const c = circuit();
  if (c.downSince === null) return;
  logger.warn({ downMs: Date.now() - c.downSince }, "database available again");
  c.downSince = null;
}

/** Opens the circuit when the error is a connection-class one; returns whether it was. */
export function noteDatabaseError(error: unknown): boolean {
  if (!isDatabaseUnavailableError(error)) return false;
  markDatabaseDown(error instanceof Error ? error.message.split("\n").filter(Boolean).pop()?.slice(0, 200) ?? error.name : String(error));
  return true;
}

/**
 * For proxy.ts, on every request: true while the database is known to be down. Cheap (no I/O on the request path);
 * while down, starts a background probe at most once per PROBE_INTERVAL_MS, which closes the circuit when it answers.
 */
export function databaseKnownDown(): boolean {
  const c = circuit();
  if (c.downSince === null) return false;
  if (!c.probing && Date.now() >= c.nextProbeAt) {
    c.probing = true;
    void probeDatabase().then((up) => {
      c.probing = false;
      c.nextProbeAt = Date.now() + PROBE_INTERVAL_MS;
      if (up) markDatabaseUp();
    });
  }
  return c.downSince !== null;
}

/** One short connection and SELECT 1, outside Prisma's pool (which may be holding dead connections). */
async function probeDatabase(): Promise<boolean> {
  const client = new pg.Client({ connectionString: env().DATABASE_URL, connectionTimeoutMillis: PROBE_INTERVAL_MS, query_timeout: PROBE_INTERVAL_MS });
  client.on("error", () => {}); // a probe's failure is its answer, not a crash
  try {
    await client.connect();
    await client.query("SELECT 1");
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => {});
  }
}
