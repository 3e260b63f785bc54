import { describe, expect, it } from "vitest";
import { MFA_PENDING_MINUTES, mfaRequiredFor, sessionCookie, sessionState, shouldTouch, type SessionTimes } from "@/lib/security/session-policy";
import { clientIp, normaliseIp, PEER_HEADER } from "@/lib/security/client-ip";
import { isPrivatePath } from "@/lib/security/headers";

const T0 = new Date("2026-12-01T12:00:00Z");
const at = (minutes: number) => new Date(T0.getTime() + minutes * 60_000);
const limits = { idleMinutes: 30, maxAgeHours: 12 };
const fresh = (over: Partial<SessionTimes> = {}): SessionTimes => ({ createdAt: T0, lastSeenAt: T0, mfaVerifiedAt: T0, revokedAt: null, ...over });

describe("session time-outs", () => {
  it("idle: ends 30 minutes after the last request, not before", () => {
    expect(sessionState(fresh(), "CANDIDATE", at(29.9), limits)).toBe("active");
    expect(sessionState(fresh(), "CANDIDATE", at(30), limits)).toBe("expired");
    expect(sessionState(fresh({ lastSeenAt: at(100) }), "CANDIDATE", at(129), limits)).toBe("active");
  });

  it("absolute: ends SESSION_MAX_AGE_HOURS after sign-in however active the person is", () => {
    const busy = fresh({ lastSeenAt: at(12 * 60 - 1) });
    expect(sessionState(busy, "CANDIDATE", at(12 * 60 - 0.5), limits)).toBe("active");
    expect(sessionState(busy, "CANDIDATE", at(12 * 60), limits)).toBe("expired");
    expect(sessionState(busy, "CANDIDATE", at(12 * 60), { idleMinutes: 30, maxAgeHours: 24 })).toBe("active");
  });

  it("a revoked session is over at once", () => {
    expect(sessionState(fresh({ revokedAt: at(1) }), "CANDIDATE", at(2), limits)).toBe("expired");
  });

  it("employers, advisors and administrators need the second factor; candidates do not", () => {
    const passwordOnly = fresh({ mfaVerifiedAt: null });
    expect(sessionState(passwordOnly, "CANDIDATE", at(1), limits)).toBe("active");
    for (const role of ["EMPLOYER", "ADVISOR", "ADMIN"] as const) {
      expect(mfaRequiredFor(role)).toBe(true);
      expect(sessionState(passwordOnly, role, at(1), limits)).toBe("needs-mfa");
      expect(sessionState({ ...passwordOnly, lastSeenAt: at(MFA_PENDING_MINUTES - 1) }, role, at(MFA_PENDING_MINUTES), limits)).toBe("expired");
      expect(sessionState(fresh(), role, at(1), limits)).toBe("active");
    }
  });

  it("lastSeenAt is written at most once a minute", () => {
    expect(shouldTouch(fresh(), at(0.9))).toBe(false);
    expect(shouldTouch(fresh(), at(1))).toBe(true);
  });
});

describe("session cookie", () => {
  it("is HttpOnly, SameSite=Lax, path /, Secure with the __Secure- prefix over https", () => {
    expect(sessionCookie(true, 12)).toEqual({ name: "__Secure-next-auth.session-token", options: { httpOnly: true, sameSite: "lax", path: "/", secure: true, maxAge: 43_200 } });
    expect(sessionCookie(false, 12)).toMatchObject({ name: "next-auth.session-token", options: { httpOnly: true, sameSite: "lax", secure: false } });
  });
  it("the second-factor page is never cached nor indexed (it shows a secret)", () => {
    expect(isPrivatePath("/deux-facteurs")).toBe(true);
  });
});

describe("client address", () => {
  const headers = (h: Record<string, string>) => (n: string) => h[n] ?? null;
  it("without a trusted proxy, X-Forwarded-For is ignored: the TCP peer stamped by the server counts", () => {
    const get = headers({ "x-forwarded-for": "203.0.113.9", [PEER_HEADER]: "::ffff:192.0.2.10" });
    expect(clientIp(get, { trustProxy: false, hops: 1 })).toBe("192.0.2.10");
  });
  it("behind a trusted proxy, the entry the proxy appended (the last, or the hops-th from the end), never the client's own", () => {
    const get = headers({ "x-forwarded-for": "6.6.6.6, 198.51.100.7", [PEER_HEADER]: "10.0.0.2" });
    expect(clientIp(get, { trustProxy: true, hops: 1 })).toBe("198.51.100.7");
    expect(clientIp(get, { trustProxy: true, hops: 2 })).toBe("6.6.6.6");
    expect(clientIp(headers({ [PEER_HEADER]: "10.0.0.2" }), { trustProxy: true, hops: 1 })).toBe("10.0.0.2");
  });
  it("anything that is not an address is no address", () => {
    expect(normaliseIp("<script>")).toBeNull();
    expect(normaliseIp("2001:DB8::1")).toBe("2001:db8::1");
    expect(normaliseIp(null)).toBeNull();
  });
});
