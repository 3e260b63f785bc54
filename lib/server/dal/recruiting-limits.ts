import "server-only";
import { hitRateLimit } from "@/lib/server/rate-limit";
import { RateLimitedError } from "@/lib/server/errors";
import { audit } from "@/lib/server/audit";
import { limitKeys, RECRUITING_LIMITS, type RecruitingLimitKind } from "@/lib/domain/recruiting/limits";

// Enforcement of the recruiting limits (lib/domain/recruiting/limits.ts). The data functions call it before any
// work: a refused hit changes nothing else.

/**
 * Counts one hit for the subject (an organisation, or a person) and the address; throws RateLimitedError (code
 * RATE_LIMITED, shown as the translated 429 page or message) past either threshold. The first refusal of a window
 * is written to the audit log.
 */
export async function enforceRecruitingLimit(kind: RecruitingLimitKind, subject: string, ip: string | null, actor?: { id: string; role: string }) {
  const rule = RECRUITING_LIMITS[kind];
  const keys = limitKeys(kind, subject, ip);
  const bySubject = await hitRateLimit(keys.subjectKey, rule.perOrganisation, rule.windowSeconds);
  const byAddress = keys.addressKey ? await hitRateLimit(keys.addressKey, rule.perAddress, rule.windowSeconds) : null;
  if (!bySubject.allowed || (byAddress && !byAddress.allowed)) {
    const firstRefusal = bySubject.count === rule.perOrganisation + 1 || byAddress?.count === rule.perAddress + 1;
    if (firstRefusal) await audit({ actorId: actor?.id ?? null, actorRole: actor?.role ?? null, action: "recruiting.rate_limited", ip, details: { kind } });
    throw new RateLimitedError();
  }
}

// The caller's address, as the rest of the portal reads it (the TCP peer, or a trusted proxy's header only).
export { requestIp } from "@/lib/server/request-context";
