// Benchmark of matching in the app (npm run bench:match), on the database's profiles:
//   npm run db:seed -- --candidates 100000 && npm run bench:match
//   node scripts/with-db.mjs --db NAME npx tsx scripts/bench-match.ts [--vacancies 40] [--rounds 2] [--naive 3]
//
// 1. Engine: every profile of the database (consenting or not) prepared once as a CandidatePool; the first 100,000
//    by id are ranked for each vacancy (top 50), `rounds` times after a warm-up. Target: median <= 30 ms.
// 2. App: recommendCandidatesForVacancy() as the recommendations page calls it, by each vacancy's own employer:
//    membership check, vacancy, SQL prefilter classes, engine, one page of 50 anonymous cards. Target: p95 <= 150 ms.
// 3. Naive: the same ranking without the prefilter: load every consenting profile, prepare, rank, hydrate the
//    same 50 cards. Checks that the app's top 50 is identical. Target: naive / app >= 5 (medians).
// Prints a table, then as its LAST line one JSON object:
//   {"engineTop50Of100kMedianMs":..,"engineTop50Of100kP95Ms":..,"appRecommendP95Ms":..,"naiveToAppRatio":..,...}

import { spawnSync } from "node:child_process";
import os from "node:os";

// The app's server modules import "server-only", which resolves only under the react-server condition: re-run
// this script with it when it was started without (npx tsx scripts/bench-match.ts).
if (!process.execArgv.some((a) => a.includes("react-server")) && !(process.env.NODE_OPTIONS ?? "").includes("react-server")) {
  const r = spawnSync(process.execPath, [...process.execArgv, "--conditions", "react-server", ...process.argv.slice(1)], { stdio: "inherit" });
  process.exit(r.status ?? 1);
}

type Args = { vacancies: number; rounds: number; naive: number; limit: number };
function parseArgs(argv: readonly string[]): Args {
  const args: Args = { vacancies: 40, rounds: 2, naive: 3, limit: 50 };
  for (let i = 0; i < argv.length; i++) {
    const [flag, inline] = argv[i]!.includes("=") ? argv[i]!.split("=", 2) : [argv[i]!, undefined];
    const value = Number(inline ?? argv[++i]);
    const key = flag!.replace(/^--/, "") as keyof Args;
    if (!(key in args) || !Number.isInteger(value) || value < 1) {
      process.stderr.write(`bench-match: bad option ${argv[i]}; usage: bench-match [--vacancies N] [--rounds N] [--naive N] [--limit N]\n`);
      process.exit(2);
    }
    args[key] = value;
  }
  return args;
}

function quantile(sorted: readonly number[], q: number): number {
  if (sorted.length === 0) return Number.NaN;
  const k = Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1)); // nearest rank
  return sorted[k]!;
}
const sortNum = (xs: number[]) => [...xs].sort((a, b) => a - b);
const ms = (x: number) => Math.round(x * 10) / 10;
function row(label: string, value: string) {
  process.stdout.write(`${label.padEnd(66)} ${value}\n`);
}

async function main() {
  const args = parseArgs(process.argv.slice(2));
  const { db } = await import("@/lib/server/db");
  const { prepareCandidates, prepareVacancy, rankCandidates } = await import("@/lib/domain/matching");
  const { getMatchContext } = await import("@/lib/server/services/matching-context");
  const { recommendCandidatesForVacancy } = await import("@/lib/server/services/matching");
  const { countMatchPool, getMatchCardSources, getVacancyForMatching, listMatchPoolRows } = await import("@/lib/server/dal/matching");
  const { MatchKey } = await import("@/lib/domain/matching-features");
  type SessionUser = import("@/lib/server/auth").SessionUser;

  const profiles = Number((await db.$queryRaw<{ n: bigint }[]>`SELECT count(*) AS n FROM "CandidateProfile"`)[0]!.n);
  if (profiles < 100_000) process.stderr.write(`bench-match: only ${profiles} profiles; run npm run db:seed -- --candidates 100000 first\n`);
  const now = new Date();
  const context = await getMatchContext(now);

  // Vacancies: published ones of verified organisations, each with an owner to act as.
  const vacancies = await db.jobPosting.findMany({
    where: { status: "PUBLISHED", employer: { verificationStatus: "VERIFIED" } },
    orderBy: { id: "asc" },
    take: args.vacancies,
    select: { id: true, employer: { select: { members: { take: 1, orderBy: { createdAt: "asc" }, select: { user: { select: { id: true, email: true, name: true, role: true, locale: true } } } } } } },
  });
  if (vacancies.length === 0) throw new Error("no published vacancy of a verified organisation: run npm run db:seed first");
  const actorOf = (v: (typeof vacancies)[number]): SessionUser => {
    const u = v.employer.members[0]!.user;
    return { id: u.id, email: u.email, name: u.name, role: u.role, locale: u.locale === "en" ? "en" : "fr" };
  };

  // ---------- 1. engine on 100,000 profiles ----------
  type Row = { id: string; occupations: { nocCode: string; years: number }[]; skills: string[]; frenchLevel: number | null; englishLevel: number | null; education: string | null; preferredRegionCodes: string[]; openToAnyRegionOutsideCmm: boolean; availableFrom: string | null };
  let t = performance.now();
  const all: Row[] = [];
  // Keyset pages of 50,000 (a million profiles in one result would hold the whole answer in memory twice).
  for (let after = ""; ; ) {
    const page = await db.$queryRaw<Row[]>`
      SELECT p."id",
        (SELECT coalesce(json_agg(json_build_object('nocCode', o."nocCode", 'years', o."years")), '[]'::json)
           FROM "CandidateOccupation" o WHERE o."profileId" = p."id") AS "occupations",
        p."skillLabels" AS "skills", p."frenchLevel", p."englishLevel", p."education"::text AS "education",
        p."preferredRegionCodes", p."openToAnyRegionOutsideCmm", to_char(p."availableFrom", 'YYYY-MM-DD') AS "availableFrom"
      FROM "CandidateProfile" p WHERE p."id" > ${after} ORDER BY p."id" LIMIT 50000`;
    all.push(...page);
    if (page.length < 50_000) break;
    after = page[page.length - 1]!.id;
  }
  const loadAllMs = performance.now() - t;
  t = performance.now();
  const pool100k = prepareCandidates(all.slice(0, 100_000));
  const prepareMs = performance.now() - t;
  const poolAll = all.length > 100_000 ? prepareCandidates(all) : pool100k;
  all.length = 0;

  const engineVacancies = await Promise.all(vacancies.map(async (v) => {
    const m = await getVacancyForMatching(actorOf(v), v.id);
    return prepareVacancy(m.vacancy, { ...context, vacancyInCmm: m.inCmm });
  }));
  for (const pv of engineVacancies.slice(0, 3)) rankCandidates(pv, pool100k, { limit: args.limit });
  const engineSamples: number[] = [];
  for (let round = 0; round < args.rounds + 1; round++) {
    for (const pv of engineVacancies) {
      const start = performance.now();
      rankCandidates(pv, pool100k, { limit: args.limit });
      engineSamples.push(performance.now() - start);
    }
  }
  const engineAllSamples: number[] = [];
  if (poolAll !== pool100k) {
    for (const pv of engineVacancies.slice(0, 10)) {
      const start = performance.now();
      rankCandidates(pv, poolAll, { limit: args.limit });
      engineAllSamples.push(performance.now() - start);
    }
  }

  // ---------- 2. the app path ----------
  const consenting = await countMatchPool(actorOf(vacancies[0]!), now);
  for (const v of vacancies.slice(0, 3)) await recommendCandidatesForVacancy(actorOf(v), v.id, { pageSize: args.limit, now });
  const appSamples: number[] = [];
  const appById = new Map<string, { ms: number[]; ids: string[]; tiers: number; scored: number; records: number }>();
  for (let round = 0; round < args.rounds; round++) {
    for (const v of vacancies) {
      const start = performance.now();
      const r = await recommendCandidatesForVacancy(actorOf(v), v.id, { pageSize: args.limit, now });
      const elapsed = performance.now() - start;
      appSamples.push(elapsed);
      const entry = appById.get(v.id) ?? { ms: [], ids: r.items.map((i) => i.card.id), tiers: r.stats.tiers.length, scored: r.stats.profilesScored, records: r.stats.recordsRead };
      entry.ms.push(elapsed);
      appById.set(v.id, entry);
    }
  }
  const scored = sortNum([...appById.values()].map((e) => e.scored));
  const tiers = sortNum([...appById.values()].map((e) => e.tiers));
  const records = sortNum([...appById.values()].map((e) => e.records));

  // ---------- 3. the naive path (same vacancies, same answer) ----------
  const naiveSamples: number[] = [];
  const naiveVacancies = vacancies.slice(0, args.naive);
  let identical = true;
  for (const v of naiveVacancies) {
    const actor = actorOf(v);
    const start = performance.now();
    const m = await getVacancyForMatching(actor, v.id);
    const pv = prepareVacancy(m.vacancy, { ...context, vacancyInCmm: m.inCmm });
    const rows = await listMatchPoolRows(actor, [{ all: [MatchKey.consented], anyOf: [], noneOf: [], notAll: [] }], now);
    const ranked = rankCandidates(pv, rows, { limit: args.limit });
    await getMatchCardSources(actor, ranked.map((r) => r.candidateId), now);
    naiveSamples.push(performance.now() - start);
    const appIds = appById.get(v.id)!.ids;
    if (ranked.length !== appIds.length || ranked.some((r, i) => r.candidateId !== appIds[i])) identical = false;
  }

  const engine = sortNum(engineSamples);
  const engineAll = sortNum(engineAllSamples);
  const app = sortNum(appSamples);
  const naive = sortNum(naiveSamples);
  const naiveAppMedian = sortNum(naiveVacancies.map((v) => quantile(sortNum(appById.get(v.id)!.ms), 0.5)));
  const ratio = quantile(naive, 0.5) / quantile(naiveAppMedian, 0.5);
  const load = os.loadavg().map((x) => x.toFixed(2)).join(" ");

  process.stdout.write(`Matching in the app (Node ${process.version}, ${os.cpus().length} CPU, load ${load}; top ${args.limit})\n`);
  row("profiles in the database / in the matching pool (consents, fresh)", `${profiles} / ${consenting}`);
  row("vacancies ranked (published, verified organisations)", String(vacancies.length));
  row("load every profile for the engine (once)", `${ms(loadAllMs)} ms`);
  row("prepareCandidates, 100,000 profiles (once)", `${ms(prepareMs)} ms`);
  row(`engine: rank top ${args.limit} of 100,000 prepared, median (${engine.length} runs)`, `${ms(quantile(engine, 0.5))} ms`);
  row("engine: p95 / max", `${ms(quantile(engine, 0.95))} / ${ms(engine[engine.length - 1]!)} ms`);
  if (engineAll.length) row(`engine: rank top ${args.limit} of all ${profiles} prepared, median (${engineAll.length} runs)`, `${ms(quantile(engineAll, 0.5))} ms`);
  row(`app: recommendCandidatesForVacancy, page of ${args.limit}, median (${app.length} runs)`, `${ms(quantile(app, 0.5))} ms`);
  row("app: p95 / max", `${ms(quantile(app, 0.95))} / ${ms(app[app.length - 1]!)} ms`);
  row("app: profile rows read per vacancy (prefilter), median / max", `${quantile(scored, 0.5)} / ${scored[scored.length - 1]}`);
  row("app: full records read per vacancy (with years), median / max", `${quantile(records, 0.5)} / ${records[records.length - 1]}`);
  row("app: prefilter queries per vacancy, median / max", `${quantile(tiers, 0.5)} / ${tiers[tiers.length - 1]}`);
  row(`naive: load all consenting profiles + rank + hydrate, median (${naive.length} runs)`, `${ms(quantile(naive, 0.5))} ms`);
  row("naive / app (medians, same vacancies)", `${ms(ratio)}x`);
  row("app top 50 identical to the naive top 50", identical ? "yes" : "NO");
  process.stdout.write(
    `${JSON.stringify({
      engineTop50Of100kMedianMs: ms(quantile(engine, 0.5)),
      engineTop50Of100kP95Ms: ms(quantile(engine, 0.95)),
      appRecommendP95Ms: ms(quantile(app, 0.95)),
      naiveToAppRatio: ms(ratio),
      appRecommendMedianMs: ms(quantile(app, 0.5)),
      naiveMedianMs: ms(quantile(naive, 0.5)),
      profiles,
      exact: identical,
    })}\n`,
  );
  await db.$disconnect();
}

main().catch((e) => {
  process.stderr.write(`bench-match: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
  process.exit(1);
});
