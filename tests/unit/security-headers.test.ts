import { describe, expect, it } from "vitest";
import { contentSecurityPolicy, isPrivatePath, securityHeaders } from "@/lib/security/headers";

describe("security headers", () => {
  it("the CSP allows scripts only from our origin or with the request's nonce", () => {
    const csp = contentSecurityPolicy("abc123", { dev: false });
    expect(csp).toContain("script-src 'self' 'nonce-abc123' 'strict-dynamic'");
    expect(csp).not.toContain("unsafe-eval");
    expect(csp).not.toMatch(/script-src[^;]*unsafe-inline/);
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toContain("object-src 'none'");
  });
  it("development allows eval (React's dev stack traces), production does not", () => {
    expect(contentSecurityPolicy("n", { dev: true })).toContain("'unsafe-eval'");
  });
  it("HSTS only over https", () => {
    expect(securityHeaders({ nonce: "n", dev: false, https: true, pathname: "/" })["Strict-Transport-Security"]).toMatch(/max-age=\d+/);
    expect(securityHeaders({ nonce: "n", dev: false, https: false, pathname: "/" })["Strict-Transport-Security"]).toBeUndefined();
  });
  it.each([
    ["/candidat/profil", true],
    ["/employeur", true],
    ["/conseiller/tableau", true],
    ["/compte", true],
    ["/", false],
    ["/emplois", false],
    ["/candidature", false],
  ])("%s private: %s", (path, priv) => {
    expect(isPrivatePath(path)).toBe(priv);
    const h = securityHeaders({ nonce: "n", dev: false, https: false, pathname: path });
    expect(h["Cache-Control"] === "no-store, max-age=0").toBe(priv);
    expect(h["X-Robots-Tag"] === "noindex, nofollow").toBe(priv);
  });
  it("always nosniff and a referrer policy", () => {
    const h = securityHeaders({ nonce: "n", dev: false, https: false, pathname: "/" });
    expect(h["X-Content-Type-Options"]).toBe("nosniff");
    expect(h["Referrer-Policy"]).toBe("strict-origin-when-cross-origin");
  });
});
