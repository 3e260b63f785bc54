import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db, resetDb } from "./db";
import { seedReferenceData, referenceCounts, type TableCount } from "@/prisma/seed/reference";
import { seedDemoData } from "@/prisma/seed/demo";
import { seedScaleCandidates } from "@/prisma/seed/scale";
import { DEMO_ACCOUNTS } from "@/prisma/seed/generate";
import { sqlOf, type PrismaLike, type PrismaQueryable } from "@/prisma/seed/sql";
import { REFERENCE_FILES, ReferenceDataError, resolveReferenceDataDir } from "@/lib/reference-data";
import { hashPassword, verifyPassword } from "@/lib/security/password";

// The seed against real PostgreSQL. Reference tables are emptied here (other files expect them loaded, so they are
// loaded again at the end); every other table is emptied with resetDb.

const DIR = resolveReferenceDataDir(process.env.REFERENCE_DATA_DIR ?? "../shared/data");
const REFERENCE_TABLES = ["Region", "Municipality", "NocUnitGroup", "NocExampleTitle", "OasisProfile", "OasisDescriptor"];
const FULL = { Region: 17, Municipality: 1281, NocUnitGroup: 516, NocExampleTitle: 57_708, OasisProfile: 516, OasisDescriptor: 166 };
const EMPTY = Object.fromEntries(REFERENCE_TABLES.map((t) => [t, 0]));
const NOW = new Date("2026-12-01T15:30:00Z");

let pool: pg.Pool;
const sql = () => sqlOf(pool);
const byTable = (tables: TableCount[]) => Object.fromEntries(tables.map((t) => [t.table, t]));

async function emptyReferenceTables() {
  await resetDb();
  await pool.query(`TRUNCATE ${REFERENCE_TABLES.map((t) => `"${t}"`).join(", ")} RESTART IDENTITY CASCADE`);
}

beforeAll(() => {
  pool = new pg.Pool({ connectionString: process.env.DATABASE_URL, max: 3 });
});

afterAll(async () => {
  // Leave the database as the other test files expect it: reference data loaded, everything else empty.
  await resetDb();
  await seedReferenceData(pool, DIR);
  await pool.end();
});

// Loading 57,708 titles takes a few seconds, more on a busy 2-core machine: generous timeouts.
const SLOW = 120_000;

describe("reference data", () => {
  it("loads every table, and a second run (through Prisma this time) changes no row", async () => {
    await emptyReferenceTables();
    const first = byTable((await seedReferenceData(pool, DIR)).tables);
    for (const [table, n] of Object.entries(FULL)) expect(first[table]).toMatchObject({ inserted: n, updated: 0, unchanged: 0 });
    expect(await referenceCounts(sql())).toEqual(FULL);

    const second = await seedReferenceData(db, DIR);
    for (const t of second.tables) expect(t).toMatchObject({ inserted: 0, updated: 0, deleted: 0, unchanged: FULL[t.table as keyof typeof FULL] });
    expect(await referenceCounts(sql())).toEqual(FULL);

    // The normalised search columns are filled.
    const [m] = await sql().query<{ nameSearch: string }>(`SELECT "nameSearch" FROM "Municipality" WHERE code = '37067'`);
    expect(m.nameSearch).toBe("trois rivieres");
  }, SLOW);

  it("repairs only what differs from the files", async () => {
    await pool.query(`UPDATE "Region" SET "nameFr" = 'Mauricie (modifié)' WHERE code = '04'`);
    await pool.query(`DELETE FROM "NocExampleTitle" WHERE id = (SELECT min(id) FROM "NocExampleTitle")`);
    await pool.query(`INSERT INTO "NocExampleTitle" ("nocCode", lang, title, "titleSearch") VALUES ('72106', 'fr', 'Titre inventé', 'titre invente')`);
    const r = byTable((await seedReferenceData(pool, DIR)).tables);
    expect(r.Region).toMatchObject({ inserted: 0, updated: 1, unchanged: 16 });
    expect(r.NocExampleTitle).toMatchObject({ inserted: 1, updated: 0, deleted: 1 });
    expect(r.Municipality).toMatchObject({ inserted: 0, updated: 0 });
    const [region] = await sql().query<{ nameFr: string }>(`SELECT "nameFr" FROM "Region" WHERE code = '04'`);
    expect(region.nameFr).toBe("Mauricie");
    expect(await referenceCounts(sql())).toEqual(FULL);
  }, SLOW);

  it("a malformed reference directory loads nothing", async () => {
    await emptyReferenceTables();
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "refdata-bad-"));
    try {
      fs.cpSync(DIR, dir, { recursive: true });
      // The last file read: everything before it parses fine.
      const map = path.join(dir, REFERENCE_FILES.regionsMap);
      fs.chmodSync(map, 0o644);
      fs.writeFileSync(map, '{"type": "FeatureCollection", "features": [');
      const err = await seedReferenceData(pool, dir).catch((e: unknown) => e);
      expect(err).toBeInstanceOf(ReferenceDataError);
      expect((err as ReferenceDataError).file).toBe(REFERENCE_FILES.regionsMap);
      expect(await referenceCounts(sql())).toEqual(EMPTY);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  }, SLOW);

  it("a statement failing half-way rolls back the tables already written", async () => {
    await emptyReferenceTables();
    // A real Prisma client whose query fails on the example titles, the fourth table written.
    const failing = (q: PrismaQueryable): PrismaQueryable => ({
      $queryRawUnsafe: <T,>(text: string, ...values: unknown[]) =>
        text.includes('INSERT INTO "NocExampleTitle"') ? Promise.reject(new Error("simulated failure")) : q.$queryRawUnsafe<T>(text, ...values),
    });
    const client: PrismaLike = {
      ...failing(db),
      $transaction: (fn, options) => db.$transaction((tx) => fn(failing(tx)), options),
    };
    await expect(seedReferenceData(client, DIR)).rejects.toThrow("simulated failure");
    expect(await referenceCounts(sql())).toEqual(EMPTY);
    await seedReferenceData(pool, DIR);
  }, SLOW);
});

describe("demo data", () => {
  let passwordHash: string;
  beforeAll(async () => {
    passwordHash = await hashPassword("Demo-Passerelle-2026");
    if ((await referenceCounts(sql())).NocExampleTitle === 0) await seedReferenceData(pool, DIR);
  });

  async function contentHash(): Promise<string> {
    const [r] = await sql().query<{ h: string }>(`SELECT md5(
      (SELECT string_agg(t::text, '|' ORDER BY t.id) FROM (SELECT id, email, role, name, locale, "createdAt" FROM "User") t) ||
      (SELECT string_agg(t::text, '|' ORDER BY t.id) FROM (SELECT * FROM "CandidateProfile") t) ||
      (SELECT string_agg(t::text, '|' ORDER BY t.id) FROM (SELECT * FROM "CandidateOccupation") t) ||
      (SELECT string_agg(t::text, '|' ORDER BY t.id) FROM (SELECT * FROM "Employer") t) ||
      (SELECT string_agg(t::text, '|' ORDER BY t.id) FROM (SELECT * FROM "JobPosting") t)
    ) AS h`);
    return r.h;
  }

  it("is deterministic: two runs into an emptied database give the same rows", async () => {
    await resetDb();
    const first = await seedDemoData(pool, { now: NOW, candidates: 400, passwordHash });
    expect(first.skipped).toBe(false);
    const h1 = await contentHash();
    const ids1 = await sql().query<{ id: string; email: string }>(`SELECT id, email FROM "User" ORDER BY id`);

    await resetDb();
    await seedDemoData(db, { now: new Date("2026-12-01T23:59:00Z"), candidates: 400, passwordHash }); // same UTC day
    expect(await contentHash()).toBe(h1);
    expect(await sql().query(`SELECT id, email FROM "User" ORDER BY id`)).toEqual(ids1);
  }, SLOW);

  it("is created only once", async () => {
    const again = await seedDemoData(pool, { now: NOW, candidates: 400, passwordHash });
    expect(again.skipped).toBe(true);
  });

  it("has the demo accounts, employers and vacancies the brief asks for", async () => {
    await resetDb();
    const r = await seedDemoData(pool, { now: NOW, passwordHash });
    expect(r.inserted.CandidateProfile).toBe(3001);

    const accounts = await sql().query<{ email: string; role: string; passwordHash: string }>(
      `SELECT email, role, "passwordHash" FROM "User" WHERE email = ANY($1::text[]) ORDER BY email`,
      [Object.values(DEMO_ACCOUNTS)],
    );
    expect(Object.fromEntries(accounts.map((a) => [a.email, a.role]))).toEqual({
      [DEMO_ACCOUNTS.admin]: "ADMIN",
      [DEMO_ACCOUNTS.candidate]: "CANDIDATE",
      [DEMO_ACCOUNTS.advisor]: "ADVISOR",
      [DEMO_ACCOUNTS.employer]: "EMPLOYER",
      [DEMO_ACCOUNTS.pendingEmployer]: "EMPLOYER",
    });
    expect(await verifyPassword(accounts[0].passwordHash, "Demo-Passerelle-2026")).toBe(true);

    const owners = await sql().query<{ email: string; status: string; municipality: string; regionCode: string; vacancies: number }>(
      `SELECT u.email, e."verificationStatus" AS status, m.name AS municipality, m."regionCode",
              (SELECT count(*)::int FROM "JobPosting" j WHERE j."employerId" = e.id) AS vacancies
       FROM "EmployerMember" em JOIN "User" u ON u.id = em."userId" JOIN "Employer" e ON e.id = em."employerId" JOIN "Municipality" m ON m.code = e."municipalityCode"
       WHERE em.role = 'OWNER' AND u.email = ANY($1::text[])`,
      [[DEMO_ACCOUNTS.employer, DEMO_ACCOUNTS.pendingEmployer]],
    );
    const owner = (email: string) => owners.find((o) => o.email === email);
    expect(owner(DEMO_ACCOUNTS.employer)).toMatchObject({ status: "VERIFIED", municipality: "Trois-Rivières", regionCode: "04" });
    expect(owner(DEMO_ACCOUNTS.employer)!.vacancies).toBeGreaterThanOrEqual(5);
    expect(owner(DEMO_ACCOUNTS.pendingEmployer)).toMatchObject({ status: "PENDING" });
    const advisorRegions = await sql().query<{ regionCode: string }>(
      `SELECT "regionCode" FROM "AdvisorRegion" a JOIN "User" u ON u.id = a."userId" WHERE u.email = $1 ORDER BY 1`,
      [DEMO_ACCOUNTS.advisor],
    );
    expect(advisorRegions.map((a) => a.regionCode)).toEqual(["04", "09"]);
    const [candidate] = await sql().query<{ nocCodes: string[]; preferredRegionCodes: string[]; visibleToEmployers: boolean; includedInMatching: boolean }>(
      `SELECT p."nocCodes", p."preferredRegionCodes", p."visibleToEmployers", p."includedInMatching" FROM "CandidateProfile" p JOIN "User" u ON u.id = p."userId" WHERE u.email = $1`,
      [DEMO_ACCOUNTS.candidate],
    );
    expect(candidate).toMatchObject({ preferredRegionCodes: ["04", "02"], visibleToEmployers: true, includedInMatching: true });
    expect(candidate.nocCodes).toContain("72106");

    const [e] = await sql().query<{ total: number; verified: number; pending: number; outside: number; inside: number; badNeq: number; badSector: number }>(
      `SELECT count(*)::int AS total, count(*) FILTER (WHERE "verificationStatus" = 'VERIFIED')::int AS verified,
              count(*) FILTER (WHERE "verificationStatus" = 'PENDING')::int AS pending,
              count(*) FILTER (WHERE NOT m."inCmm")::int AS outside, count(*) FILTER (WHERE m."inCmm")::int AS inside,
              count(*) FILTER (WHERE neq !~ '^[0-9]{10}$')::int AS "badNeq",
              count(*) FILTER (WHERE "sectorCode" NOT IN ('11','21','22','23','31','41','44','48','51','52','53','54','55','56','61','62','71','72','81','91'))::int AS "badSector"
       FROM "Employer" JOIN "Municipality" m ON m.code = "municipalityCode" WHERE "isDemo"`,
    );
    expect(e.total).toBeGreaterThanOrEqual(40);
    expect(e.verified).toBeGreaterThan(e.total * 0.8);
    expect(e.pending).toBeGreaterThan(0);
    expect(e.inside).toBeGreaterThan(0);
    expect(e.outside).toBeGreaterThan(e.inside * 5);
    expect([e.badNeq, e.badSector]).toEqual([0, 0]);

    const [v] = await sql().query<{ total: number; published: number; wrongExpiry: number; expired: number; lowWage: number; unknownNoc: number; wrongRegion: number }>(
      `SELECT count(*)::int AS total, count(*) FILTER (WHERE j.status = 'PUBLISHED')::int AS published,
              count(*) FILTER (WHERE "publishedAt" IS NOT NULL AND "expiresAt" <> "publishedAt" + interval '60 days')::int AS "wrongExpiry",
              count(*) FILTER (WHERE status = 'PUBLISHED' AND "expiresAt" <= $1)::int AS expired,
              count(*) FILTER (WHERE "wageMinCents" < 1610)::int AS "lowWage",
              count(*) FILTER (WHERE NOT EXISTS (SELECT 1 FROM "NocUnitGroup" g WHERE g.code = j."nocCode"))::int AS "unknownNoc",
              count(*) FILTER (WHERE (j."regionCode", j."inCmm") IS DISTINCT FROM (m."regionCode", m."inCmm"))::int AS "wrongRegion"
       FROM "JobPosting" j LEFT JOIN "Municipality" m ON m.code = j."municipalityCode" WHERE j."isDemo"`,
      [NOW],
    );
    expect(v).toMatchObject({ total: 200, wrongExpiry: 0, expired: 0, lowWage: 0, unknownNoc: 0, wrongRegion: 0 });
    expect(v.published).toBeGreaterThan(140);

    const [c] = await sql().query<{ total: number; cmmOnly: number; openAny: number; stale: number; consenting: number; badLevel: number; noOccupation: number }>(
      `SELECT count(*)::int AS total,
              count(*) FILTER (WHERE NOT "openToAnyRegionOutsideCmm" AND cardinality("preferredRegionCodes") > 0 AND "preferredRegionCodes" <@ ARRAY['06','13','14','15','16'])::int AS "cmmOnly",
              count(*) FILTER (WHERE "openToAnyRegionOutsideCmm")::int AS "openAny",
              count(*) FILTER (WHERE "confirmedAt" < $1::timestamp - interval '12 months')::int AS stale,
              count(*) FILTER (WHERE "visibleToEmployers" AND "includedInMatching")::int AS consenting,
              count(*) FILTER (WHERE "frenchLevel" NOT BETWEEN 1 AND 12 OR "englishLevel" NOT BETWEEN 1 AND 12)::int AS "badLevel",
              count(*) FILTER (WHERE cardinality("nocCodes") = 0 OR cardinality("skillKeys") = 0)::int AS "noOccupation"
       FROM "CandidateProfile" WHERE "isDemo"`,
      [NOW],
    );
    expect(c.total).toBe(3001);
    expect(c.cmmOnly / c.total).toBeGreaterThan(0.55);
    expect(c.cmmOnly / c.total).toBeLessThan(0.75);
    expect(c.openAny).toBeGreaterThan(100);
    expect(c.stale).toBeGreaterThan(100);
    expect(c.consenting / c.total).toBeGreaterThan(0.7);
    expect([c.badLevel, c.noOccupation]).toEqual([0, 0]);
    const [occ] = await sql().query<{ n: number }>(
      `SELECT count(*)::int AS n FROM "CandidateOccupation" o WHERE NOT EXISTS (SELECT 1 FROM "NocUnitGroup" g WHERE g.code = o."nocCode")`,
    );
    expect(occ.n).toBe(0);
  }, SLOW);

  it("scale candidates are added once, with stable e-mails", async () => {
    const first = await seedScaleCandidates(pool, 120, { now: NOW, passwordHash, batchSize: 50 });
    expect(first.inserted).toMatchObject({ users: 120, profiles: 120 });
    const again = await seedScaleCandidates(pool, 150, { now: NOW, passwordHash, batchSize: 50 });
    expect(again.inserted).toMatchObject({ users: 30, profiles: 30 });
    const [r] = await sql().query<{ n: number; first: string }>(
      `SELECT count(*)::int AS n, min(email) AS first FROM "User" WHERE email LIKE 'cand-%@scale.demo'`,
    );
    expect(r).toEqual({ n: 150, first: "cand-000001@scale.demo" });
  });
});
