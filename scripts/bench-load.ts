// Load benchmark of the built app (npm run bench:load), issue 9 item 9:
//   npm run bench:load [-- --duration 60] [--warmup 5] [--connections 20] [--routes board,search,offers,recommendations,profileSave]
//                      [--build | --no-build] [--port 3163]
//   (the package script runs it under scripts/with-db.mjs --db bench_load: embedded PostgreSQL unless DATABASE_URL)
//
// 1. Data: 100,000 scale candidates and 20,000 scale vacancies (prisma/seed.ts --candidates/--vacancies); reused
//    when the database already has them, seeded otherwise (the time it took is printed).
// 2. App: `next build` into NEXT_DIST_DIR (default .next-bench) when no build is there (or --build), then
//    `next start` in production mode on its own port, against that database; waits for /api/health.
// 3. Sign-in over HTTP like a browser (next-auth credentials: csrf, callback; employers then the second factor by
//    its server action with a TOTP code of the demo secret). Each connection has its own account and its own
//    client address (X-Forwarded-For, the server trusting one proxy hop), as 20 people at 20 desks would: the
//    recruiting limits (searches per organisation and per address per hour) then apply as in production.
// 4. autocannon, `connections` connections for `duration` seconds per route:
//      board            GET /emplois?region=&cnp=&q=&page=              anonymous, varied filters
//      search           GET /employeur/recherche?cnp=&region=&francais=&competences=...   verified employers
//      offers           GET /candidat/offres                             candidates' recommended vacancies
//      recommendations  GET /employeur/postes/<id>/recommandations       employers' ranked candidates for a vacancy
//      profileSave      POST /candidat/profil (server action saveIdentityAction), each connection its own
//                       candidate and section version (optimistic concurrency): every answer must be ok:true
//    Each page route is first sent the same mix for `warmup` seconds (default 5) whose latencies are not kept, as a
//    server that has been up for a while has compiled its code paths; its wrong answers and errors still count. The
//    save has none: its chain of versions runs from the first request.
//    Errors: socket errors, time-outs, non-2xx answers, and 2xx answers whose body is wrong (the 429 page, a
//    sign-in page, an action answering ok:false). After profileSave, the rows are checked: each account's identity
//    version moved by its number of saves, and its phone is the last one sent.
// 5. Prints a table, then as its LAST line one JSON object:
//      {"routes":{"board":{"p50Ms":..,"p95Ms":..,"p99Ms":..,"requestsPerSecond":..,"errors":..},...}}
//    Exit status 1 when a route has errors or p95 > 300 ms (which, printed); the server is stopped in every case.

import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import crypto from "node:crypto";
import fs from "node:fs";
import { createRequire } from "node:module";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { DEMO_TOTP_SECRET } from "../prisma/seed/demo-mfa";
import { DEMO_PASSWORD } from "../prisma/seed/generate";
import { scaleEmail, scaleEmployerEmail } from "../prisma/seed/scale";
import { totp } from "../lib/security/totp";
import recruitingFr from "../lib/i18n/messages/fr/recruiting.json";

const TARGET_P95_MS = 300;
const TOO_MANY = 'data-testid="too-many-requests"';
const CANDIDATES = 100_000;
const VACANCIES = 20_000;
const ROUTES = ["board", "search", "offers", "recommendations", "profileSave"] as const;
type RouteName = (typeof ROUTES)[number];

// ---------- options ----------
type Args = { duration: number; warmup: number; connections: number; port: number; routes: RouteName[]; build: "auto" | "always" | "never" };
function parseArgs(argv: readonly string[]): Args {
  const args: Args = { duration: 60, warmup: 5, connections: 20, port: 3163, routes: [...ROUTES], build: "auto" };
  const fail = (msg: string): never => {
    process.stderr.write(`bench-load: ${msg}\nusage: bench-load [--duration S] [--warmup S] [--connections N] [--port P] [--routes ${ROUTES.join(",")}] [--build | --no-build]\n`);
    process.exit(2);
  };
  for (let i = 0; i < argv.length; i++) {
    const [flag, inline] = argv[i]!.includes("=") ? argv[i]!.split("=", 2) : [argv[i]!, undefined];
    const value = () => inline ?? argv[++i] ?? fail(`${flag} needs a value`);
    if (flag === "--build") args.build = "always";
    else if (flag === "--no-build") args.build = "never";
    else if (flag === "--routes") {
      const names = value().split(",").filter(Boolean);
      const bad = names.filter((n) => !(ROUTES as readonly string[]).includes(n));
      if (bad.length || !names.length) fail(`unknown route(s) ${bad.join(", ")}`);
      args.routes = names as RouteName[];
    } else if (flag === "--warmup") {
      const n = Number(value());
      if (!Number.isInteger(n) || n < 0) fail(`${flag} needs a whole number of seconds (0: none)`);
      args.warmup = n;
    } else if (flag === "--duration" || flag === "--connections" || flag === "--port") {
      const n = Number(value());
      if (!Number.isInteger(n) || n < 1) fail(`${flag} needs a positive whole number`);
      args[flag.slice(2) as "duration" | "connections" | "port"] = n;
    } else fail(`unknown option ${flag}`);
  }
  return args;
}

// ---------- autocannon (CommonJS, no bundled types: the little this script uses) ----------
type AcRequest = { method?: string; path?: string; headers?: Record<string, string>; body?: string };
type AcContext = Record<string, unknown>;
type AcOptions = {
  url: string;
  connections: number;
  duration: number;
  timeout?: number;
  requests: (AcRequest & { setupRequest?: (req: AcRequest, context: AcContext) => AcRequest; onResponse?: (status: number, body: string, context: AcContext) => void })[];
};
type AcResult = { errors: number; timeouts: number; non2xx: number; "2xx": number; duration: number };
type AcInstance = { on(event: "response", fn: (client: unknown, status: number, bytes: number, ms: number) => void): void; stop(): void };
const autocannon = createRequire(import.meta.url)("autocannon") as (opts: AcOptions, cb: (err: Error | null, result: AcResult) => void) => AcInstance;

function runAutocannon(opts: AcOptions, onLatency: (ms: number) => void): Promise<AcResult> {
  return new Promise((resolve, reject) => {
    const instance = autocannon(opts, (err, result) => (err ? reject(err) : resolve(result)));
    instance.on("response", (_c, _s, _b, ms) => onLatency(ms));
    running.add(instance);
  });
}
const running = new Set<AcInstance>();

// ---------- small helpers ----------
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const round1 = (x: number) => Math.round(x * 10) / 10;
function quantile(sorted: readonly number[], q: number): number {
  if (!sorted.length) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))]!; // nearest rank
}
/** A small deterministic generator (mulberry32): the same run sends the same mix of requests. */
function prng(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const pick = <T>(rnd: () => number, xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)]!;
const log = (msg: string) => process.stderr.write(`[bench-load] ${msg}\n`);

// ---------- cookies and sign-in over HTTP ----------
class CookieJar {
  private readonly cookies = new Map<string, string>();
  take(res: Response) {
    for (const line of res.headers.getSetCookie()) {
      const [pair] = line.split(";");
      const eq = pair!.indexOf("=");
      const name = pair!.slice(0, eq).trim();
      const value = pair!.slice(eq + 1).trim();
      if (/max-age=0|expires=thu, 01 jan 1970/i.test(line) || value === "") this.cookies.delete(name);
      else this.cookies.set(name, value);
    }
  }
  header() {
    return [...this.cookies].map(([k, v]) => `${k}=${v}`).join("; ");
  }
  has(prefix: RegExp) {
    return [...this.cookies.keys()].some((k) => prefix.test(k));
  }
}

/** The JSON result of a server action from Next's flight answer ("0:{...}\n1:{"ok":true,...}"). */
export function actionResult(body: string): { ok: boolean; data?: Record<string, unknown>; error?: { code: string; message: string } } | null {
  for (const line of body.split("\n")) {
    const m = /^[0-9a-f]+:(\{.*\})$/.exec(line.trim());
    if (!m) continue;
    try {
      const v = JSON.parse(m[1]!) as Record<string, unknown>;
      if (typeof v.ok === "boolean") return v as ReturnType<typeof actionResult>;
    } catch {
      // another chunk
    }
  }
  return null;
}

type Session = { email: string; cookie: string; ip: string };

class App {
  constructor(readonly base: string, readonly actions: ReadonlyMap<string, string>) {}

  actionId(file: string, name: string): string {
    // Paths are relative to the build's root (the project, or a parent when turbopack.root says so).
    const key = `${file}#${name}`;
    const id = this.actions.get(key) ?? [...this.actions].find(([k]) => k.endsWith(`/${key}`))?.[1];
    if (!id) throw new Error(`server action ${file}#${name} not found in the build's server-reference-manifest.json`);
    return id;
  }

  async callAction(jar: CookieJar, ip: string, pagePath: string, actionId: string, input: unknown) {
    const res = await fetch(this.base + pagePath, {
      method: "POST",
      headers: { "next-action": actionId, "content-type": "text/plain;charset=UTF-8", accept: "text/x-component", origin: this.base, cookie: jar.header(), "x-forwarded-for": ip },
      body: JSON.stringify([input]),
      redirect: "manual",
    });
    jar.take(res);
    const text = await res.text();
    return { status: res.status, result: actionResult(text), text };
  }

  /** Signs in like the browser's form does; employers then pass the second factor. */
  async signIn(email: string, ip: string, secondFactor: boolean): Promise<Session> {
    const jar = new CookieJar();
    const csrfRes = await fetch(`${this.base}/api/auth/csrf`, { headers: { "x-forwarded-for": ip } });
    jar.take(csrfRes);
    const { csrfToken } = (await csrfRes.json()) as { csrfToken: string };
    const res = await fetch(`${this.base}/api/auth/callback/credentials`, {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded", cookie: jar.header(), "x-forwarded-for": ip, origin: this.base },
      body: new URLSearchParams({ csrfToken, email, password: DEMO_PASSWORD, json: "true", callbackUrl: `${this.base}/apres-connexion` }),
      redirect: "manual",
    });
    jar.take(res);
    await res.text();
    if (!jar.has(/session-token/)) throw new Error(`sign-in of ${email} failed (HTTP ${res.status}, no session cookie)`);
    if (secondFactor) {
      const id = this.actionId("lib/server/actions/mfa.ts", "verifySecondFactorAction");
      const r = await this.callAction(jar, ip, "/deux-facteurs", id, { code: totp(DEMO_TOTP_SECRET) });
      if (!r.result?.ok) throw new Error(`second factor of ${email} refused: HTTP ${r.status} ${JSON.stringify(r.result ?? r.text.slice(0, 200))}`);
    }
    return { email, cookie: jar.header(), ip };
  }
}

/** Server action ids by "file#export", from the build's manifest (ids change with every build). */
function readActionIds(distDir: string): Map<string, string> {
  const file = path.join(distDir, "server", "server-reference-manifest.json");
  const manifest = JSON.parse(fs.readFileSync(file, "utf8")) as { node?: Record<string, { filename?: string; exportedName?: string }> };
  const out = new Map<string, string>();
  for (const [id, info] of Object.entries(manifest.node ?? {})) {
    if (info.filename && info.exportedName) out.set(`${info.filename}#${info.exportedName}`, id);
  }
  return out;
}

// ---------- the server ----------
let server: ChildProcess | undefined;
async function stopServer() {
  const s = server;
  server = undefined;
  if (!s || s.exitCode !== null || s.pid === undefined) return;
  const exited = new Promise((r) => s.once("exit", r));
  try {
    process.kill(-s.pid, "SIGTERM"); // its own process group: next start and its workers
  } catch {
    s.kill("SIGTERM");
  }
  await Promise.race([exited, sleep(10_000)]);
  if (s.exitCode === null && s.signalCode === null) {
    try {
      process.kill(-s.pid, "SIGKILL");
    } catch {
      // already gone
    }
  }
}

async function waitForHealth(base: string, timeoutMs: number) {
  const until = Date.now() + timeoutMs;
  for (;;) {
    if (server && server.exitCode !== null) throw new Error(`next start exited with status ${server.exitCode}`);
    const ok = await fetch(`${base}/api/health`).then((r) => r.ok, () => false);
    if (ok) return;
    if (Date.now() > until) throw new Error(`${base}/api/health did not answer 200 within ${timeoutMs / 1000} s`);
    await sleep(500);
  }
}

// ---------- the run ----------
type Figures = { requests: number; p50Ms: number; p95Ms: number; p99Ms: number; requestsPerSecond: number; errors: number; detail: string };

async function main() {
  const args = parseArgs(process.argv.slice(2));
  const databaseUrl = process.env.DATABASE_URL;
  if (!databaseUrl) throw new Error("DATABASE_URL is not set: run through npm run bench:load (scripts/with-db.mjs)");
  const distDir = process.env.NEXT_DIST_DIR || ".next-bench";
  const base = `http://127.0.0.1:${args.port}`;
  // The server secret that seals the demo second factor must be the one the server opens it with (as npm start).
  let secret = process.env.NEXTAUTH_SECRET;
  if (!secret) {
    const file = path.resolve(".data/nextauth-secret");
    fs.mkdirSync(path.dirname(file), { recursive: true });
    if (!fs.existsSync(file)) fs.writeFileSync(file, crypto.randomBytes(32).toString("base64url"), { mode: 0o600 });
    secret = fs.readFileSync(file, "utf8").trim();
  }
  const childEnv = { ...process.env, NEXTAUTH_SECRET: secret, NEXT_DIST_DIR: distDir };

  // 1. data
  const pool = new pg.Pool({ connectionString: databaseUrl, max: 2 });
  try {
    const counts = async () => {
      const [r] = (await pool.query<{ c: number; v: number }>(
        `SELECT (SELECT count(*)::int FROM "User" WHERE email LIKE 'cand-%@scale.demo') AS c, (SELECT count(*)::int FROM "JobPosting" WHERE "externalRef" LIKE 'SCL-%') AS v`,
      )).rows;
      return r!;
    };
    const before = await counts();
    const t0 = performance.now();
    const seedArgs = before.c >= CANDIDATES && before.v >= VACANCIES ? ["--if-empty"] : ["--if-empty", "--candidates", String(CANDIDATES), "--vacancies", String(VACANCIES)];
    log(before.c >= CANDIDATES && before.v >= VACANCIES ? `database has ${before.c} scale candidates and ${before.v} scale vacancies: reused` : `seeding (${before.c} scale candidates and ${before.v} scale vacancies present)…`);
    const seed = spawnSync("npx", ["tsx", "prisma/seed.ts", ...seedArgs], { stdio: ["ignore", "inherit", "inherit"], env: childEnv });
    if (seed.status !== 0) throw new Error(`seed failed (status ${seed.status})`);
    const after = await counts();
    const seedSeconds = (performance.now() - t0) / 1000;
    log(`data ready in ${seedSeconds.toFixed(1)} s: ${after.c} scale candidates, ${after.v} scale vacancies`);
    const totals = (await pool.query<{ p: number; j: number }>(`SELECT (SELECT count(*)::int FROM "CandidateProfile") AS p, (SELECT count(*)::int FROM "JobPosting") AS j`)).rows[0]!;

    // 2. build and start
    const hasBuild = fs.existsSync(path.join(distDir, "BUILD_ID"));
    if (args.build === "always" || (args.build === "auto" && !hasBuild)) {
      log(`building into ${distDir} (next build)…`);
      const b = spawnSync("npx", ["next", "build"], { stdio: ["ignore", "inherit", "inherit"], env: { ...childEnv, NODE_ENV: "production" } });
      if (b.status !== 0) throw new Error(`next build failed (status ${b.status})`);
    } else if (!hasBuild) throw new Error(`no build in ${distDir} and --no-build given`);
    const actions = readActionIds(distDir);
    const webConcurrency = process.env.WEB_CONCURRENCY ?? "auto";
    log(`starting next start on :${args.port} (${distDir}, WEB_CONCURRENCY=${webConcurrency})…`);
    // As production serves it (scripts/serve.mjs): one worker per core unless WEB_CONCURRENCY says otherwise.
    server = spawn("node", ["scripts/serve.mjs", "-p", String(args.port)], {
      env: { ...childEnv, WEB_CONCURRENCY: webConcurrency, NODE_ENV: "production", PORT: String(args.port), NEXTAUTH_URL: `http://localhost:${args.port}`, SECURE_COOKIES: "false", TRUST_PROXY: "true", TRUST_PROXY_HOPS: "1", LOG_LEVEL: "warn" },
      stdio: ["ignore", "ignore", "inherit"],
      detached: true, // its own process group, stopped as a whole
    });
    await waitForHealth(base, 120_000);
    const app = new App(base, actions);
    const ipOf = (k: number) => `10.77.${Math.floor(k / 250)}.${(k % 250) + 1}`;

    // 3. accounts
    const n = args.connections;
    const needEmployers = args.routes.some((r) => r === "search" || r === "recommendations");
    const needCandidates = args.routes.includes("offers");
    const needSavers = args.routes.includes("profileSave");
    const t1 = performance.now();
    const employers = needEmployers ? await Promise.all(Array.from({ length: n }, (_, k) => app.signIn(scaleEmployerEmail(k + 1), ipOf(k), true))) : [];
    const candidates = needCandidates ? await Promise.all(Array.from({ length: n }, (_, k) => app.signIn(scaleEmail(k + 1), ipOf(100 + k), false))) : [];
    const savers = needSavers ? await Promise.all(Array.from({ length: n }, (_, k) => app.signIn(scaleEmail(1001 + k), ipOf(200 + k), false))) : [];
    log(`${employers.length + candidates.length + savers.length} accounts signed in over HTTP in ${Math.round(performance.now() - t1)} ms`);

    // Reference values for the request mixes: the demo's regions, occupations, skills; each employer's vacancies.
    const regions = (await pool.query<{ code: string }>(`SELECT DISTINCT "regionCode" AS code FROM "JobPosting" WHERE status = 'PUBLISHED' ORDER BY 1`)).rows.map((r) => r.code);
    const nocs = (await pool.query<{ code: string }>(`SELECT "nocCode" AS code FROM "JobPosting" WHERE status = 'PUBLISHED' GROUP BY 1 ORDER BY count(*) DESC LIMIT 25`)).rows.map((r) => r.code);
    const skills = (await pool.query<{ label: string }>(`SELECT label FROM "SkillTerm" ORDER BY "usageCount" DESC LIMIT 40`)).rows.map((r) => r.label);
    const vacanciesOf = new Map<string, string[]>();
    if (needEmployers) {
      const rows = (await pool.query<{ email: string; id: string }>(
        `SELECT u.email, j.id FROM "JobPosting" j JOIN "EmployerMember" m ON m."employerId" = j."employerId" JOIN "User" u ON u.id = m."userId"
          WHERE u.email = ANY($1::text[]) AND j.status = 'PUBLISHED' ORDER BY j.id`,
        [employers.map((e) => e.email)],
      )).rows;
      for (const r of rows) vacanciesOf.set(r.email, [...(vacanciesOf.get(r.email) ?? []), r.id]);
    }
    const keywords = ["soudeur", "préposé", "camion", "cuisinier", "infirmière", "mécanicien", "bois", "aide", "usine", "électricien", "journalier", "boucher"];

    // 4. routes
    const figures = new Map<RouteName, Figures>();
    for (const route of args.routes) {
      // Each run starts with fresh counters of the recruiting limits (this benchmark's own database).
      await pool.query(`DELETE FROM "RateLimit" WHERE key LIKE 'rc:%'`);
      const latencies: number[] = [];
      const wrong: string[] = [];
      let wrongCount = 0;
      const bad = (why: string) => {
        wrongCount++;
        if (wrong.length < 5) wrong.push(why);
      };
      // One autocannon instance per connection, each with its own account and state: autocannon resets a
      // connection's context every time it loops over its requests, so the context cannot hold them.
      let requestFor: (k: number) => AcOptions["requests"][number];
      const perConnection = new Map<number, { version?: number; phone?: string }>();
      const stateOf = (k: number) => perConnection.get(k) ?? perConnection.set(k, {}).get(k)!;
      const savesBefore = new Map<string, { version: number }>();
      const saves = new Map<string, { count: number; lastPhone: string }>();
      const rnd = prng(0x5eed + ROUTES.indexOf(route));

      if (route === "board") {
        requestFor = (k) => ({
          method: "GET",
          setupRequest: (req) => {
            const p = new URLSearchParams();
            const r = rnd();
            if (r < 0.5) p.set("region", pick(rnd, regions));
            if (rnd() < 0.4) p.set("cnp", pick(rnd, nocs));
            if (rnd() < 0.35) p.set("q", pick(rnd, keywords));
            if (rnd() < 0.3) p.set("page", String(1 + Math.floor(rnd() * 5)));
            return { ...req, path: `/emplois${p.size ? `?${p}` : ""}`, headers: { ...req.headers, "x-forwarded-for": ipOf(300 + k) } };
          },
          onResponse: (status, body) => {
            if (status === 200 && !body.includes('id="results"')) bad("board page without its results section");
          },
        });
      } else if (route === "search") {
        requestFor = (k) => ({
          method: "GET",
          setupRequest: (req) => {
            const s = employers[k]!;
            const p = new URLSearchParams();
            if (rnd() < 0.7) p.set("cnp", pick(rnd, nocs));
            if (rnd() < 0.5) p.set("region", pick(rnd, [...regions, "hors-cmm"]));
            if (rnd() < 0.4) p.set("francais", String(4 + Math.floor(rnd() * 6)));
            if (rnd() < 0.3) p.set("competences", pick(rnd, skills));
            if (rnd() < 0.2) p.set("experience", String(1 + Math.floor(rnd() * 5)));
            if (rnd() < 0.2) p.set("page", String(2 + Math.floor(rnd() * 3)));
            return { ...req, path: `/employeur/recherche${p.size ? `?${p}` : ""}`, headers: { ...req.headers, cookie: s.cookie, "x-forwarded-for": s.ip } };
          },
          onResponse: (status, body) => {
            if (status !== 200) return;
            if (body.includes(TOO_MANY)) bad("search answered the rate-limit page");
            else if (body.includes(recruitingFr.search.notVerifiedTitle)) bad("search answered: organisation not verified");
            else if (!body.includes(recruitingFr.search.title)) bad("search page without its title");
          },
        });
      } else if (route === "offers") {
        requestFor = (k) => ({
          method: "GET",
          setupRequest: (req) => {
            const s = candidates[k]!;
            return { ...req, path: "/candidat/offres", headers: { ...req.headers, cookie: s.cookie, "x-forwarded-for": s.ip } };
          },
          onResponse: (status, body) => {
            if (status === 200 && !body.includes("<main")) bad("offers page without its content");
          },
        });
      } else if (route === "recommendations") {
        requestFor = (k) => ({
          method: "GET",
          setupRequest: (req) => {
            const s = employers[k]!;
            const ids = vacanciesOf.get(s.email) ?? [];
            if (!ids.length) throw new Error(`${s.email} has no published vacancy`);
            return { ...req, path: `/employeur/postes/${pick(rnd, ids)}/recommandations`, headers: { ...req.headers, cookie: s.cookie, "x-forwarded-for": s.ip } };
          },
          onResponse: (status, body) => {
            if (status === 200 && (body.includes(TOO_MANY) || !body.includes("<main"))) bad("recommendations page without its content");
          },
        });
      } else {
        const actionId = app.actionId("lib/server/actions/candidate-profile.ts", "saveIdentityAction");
        const rows = (await pool.query<{ email: string; version: number; firstName: string; lastName: string; citizenship: string | null }>(
          `SELECT u.email, coalesce((p."sectionVersions"->>'identity')::int, 0) AS version, p."firstName", p."lastName", p.citizenship
             FROM "User" u JOIN "CandidateProfile" p ON p."userId" = u.id WHERE u.email = ANY($1::text[])`,
          [savers.map((s) => s.email)],
        )).rows;
        const profileOf = new Map(rows.map((r) => [r.email, r]));
        for (const r of rows) savesBefore.set(r.email, { version: r.version });
        requestFor = (k) => ({
          method: "POST",
          path: "/candidat/profil",
          setupRequest: (req) => {
            const s = savers[k]!;
            const p = profileOf.get(s.email)!;
            // Each connection saves one after the other, and every save moves the section's version by one: the
            // next version is known when sending (autocannon may prepare a connection's next request before it
            // hands over the previous answer). A refused save breaks the chain, and every later one is an error.
            const st = stateOf(k);
            const version = st.version ?? p.version;
            st.version = version + 1;
            const phone = `+1 819 555-${String(Math.floor(rnd() * 10_000)).padStart(4, "0")}`;
            st.phone = phone;
            return {
              ...req,
              headers: { ...req.headers, cookie: s.cookie, "x-forwarded-for": s.ip, "next-action": actionId, "content-type": "text/plain;charset=UTF-8", accept: "text/x-component", origin: base },
              body: JSON.stringify([{ version, firstName: p.firstName, lastName: p.lastName, phone, citizenship: p.citizenship ?? "" }]),
            };
          },
          onResponse: (status, body) => {
            if (status !== 200) return;
            const r = actionResult(body);
            const s = savers[k]!;
            if (!r?.ok) return bad(`profile save answered ${JSON.stringify(r?.error ?? body.slice(0, 120))}`);
            const entry = saves.get(s.email) ?? { count: 0, lastPhone: "" };
            entry.count++;
            entry.lastPhone = stateOf(k).phone!;
            saves.set(s.email, entry);
          },
        });
      }

      const run = async (duration: number, keep: (ms: number) => void) => {
        const parts = await Promise.all(Array.from({ length: n }, (_, k) => runAutocannon({ url: base, connections: 1, duration, timeout: 30, requests: [requestFor(k)] }, keep)));
        running.clear();
        return parts;
      };
      let warm: AcResult[] = [];
      if (route !== "profileSave" && args.warmup > 0) {
        log(`${route}: warm-up, ${args.warmup} s…`);
        warm = await run(args.warmup, () => {});
      }
      log(`${route}: ${n} connections for ${args.duration} s…`);
      const parts = await run(args.duration, (ms) => latencies.push(ms));
      const warmErrors = warm.reduce((a, r) => a + r.errors + r.timeouts + r.non2xx, 0);
      const result = parts.reduce((a, r) => ({ errors: a.errors + r.errors, timeouts: a.timeouts + r.timeouts, non2xx: a.non2xx + r.non2xx, "2xx": a["2xx"] + r["2xx"], duration: Math.max(a.duration, r.duration) }));
      let detail = wrong.join("; ");
      if (route === "profileSave") {
        // The rows must show every save: version moved by the number of ok answers, last phone written.
        const after = (await pool.query<{ email: string; version: number; phone: string | null }>(
          `SELECT u.email, coalesce((p."sectionVersions"->>'identity')::int, 0) AS version, p.phone FROM "User" u JOIN "CandidateProfile" p ON p."userId" = u.id WHERE u.email = ANY($1::text[])`,
          [savers.map((s) => s.email)],
        )).rows;
        // A save still in flight when the run stopped may have been committed without its answer being read: then
        // the row holds one more version, and the last phone sent.
        for (const [k, s] of savers.entries()) {
          const r = after.find((x) => x.email === s.email)!;
          const done = saves.get(r.email) ?? { count: 0, lastPhone: "" };
          const expected = savesBefore.get(r.email)!.version + done.count;
          const answered = r.version === expected && (done.count === 0 || r.phone === done.lastPhone);
          const inFlight = r.version === expected + 1 && r.phone === stateOf(k).phone;
          if (!answered && !inFlight) {
            bad(`${r.email}: identity version ${r.version}, expected ${expected}; phone ${r.phone}, expected ${done.lastPhone}`);
            detail = wrong.join("; ");
          }
        }
      }
      const sorted = latencies.sort((a, b) => a - b);
      const requests = result["2xx"] + result.non2xx;
      figures.set(route, {
        requests,
        p50Ms: round1(quantile(sorted, 0.5)),
        p95Ms: round1(quantile(sorted, 0.95)),
        p99Ms: round1(quantile(sorted, 0.99)),
        requestsPerSecond: round1(requests / (result.duration || args.duration)),
        errors: result.errors + result.timeouts + result.non2xx + wrongCount + warmErrors,
        detail: [warmErrors ? `${warmErrors} errors during the warm-up` : "", result.non2xx ? `${result.non2xx} non-2xx` : "", result.errors ? `${result.errors} socket errors` : "", result.timeouts ? `${result.timeouts} time-outs` : "", detail].filter(Boolean).join("; "),
      });
    }

    // 5. report
    const load = os.loadavg().map((x) => x.toFixed(2)).join(" ");
    process.stdout.write(
      `\nLoad benchmark (Node ${process.version}, ${os.cpus().length} CPU, ${webConcurrency === "auto" ? os.availableParallelism() : webConcurrency} web worker(s), load ${load}; ${totals.p} candidate profiles, ${totals.j} vacancies; ` +
        `${n} connections, ${args.duration} s per route; data ${seedSecondsLabel(seedSeconds, before, after)})\n`,
    );
    const header = ["route", "requests", "req/s", "p50 ms", "p95 ms", "p99 ms", "errors"];
    const widths = [16, 9, 8, 8, 8, 8, 7];
    const line = (cells: (string | number)[]) => cells.map((c, i) => (i === 0 ? String(c).padEnd(widths[i]!) : String(c).padStart(widths[i]!))).join(" ");
    process.stdout.write(`${line(header)}\n`);
    for (const [route, f] of figures) process.stdout.write(`${line([route, f.requests, f.requestsPerSecond, f.p50Ms, f.p95Ms, f.p99Ms, f.errors])}\n`);
    const failures: string[] = [];
    for (const [route, f] of figures) {
      if (f.errors > 0) failures.push(`${route}: ${f.errors} errors (${f.detail})`);
      if (!(f.p95Ms <= TARGET_P95_MS)) failures.push(`${route}: p95 ${f.p95Ms} ms > ${TARGET_P95_MS} ms`);
    }
    for (const f of failures) process.stdout.write(`FAIL ${f}\n`);
    if (!failures.length) process.stdout.write(`All routes: p95 <= ${TARGET_P95_MS} ms, no error.\n`);
    const json = Object.fromEntries([...figures].map(([route, f]) => [route, { p50Ms: f.p50Ms, p95Ms: f.p95Ms, p99Ms: f.p99Ms, requestsPerSecond: f.requestsPerSecond, errors: f.errors }]));
    process.stdout.write(`${JSON.stringify({ routes: json })}\n`);
    process.exitCode = failures.length ? 1 : 0;
  } finally {
    await pool.end().catch(() => {});
    await stopServer();
  }
}

function seedSecondsLabel(s: number, before: { c: number; v: number }, after: { c: number; v: number }) {
  return before.c === after.c && before.v === after.v ? `reused, checked in ${s.toFixed(1)} s` : `seeded in ${s.toFixed(1)} s`;
}

for (const sig of ["SIGINT", "SIGTERM"] as const) {
  process.on(sig, () => {
    for (const r of running) r.stop();
    void stopServer().finally(() => process.exit(130));
  });
}

main().catch(async (e: unknown) => {
  process.stderr.write(`bench-load: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
  await stopServer();
  process.exit(1);
});
