import "server-only";
import { ZReferenceLookup, searchParamsObject, type TReferenceLookup } from "@/lib/schemas/reference";
import { createTranslator } from "@/lib/i18n/translate";
import { zodFieldErrors } from "@/lib/server/actions/safe-action";
import { logger } from "@/lib/server/logger";
import { publicRateLimited } from "@/lib/server/public-rate-limit";

/**
 * The shape of the public look-up endpoints: counted per address (lib/server/public-rate-limit.ts, 429 past the
 * limit), parse ?q=&locale=&limit= with the shared schema, answer the JSON array, or 400 with translated field
 * errors. Reference data is the same for everyone: it may be cached briefly.
 */
export async function referenceLookupResponse<T>(request: Request, lookup: (p: TReferenceLookup) => Promise<T[]>) {
  const limited = await publicRateLimited(request, "lookups");
  if (limited) return limited;
  const raw = searchParamsObject(new URL(request.url).searchParams);
  const parsed = ZReferenceLookup.safeParse(raw);
  if (!parsed.success) {
    const t = createTranslator(raw.locale === "en" ? "en" : "fr");
    return Response.json({ error: { code: "INVALID", message: t("errors.invalidInput"), fieldErrors: zodFieldErrors(parsed.error, t) } }, { status: 400 });
  }
  try {
    const items = await lookup(parsed.data);
    return Response.json(items, { headers: { "Cache-Control": "public, max-age=300" } });
  } catch (e) {
    logger.error({ err: e }, "reference look-up failed");
    return Response.json({ error: { code: "INTERNAL", message: "Internal error" } }, { status: 500 });
  }
}
