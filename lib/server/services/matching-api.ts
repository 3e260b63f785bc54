import "server-only";
import { authenticateApiRequest } from "@/lib/server/api-auth";
import { audit } from "@/lib/server/audit";
import { AppError } from "@/lib/server/errors";
import { logger } from "@/lib/server/logger";
import { hitRateLimit } from "@/lib/server/rate-limit";
import { getMatchContext } from "@/lib/server/services/matching-context";
import { rankCandidates, type MatchLocale } from "@/lib/domain/matching";
import { isoDay } from "@/lib/domain/matching/factors";
import { formatMatchInputError, ZMatchBatchInput } from "@/lib/schemas/matching";

// POST /api/v1/match: the batch format of the command line (/work/shared/matching-format.md) over HTTP, for
// advisors (session) and verified employers (API key). Same body, same answer as `npm run match`, same engine and
// reference data (matching-context.ts). Errors are one line, like the CLI's, in { error: { code, message } }.
//   ?locale=en   details and gaps in English (default French)
//   ?today=YYYY-MM-DD   start date of a vacancy that has none (default: today in Québec)

/** Largest body accepted (about 30,000 candidates of the contract's size). */
export const MATCH_API_MAX_BYTES = 10 * 1024 * 1024;
/** Most candidates in one request. */
export const MATCH_API_MAX_CANDIDATES = 50_000;
/** Requests per caller per minute. */
export const MATCH_API_RATE_PER_MINUTE = 60;

const NO_STORE = { "Cache-Control": "no-store" };

function error(status: number, code: string, message: string, headers: Record<string, string> = {}) {
  return Response.json({ error: { code, message } }, { status, headers: { ...NO_STORE, ...headers } });
}

/** The body as text, refusing more than `max` bytes without reading them all. */
async function readLimited(request: Request, max: number): Promise<string | null> {
  const declared = Number(request.headers.get("content-length") ?? "NaN");
  if (Number.isFinite(declared) && declared > max) return null;
  if (!request.body) return "";
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > max) {
      await reader.cancel();
      return null;
    }
    chunks.push(value);
  }
  return new TextDecoder("utf-8").decode(Buffer.concat(chunks));
}

export async function handleMatchRequest(request: Request): Promise<Response> {
  try {
    return await matchRequest(request);
  } catch (e) {
    logger.error({ err: e }, "match api failed");
    return error(500, "INTERNAL", "internal error");
  }
}

async function matchRequest(request: Request): Promise<Response> {
  let principal;
  try {
    principal = await authenticateApiRequest(request);
  } catch (e) {
    if (e instanceof AppError && e.code === "UNAUTHENTICATED") {
      return error(401, "UNAUTHENTICATED", "an API key (Authorization: Bearer <key>) or an advisor's session is required", { "WWW-Authenticate": 'Bearer realm="passerelle"' });
    }
    if (e instanceof AppError && e.code === "FORBIDDEN") return error(403, "FORBIDDEN", "this account may not use the matching API");
    throw e;
  }
  const limit = await hitRateLimit(`api-match:${principal.rateKey}`, MATCH_API_RATE_PER_MINUTE, 60);
  if (!limit.allowed) {
    return error(429, "RATE_LIMITED", `at most ${MATCH_API_RATE_PER_MINUTE} requests a minute`, { "Retry-After": String(Math.max(1, Math.ceil((limit.resetAt.getTime() - Date.now()) / 1000))) });
  }
  if (!/^application\/json\b/i.test(request.headers.get("content-type") ?? "")) {
    return error(415, "UNSUPPORTED_MEDIA_TYPE", "the body must be JSON (Content-Type: application/json)");
  }
  const params = new URL(request.url).searchParams;
  const localeParam = params.get("locale");
  if (localeParam !== null && localeParam !== "fr" && localeParam !== "en") return error(400, "INVALID", `locale must be fr or en, not ${JSON.stringify(localeParam)}`);
  const locale: MatchLocale = localeParam === "en" ? "en" : "fr";
  const today = params.get("today");
  if (today !== null && isoDay(today) === null) return error(400, "INVALID", `today must be a date YYYY-MM-DD, not ${JSON.stringify(today)}`);

  const text = await readLimited(request, MATCH_API_MAX_BYTES);
  if (text === null) return error(413, "TOO_LARGE", `the body must be at most ${MATCH_API_MAX_BYTES / 1024 / 1024} MB`);
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    return error(400, "INVALID", `invalid input: not valid JSON (${(e as Error).message})`);
  }
  const parsed = ZMatchBatchInput.safeParse(json);
  if (!parsed.success) return error(400, "INVALID", `invalid input: ${formatMatchInputError(parsed.error)}`);
  const { vacancy, candidates, limit: resultLimit } = parsed.data;
  if (candidates.length > MATCH_API_MAX_CANDIDATES) return error(413, "TOO_LARGE", `at most ${MATCH_API_MAX_CANDIDATES} candidates per request, got ${candidates.length}`);

  const started = performance.now();
  const context = await getMatchContext();
  const results = rankCandidates(vacancy, candidates, { limit: resultLimit, locale, context: today ? { ...context, today } : context });
  // Who ranked how many, never what: the candidates' data is not kept.
  await audit({
    actorId: principal.actorId,
    actorRole: principal.kind === "session" ? principal.user.role : "API_KEY",
    action: "match.api",
    subject: principal.kind === "apiKey" ? `api_key:${principal.key.apiKeyId}` : null,
    details: { candidates: candidates.length, results: results.length, ms: Math.round(performance.now() - started) },
  }).catch((e) => logger.error({ err: e }, "match api: audit failed"));
  return Response.json({ vacancyId: vacancy.id, results }, { headers: NO_STORE });
}
