import "server-only";
import { z } from "zod";
import { unstable_rethrow } from "next/navigation";
import { AppError } from "@/lib/server/errors";
import { logger } from "@/lib/server/logger";
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
export function action<S extends z.ZodType, T>(schema: S, handler: (input: z.output<S>) => Promise<T>) {
  return async (raw: unknown): Promise<ActionResult<T>> => {
    const t = await getT();
    const parsed = schema.safeParse(raw);
    if (!parsed.success) {
      return { ok: false, error: { code: "INVALID", message: t("errors.invalidInput"), fieldErrors: zodFieldErrors(parsed.error, t) } };
    }
    try {
      return { ok: true, data: await handler(parsed.data) };
    } catch (e) {
      return { ok: false, error: toActionError(e, t) };
    }
  };
}

export function toActionError(e: unknown, t: Translator): ActionError {
  if (e instanceof AppError) {
    const fieldErrors = e.fieldErrors && Object.fromEntries(Object.entries(e.fieldErrors).map(([k, v]) => [k, t(v)]));
    return { code: e.code, message: t(e.messageKey), ...(fieldErrors ? { fieldErrors } : {}) };
  }
  unstable_rethrow(e); // Next's redirect()/notFound() are control flow, not failures

  logger.error({ err: e }, "action failed");
  return { code: "INTERNAL", message: t("errors.unexpected") };
}
