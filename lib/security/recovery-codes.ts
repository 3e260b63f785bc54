import { createHash, randomBytes, randomInt, timingSafeEqual } from "node:crypto";

// Single-use recovery codes for the second factor: ten codes of ten characters (50 bits each) from an alphabet
// without look-alikes, shown once. Stored as SHA-256 of a random 128-bit salt and the code (ASVS 2.6.2: lookup
// secrets under 112 bits are salted and hashed).

export const RECOVERY_CODE_COUNT = 10;
const ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789"; // no i, l, o, 0, 1
const LENGTH = 10;

export function generateRecoveryCodes(count = RECOVERY_CODE_COUNT): string[] {
  return Array.from({ length: count }, () => {
    let s = "";
    for (let k = 0; k < LENGTH; k++) s += ALPHABET[randomInt(ALPHABET.length)];
    return `${s.slice(0, 5)}-${s.slice(5)}`;
  });
}

/** As typed: case, spaces and dashes do not matter. */
export function normaliseRecoveryCode(code: string): string {
  return code.toLowerCase().replace(/[\s-]/g, "");
}

export function looksLikeRecoveryCode(code: string): boolean {
  return new RegExp(`^[${ALPHABET}]{${LENGTH}}$`).test(normaliseRecoveryCode(code));
}

export function hashRecoveryCode(code: string, salt: string): string {
  return createHash("sha256").update(salt).update(":").update(normaliseRecoveryCode(code)).digest("hex");
}

export function newSalt(): string {
  return randomBytes(16).toString("hex");
}

export function recoveryCodeMatches(code: string, salt: string, codeHash: string): boolean {
  return timingSafeEqual(Buffer.from(hashRecoveryCode(code, salt), "hex"), Buffer.from(codeHash, "hex"));
}
