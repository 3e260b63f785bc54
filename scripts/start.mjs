// npm start: build (when the build is missing or older than the sources), start the database (embedded unless
// DATABASE_URL is set), apply migrations, seed reference and demo data when empty, and serve on PORT (3000).
import { spawnSync } from "node:child_process";
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import "dotenv/config";

const run = (cmd, args, env = process.env) => {
  const r = spawnSync(cmd, args, { stdio: "inherit", env });
  if (r.status !== 0) process.exit(r.status ?? 1);
};

// A stable secret for local runs, so sessions survive a restart. Production sets NEXTAUTH_SECRET (shared by every instance).
if (!process.env.NEXTAUTH_SECRET) {
  const file = path.resolve(".data/nextauth-secret");
  fs.mkdirSync(path.dirname(file), { recursive: true });
  if (!fs.existsSync(file)) fs.writeFileSync(file, crypto.randomBytes(32).toString("base64url"), { mode: 0o600 });
  process.env.NEXTAUTH_SECRET = fs.readFileSync(file, "utf8").trim();
}
const port = process.env.PORT ?? "3000";
process.env.NEXTAUTH_URL ??= `http://localhost:${port}`;

if (!process.argv.includes("--no-build")) {
  console.error("[start] building (next build)…");
  run("npx", ["next", "build"]);
}
run("node", ["scripts/with-db.mjs", "sh", "-c", `npx tsx prisma/seed.ts --if-empty && exec npx next start -p ${port}`]);
