import { describe, expect, it } from "vitest";
import { base32Decode, base32Encode, formatSecretForDisplay, generateTotpSecret, hotp, otpauthUri, totp, totpStep, verifyTotp } from "@/lib/security/totp";
import { open, seal } from "@/lib/security/secret-box";
import { generateRecoveryCodes, hashRecoveryCode, looksLikeRecoveryCode, newSalt, recoveryCodeMatches } from "@/lib/security/recovery-codes";

// RFC 4226 appendix D and RFC 6238 appendix B (SHA-1): the secret is the ASCII string "12345678901234567890".
const RFC_KEY = Buffer.from("12345678901234567890", "ascii");
const RFC_SECRET = base32Encode(RFC_KEY);

describe("HOTP / TOTP against the RFC vectors", () => {
  it("HOTP counters 0..9 (RFC 4226)", () => {
    const expected = ["755224", "287082", "359152", "969429", "338314", "254676", "287922", "162583", "399871", "520489"];
    expect(expected.map((_, c) => hotp(RFC_KEY, c))).toEqual(expected);
  });

  it.each([
    [59, "94287082"],
    [1111111109, "07081804"],
    [1111111111, "14050471"],
    [1234567890, "89005924"],
    [2000000000, "69279037"],
    [20000000000, "65353130"],
  ])("TOTP at %i s is %s (8 digits, RFC 6238)", (seconds, code) => {
    expect(totp(RFC_SECRET, seconds * 1000, { digits: 8 })).toBe(code);
  });

  it("6-digit codes are the last six digits of the same value", () => {
    expect(totp(RFC_SECRET, 59_000)).toBe("287082");
  });
});

describe("base32", () => {
  it("round-trips any bytes and matches RFC 4648", () => {
    expect(base32Encode(Buffer.from("foobar"))).toBe("MZXW6YTBOI");
    expect(base32Decode("mzxw 6ytb-oi======").toString()).toBe("foobar");
    for (let n = 0; n < 40; n++) {
      const bytes = Buffer.from(Array.from({ length: n }, (_, k) => (k * 37 + n) & 255));
      expect(base32Decode(base32Encode(bytes)).equals(bytes)).toBe(true);
    }
  });
  it("refuses other characters", () => {
    expect(() => base32Decode("ABC1")).toThrow(TypeError);
  });
  it("new secrets are 160 bits, different each time", () => {
    const a = generateTotpSecret();
    expect(a).toMatch(/^[A-Z2-7]{32}$/);
    expect(base32Decode(a)).toHaveLength(20);
    expect(generateTotpSecret()).not.toBe(a);
    expect(formatSecretForDisplay("ABCDEFGHIJ")).toBe("ABCD EFGH IJ");
  });
});

describe("verifyTotp", () => {
  const secret = generateTotpSecret();
  const now = 1_800_000_000_000;
  const step = totpStep(now);

  it("accepts the current code and those of the neighbouring steps, nothing further", () => {
    expect(verifyTotp(secret, totp(secret, now), now)).toBe(step);
    expect(verifyTotp(secret, totp(secret, now - 30_000), now)).toBe(step - 1);
    expect(verifyTotp(secret, totp(secret, now + 30_000), now)).toBe(step + 1);
    expect(verifyTotp(secret, totp(secret, now - 60_000), now)).toBeNull();
    expect(verifyTotp(secret, totp(secret, now + 60_000), now)).toBeNull();
  });

  it("refuses a code whose step was already used (replay), and malformed input", () => {
    const code = totp(secret, now);
    expect(verifyTotp(secret, code, now, { afterStep: step })).toBeNull();
    expect(verifyTotp(secret, code, now, { afterStep: step - 1 })).toBe(step);
    expect(verifyTotp(secret, "12345", now)).toBeNull();
    expect(verifyTotp(secret, "abcdef", now)).toBeNull();
    expect(verifyTotp(secret, ` ${code.slice(0, 3)} ${code.slice(3)} `, now)).toBe(step);
  });

  it("another secret's code is refused", () => {
    expect(verifyTotp(generateTotpSecret(), totp(secret, now), now)).toBeNull();
  });
});

describe("otpauth URI", () => {
  it("names the issuer and the account, with the secret and the parameters", () => {
    const uri = otpauthUri({ issuer: "Passerelle Régions", account: "luc@scierie.ca", secret: "JBSWY3DPEHPK3PXP" });
    expect(uri.startsWith("otpauth://totp/Passerelle%20R%C3%A9gions:luc%40scierie.ca?")).toBe(true);
    const q = new URL(uri).searchParams;
    expect(q.get("secret")).toBe("JBSWY3DPEHPK3PXP");
    expect(q.get("issuer")).toBe("Passerelle Régions");
    expect([q.get("algorithm"), q.get("digits"), q.get("period")]).toEqual(["SHA1", "6", "30"]);
  });
});

describe("secret box", () => {
  it("opens what it sealed with the same key and purpose only, and detects tampering", () => {
    const box = seal("JBSWY3DPEHPK3PXP", "s".repeat(32), "totp-secret");
    expect(box).not.toContain("JBSWY3DPEHPK3PXP");
    expect(open(box, "s".repeat(32), "totp-secret")).toBe("JBSWY3DPEHPK3PXP");
    expect(open(box, "t".repeat(32), "totp-secret")).toBeNull();
    expect(open(box, "s".repeat(32), "other")).toBeNull();
    const parts = box.split(".");
    parts[3] = Buffer.from("XXXXXXXXXXXXXXXX").toString("base64url");
    expect(open(parts.join("."), "s".repeat(32), "totp-secret")).toBeNull();
    expect(open("garbage", "s".repeat(32), "totp-secret")).toBeNull();
    expect(seal("x", "k".repeat(32), "p")).not.toBe(seal("x", "k".repeat(32), "p")); // fresh IV each time
  });
});

describe("recovery codes", () => {
  it("ten distinct codes of the documented shape, matched by their salted hash however typed", () => {
    const codes = generateRecoveryCodes();
    expect(codes).toHaveLength(10);
    expect(new Set(codes).size).toBe(10);
    for (const c of codes) expect(c).toMatch(/^[a-hj-km-np-z2-9]{5}-[a-hj-km-np-z2-9]{5}$/);
    const salt = newSalt();
    const h = hashRecoveryCode(codes[0]!, salt);
    expect(h).not.toContain(codes[0]!.replace("-", ""));
    expect(recoveryCodeMatches(` ${codes[0]!.toUpperCase().replace("-", " ")} `, salt, h)).toBe(true);
    expect(recoveryCodeMatches(codes[1]!, salt, h)).toBe(false);
    expect(recoveryCodeMatches(codes[0]!, newSalt(), h)).toBe(false);
    expect(looksLikeRecoveryCode(codes[0]!)).toBe(true);
    expect(looksLikeRecoveryCode("123456")).toBe(false);
  });
});
