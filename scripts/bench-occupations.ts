// Latency of the job-title look-up (lib/server/dal/occupations.ts), as a person types: every prefix of a few
// titles, in French and English, several rounds. Prints p50/p95/max per query length and overall (target: 150 ms).
//   node scripts/with-db.mjs npx tsx --conditions react-server scripts/bench-occupations.ts [rounds]
// (the database must hold the reference data: npm run db:seed)
import { suggestOccupations } from "@/lib/server/dal/occupations";
import { db } from "@/lib/server/db";

const TITLES: [string, "fr" | "en"][] = [
  ["soudeuse", "fr"],
  ["préposé aux bénéficiaires", "fr"],
  ["infirmière auxiliaire", "fr"],
  ["camionneur", "fr"],
  ["cuisinier", "fr"],
  ["électricienne", "fr"],
  ["mécanicien de machinerie lourde", "fr"],
  ["boucher", "fr"],
  ["welder", "en"],
  ["truck driver", "en"],
  ["software developer", "en"],
  ["registered nurse", "en"],
];
const TARGET_MS = 150;
const rounds = Number(process.argv[2] ?? 3);

function percentile(sorted: number[], p: number) {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

async function main() {
  // Warm-up: connection pool, unit-group cache, PostgreSQL buffers.
  await suggestOccupations("soudeur", { locale: "fr" });
  const all: number[] = [];
  const byLength = new Map<string, number[]>();
  for (let r = 0; r < rounds; r++) {
    for (const [title, locale] of TITLES) {
      for (let n = 1; n <= title.length; n++) {
        const prefix = title.slice(0, n);
        if (prefix.endsWith(" ")) continue;
        const t0 = performance.now();
        const res = await suggestOccupations(prefix, { locale, limit: 10 });
        const ms = performance.now() - t0;
        all.push(ms);
        const bucket = n <= 2 ? "1-2 chars" : n <= 4 ? "3-4 chars" : n <= 8 ? "5-8 chars" : "9+ chars";
        (byLength.get(bucket) ?? byLength.set(bucket, []).get(bucket)!).push(ms);
        if (r === 0 && n === title.length) console.log(`  ${JSON.stringify(title).padEnd(36)} -> ${res[0] ? `${res[0].code} ${res[0].title} (« ${res[0].matchedTitle} »)` : "(nothing)"}`);
      }
    }
  }
  const line = (label: string, xs: number[]) => {
    const s = [...xs].sort((a, b) => a - b);
    return `${label.padEnd(10)} n=${String(s.length).padStart(4)}  p50 ${percentile(s, 50).toFixed(1).padStart(6)} ms  p95 ${percentile(s, 95).toFixed(1).padStart(6)} ms  max ${s[s.length - 1].toFixed(1).padStart(6)} ms`;
  };
  console.log(`\nLatency per suggestion request (${rounds} rounds, every prefix of ${TITLES.length} titles):`);
  for (const k of ["1-2 chars", "3-4 chars", "5-8 chars", "9+ chars"]) if (byLength.has(k)) console.log(`  ${line(k, byLength.get(k)!)}`);
  console.log(`  ${line("all", all)}`);
  const p95 = percentile([...all].sort((a, b) => a - b), 95);
  console.log(p95 <= TARGET_MS ? `\nOK: p95 ${p95.toFixed(1)} ms <= ${TARGET_MS} ms` : `\nSLOW: p95 ${p95.toFixed(1)} ms > ${TARGET_MS} ms`);
  await db.$disconnect();
  if (p95 > TARGET_MS) process.exitCode = 1;
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
