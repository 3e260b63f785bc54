import { z } from "zod";
import { parseDecimal } from "@/lib/i18n/format";

// Reusable fields for forms and CSV rows. Each accepts an absent key (`.optional()` before the transform: zod 4
// refuses an absent key whose schema's output is not optional), so a CSV without an optional column parses. Every transform is idempotent (its output parses again to itself), so the
// client can send what the form holds and the server parse the same value with the same schema.
// Messages are i18n keys.

const blank = (v: unknown) => v === undefined || v === null || (typeof v === "string" && v.trim() === "");

/** A decimal typed in either locale ("16,50", "16.50", 16.5) -> number; blank -> null unless required. */
export function decimalField(opts: { required?: boolean; min?: number; max?: number; invalid: string; range: string; requiredKey?: string }) {
  return z.union([z.number(), z.string(), z.null()]).optional().transform((v, ctx): number | null => {
    if (blank(v)) {
      if (opts.required) ctx.addIssue({ code: "custom", message: opts.requiredKey ?? "common.form.required" });
      return null;
    }
    const n = typeof v === "number" ? v : parseDecimal(String(v));
    if (n === null || !Number.isFinite(n)) {
      ctx.addIssue({ code: "custom", message: opts.invalid });
      return z.NEVER;
    }
    if ((opts.min !== undefined && n < opts.min) || (opts.max !== undefined && n > opts.max)) {
      ctx.addIssue({ code: "custom", message: opts.range });
      return z.NEVER;
    }
    return n;
  });
}

/** A whole number ("6", 6); blank -> null unless required. */
export function intField(opts: { required?: boolean; min: number; max: number; invalid: string; range?: string; requiredKey?: string }) {
  return z.union([z.number(), z.string(), z.null()]).optional().transform((v, ctx): number | null => {
    if (blank(v)) {
      if (opts.required) ctx.addIssue({ code: "custom", message: opts.requiredKey ?? "common.form.required" });
      return null;
    }
    const s = typeof v === "number" ? String(v) : String(v).trim();
    if (!/^-?\d+$/.test(s)) {
      ctx.addIssue({ code: "custom", message: opts.invalid });
      return z.NEVER;
    }
    const n = Number(s);
    if (n < opts.min || n > opts.max) {
      ctx.addIssue({ code: "custom", message: opts.range ?? opts.invalid });
      return z.NEVER;
    }
    return n;
  });
}

/** Optional trimmed text: blank -> null. */
export function optionalText(max: number, tooLong = "common.form.tooLong") {
  return z
    .union([z.string(), z.null()])
    .optional()
    .transform((v) => (blank(v) ? null : String(v).trim()))
    .pipe(z.string().max(max, tooLong).nullable());
}

/** An optional choice among `values`: blank -> null. */
export function optionalEnum<const T extends readonly [string, ...string[]]>(values: T, invalid: string) {
  return z
    .union([z.string(), z.null()])
    .optional()
    .transform((v) => (blank(v) ? null : String(v)))
    .pipe(z.enum(values, { error: invalid }).nullable());
}

export const ZId = z.string().min(1).max(64);
export const ZVersion = z.coerce.number().int().min(0);
