// Playwright journeys: checks for Chromium (it cannot be downloaded here), builds the app, then runs Playwright,
// whose webServer starts the built app on its own embedded database. Extra arguments go to Playwright (--grep @candidate).
import { spawnSync } from "node:child_process";
import fs from "node:fs";

const chromium = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
if (!fs.existsSync(chromium)) {
  console.error(`Chromium is missing (${chromium}). Install Debian's package, then run the tests again:\n  sudo apt-get update && sudo apt-get install -y chromium\n(or set CHROMIUM_PATH to a Chromium binary; 'npx playwright install' cannot download browsers on this network)`);
  process.exit(1);
}
const run = (cmd, args) => spawnSync(cmd, args, { stdio: "inherit", env: process.env }).status ?? 1;
if (!process.argv.includes("--no-build") && run("npx", ["next", "build"]) !== 0) process.exit(1);
process.exit(run("npx", ["playwright", "test", ...process.argv.slice(2).filter((a) => a !== "--no-build")]));
