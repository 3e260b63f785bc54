// Fairness audit of the matching engine (issue 9): npm run audit:fairness [-- --markets 8 --candidates 4000
// --vacancies 300 --seed 2026]
//
// Ranks synthetic markets (candidates and vacancies from a seeded PRNG) with the engine and prints, for each
// attribute the engine must ignore (nationality, sex, age band), each group's selection rate in the top 20 and the
// impact ratio (lowest rate / highest). Two populations: "neutral" (attributes drawn independently of every
// job-relevant field) decides the exit status: 1 if any ratio is under 0.8; "correlated" (French level by
// nationality, experience by age) is printed to show what the audit detects. Last line: one JSON object.
// Method and caveats: lib/domain/fairness-audit.ts, docs/assurance.md.
import { auditFairness, IMPACT_RATIO_THRESHOLD, type FairnessReport } from "@/lib/domain/fairness-audit";

function arg(name: string, fallback: number): number {
  const i = process.argv.indexOf(`--${name}`);
  const v = i >= 0 ? Number(process.argv[i + 1]) : fallback;
  if (!Number.isInteger(v) || v <= 0) {
    console.error(`audit-fairness: --${name} needs a positive whole number`);
    process.exit(2);
  }
  return v;
}

const opts = { markets: arg("markets", 8), candidates: arg("candidates", 4000), vacancies: arg("vacancies", 300), seed: arg("seed", 2026) };

function print(title: string, r: FairnessReport) {
  console.log(`\n${title}: ${r.candidates} candidates, ${r.vacancies} vacancies (${opts.markets} markets), top ${r.topK}`);
  console.log(`${"attribute".padEnd(12)}${"group".padEnd(8)}${"members".padStart(9)}${"selected".padStart(10)}${"rate".padStart(9)}`);
  for (const a of r.attributes) {
    for (const g of a.groups) console.log(`${a.attribute.padEnd(12)}${g.group.padEnd(8)}${String(g.members).padStart(9)}${String(g.selections).padStart(10)}${(g.rate * 100).toFixed(3).padStart(8)}%`);
    const flag = a.impactRatio < IMPACT_RATIO_THRESHOLD ? "  < 0.8: ADVERSE IMPACT" : "";
    console.log(`${"".padEnd(12)}impact ratio ${a.impactRatio.toFixed(3)} (${a.lowest} / ${a.highest})${flag}`);
  }
}

const t0 = performance.now();
const neutral = auditFairness({ variant: "neutral", ...opts });
const correlated = auditFairness({ variant: "correlated", ...opts });
print("Neutral population (decides the exit status)", neutral);
print("Correlated population (French level by nationality, experience by age: what the audit detects)", correlated);
const ratios = (r: FairnessReport) => Object.fromEntries(r.attributes.map((a) => [a.attribute, Number(a.impactRatio.toFixed(4))]));
console.log(`\n${neutral.pass ? "PASS" : "FAIL"}: every impact ratio of the neutral population is ${neutral.pass ? "at least" : "NOT at least"} ${IMPACT_RATIO_THRESHOLD} (${Math.round(performance.now() - t0)} ms)`);
console.log(JSON.stringify({ pass: neutral.pass, threshold: IMPACT_RATIO_THRESHOLD, ...opts, topK: neutral.topK, neutral: ratios(neutral), correlated: ratios(correlated) }));
process.exit(neutral.pass ? 0 : 1);
