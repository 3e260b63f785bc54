// npm test: every test the project has, in the order that fails fastest: unit, integration (real PostgreSQL:
// embedded, or DATABASE_URL), then the Playwright journeys in Debian's Chromium against a production build.
import { spawnSync } from "node:child_process";

const steps = [
  ["unit", "npx", ["vitest", "run", "--project", "unit"]],
  ["integration", "node", ["scripts/with-db.mjs", "--db", "app_test", "npx", "vitest", "run", "--project", "integration"]],
  ["e2e", "node", ["scripts/e2e.mjs"]],
];
const only = process.argv.slice(2);
const results = [];
for (const [name, cmd, args] of steps) {
  if (only.length && !only.includes(name)) continue;
  console.error(`\n=== ${name} tests ===`);
  const t0 = Date.now();
  const r = spawnSync(cmd, args, { stdio: "inherit", env: process.env });
  results.push([name, r.status === 0, Math.round((Date.now() - t0) / 1000)]);
  if (r.status !== 0) break;
}
console.error("\n" + results.map(([n, ok, s]) => `${ok ? "PASS" : "FAIL"} ${n} (${s} s)`).join("\n"));
process.exit(results.every(([, ok]) => ok) && results.length ? 0 : 1);
