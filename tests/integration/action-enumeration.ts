// Every server action and route handler, found in the code (not listed by hand): the exports of each file of
// lib/server/actions (but safe-action.ts) and the HTTP methods exported by each app/**/route.ts.
import fs from "node:fs";
import path from "node:path";

const ROOT = path.resolve(import.meta.dirname, "../..");
export const ACTIONS_DIR = "lib/server/actions";
export const HTTP_METHODS = ["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"] as const;

export type ServerAction = (...args: unknown[]) => Promise<unknown>;

function walk(dir: string, keep: (file: string) => boolean, out: string[] = []): string[] {
  for (const e of fs.readdirSync(path.join(ROOT, dir), { withFileTypes: true })) {
    const rel = path.posix.join(dir, e.name);
    if (e.isDirectory()) {
      if (e.name !== "node_modules" && e.name !== "generated") walk(rel, keep, out);
    } else if (keep(rel)) out.push(rel);
  }
  return out.sort();
}

/** "<file>.ts#<export>" -> the exported function, for every export of every action file. */
export async function enumerateActions(): Promise<Map<string, { file: string; name: string; fn: ServerAction }>> {
  const out = new Map<string, { file: string; name: string; fn: ServerAction }>();
  const files = fs.readdirSync(path.join(ROOT, ACTIONS_DIR)).filter((f) => f.endsWith(".ts") && f !== "safe-action.ts").sort();
  for (const f of files) {
    const mod = (await import(/* @vite-ignore */ path.join(ROOT, ACTIONS_DIR, f))) as Record<string, unknown>;
    for (const [name, value] of Object.entries(mod)) {
      // A "use server" file may only export async functions: anything else is a mistake the matrix should show.
      out.set(`${f}#${name}`, { file: `${ACTIONS_DIR}/${f}`, name, fn: value as ServerAction });
    }
  }
  return out;
}

/** Files of app/, components/ and lib/ holding a "use server" directive (at the top or inside a function). */
export function filesWithUseServer(): string[] {
  const code = (f: string) => /\.(ts|tsx|js|jsx|mjs)$/.test(f);
  const files = ["app", "components", "lib"].flatMap((d) => walk(d, code));
  return files.filter((f) => /^\s*["']use server["'];?\s*$/m.test(fs.readFileSync(path.join(ROOT, f), "utf8")));
}

export function actionFiles(): string[] {
  return fs.readdirSync(path.join(ROOT, ACTIONS_DIR)).filter((f) => f.endsWith(".ts")).map((f) => `${ACTIONS_DIR}/${f}`).sort();
}

export type RouteHandler = (request: Request, ctx: { params: Promise<Record<string, string | string[]>> }) => Promise<Response>;

/** "<route file>#<METHOD>" -> handler, for every app/**\/route.ts. */
export async function enumerateRoutes(): Promise<Map<string, RouteHandler>> {
  const out = new Map<string, RouteHandler>();
  for (const f of walk("app", (file) => path.posix.basename(file) === "route.ts")) {
    const mod = (await import(/* @vite-ignore */ path.join(ROOT, f))) as Record<string, unknown>;
    for (const m of HTTP_METHODS) if (typeof mod[m] === "function") out.set(`${f}#${m}`, mod[m] as RouteHandler);
  }
  return out;
}
