// Issue 9 §1: the access-control matrix. Every server action and route handler, enumerated from the code, is called
// signed out, with each role that may not call it, and as someone of the right role who does not own the data
// (another organisation, another candidate, an advisor of another region, a recruiter where owners only may act):
// refused every time (UNAUTHENTICATED / FORBIDDEN / NOT_FOUND, never INVALID: the sample passes the schema), NO ROW
// WRITTEN (checksum of every table before and after), and the refusal audited with the action's name. Then the
// allowed actor calls it once with the same sample: ok, which proves the sample is real (a sample that rots fails).
import { setAction, setActor, setLocale } from "./action-context";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { NextRequest } from "next/server";
import { db } from "./db";
import { changedTables, freshWorld, restoreWorld, tableChecksums, type World } from "./action-world";
import { ACTIONS, ROLES, ROUTES, ORIGIN_URL, type ActionEntry, type RouteEntry } from "./action-registry";
import { actionFiles, enumerateActions, enumerateRoutes, filesWithUseServer } from "./action-enumeration";
import type { ActionResult } from "@/lib/server/actions/safe-action";
import type { SessionUser } from "@/lib/server/auth";
import type { Role } from "@/lib/generated/prisma/enums";

const actions = await enumerateActions();
const routes = await enumerateRoutes();
const REFUSALS = ["UNAUTHENTICATED", "FORBIDDEN", "NOT_FOUND"];
/** Tables a refusal may legitimately touch: the audit log (access.refused, checked below) and rate-limit counters. */
const REFUSAL_TABLES = ["AuditLog", "RateLimit"];

let w: World;
let callCount = 0;
const started = Date.now();

beforeAll(async () => {
  w = await freshWorld();
}, 120_000);

afterAll(() => {
  console.log(`[access-matrix] ${actions.size} actions, ${routes.size} route handlers, ${callCount} calls in ${((Date.now() - started) / 1000).toFixed(1)} s`);
});

function roleActor(role: Role): SessionUser {
  return { CANDIDATE: w.c1.actor, EMPLOYER: w.orgA.actor, ADVISOR: w.advisor.actor, ADMIN: w.admin.actor }[role];
}

/** The refused callers of an entry: signed out, each role not allowed, the `others` of the entry. */
function refusedCallers(entry: Pick<ActionEntry, "access" | "others">): { label: string; actor: SessionUser | null; code?: string }[] {
  if (entry.access.kind === "public") return [];
  const out: { label: string; actor: SessionUser | null; code?: string }[] = [{ label: "signed out", actor: null }];
  if (entry.access.kind === "roles") {
    const allowed = entry.access.roles;
    for (const role of ROLES.filter((r) => !allowed.includes(r))) out.push({ label: `role ${role}`, actor: roleActor(role) });
  }
  for (const o of entry.others?.(w) ?? []) out.push(o);
  return out;
}

async function auditIds(): Promise<Set<string>> {
  return new Set((await db.auditLog.findMany({ select: { id: true } })).map((r) => String(r.id)));
}
async function newAuditRows(before: Set<string>) {
  return (await db.auditLog.findMany({ select: { id: true, action: true, subject: true, actorId: true } })).filter((r) => !before.has(String(r.id)));
}

describe("access-control matrix: enumeration", () => {
  it("every action and route handler found in the code has a registry entry, and every entry still exists", () => {
    expect([...actions.keys()].filter((k) => !(k in ACTIONS)), "actions without a registry entry").toEqual([]);
    expect(Object.keys(ACTIONS).filter((k) => !actions.has(k)), "registry entries naming no action").toEqual([]);
    expect([...routes.keys()].filter((k) => !(k in ROUTES)), "route handlers without a registry entry").toEqual([]);
    expect(Object.keys(ROUTES).filter((k) => !routes.has(k)), "registry entries naming no route handler").toEqual([]);
    for (const [key, a] of actions) expect(typeof a.fn, key).toBe("function");
    expect(actions.size).toBeGreaterThanOrEqual(80);
    expect(routes.size).toBeGreaterThanOrEqual(20);
  });

  it('no file of app/, components/ or lib/ but those of lib/server/actions holds a "use server" directive', () => {
    expect(filesWithUseServer()).toEqual(actionFiles().filter((f) => !f.endsWith("safe-action.ts")));
  });
});

describe("access-control matrix: server actions", () => {
  for (const [key, { file, name, fn }] of actions) {
    const entry = ACTIONS[key];
    if (!entry) continue;
    it(`${key} (${entry.access.kind === "roles" ? entry.access.roles.join("/") : entry.access.kind})`, async () => {
      await restoreWorld();
      setLocale("fr");
      setAction(file, name);
      for (const caller of refusedCallers(entry)) {
        const input = await entry.sample(w);
        setActor(caller.actor);
        const [before, audits] = await Promise.all([tableChecksums(), auditIds()]);
        const r = (await fn(input)) as ActionResult<unknown>;
        callCount++;
        const after = await tableChecksums();
        const why = `${key} as ${caller.label}: ${JSON.stringify(r)}`;
        expect(r.ok, why).toBe(false);
        if (r.ok) continue;
        // An "other" may be refused by a business rule with its own code (e.g. CONFLICT: organisation not verified).
        if (caller.code) expect(r.error.code, why).toBe(caller.code);
        else expect(REFUSALS, why).toContain(r.error.code);
        expect(r.error.message, why).toMatch(/\s/); // a translated sentence, not an i18n key
        expect(changedTables(before, after, REFUSAL_TABLES), `${why}: tables written`).toEqual([]);
        const added = await newAuditRows(audits);
        expect(added.filter((a) => a.action !== "access.refused"), `${why}: audit entries other than the refusal`).toEqual([]);
        if (r.error.code === "UNAUTHENTICATED" || r.error.code === "FORBIDDEN") {
          expect(added, `${why}: the refusal is audited with the action's name`).toEqual([expect.objectContaining({ action: "access.refused", subject: `${file}#${name}`, actorId: caller.actor?.id ?? null })]);
        }
      }
      // The allowed actor, same kind of sample: proves the sample passes the schema and the checks.
      const actor = entry.as(w);
      const s = entry.session?.(w);
      setActor(actor, s);
      const r = (await fn(await entry.sample(w))) as ActionResult<unknown> | undefined;
      callCount++;
      if (entry.returnsVoid) expect(r).toBeUndefined();
      else if (entry.allowedCode) expect(r, `${key} as the allowed actor`).toMatchObject({ ok: false, error: { code: entry.allowedCode } });
      else expect(r, `${key} as the allowed actor`).toMatchObject({ ok: true });
      setActor(null);
    });
  }
});

async function callRoute(handlerKey: string, entry: RouteEntry, actor: SessionUser | null, headers: Record<string, string> = {}) {
  const call = entry.request(w);
  setActor(actor);
  // A signed-in browser sends its session cookie (the matching API looks for it before asking for the session).
  const cookie = actor ? { cookie: "next-auth.session-token=test" } : {};
  const init = { ...call.init, headers: { ...(call.init?.headers as Record<string, string> | undefined), ...cookie, ...headers } };
  const req = new NextRequest(new URL(call.url, ORIGIN_URL), init as ConstructorParameters<typeof NextRequest>[1]);
  const res = await routes.get(handlerKey)!(req, { params: Promise.resolve(call.params ?? {}) });
  callCount++;
  return res;
}

describe("access-control matrix: route handlers", () => {
  for (const key of routes.keys()) {
    const entry = ROUTES[key];
    if (!entry) continue;
    const title = `${key} (${entry.access.kind === "roles" ? entry.access.roles.join("/") : entry.access.kind})`;
    if (entry.notCalled) {
      it.skip(`${title}: ${entry.notCalled}`, () => {});
      continue;
    }
    it(title, async () => {
      await restoreWorld();
      setLocale("fr");
      setAction(null);
      for (const caller of refusedCallers(entry)) {
        const [before, audits] = await Promise.all([tableChecksums(), auditIds()]);
        const res = await callRoute(key, entry, caller.actor);
        const after = await tableChecksums();
        const why = `${key} as ${caller.label}: ${res.status}`;
        if (caller.actor === null) expect(res.status, why).toBe(entry.signedOutStatus ?? 401);
        else expect([403, 404], why).toContain(res.status);
        if (res.status === 303) expect(res.headers.get("location"), why).toBe("/connexion");
        expect(changedTables(before, after, REFUSAL_TABLES), `${why}: tables written`).toEqual([]);
        expect((await newAuditRows(audits)).filter((a) => a.action !== "access.refused"), `${why}: audit entries`).toEqual([]);
      }
      const actor = entry.as(w);
      if (entry.access.kind === "public") {
        // Public handlers: anyone gets an answer, and reading writes nothing.
        const before = await tableChecksums();
        const res = await callRoute(key, entry, null);
        expect(res.status, `${key} signed out`).toBeLessThan(400);
        expect(changedTables(before, await tableChecksums(), ["RateLimit"]), `${key}: tables written`).toEqual([]);
      } else {
        const res = await callRoute(key, entry, actor);
        expect(res.status, `${key} as the allowed actor: ${await res.clone().text().then((t) => t.slice(0, 300))}`).toBe(entry.okStatus ?? 200);
      }
      setActor(null);
    });
  }

  it("the matching API refuses keys that are unknown, revoked, or of an organisation no longer verified, and non-staff sessions", async () => {
    await restoreWorld();
    const key = "app/api/v1/match/route.ts#POST";
    const entry = ROUTES[key];
    const before = await tableChecksums();
    expect((await callRoute(key, entry, null, { authorization: "Bearer pr_abcdefgh_notarealkeynotarealkeynotarealkeynotareal" })).status).toBe(401);
    expect((await callRoute(key, entry, w.c1.actor)).status).toBe(403);
    expect((await callRoute(key, entry, w.orgA.actor)).status).toBe(403);
    expect(changedTables(before, await tableChecksums(), ["RateLimit"])).toEqual([]);
    // A's key works while A is verified...
    expect((await callRoute(key, entry, null, { authorization: `Bearer ${w.apiKey.key}` })).status).toBe(200);
    // ...and B's key stops when B's verification is withdrawn, or when the key is revoked.
    await db.employer.update({ where: { id: w.orgB.employerId }, data: { verificationStatus: "PENDING" } });
    const b = await tableChecksums();
    expect([401, 403]).toContain((await callRoute(key, entry, null, { authorization: `Bearer ${w.apiKeyB.key}` })).status);
    await db.apiKey.update({ where: { id: w.apiKey.id }, data: { revokedAt: new Date() } });
    const c = await tableChecksums();
    expect((await callRoute(key, entry, null, { authorization: `Bearer ${w.apiKey.key}` })).status).toBe(401);
    expect(changedTables(b, c, ["RateLimit"]).filter((t) => t !== "ApiKey")).toEqual([]);
  });
});
