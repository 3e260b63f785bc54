import pg from "pg";

// The seed runs through either a node-postgres client/pool (the CLI: fastest, no query engine in the way) or a
// Prisma client (integration tests pass the app's `db`). Both are reduced to one tiny interface: a query with
// positional parameters returning rows. Bulk writes send ONE parameter, a JSON array of rows, expanded in SQL by
// jsonb_to_recordset: one statement per table (or per batch), whatever the row count, and no driver-specific
// array encoding (which Prisma's raw queries do not do the same way as pg).

export interface Sql {
  query<T = Record<string, unknown>>(text: string, params?: unknown[]): Promise<T[]>;
}

/** What a Prisma client offers that the seed needs (structural, so the generated client type need not be imported). */
export interface PrismaQueryable {
  $queryRawUnsafe<T = unknown>(query: string, ...values: unknown[]): Promise<T>;
}
export interface PrismaLike extends PrismaQueryable {
  $transaction<R>(fn: (tx: PrismaQueryable) => Promise<R>, options?: { maxWait?: number; timeout?: number }): Promise<R>;
}

export type SeedClient = pg.Pool | pg.ClientBase | PrismaLike;

function isPrisma(c: SeedClient): c is PrismaLike {
  return typeof (c as PrismaLike).$queryRawUnsafe === "function";
}

function isPool(c: SeedClient): c is pg.Pool {
  const maybe = c as unknown as Partial<pg.Pool>;
  return c instanceof pg.Pool || (typeof maybe.totalCount === "number" && typeof maybe.connect === "function");
}

function prismaSql(p: PrismaQueryable): Sql {
  return { query: <T>(text: string, params: unknown[] = []) => p.$queryRawUnsafe<T[]>(text, ...params) };
}

function pgSql(c: pg.Pool | pg.ClientBase): Sql {
  return { query: async <T>(text: string, params: unknown[] = []) => (await c.query(text, params)).rows as T[] };
}

/** Runs statements outside a transaction (each one commits on its own). */
export function sqlOf(client: SeedClient): Sql {
  return isPrisma(client) ? prismaSql(client) : pgSql(client);
}

/** Runs `fn` in one transaction: everything it wrote is committed together, or nothing is if it throws. */
export async function inTransaction<R>(client: SeedClient, fn: (sql: Sql) => Promise<R>): Promise<R> {
  if (isPrisma(client)) {
    // Interactive transactions time out after 5 s by default; loading 57,708 titles on a slow disk takes longer.
    return client.$transaction((tx) => fn(prismaSql(tx)), { maxWait: 10_000, timeout: 300_000 });
  }
  const conn = isPool(client) ? await client.connect() : client;
  try {
    await conn.query("BEGIN");
    try {
      const result = await fn(pgSql(conn));
      await conn.query("COMMIT");
      return result;
    } catch (e) {
      await conn.query("ROLLBACK").catch(() => {});
      throw e;
    }
  } finally {
    if (conn !== client) (conn as pg.PoolClient).release();
  }
}

/** Quotes an SQL identifier (table or column names are constants of this module, never user input). */
export const q = (ident: string) => `"${ident.replace(/"/g, '""')}"`;
