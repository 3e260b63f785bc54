import { hashPassword } from "../../lib/security/password";
import { DEMO_ACCOUNTS, DEMO_PASSWORD, demoReferenceCodes, generateDemoData, startOfUtcDay, type MunicipalityInfo } from "./generate";
import { insertRows, type TableName } from "./insert";
import { inTransaction, sqlOf, type SeedClient, type Sql } from "./sql";

// Demo data: staff and employer accounts, employers, vacancies and 3,000 candidates. Created once: when any demo
// employer or demo account exists, nothing is done (so a person's changes to demo rows are never overwritten).

export interface DemoSeedOptions {
  /** Dates are relative to the start of this instant's UTC day (default: now). */
  now?: Date;
  /** Generated candidates besides the demo candidate account (default 3,000). */
  candidates?: number;
  /** Precomputed hash of the demo password (hashed once here otherwise). */
  passwordHash?: string;
}

export interface DemoSeedResult {
  skipped: boolean;
  /** Rows inserted per table. */
  inserted: Partial<Record<TableName, number>>;
  ms: number;
}

/** True when demo data is already there (a demo employer, or one of the demo accounts). */
export async function hasDemoData(sql: Sql): Promise<boolean> {
  const [r] = await sql.query<{ present: boolean }>(
    `SELECT EXISTS (SELECT 1 FROM "Employer" WHERE "isDemo") OR EXISTS (SELECT 1 FROM "User" WHERE email = ANY($1::text[])) AS present`,
    [Object.values(DEMO_ACCOUNTS)],
  );
  return r.present;
}

/** Checks that the reference data the demo rows point to is loaded; returns the municipalities and NOC titles used. */
export async function referenceFor(sql: Sql) {
  const codes = demoReferenceCodes();
  const nocs = await sql.query<{ code: string; titleFr: string; titleEn: string }>(`SELECT code, "titleFr", "titleEn" FROM "NocUnitGroup" WHERE code = ANY($1::text[])`, [codes.nocCodes]);
  const foundNocs = new Set(nocs.map((n) => n.code));
  const missingNocs = codes.nocCodes.filter((c) => !foundNocs.has(c));
  if (missingNocs.length === codes.nocCodes.length) throw new Error("Demo data needs the reference data: run seedReferenceData first (npm run db:seed).");
  if (missingNocs.length) throw new Error(`Demo data uses NOC codes missing from NocUnitGroup: ${missingNocs.join(", ")}`);
  const rows = await sql.query<{ code: string; name: string; regionCode: string; inCmm: boolean }>(
    `SELECT code, name, "regionCode", "inCmm" FROM "Municipality" WHERE code = ANY($1::text[])`,
    [codes.municipalities.map(([c]) => c)],
  );
  const found = new Map<string, MunicipalityInfo>(rows.map((r) => [r.code, { name: r.name, regionCode: r.regionCode, inCmm: r.inCmm }]));
  for (const [code, name] of codes.municipalities) {
    const m = found.get(code);
    if (!m) throw new Error(`Demo data uses municipality ${code} (${name}), missing from Municipality`);
    if (m.name !== name) throw new Error(`Demo data expects municipality ${code} to be ${name}, the reference data says ${m.name}`);
  }
  return { municipalities: found, nocTitles: new Map(nocs.map((n) => [n.code, { titleFr: n.titleFr, titleEn: n.titleEn }])) };
}

export async function seedDemoData(client: SeedClient, opts: DemoSeedOptions = {}): Promise<DemoSeedResult> {
  const t0 = performance.now();
  if (await hasDemoData(sqlOf(client))) return { skipped: true, inserted: {}, ms: Math.round(performance.now() - t0) };
  const { municipalities, nocTitles } = await referenceFor(sqlOf(client));
  // One argon2id hash for every demo account: hashing 3,000 times would take minutes.
  const passwordHash = opts.passwordHash ?? (await hashPassword(DEMO_PASSWORD));
  const rows = generateDemoData({ now: startOfUtcDay(opts.now ?? new Date()), passwordHash, candidates: opts.candidates ?? 3000, municipalities, nocTitles });
  const inserted = await inTransaction(client, async (sql) => {
    const n: Partial<Record<TableName, number>> = {};
    n.User = await insertRows(sql, "User", rows.users);
    n.Employer = await insertRows(sql, "Employer", rows.employers);
    n.EmployerMember = await insertRows(sql, "EmployerMember", rows.employerMembers);
    n.AdvisorRegion = await insertRows(sql, "AdvisorRegion", rows.advisorRegions);
    n.JobPosting = await insertRows(sql, "JobPosting", rows.jobPostings);
    n.CandidateProfile = await insertRows(sql, "CandidateProfile", rows.candidateProfiles);
    n.CandidateOccupation = await insertRows(sql, "CandidateOccupation", rows.candidateOccupations);
    n.ConsentEvent = await insertRows(sql, "ConsentEvent", rows.consentEvents);
    n.SkillTerm = await insertRows(sql, "SkillTerm", rows.skillTerms);
    return n;
  });
  return { skipped: false, inserted, ms: Math.round(performance.now() - t0) };
}

export function formatDemoResult(r: DemoSeedResult): string {
  if (r.skipped) return "Demo data: already present, nothing done.";
  const lines = [`Demo data (${(r.ms / 1000).toFixed(1)} s):`];
  for (const [table, n] of Object.entries(r.inserted)) lines.push(`  ${table.padEnd(20)} ${String(n).padStart(6)} inserted`);
  lines.push(`  Accounts (password ${DEMO_PASSWORD}): ${Object.values(DEMO_ACCOUNTS).join(", ")}`);
  return lines.join("\n");
}
