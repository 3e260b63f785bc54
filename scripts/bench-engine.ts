// Benchmark of the matching engine (npm run bench:engine, or npx tsx scripts/bench-engine.ts).
//
// 1. Generates 100,000 synthetic candidates and 20 vacancies deterministically (seeded PRNG, same data on every
//    run), with the OaSIS vectors when the reference data is there (REFERENCE_DATA_DIR, default ../shared/data).
// 2. Prepares the candidates once (prepareCandidates -> CandidatePool: what the app would keep in memory), then
//    times rankCandidates(top 50 of 100,000) for each vacancy, 3 rounds after a warm-up. Target: median <= 30 ms
//    on the 2-core machine.
// 3. Times the CLI end to end (npx tsx scripts/match.ts, Node start included) on 20,000 candidates. Target < 3 s.
// Prints a table, then as its LAST line: {"engineTop50Of100kMedianMs":..,"engineTop50Of100kP95Ms":..}

import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { EDUCATION_LEVELS } from "@/lib/domain/education";
import { prepareCandidates, rankCandidates, type MatchCandidate, type MatchContext, type MatchVacancy } from "@/lib/domain/matching";
import { SKILL_VOCABULARY } from "@/lib/domain/skills-vocabulary";
import { loadOasisVectors } from "@/lib/reference-data/oasis-vectors";

const CANDIDATES = 100_000;
const VACANCIES = 20;
const ROUNDS = 3;
const CLI_CANDIDATES = 20_000;
const CLI_RUNS = 3;

/** mulberry32: small, fast, good enough for test data; seeded so every run generates the same data. */
function prng(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
  const int = (n: number) => Math.floor(next() * n);
  const pick = <T>(xs: readonly T[]): T => xs[int(xs.length)]!;
  const chance = (p: number) => next() < p;
  return { next, int, pick, chance };
}

function loadVectors(): Map<string, number[]> | undefined {
  try {
    return loadOasisVectors(process.env.REFERENCE_DATA_DIR ?? "../shared/data");
  } catch (e) {
    process.stderr.write(`bench: no OaSIS vectors (${(e as Error).message}); hierarchy only\n`);
    return undefined;
  }
}

const FALLBACK_CODES = ["72106", "72105", "72100", "72310", "72201", "73300", "65201", "63200", "33102", "31301", "22220", "94141", "85100", "75110", "44101"];
const REGIONS = Array.from({ length: 17 }, (_, i) => String(i + 1).padStart(2, "0"));
const SKILL_LABELS = SKILL_VOCABULARY.flatMap((e) => [e.fr, e.en, ...e.synonyms.slice(0, 1)]).concat(["Taille de pierre", "Entretien de piscines", "Tonte de moutons"]);

function isoDate(rand: ReturnType<typeof prng>, fromDays: number, spanDays: number) {
  return new Date(Date.UTC(2027, 0, 1) + (fromDays + rand.int(spanDays)) * 86_400_000).toISOString().slice(0, 10);
}

function generateCandidates(n: number, codes: readonly string[], seed: number): MatchCandidate[] {
  const rand = prng(seed);
  const out: MatchCandidate[] = [];
  for (let i = 0; i < n; i++) {
    const c: MatchCandidate & Record<string, unknown> = { id: `c-${String(i).padStart(6, "0")}`, name: `Personne ${i}`, birthYear: 1960 + rand.int(45) };
    if (rand.chance(0.95)) {
      c.occupations = Array.from({ length: 1 + rand.int(3) }, () => ({ nocCode: rand.pick(codes), years: rand.chance(0.9) ? rand.int(26) : null }));
    }
    if (rand.chance(0.95)) c.skills = Array.from({ length: 2 + rand.int(7) }, () => rand.pick(SKILL_LABELS));
    if (rand.chance(0.9)) c.frenchLevel = 1 + rand.int(12);
    if (rand.chance(0.8)) c.englishLevel = 1 + rand.int(12);
    if (rand.chance(0.9)) c.education = rand.pick(EDUCATION_LEVELS);
    if (rand.chance(0.85)) c.preferredRegionCodes = Array.from({ length: rand.int(4) }, () => rand.pick(REGIONS));
    c.openToAnyRegionOutsideCmm = rand.chance(0.3);
    if (rand.chance(0.9)) c.availableFrom = isoDate(rand, -60, 540);
    out.push(c);
  }
  return out;
}

function generateVacancies(n: number, codes: readonly string[], seed: number): MatchVacancy[] {
  const rand = prng(seed);
  return Array.from({ length: n }, (_, i) => ({
    id: `v-${String(i).padStart(2, "0")}`,
    nocCode: rand.pick(codes),
    title: `Poste ${i}`,
    regionCode: rand.pick(REGIONS.filter((r) => r !== "06" && r !== "13")),
    requiredSkills: Array.from({ length: 1 + rand.int(4) }, () => rand.pick(SKILL_LABELS)),
    assetSkills: Array.from({ length: rand.int(3) }, () => rand.pick(SKILL_LABELS)),
    minFrenchLevel: rand.chance(0.8) ? 3 + rand.int(6) : null,
    minEnglishLevel: rand.chance(0.2) ? 4 + rand.int(5) : null,
    minExperienceYears: rand.chance(0.7) ? 1 + rand.int(5) : null,
    minEducation: rand.chance(0.7) ? rand.pick(EDUCATION_LEVELS.slice(1, 5)) : null,
    startDate: rand.chance(0.8) ? isoDate(rand, 30, 200) : null,
  }));
}

function quantile(sorted: readonly number[], q: number): number {
  // nearest-rank
  const k = Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1));
  return sorted[k]!;
}
const ms = (x: number) => Math.round(x * 10) / 10;

function row(label: string, value: string) {
  process.stdout.write(`${label.padEnd(58)} ${value}\n`);
}

function main() {
  const vectors = loadVectors();
  const codes = vectors ? [...vectors.keys()].sort() : FALLBACK_CODES;
  const context: MatchContext = { occupationVectors: vectors, today: "2027-01-01" };

  let t = performance.now();
  const candidates = generateCandidates(CANDIDATES, codes, 20_261_130);
  const generateMs = performance.now() - t;
  const vacancies = generateVacancies(VACANCIES, codes, 42);

  t = performance.now();
  const prepared = prepareCandidates(candidates);
  const prepareMs = performance.now() - t;

  // Warm-up (JIT), not timed.
  for (const v of vacancies.slice(0, 3)) rankCandidates(v, prepared, { limit: 50, context });

  const samples: number[] = [];
  const cpuSamples: number[] = [];
  let checksum = 0;
  for (let round = 0; round < ROUNDS; round++) {
    for (const v of vacancies) {
      const cpu = process.cpuUsage();
      const start = performance.now();
      const results = rankCandidates(v, prepared, { limit: 50, context });
      samples.push(performance.now() - start);
      const used = process.cpuUsage(cpu);
      cpuSamples.push((used.user + used.system) / 1000);
      checksum += results.length + results[0]!.score;
    }
  }
  samples.sort((a, b) => a - b);
  cpuSamples.sort((a, b) => a - b);
  const median = quantile(samples, 0.5);
  const p95 = quantile(samples, 0.95);

  // Least favourable pool for the pruning of rankCandidates: everybody wants every region, speaks French 12 and
  // is available: the cheap factors cannot rule anybody out, every candidate gets the full evaluation.
  const unprunable = prepareCandidates(
    candidates.map((c) => ({ ...c, preferredRegionCodes: REGIONS, frenchLevel: 12, englishLevel: 12, education: "doctorate", availableFrom: "2026-01-01" })),
  );
  const hardSamples: number[] = [];
  for (const v of vacancies) {
    const start = performance.now();
    rankCandidates(v, unprunable, { limit: 50, context });
    hardSamples.push(performance.now() - start);
  }
  hardSamples.sort((a, b) => a - b);

  // Plain records (preparation inside the call), for comparison.
  t = performance.now();
  rankCandidates(vacancies[0]!, candidates, { limit: 50, context });
  const coldMs = performance.now() - t;

  // CLI end to end on 20,000 candidates.
  const dir = mkdtempSync(path.join(os.tmpdir(), "bench-match-"));
  const file = path.join(dir, "input.json");
  writeFileSync(file, JSON.stringify({ vacancy: vacancies[0], candidates: candidates.slice(0, CLI_CANDIDATES), limit: 50 }));
  const cliSamples: number[] = [];
  for (let i = 0; i < CLI_RUNS; i++) {
    const start = performance.now();
    const r = spawnSync("npx", ["tsx", "scripts/match.ts", file], { encoding: "utf8", maxBuffer: 64 * 1024 * 1024 });
    cliSamples.push(performance.now() - start);
    if (r.status !== 0) throw new Error(`CLI failed (exit ${r.status}): ${r.stderr}`);
  }
  rmSync(dir, { recursive: true, force: true });
  cliSamples.sort((a, b) => a - b);

  const load = os.loadavg()[0]!.toFixed(1);
  process.stdout.write(
    `Matching engine benchmark (Node ${process.version}, ${os.cpus().length} CPU, load average ${load}, OaSIS vectors: ${vectors ? vectors.size : "none"})\n`,
  );
  row("generate 100,000 candidates", `${ms(generateMs)} ms`);
  row("prepareCandidates, 100,000 (once)", `${ms(prepareMs)} ms`);
  row(`rankCandidates top 50 of 100,000 prepared, median (${samples.length} runs)`, `${ms(median)} ms`);
  row("rankCandidates top 50 of 100,000 prepared, p95", `${ms(p95)} ms`);
  row("rankCandidates top 50 of 100,000 prepared, min / max", `${ms(samples[0]!)} / ${ms(samples[samples.length - 1]!)} ms`);
  row("rankCandidates top 50 of 100,000 prepared, median CPU time", `${ms(quantile(cpuSamples, 0.5))} ms`);
  row("same, least favourable pool (no pruning possible), median", `${ms(quantile(hardSamples, 0.5))} ms`);
  row("rankCandidates top 50 of 100,000 plain records (prepare inside)", `${ms(coldMs)} ms`);
  row(`CLI (npx tsx scripts/match.ts) on 20,000 candidates, median of ${CLI_RUNS}`, `${ms(quantile(cliSamples, 0.5))} ms`);
  row("CLI on 20,000 candidates, max", `${ms(cliSamples[cliSamples.length - 1]!)} ms`);
  row("checksum", String(Math.round(checksum * 10) / 10));
  process.stdout.write(`${JSON.stringify({ engineTop50Of100kMedianMs: ms(median), engineTop50Of100kP95Ms: ms(p95) })}\n`);
}

main();
