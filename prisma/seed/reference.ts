import { loadReferenceData, OASIS_KINDS, type ReferenceData } from "../../lib/reference-data";
import { normalizeText } from "../../lib/domain/text";
import { inTransaction, q, type SeedClient, type Sql } from "./sql";

// Reference data into the database, idempotently: INSERT ... ON CONFLICT DO UPDATE ... WHERE the row differs, so a
// second run with the same files writes nothing and reports 0 inserted / 0 updated. Everything is parsed and
// validated before the first statement, and all tables are written in one transaction: a bad file or a failing
// statement loads nothing.

export interface TableCount {
  table: string;
  inserted: number;
  updated: number;
  unchanged: number;
  /** Rows no longer in the files that were deleted (tables nothing references). */
  deleted: number;
  /** Rows no longer in the files that were kept because other rows may reference them. */
  obsolete: number;
}

export interface ReferenceSeedResult {
  dir: string;
  tables: TableCount[];
  warnings: string[];
  ms: number;
}

interface Column {
  name: string;
  /** PostgreSQL type used to read the column out of the JSON rows. */
  type: string;
}

interface TableSpec {
  table: string;
  columns: Column[];
  key: string[];
  /** Delete rows whose key is not in the files (only for tables no foreign key points to). */
  deleteMissing: boolean;
}

const col = (name: string, type: string): Column => ({ name, type });

const SPECS = {
  region: {
    table: "Region",
    key: ["code"],
    deleteMissing: false,
    columns: [col("code", "varchar(2)"), col("nameFr", "text"), col("nameEn", "text"), col("population", "int"), col("cmmStatus", '"CmmStatus"')],
  },
  municipality: {
    table: "Municipality",
    key: ["code"],
    deleteMissing: false,
    columns: [
      col("code", "varchar(5)"), col("name", "text"), col("nameSearch", "text"), col("designation", "text"), col("regionCode", "varchar(2)"),
      col("mrcCode", "text"), col("mrcName", "text"), col("population", "int"), col("inCmm", "boolean"),
    ],
  },
  unitGroup: {
    table: "NocUnitGroup",
    key: ["code"],
    deleteMissing: false,
    columns: [
      col("code", "varchar(5)"), col("titleEn", "text"), col("titleFr", "text"), col("teer", "int"), col("broadCategoryCode", "varchar(1)"),
      col("majorGroupCode", "varchar(2)"), col("subMajorGroupCode", "varchar(3)"), col("minorGroupCode", "varchar(4)"),
      col("minorGroupTitleEn", "text"), col("leadStatementEn", "text"),
    ],
  },
  exampleTitle: {
    table: "NocExampleTitle",
    key: ["nocCode", "lang", "title"],
    deleteMissing: true,
    columns: [col("nocCode", "varchar(5)"), col("lang", "varchar(2)"), col("title", "text"), col("titleSearch", "text")],
  },
  oasisProfile: {
    table: "OasisProfile",
    key: ["nocCode"],
    deleteMissing: true,
    columns: [
      col("nocCode", "varchar(5)"), col("labels", "text[]"), col("skills", "float8[]"), col("abilities", "float8[]"),
      col("knowledges", "float8[]"), col("workActivities", "float8[]"),
    ],
  },
  oasisDescriptor: {
    table: "OasisDescriptor",
    key: ["kind", "position"],
    deleteMissing: true,
    columns: [col("kind", "text"), col("position", "int"), col("nameEn", "text")],
  },
} satisfies Record<string, TableSpec>;

/** The rows of every reference table, derived from the parsed files (pure). */
export function referenceRows(data: ReferenceData) {
  return {
    region: data.regions.map((r) => ({ code: r.code, nameFr: r.nameFr, nameEn: r.nameEn, population: r.population, cmmStatus: r.cmmStatus })),
    municipality: data.municipalities.map((m) => ({
      code: m.code,
      name: m.name,
      nameSearch: normalizeText(m.name),
      designation: m.designation,
      regionCode: m.regionCode,
      mrcCode: m.mrcCode,
      mrcName: m.mrcName,
      population: m.population,
      inCmm: m.inCmm,
    })),
    unitGroup: data.nocUnitGroups.map((g) => ({
      code: g.code,
      titleEn: g.titleEn,
      titleFr: g.titleFr,
      teer: g.teer,
      broadCategoryCode: g.broadCategoryCode,
      majorGroupCode: g.majorGroupCode,
      subMajorGroupCode: g.subMajorGroupCode,
      minorGroupCode: g.minorGroupCode,
      minorGroupTitleEn: g.minorGroupEn,
      leadStatementEn: g.leadStatementEn,
    })),
    exampleTitle: data.nocExampleTitles.map((t) => ({ nocCode: t.nocCode, lang: t.lang, title: t.title, titleSearch: normalizeText(t.title) })),
    oasisProfile: [...data.oasis.profiles.values()].map((p) => ({
      nocCode: p.nocCode,
      labels: p.labels,
      skills: p.skills,
      abilities: p.abilities,
      knowledges: p.knowledges,
      workActivities: p.workActivities,
    })),
    // Position = index in the rating vectors of OasisProfile (0-based).
    oasisDescriptor: OASIS_KINDS.flatMap((kind) => data.oasis.descriptors[kind].map((nameEn, position) => ({ kind, position, nameEn }))),
  } satisfies Record<keyof typeof SPECS, Record<string, unknown>[]>;
}

async function upsert(sql: Sql, spec: TableSpec, rows: Record<string, unknown>[]): Promise<TableCount> {
  const t = q(spec.table);
  const names = spec.columns.map((c) => q(c.name));
  const recordType = spec.columns.map((c) => `${q(c.name)} ${c.type}`).join(", ");
  const keyList = spec.key.map(q).join(", ");
  const valueCols = spec.columns.filter((c) => !spec.key.includes(c.name)).map((c) => q(c.name));
  const keyMatch = spec.key.map((k) => `t.${q(k)} = src.${q(k)}`).join(" AND ");
  const rowOf = (alias: string, cols: string[]) => (cols.length === 1 ? `ROW(${alias}.${cols[0]})` : `(${cols.map((c) => `${alias}.${c}`).join(", ")})`);
  const json = JSON.stringify(rows);
  // Rows already identical are filtered out before the INSERT: they never reach ON CONFLICT, so they neither
  // lock rows nor consume a value of a serial id's sequence (NocExampleTitle) on every run.
  const [counts] = await sql.query<{ inserted: number; updated: number }>(
    `WITH src AS (SELECT * FROM jsonb_to_recordset($1::jsonb) AS x(${recordType})),
     changed AS (
       SELECT src.* FROM src
       WHERE NOT EXISTS (SELECT 1 FROM ${t} t WHERE ${keyMatch}${valueCols.length ? ` AND ${rowOf("t", valueCols)} IS NOT DISTINCT FROM ${rowOf("src", valueCols)}` : ""})
     ),
     up AS (
       INSERT INTO ${t} (${names.join(", ")}) SELECT ${names.join(", ")} FROM changed
       ON CONFLICT (${keyList}) ${
         valueCols.length
           ? `DO UPDATE SET ${valueCols.map((c) => `${c} = EXCLUDED.${c}`).join(", ")} WHERE ${rowOf(t, valueCols)} IS DISTINCT FROM ${rowOf("EXCLUDED", valueCols)}`
           : "DO NOTHING"
       }
       RETURNING (xmax = 0) AS inserted
     )
     SELECT (count(*) FILTER (WHERE inserted))::int AS inserted, (count(*) FILTER (WHERE NOT inserted))::int AS updated FROM up`,
    [json],
  );
  const keysJson = JSON.stringify(rows.map((r) => Object.fromEntries(spec.key.map((k) => [k, r[k]]))));
  const keyType = spec.columns.filter((c) => spec.key.includes(c.name)).map((c) => `${q(c.name)} ${c.type}`).join(", ");
  const notInFiles = `NOT EXISTS (SELECT 1 FROM jsonb_to_recordset($1::jsonb) AS src(${keyType}) WHERE ${keyMatch})`;
  let deleted = 0;
  let obsolete = 0;
  if (spec.deleteMissing) {
    const [d] = await sql.query<{ n: number }>(`WITH d AS (DELETE FROM ${t} t WHERE ${notInFiles} RETURNING 1) SELECT count(*)::int AS n FROM d`, [keysJson]);
    deleted = Number(d.n);
  } else {
    const [o] = await sql.query<{ n: number }>(`SELECT count(*)::int AS n FROM ${t} t WHERE ${notInFiles}`, [keysJson]);
    obsolete = Number(o.n);
  }
  const inserted = Number(counts.inserted);
  const updated = Number(counts.updated);
  return { table: spec.table, inserted, updated, unchanged: rows.length - inserted - updated, deleted, obsolete };
}

/** Loads the reference files of `dir` into the database. Throws (and writes nothing) on the first problem. */
export async function seedReferenceData(client: SeedClient, dir: string): Promise<ReferenceSeedResult> {
  const t0 = performance.now();
  const data = await loadReferenceData(dir);
  const rows = referenceRows(data);
  const tables = await inTransaction(client, async (sql) => {
    const out: TableCount[] = [];
    // Parents before children (Municipality -> Region, NocExampleTitle/OasisProfile -> NocUnitGroup).
    for (const k of ["region", "municipality", "unitGroup", "exampleTitle", "oasisProfile", "oasisDescriptor"] as const) {
      out.push(await upsert(sql, SPECS[k], rows[k]));
    }
    return out;
  });
  return { dir: data.dir, tables, warnings: data.warnings, ms: Math.round(performance.now() - t0) };
}

/** Row counts of the reference tables. */
export async function referenceCounts(sql: Sql): Promise<Record<string, number>> {
  const tables = Object.values(SPECS).map((s) => s.table);
  const [row] = await sql.query<Record<string, number>>(`SELECT ${tables.map((t) => `(SELECT count(*)::int FROM ${q(t)}) AS ${q(t)}`).join(", ")}`);
  return Object.fromEntries(tables.map((t) => [t, Number(row[t])]));
}

export function formatReferenceResult(r: ReferenceSeedResult): string {
  const lines = [`Reference data from ${r.dir} (${(r.ms / 1000).toFixed(1)} s):`];
  for (const t of r.tables) {
    const extra = [t.deleted ? `${t.deleted} deleted` : "", t.obsolete ? `${t.obsolete} no longer in the files (kept)` : ""].filter(Boolean).join(", ");
    lines.push(`  ${t.table.padEnd(16)} ${String(t.inserted).padStart(6)} inserted ${String(t.updated).padStart(6)} updated ${String(t.unchanged).padStart(6)} unchanged${extra ? `, ${extra}` : ""}`);
  }
  for (const w of r.warnings) lines.push(`  warning: ${w}`);
  return lines.join("\n");
}
