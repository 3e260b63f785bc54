import "server-only";
import { createTranslator } from "@/lib/i18n/translate";
import { hitRateLimit } from "@/lib/server/rate-limit";
import { ipFromHeaders } from "@/lib/server/request-context";
import { logger } from "@/lib/server/logger";

/**
 * Per-address limits of the public endpoints that need no account: the look-ups behind the forms' comboboxes and
 * the vacancy feed. Generous for people (a combobox asks at most a few times a second while someone types, and an
 * office behind one address has room), low enough to stop a scraper or a flood from one address.
 */
export const PUBLIC_API_LIMITS = {
  lookups: { limit: 600, windowSeconds: 300 },
  feed: { limit: 300, windowSeconds: 300 },
} as const;

/**
 * Counts one request of `bucket` for the request's address (PostgreSQL counter, shared by every web instance):
 * null while within the limit, otherwise the translated 429 answer to send (with Retry-After). A request without
 * an address (never the case behind the server, which stamps the peer's) is not counted. If the counter cannot be
 * written (PostgreSQL unreachable), the request goes on: these endpoints serve public reference data.
 */
export async function publicRateLimited(request: Request, bucket: keyof typeof PUBLIC_API_LIMITS, headers: Record<string, string> = {}): Promise<Response | null> {
  const ip = ipFromHeaders((name) => request.headers.get(name));
  if (!ip) return null;
  const { limit, windowSeconds } = PUBLIC_API_LIMITS[bucket];
  try {
    const r = await hitRateLimit(`public-${bucket}:${ip}`, limit, windowSeconds);
    if (r.allowed) return null;
    const t = createTranslator(new URL(request.url).searchParams.get("locale") === "en" ? "en" : "fr");
    const retryAfter = Math.max(1, Math.ceil((r.resetAt.getTime() - Date.now()) / 1000));
    return Response.json({ error: { code: "RATE_LIMITED", message: t("errors.rateLimited") } }, { status: 429, headers: { ...headers, "Retry-After": String(retryAfter) } });
  } catch (err) {
    logger.warn({ err, bucket }, "public rate limit not counted");
    return null;
  }
}
