import "server-only";
import { getSession, type SessionUser } from "@/lib/server/auth";
import { ForbiddenError, UnauthenticatedError } from "@/lib/server/errors";
import { unsafeAuthenticateApiKey, type ApiKeyPrincipal } from "@/lib/server/dal/api-keys";

// Who is calling an HTTP API that is not public (POST /api/v1/match): an organisation through one of its API keys,
// or a signed-in advisor (or administrator) through the session cookie. Other roles are refused: employers use
// keys (or the recommendations pages), candidates have no use for batch ranking.

export type ApiPrincipal = { kind: "apiKey"; key: ApiKeyPrincipal; rateKey: string; actorId: null } | { kind: "session"; user: SessionUser; rateKey: string; actorId: string };

/** "Authorization: Bearer <key>" (or "X-Api-Key: <key>"), trimmed; null when neither header is there. */
export function presentedApiKey(request: Request): string | null {
  const auth = request.headers.get("authorization");
  if (auth) {
    const m = /^Bearer\s+(\S+)\s*$/i.exec(auth);
    return m ? m[1]! : auth.trim();
  }
  return request.headers.get("x-api-key")?.trim() || null;
}

/**
 * The caller of a request, or UnauthenticatedError (no or unknown key, no session) / ForbiddenError (a session of
 * another role). A presented key is never ignored in favour of
 * a session: a wrong key is an error even for a signed-in advisor.
 */
export async function authenticateApiRequest(request: Request): Promise<ApiPrincipal> {
  const key = presentedApiKey(request);
  if (key !== null) {
    const principal = await unsafeAuthenticateApiKey(key);
    if (!principal) throw new UnauthenticatedError();
    return { kind: "apiKey", key: principal, rateKey: `key:${principal.apiKeyId}`, actorId: null };
  }
  // No session cookie on the request: no session (and no need to ask the framework for cookies).
  if (!/next-auth\.session-token/.test(request.headers.get("cookie") ?? "")) throw new UnauthenticatedError();
  const user = await getSession();
  if (!user) throw new UnauthenticatedError();
  if (user.role !== "ADVISOR" && user.role !== "ADMIN") throw new ForbiddenError();
  // Cross-site forgery: the session cookie is SameSite=Lax (not sent with another site's POST), and the API takes
  // only application/json bodies, which another site cannot send without a CORS preflight this API never grants.
  return { kind: "session", user, rateKey: `user:${user.id}`, actorId: user.id };
}
