// npm run db:seed [-- --if-empty] [-- --candidates N] [-- --vacancies N] [-- --no-demo]
//   Reference data (REFERENCE_DATA_DIR, default ../shared/data): upserted idempotently, counts per table printed.
//   Demo data: created when no demo rows exist yet.
//   --if-empty      do only what is missing; exits at once when reference and demo data are present (start command)
//   --no-demo       reference data only
//   --candidates N  also N scale-test candidates cand-000001@scale.demo... (stable ids, re-runnable)
//   --vacancies N   also N scale-test vacancies SCL-000001... of verified organisations, 100 each, owned by
//                   rh.00001@employeurs.scale.demo.passerelle.ca... (demo password and TOTP secret; re-runnable)
// Exit status 1 with a one-line message (file, line, problem) when a reference file is missing or malformed.
import pg from "pg";
import { authSecret, env } from "../lib/env";
import { sqlOf } from "./seed/sql";

interface Args {
  ifEmpty: boolean;
  demo: boolean;
  candidates: number;
  vacancies: number;
}

function parseArgs(argv: string[]): Args {
  const args: Args = { ifEmpty: false, demo: true, candidates: 0, vacancies: 0 };
  for (let k = 0; k < argv.length; k++) {
    const a = argv[k];
    if (a === "--if-empty") args.ifEmpty = true;
    else if (a === "--no-demo") args.demo = false;
    else if (a === "--candidates" || a.startsWith("--candidates=") || a === "--vacancies" || a.startsWith("--vacancies=")) {
      const name = a.includes("=") ? a.split("=")[0] : a;
      const v = a.includes("=") ? a.split("=")[1] : argv[++k];
      if (!/^\d+$/.test(v ?? "")) usage(`${name} needs a whole number, got ${JSON.stringify(v ?? "")}`);
      args[name === "--candidates" ? "candidates" : "vacancies"] = Number(v);
    } else usage(`unknown option ${a}`);
  }
  return args;
}

function usage(problem: string): never {
  console.error(`seed: ${problem}\nusage: tsx prisma/seed.ts [--if-empty] [--no-demo] [--candidates N] [--vacancies N]`);
  process.exit(2);
}

async function main() {
  const args = parseArgs(process.argv.slice(2));
  const { DATABASE_URL, REFERENCE_DATA_DIR } = env();
  const pool = new pg.Pool({ connectionString: DATABASE_URL, max: 2 });
  try {
    const sql = sqlOf(pool);
    // The cheap check first: the start command calls this on every start and must not wait for the loaders.
    const [state] = await sql.query<{ reference: boolean; demo: boolean }>(
      `SELECT (SELECT count(*) FROM "Region") = 17 AND (SELECT count(*) FROM "NocUnitGroup") = 516
              AND EXISTS (SELECT 1 FROM "Municipality") AND EXISTS (SELECT 1 FROM "NocExampleTitle") AND EXISTS (SELECT 1 FROM "OasisProfile") AS reference,
              EXISTS (SELECT 1 FROM "Employer" WHERE "isDemo") AS demo`,
    );
    const doReference = !(args.ifEmpty && state.reference);
    const doDemo = args.demo && !(args.ifEmpty && state.demo);
    // Demo employers, advisors and administrators pass a second factor with the README's TOTP secret, also in a
    // database seeded before the second factor existed.
    const demoMfa = await import("./seed/demo-mfa");
    if (args.demo && !doDemo && (await demoMfa.demoMfaMissing(sql, authSecret()))) console.log(`Demo second factor: ${await demoMfa.seedDemoMfa(sql, authSecret())} accounts (TOTP secret in the README).`);
    if (!doReference && !doDemo && args.candidates === 0 && args.vacancies === 0) {
      console.log(`Seed: reference and demo data already present, nothing to do (${Math.round(performance.now())} ms since start).`);
      return;
    }
    if (doReference) {
      const { seedReferenceData, formatReferenceResult } = await import("./seed/reference");
      console.log(formatReferenceResult(await seedReferenceData(pool, REFERENCE_DATA_DIR)));
    }
    const needHash = doDemo || args.candidates > 0 || args.vacancies > 0;
    const passwordHash = needHash ? await (await import("../lib/security/password")).hashPassword((await import("./seed/generate")).DEMO_PASSWORD) : undefined;
    if (doDemo) {
      const { seedDemoData, formatDemoResult } = await import("./seed/demo");
      console.log(formatDemoResult(await seedDemoData(pool, { passwordHash })));
      console.log(`Demo second factor: ${await demoMfa.seedDemoMfa(sql, authSecret())} accounts (TOTP secret in the README).`);
      const { seedDemoEvent, formatDemoEventResult } = await import("./seed/events");
      console.log(formatDemoEventResult(await seedDemoEvent(pool)));
      const { seedIntegrationDemo, formatIntegrationResult } = await import("./seed/integration");
      console.log(formatIntegrationResult(await seedIntegrationDemo(pool)));
    }
    if (args.candidates > 0) {
      const { seedScaleCandidates } = await import("./seed/scale");
      const r = await seedScaleCandidates(pool, args.candidates, {
        passwordHash,
        onBatch: (done, total) => process.stderr.write(`\r  scale candidates: ${done}/${total}`),
      });
      process.stderr.write("\n");
      const i = r.inserted;
      console.log(
        `Scale candidates: ${r.requested} requested; inserted ${i.users} users, ${i.profiles} profiles, ${i.occupations} occupations, ` +
          `${i.consentEvents} consent events in ${(r.ms / 1000).toFixed(1)} s`,
      );
    }
    if (args.vacancies > 0) {
      const { seedScaleVacancies } = await import("./seed/scale");
      const r = await seedScaleVacancies(pool, args.vacancies, {
        passwordHash,
        onBatch: (done, total) => process.stderr.write(`\r  scale vacancies: ${done}/${total}`),
      });
      process.stderr.write("\n");
      const i = r.inserted;
      console.log(
        `Scale vacancies: ${r.requested} requested; inserted ${i.employers} organisations, ${i.users} owner accounts, ${i.vacancies} vacancies in ${(r.ms / 1000).toFixed(1)} s`,
      );
      console.log(`Demo second factor: ${await demoMfa.seedDemoMfa(sql, authSecret())} accounts (TOTP secret in the README).`);
    }
  } finally {
    await pool.end();
  }
}

main().catch((e: unknown) => {
  // A reference-data problem is an expected failure: one line naming file, line and problem, no stack trace.
  const isReference = e instanceof Error && e.name === "ReferenceDataError";
  console.error(isReference ? `seed: ${e.message}\nNothing was loaded.` : e);
  process.exit(1);
});
