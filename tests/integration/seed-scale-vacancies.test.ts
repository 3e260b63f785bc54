import pg from "pg";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { resetDb } from "./db";
import { ensureReferenceData } from "./factories";
import { SCALE_VACANCIES_PER_EMPLOYER, scaleEmployerEmail, seedScaleVacancies } from "@/prisma/seed/scale";
import { seedDemoMfa } from "@/prisma/seed/demo-mfa";
import { sqlOf } from "@/prisma/seed/sql";

// prisma/seed.ts --vacancies N (npm run bench:load): verified organisations with published vacancies on the board,
// owners able to pass the demo second factor, re-runs that add only what is missing.

const NOW = new Date("2026-12-01T15:30:00Z");
let pool: pg.Pool;

beforeAll(async () => {
  await ensureReferenceData();
  pool = new pg.Pool({ connectionString: process.env.DATABASE_URL, max: 3 });
});
afterAll(async () => {
  await pool.end();
});
beforeEach(resetDb);

describe("scale vacancies", () => {
  it("creates one verified organisation per 100 vacancies, then only what is missing", async () => {
    const first = await seedScaleVacancies(pool, 150, { now: NOW, passwordHash: "not-a-real-hash", batchSize: 40 });
    expect(first.inserted).toEqual({ users: 2, employers: 2, members: 2, vacancies: 150 });
    const again = await seedScaleVacancies(pool, 230, { now: NOW, passwordHash: "not-a-real-hash", batchSize: 40 });
    expect(again.inserted).toEqual({ users: 1, employers: 1, members: 1, vacancies: 80 });

    const sql = sqlOf(pool);
    const perEmployer = await sql.query<{ email: string; status: string; n: number }>(
      `SELECT u.email, e."verificationStatus"::text AS status, count(j.id)::int AS n
         FROM "Employer" e JOIN "EmployerMember" m ON m."employerId" = e.id AND m.role = 'OWNER' JOIN "User" u ON u.id = m."userId"
         LEFT JOIN "JobPosting" j ON j."employerId" = e.id GROUP BY 1, 2 ORDER BY 1`,
    );
    expect(perEmployer).toEqual([
      { email: scaleEmployerEmail(1), status: "VERIFIED", n: SCALE_VACANCIES_PER_EMPLOYER },
      { email: scaleEmployerEmail(2), status: "VERIFIED", n: SCALE_VACANCIES_PER_EMPLOYER },
      { email: scaleEmployerEmail(3), status: "VERIFIED", n: 30 },
    ]);
    // Mostly published, in several regions, with the derived search text and the same region as their municipality.
    const [mix] = await sql.query<{ published: number; regions: number; searchable: number; consistent: number }>(
      `SELECT count(*) FILTER (WHERE j.status = 'PUBLISHED' AND j."expiresAt" > $1)::int AS published, count(DISTINCT j."regionCode")::int AS regions,
              count(*) FILTER (WHERE j."searchText" <> '')::int AS searchable, count(*) FILTER (WHERE j."regionCode" = mu."regionCode")::int AS consistent
         FROM "JobPosting" j JOIN "Municipality" mu ON mu.code = j."municipalityCode"`,
      [NOW.toISOString()],
    );
    expect(mix!.published).toBeGreaterThan(150);
    expect(mix!.regions).toBeGreaterThan(1);
    expect(mix).toMatchObject({ searchable: 230, consistent: 230 });
  });

  it("gives the organisations' owners the demo second factor, and no demo employer", async () => {
    await seedScaleVacancies(pool, 100, { now: NOW, passwordHash: "not-a-real-hash" });
    expect(await seedDemoMfa(sqlOf(pool), "a-server-secret-of-at-least-32-characters!!")).toBe(1);
    const [r] = await sqlOf(pool).query<{ demo: boolean }>(`SELECT EXISTS (SELECT 1 FROM "Employer" WHERE "isDemo") AS demo`);
    // The demo seed takes a demo employer as "demo data present": scale organisations must not stand in for it.
    expect(r!.demo).toBe(false);
  });
});
