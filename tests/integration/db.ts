import { db } from "@/lib/server/db";

// Tables holding reference data survive between tests; everything else is emptied.
const REFERENCE_TABLES = new Set(["Region", "Municipality", "NocUnitGroup", "NocExampleTitle", "OasisProfile", "OasisDescriptor", "_prisma_migrations"]);

/** Empties every non-reference table (TRUNCATE ... CASCADE), so each test starts from the same state. */
export async function resetDb() {
  const rows = await db.$queryRaw<{ tablename: string }[]>`SELECT tablename FROM pg_tables WHERE schemaname = 'public'`;
  const tables = rows.map((r) => r.tablename).filter((t) => !REFERENCE_TABLES.has(t) && !t.startsWith("pgboss"));
  if (tables.length) await db.$executeRawUnsafe(`TRUNCATE ${tables.map((t) => `"${t}"`).join(", ")} RESTART IDENTITY CASCADE`);
}

export { db };
