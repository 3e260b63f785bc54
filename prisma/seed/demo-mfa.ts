import { open, seal, TOTP_SECRET_PURPOSE } from "../../lib/security/secret-box";
import type { Sql } from "./sql";

// The demo accounts that must pass a second factor (employers, advisors, administrators: e-mails ending in
// demo.passerelle.ca) share one KNOWN TOTP secret, written in the README, so that a newcomer can add it to an
// authenticator app and the Playwright journeys can compute codes (tests/e2e/helpers/totp.ts). Demo only: a real
// account enrols its own secret.
export const DEMO_TOTP_SECRET = "PASSERELLEREGIONSDEMOTOTPSECRET7";

const DEMO_STAFF = `u.role IN ('EMPLOYER', 'ADVISOR', 'ADMIN') AND u.email LIKE '%demo.passerelle.ca'`;

/**
 * Demo staff accounts whose second factor is missing, or sealed under another server secret (a database used by
 * `npm run dev`, then by `npm start` with its generated secret): both get the demo secret again.
 */
async function demoStaffToSeal(sql: Sql, serverSecret: string): Promise<string[]> {
  const rows = await sql.query<{ id: string; secretBox: string | null }>(`SELECT u.id, m."secretBox" FROM "User" u LEFT JOIN "MfaCredential" m ON m."userId" = u.id WHERE ${DEMO_STAFF}`);
  return rows.filter((r) => r.secretBox === null || open(r.secretBox, serverSecret, TOTP_SECRET_PURPOSE) === null).map((r) => r.id);
}

/** True when seedDemoMfa has something to do (cheap: the start command asks on every start). */
export async function demoMfaMissing(sql: Sql, serverSecret: string): Promise<boolean> {
  return (await demoStaffToSeal(sql, serverSecret)).length > 0;
}

/**
 * Gives every demo staff account a confirmed second factor with DEMO_TOTP_SECRET, sealed with the server secret
 * the app will open it with (lib/env.ts authSecret()). Idempotent; an enrolment the app can read is kept.
 */
export async function seedDemoMfa(sql: Sql, serverSecret: string): Promise<number> {
  const ids = await demoStaffToSeal(sql, serverSecret);
  if (!ids.length) return 0;
  const now = new Date().toISOString();
  const rows = ids.map((userId) => ({ userId, secretBox: seal(DEMO_TOTP_SECRET, serverSecret, TOTP_SECRET_PURPOSE), confirmedAt: now, updatedAt: now }));
  const [r] = await sql.query<{ n: number }>(
    `WITH up AS (
       INSERT INTO "MfaCredential" ("userId", "secretBox", "confirmedAt", "updatedAt")
       SELECT "userId", "secretBox", "confirmedAt", "updatedAt" FROM jsonb_to_recordset($1::jsonb) AS x("userId" text, "secretBox" text, "confirmedAt" timestamp(3), "updatedAt" timestamp(3))
       ON CONFLICT ("userId") DO UPDATE SET "secretBox" = EXCLUDED."secretBox", "confirmedAt" = EXCLUDED."confirmedAt", "lastUsedStep" = 0, "updatedAt" = EXCLUDED."updatedAt"
       RETURNING 1
     ) SELECT count(*)::int AS n FROM up`,
    [JSON.stringify(rows)],
  );
  return Number(r!.n);
}
