// npm test: every test the project has, in the order that fails fastest: type check, unit, integration (real PostgreSQL:
// embedded, or DATABASE_URL), then the Playwright journeys in Debian's Chromium against a production build.
//   node scripts/test-all.mjs [typecheck] [unit] [integration] [e2e]      (no argument: all of them)
// Ends with one line "N passed, N failed" (and appends the counts to .data/reports/totals.jsonl for CI's summary).
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";

const reports = path.resolve(".data/reports");
fs.mkdirSync(reports, { recursive: true });
const vitestJson = (name) => ["--reporter=default", "--reporter=json", `--outputFile.json=${path.join(reports, `${name}.json`)}`];
const steps = [
  // next typegen writes the route types (RouteContext, PageProps...) that tsc needs on a clean clone.
  ["typecheck", "sh", ["-c", "npx next typegen >/dev/null && npx tsc --noEmit"]],
  ["unit", "npx", ["vitest", "run", "--project", "unit", ...vitestJson("unit")]],
  ["integration", "node", ["scripts/with-db.mjs", "--db", "app_test", "npx", "vitest", "run", "--project", "integration", ...vitestJson("integration")]],
  ["e2e", "node", ["scripts/e2e.mjs", "--reporter=list,json"], { PLAYWRIGHT_JSON_OUTPUT_NAME: path.join(reports, "e2e.json") }],
];

function counts(name) {
  if (name === "typecheck") return null;
  const file = path.join(reports, `${name}.json`);
  if (!fs.existsSync(file)) return null;
  const r = JSON.parse(fs.readFileSync(file, "utf8"));
  if (name === "e2e") return { passed: (r.stats?.expected ?? 0) + (r.stats?.flaky ?? 0), failed: r.stats?.unexpected ?? 0 };
  return { passed: r.numPassedTests ?? 0, failed: (r.numFailedTests ?? 0) + (r.numRuntimeErrorTestSuites ?? 0) };
}

const only = process.argv.slice(2);
const results = [];
for (const [name, cmd, args, extraEnv] of steps) {
  if (only.length && !only.includes(name)) continue;
  console.error(`\n=== ${name} tests ===`);
  fs.rmSync(path.join(reports, `${name}.json`), { force: true });
  const t0 = Date.now();
  const r = spawnSync(cmd, args, { stdio: "inherit", env: { ...process.env, ...extraEnv } });
  // The type check is a gate, not tests: it counts only when it fails.
  const c = counts(name) ?? { passed: 0, failed: r.status === 0 ? 0 : 1 };
  results.push({ name, ok: r.status === 0, seconds: Math.round((Date.now() - t0) / 1000), ...c });
  if (r.status !== 0) break;
}
const passed = results.reduce((s, r) => s + r.passed, 0);
const failed = results.reduce((s, r) => s + r.failed, 0) + (results.some((r) => !r.ok) && !results.some((r) => r.failed) ? 1 : 0);
fs.appendFileSync(path.join(reports, "totals.jsonl"), JSON.stringify({ at: new Date().toISOString(), passed, failed, steps: results }) + "\n");
console.error("\n" + results.map((r) => `${r.ok ? "PASS" : "FAIL"} ${r.name}: ${r.passed} passed, ${r.failed} failed (${r.seconds} s)`).join("\n"));
console.log(`${passed} passed, ${failed} failed`);
process.exit(results.length && results.every((r) => r.ok) ? 0 : 1);
