import "server-only";
import { z } from "zod";
import { unstable_rethrow } from "next/navigation";
import { headers } from "next/headers";
import { AppError, ForbiddenError, UnauthenticatedError } from "@/lib/server/errors";
import { logger } from "@/lib/server/logger";
import { noteDatabaseError } from "@/lib/server/db-availability";
import { audit } from "@/lib/server/audit";
import { getSession } from "@/lib/server/auth";
import { getT } from "@/lib/i18n/server";
import type { Translator } from "@/lib/i18n/translate";

export type ActionError = { code: string; message: string; fieldErrors?: Record<string, string> };
export type ActionResult<T> = { ok: true; data: T } | { ok: false; error: ActionError };

/** Field errors of a zod failure, keyed by dotted path, translated (schema messages are i18n keys). */
export function zodFieldErrors(error: z.ZodError, t: Translator): Record<string, string> {
  const out: Record<string, string> = {};
  for (const issue of error.issues) {
    const path = issue.path.join(".") || "_form";
    if (!(path in out)) out[path] = t(issue.message, issue as unknown as Record<string, string | number>);
  }
  return out;
}

/**
 * The one shape of a server action (STYLE.md §4): parse the input with the shared zod schema, run the handler
 * (which authorizes and does its work in a transaction), and answer { ok, data } or { ok: false, error } with a
 * translated message. Expected errors (AppError) keep their code; anything else is logged and shown generically.
 */
export function action<S extends z.ZodType, T>(schema: S, handler: (input: z.output<S>) => Promise<T>, opts: { name?: string } = {}) {
  return async (raw: unknown): Promise<ActionResult<T>> => {
    const t = await getT();
    const parsed = schema.safeParse(raw);
    if (!parsed.success) {
      return { ok: false, error: { code: "INVALID", message: t("errors.invalidInput"), fieldErrors: zodFieldErrors(parsed.error, t) } };
    }
    try {
      return { ok: true, data: await handler(parsed.data) };
    } catch (e) {
      if (e instanceof UnauthenticatedError || e instanceof ForbiddenError) await auditRefusal(e, opts.name);
      return { ok: false, error: toActionError(e, t) };
    }
  };
}

/**
 * Every refusal (no session, wrong role, another organisation's row) is written to the audit log with the action's
 * name, the actor if any, and the address (audit() adds it). Never the input: it may hold personal information.
 */
async function auditRefusal(e: AppError, name: string | undefined) {
  try {
    const actor = await getSession().catch(() => null);
    await audit({ actorId: actor?.id ?? null, actorRole: actor?.role ?? null, action: "access.refused", subject: name ?? (await serverActionName()), details: { code: e.code } });
  } catch (err) {
    logger.error({ err }, "could not audit a refusal");
  }
}

/**
 * "lib/server/actions/vacancy.ts#publishVacancyAction" for the server action being run: the request names it by
 * id (Next-Action header) and Next's server-actions manifest maps the id to the file and export. The manifest is
 * Next's internal state (Symbol.for("next.server.manifests")); when it cannot be read the id itself is kept, which
 * the build's server-reference-manifest.json still resolves.
 */
async function serverActionName(): Promise<string> {
  const id = await headers().then((h) => h.get("next-action"), () => null);
  if (!id) return "unknown";
  const manifests = (globalThis as Record<symbol, { serverActionsManifest?: { node?: Record<string, { filename?: string; exportedName?: string }> } } | undefined>)[Symbol.for("next.server.manifests")];
  const info = manifests?.serverActionsManifest?.node?.[id];
  return info?.filename && info.exportedName ? `${info.filename}#${info.exportedName}` : `action:${id}`;
}

export function toActionError(e: unknown, t: Translator): ActionError {
  if (e instanceof AppError) {
    const fieldErrors = e.fieldErrors && Object.fromEntries(Object.entries(e.fieldErrors).map(([k, v]) => [k, t(v)]));
    return { code: e.code, message: t(e.messageKey), ...(fieldErrors ? { fieldErrors } : {}) };
  }
  unstable_rethrow(e); // Next's redirect()/notFound() are control flow, not failures

  // The database cannot be reached: nothing was written (the transaction did not commit); say so, and try later.
  if (noteDatabaseError(e)) return { code: "UNAVAILABLE", message: t("errors.unavailableAction") };
  logger.error({ err: e }, "action failed");
  return { code: "INTERNAL", message: t("errors.unexpected") };
}
