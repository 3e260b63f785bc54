// The request context of a server action or route handler, for integration tests that call them directly (the
// access-control matrix and the fuzzing of every action). Only what Next provides per request is replaced:
// - next/headers: cookies() (the locale getT reads, a session cookie when someone is signed in) and headers()
//   (the Next-Action id, which safe-action.ts resolves to "<file>#<export>" for the audit log of a refusal);
// - next/cache: revalidatePath/revalidateTag do nothing;
// - lib/server/auth.ts: the session functions answer the actor chosen with setActor(). Everything else of that
//   module (assertRole, requireRole's check, resolveSession) is the real code.
// Import this file FIRST in a test file: the mocks are registered when it is evaluated, before the modules that
// use them are loaded (the actions and route handlers are imported dynamically afterwards).
import { vi } from "vitest";
import type { SessionUser, SessionWithId } from "@/lib/server/auth";
import type { Locale } from "@/lib/i18n/config";

type Ctx = { session: SessionWithId | null; locale: Locale; actionName: string | null; headers: Record<string, string> };
const ctx: Ctx = { session: null, locale: "fr", actionName: null, headers: {} };

/** Who calls next. `sid` names a real AuthSession row when the code needs one (second-factor actions). */
export function setActor(actor: SessionUser | null, opts: { sid?: string; status?: "active" | "needs-mfa" } = {}) {
  ctx.session = actor ? { user: actor, sid: opts.sid ?? "test-session", status: opts.status ?? "active" } : null;
}
export function setLocale(locale: Locale) {
  ctx.locale = locale;
}
/** Extra request headers (lower-case names) for the next calls. */
export function setRequestHeaders(h: Record<string, string>) {
  ctx.headers = h;
}

// Next maps the Next-Action header to the action's file and export through its server-actions manifest; the test
// plays Next's part with a manifest of its own, so the refusal's audit entry names the action as in production.
const MANIFESTS = Symbol.for("next.server.manifests");
type Manifest = { serverActionsManifest: { node: Record<string, { filename: string; exportedName: string }> } };
/** The action being called ("lib/server/actions/vacancy.ts", "createVacancyAction"), or null outside an action. */
export function setAction(file: string | null, exportedName?: string) {
  const g = globalThis as unknown as Record<symbol, Manifest | undefined>;
  if (!file || !exportedName) {
    ctx.actionName = null;
    return;
  }
  const id = `test:${file}#${exportedName}`;
  const m = (g[MANIFESTS] ??= { serverActionsManifest: { node: {} } });
  m.serverActionsManifest.node[id] = { filename: file, exportedName };
  ctx.actionName = id;
}

function cookieStore() {
  const jar = new Map<string, string>([["locale", ctx.locale]]);
  // getSessionWithId() looks for this cookie first; the mocked session functions below do not need it, but code
  // that reads cookies directly sees a signed-in browser when there is an actor.
  if (ctx.session) jar.set("next-auth.session-token", "test");
  return {
    get: (name: string) => (jar.has(name) ? { name, value: jar.get(name)! } : undefined),
    getAll: () => [...jar].map(([name, value]) => ({ name, value })),
    has: (name: string) => jar.has(name),
    set: () => undefined,
    delete: () => undefined,
  };
}

vi.mock("next/headers", () => ({
  cookies: async () => cookieStore(),
  headers: async () => new Headers({ ...ctx.headers, ...(ctx.actionName ? { "next-action": ctx.actionName } : {}) }),
  draftMode: async () => ({ isEnabled: false }),
}));

vi.mock("next/cache", () => ({
  revalidatePath: () => undefined,
  revalidateTag: () => undefined,
  updateTag: () => undefined,
  refresh: () => undefined,
  unstable_cache: <T>(fn: T) => fn,
}));

vi.mock("@/lib/server/auth", async (importOriginal) => {
  const real = await importOriginal<typeof import("@/lib/server/auth")>();
  const { ForbiddenError, UnauthenticatedError } = await import("@/lib/server/errors");
  const getSession = async () => (ctx.session?.status === "active" ? ctx.session.user : null);
  const requireUser = async () => {
    const u = await getSession();
    if (!u) throw new UnauthenticatedError();
    return u;
  };
  return {
    ...real,
    getSession,
    getSessionWithId: async () => ctx.session,
    requireUser,
    requireSessionWithId: async () => {
      if (!ctx.session) throw new UnauthenticatedError();
      return ctx.session;
    },
    requireRole: async (...roles: Parameters<typeof real.assertRole>[1][]) => {
      const u = await requireUser();
      if (!roles.includes(u.role)) throw new ForbiddenError();
      return u;
    },
  };
});
