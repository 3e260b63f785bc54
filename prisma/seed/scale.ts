import { hashPassword } from "../../lib/security/password";
import { DEMO_PASSWORD, generateCandidate, startOfUtcDay, type Row } from "./generate";
import { insertRows } from "./insert";
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
