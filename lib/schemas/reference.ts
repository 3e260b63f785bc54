import { z } from "zod";

// Query strings of the public reference look-ups (GET /api/v1/occupations, GET /api/v1/skills).
export const ZReferenceLookup = z.object({
  q: z.string().max(200, "common.form.tooLong").default(""),
  locale: z.enum(["fr", "en"], { error: "reference.errors.locale" }).default("fr"),
  limit: z.coerce.number({ error: "reference.errors.limit" }).int("reference.errors.limit").min(1, "reference.errors.limit").max(50, "reference.errors.limit").default(10),
});
export type TReferenceLookup = z.infer<typeof ZReferenceLookup>;

/** The query string of a request as a plain object (repeated keys: the first value). */
export function searchParamsObject(params: URLSearchParams): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of params) if (!(k in out)) out[k] = v;
  return out;
}
