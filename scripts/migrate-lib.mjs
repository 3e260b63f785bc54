// Shared: load @prisma/schema-engine-wasm and apply prisma/migrations/* through any migration-aware driver adapter factory.
import fs from "node:fs";
import path from "node:path";
import { createRequire } from "node:module";
import { bindMigrationAwareSqlAdapterFactory } from "@prisma/driver-adapter-utils";

const require = createRequire(import.meta.url);
let glue;
async function loadWasm() {
  if (glue) return glue;
  const pkgDir = path.dirname(require.resolve("@prisma/schema-engine-wasm/schema_engine_bg"));
  glue = await import(path.join(pkgDir, "schema_engine_bg.js"));
  const inst = new WebAssembly.Instance(new WebAssembly.Module(fs.readFileSync(path.join(pkgDir, "schema_engine_bg.wasm"))), { "./schema_engine_bg.js": glue });
  glue.__wbg_set_wasm(inst.exports);
  inst.exports.__wbindgen_start?.();
  return glue;
}

// PrismaPg's executeScript splits a migration on every ";" (even inside quotes or $$ function bodies). Send the
// whole script as one simple-protocol query instead, as the native engine does: PostgreSQL then runs it as one
// implicit transaction, so a failing migration leaves nothing half-applied.
function wholeScripts(adapter) {
  const driver = adapter.underlyingDriver?.();
  if (!driver || typeof adapter.onError !== "function") return adapter;
  adapter.executeScript = async (script) => {
    try { await driver.query(script); } catch (e) { adapter.onError(e); }
  };
  return adapter;
}

// The engine never closes the connections it opens (engine.free() does not), and applyMigrations
// holds a session advisory lock (72707369) on its connection; the next applyMigrations from another
// process then waits ~10 s for it. So track the adapters it opens and dispose them afterwards.
function tracked(factory) {
  const opened = [];
  const wrap = (fn) => async (...a) => { const ad = wholeScripts(await fn(...a)); opened.push(ad); return ad; };
  const f = { adapterName: factory.adapterName, provider: factory.provider, connect: wrap(factory.connect.bind(factory)) };
  if (factory.connectToShadowDb) f.connectToShadowDb = wrap(factory.connectToShadowDb.bind(factory));
  return { factory: f, close: async () => { for (const ad of opened) await ad.dispose?.().catch(() => {}); } };
}

export function migrationsList(migDir) {
  const lock = path.join(migDir, "migration_lock.toml");
  const dirs = fs.existsSync(migDir) ? fs.readdirSync(migDir, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name).sort() : [];
  return {
    baseDir: migDir,
    lockfile: { path: "migration_lock.toml", content: fs.existsSync(lock) ? fs.readFileSync(lock, "utf8") : null },
    shadowDbInitScript: "",
    migrationDirectories: dirs.map((d) => {
      const f = path.join(migDir, d, "migration.sql");
      return { path: d, migrationFile: { path: "migration.sql", content: fs.existsSync(f) ? { tag: "ok", value: fs.readFileSync(f, "utf8") } : { tag: "error", value: "missing" } } };
    }),
  };
}

export async function applyMigrations(factory, { schemaPath = "prisma/schema.prisma", migDir = "prisma/migrations" } = {}) {
  const g = await loadWasm();
  const sp = path.resolve(schemaPath);
  const t = tracked(factory);
  const engine = await g.SchemaEngine.new({ datamodels: [[sp, fs.readFileSync(sp, "utf8")]] }, () => {}, bindMigrationAwareSqlAdapterFactory(t.factory));
  try {
    const r = await engine.applyMigrations({ migrationsList: migrationsList(path.resolve(migDir)), filters: { externalTables: [], externalEnums: [] } });
    return r.appliedMigrationNames;
  } finally { engine.free?.(); await t.close(); }
}

// Diff between two Prisma schema files (fromPath null = empty database); the DB's own schema is not read.
// The engine talks to the adapter even for a pure schema-to-schema diff, so pass a real (connectable) factory.
export async function diffSchemas(factory, fromPath, toPath) {
  const g = await loadWasm();
  const file = (p) => ({ path: path.resolve(p), content: fs.readFileSync(p, "utf8") });
  const t = tracked(factory);
  const engine = await g.SchemaEngine.new({ datamodels: [[path.resolve(toPath), fs.readFileSync(toPath, "utf8")]] }, () => {}, bindMigrationAwareSqlAdapterFactory(t.factory));
  try {
    const r = await engine.diff({ from: fromPath ? { tag: "schemaDatamodel", files: [file(fromPath)] } : { tag: "empty" }, to: { tag: "schemaDatamodel", files: [file(toPath)] }, script: true, exitCode: null, filters: { externalTables: [], externalEnums: [] } });
    return r.stdout ?? "";
  } finally { engine.free?.(); await t.close(); }
}
