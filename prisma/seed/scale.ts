import { hashPassword } from "../../lib/security/password";
import { EMPLOYERS, OCCUPATION_BY_NOC } from "./catalog";
import { referenceFor } from "./demo";
import { DEMO_PASSWORD, generateCandidate, generatePosting, startOfUtcDay, type Row } from "./generate";
import { insertRows } from "./insert";
import { Rng, stableId } from "./prng";
import { inTransaction, sqlOf, type SeedClient } from "./sql";

// Extra candidates for scale tests: cand-000001@scale.demo ... Each candidate's content depends only on its
// index, ids and e-mails are stable, and inserts skip existing rows: re-running, or asking for more, adds only
// the missing ones. Batches of 5,000 candidates, each in its own transaction (an interrupted run keeps whole
// candidates only and can simply be re-run).

export interface ScaleSeedOptions {
  now?: Date;
  passwordHash?: string;
  batchSize?: number;
  /** Called after each batch (progress). */
  onBatch?: (done: number, total: number) => void;
}

export interface ScaleSeedResult {
  requested: number;
  inserted: { users: number; profiles: number; occupations: number; consentEvents: number };
  ms: number;
}

export const scaleEmail = (index: number) => `cand-${String(index).padStart(6, "0")}@scale.demo`;

export async function seedScaleCandidates(client: SeedClient, n: number, opts: ScaleSeedOptions = {}): Promise<ScaleSeedResult> {
  const t0 = performance.now();
  const now = startOfUtcDay(opts.now ?? new Date());
  const passwordHash = opts.passwordHash ?? (await hashPassword(DEMO_PASSWORD));
  const batchSize = opts.batchSize ?? 5000;
  const inserted = { users: 0, profiles: 0, occupations: 0, consentEvents: 0 };
  // Candidates already there are not generated again (a re-run then takes seconds, not the full insert time).
  const existing = new Set(
    (await sqlOf(client).query<{ email: string }>(`SELECT email FROM "User" WHERE email LIKE 'cand-%@scale.demo'`)).map((r) => r.email),
  );
  for (let start = 1; start <= n; start += batchSize) {
    const users: Row[] = [];
    const profiles: Row[] = [];
    const occupations: Row[] = [];
    const consents: Row[] = [];
    for (let i = start; i < Math.min(n + 1, start + batchSize); i++) {
      if (existing.has(scaleEmail(i))) continue;
      const c = generateCandidate({ namespace: "scale", index: i, email: scaleEmail(i) }, now, passwordHash);
      users.push(c.user);
      profiles.push(c.profile);
      occupations.push(...c.occupations);
      consents.push(...c.consentEvents);
    }
    if (users.length) {
      await inTransaction(client, async (sql) => {
        inserted.users += await insertRows(sql, "User", users, batchSize);
        inserted.profiles += await insertRows(sql, "CandidateProfile", profiles, batchSize);
        inserted.occupations += await insertRows(sql, "CandidateOccupation", occupations, batchSize * 2);
        inserted.consentEvents += await insertRows(sql, "ConsentEvent", consents, batchSize * 3);
      });
    }
    opts.onBatch?.(Math.min(n, start + batchSize - 1), n);
  }
  return { requested: n, inserted, ms: Math.round(performance.now() - t0) };
}

// ---------------------------------------------------------------------------------------------------------------
// Extra vacancies for scale tests (npm run bench:load): N vacancies, one verified organisation per 100 of them.
// Organisation k is modelled on a verified demo employer (its municipality, sector and occupations), so the
// vacancies spread over the demo's regions and occupations. Each organisation has an owner
// rh.00001@employeurs.scale.demo.passerelle.ca (demo password; the demo TOTP secret, as for every demo staff
// account: run seedDemoMfa afterwards). Same rules as the candidates: stable ids, content depends only on the
// index, existing rows skipped, batches in their own transactions.
// Employer.isDemo stays false: the demo seed takes a demo employer as "demo data present", and scale organisations
// must not stand in for it (a database seeded with --no-demo --vacancies N can still get the demo later).

export const SCALE_VACANCIES_PER_EMPLOYER = 100;
export const scaleEmployerEmail = (k: number) => `rh.${String(k).padStart(5, "0")}@employeurs.scale.demo.passerelle.ca`;

export interface ScaleVacanciesResult {
  requested: number;
  inserted: { users: number; employers: number; members: number; vacancies: number };
  ms: number;
}

export async function seedScaleVacancies(client: SeedClient, n: number, opts: ScaleSeedOptions = {}): Promise<ScaleVacanciesResult> {
  const t0 = performance.now();
  const now = startOfUtcDay(opts.now ?? new Date());
  const sql = sqlOf(client);
  const { municipalities, nocTitles } = await referenceFor(sql);
  const passwordHash = opts.passwordHash ?? (await hashPassword(DEMO_PASSWORD));
  const batchSize = opts.batchSize ?? 5000;
  const templates = EMPLOYERS.slice(1).filter((e) => (e.status ?? "VERIFIED") === "VERIFIED");
  // Consecutive organisations take templates 11 apart (the catalog lists employers region by region), so that even a
  // few hundred vacancies spread over several regions; 11 is prime, so every template is used in turn.
  const templateOf = (k: number) => templates[((k - 1) * 11) % templates.length]!;
  const employerCount = Math.ceil(n / SCALE_VACANCIES_PER_EMPLOYER);
  const inserted = { users: 0, employers: 0, members: 0, vacancies: 0 };
  const iso = (d: Date) => d.toISOString();
  const daysAgo = (d: number) => iso(new Date(now.getTime() - d * 86_400_000));

  const users: Row[] = [];
  const employers: Row[] = [];
  const members: Row[] = [];
  for (let k = 1; k <= employerCount; k++) {
    const e = templateOf(k);
    const employerId = stableId("scale", "employer", k);
    const userId = stableId("scale", "employer-owner", k);
    users.push({ id: userId, email: scaleEmployerEmail(k), passwordHash, role: "EMPLOYER", name: `Recrutement ${k}`, locale: "fr", createdAt: daysAgo(400), updatedAt: daysAgo(400) });
    employers.push({
      id: employerId, legalName: `${e.legalName.replace(/ (inc\.|ltée|s\.e\.n\.c\.)$/, "")} — établissement ${k}`, neq: `12${String(k).padStart(8, "0")}`, sectorCode: e.sector,
      municipalityCode: e.municipality[0], size: e.size, website: null, description: e.description, verificationStatus: "VERIFIED", verifiedAt: daysAgo(398),
      rejectionReason: null, isDemo: false, createdAt: daysAgo(400), updatedAt: daysAgo(398),
    });
    members.push({ employerId, userId, role: "OWNER", createdAt: daysAgo(400) });
  }
  await inTransaction(client, async (tx) => {
    inserted.users += await insertRows(tx, "User", users, batchSize);
    inserted.employers += await insertRows(tx, "Employer", employers, batchSize);
    inserted.members += await insertRows(tx, "EmployerMember", members, batchSize);
  });

  const existing = new Set((await sql.query<{ id: string }>(`SELECT id FROM "JobPosting" WHERE "externalRef" LIKE 'SCL-%'`)).map((r) => r.id));
  for (let start = 1; start <= n; start += batchSize) {
    const rows: Row[] = [];
    for (let i = start; i < Math.min(n + 1, start + batchSize); i++) {
      const id = stableId("scale", "posting", i);
      if (existing.has(id)) continue;
      const k = Math.ceil(i / SCALE_VACANCIES_PER_EMPLOYER);
      const e = templateOf(k);
      const rng = Rng.of("scale-posting", i);
      const occupation = OCCUPATION_BY_NOC.get(rng.pick(e.nocs))!;
      const status = rng.weighted([["PUBLISHED", 78], ["DRAFT", 10], ["CLOSED", 8], ["FILLED", 4]] as const);
      rows.push(generatePosting({ now, municipalities, nocTitles }, e, occupation, status, rng, { id, employerId: stableId("scale", "employer", k), externalRef: `SCL-${String(i).padStart(6, "0")}` }));
    }
    if (rows.length) inserted.vacancies += await inTransaction(client, (tx) => insertRows(tx, "JobPosting", rows, batchSize));
    opts.onBatch?.(Math.min(n, start + batchSize - 1), n);
  }
  return { requested: n, inserted, ms: Math.round(performance.now() - t0) };
}
