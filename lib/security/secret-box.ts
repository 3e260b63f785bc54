import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from "node:crypto";

// Encryption of small secrets kept in the database (TOTP secrets): AES-256-GCM under a key derived (HKDF-SHA256)
// from the server's secret and a purpose label. A copy of the database alone (a backup, a dump) does not reveal
// them. Format: "v1.<iv>.<tag>.<ciphertext>", base64url. Pure apart from randomness; shared by the server and the
// demo seed. Changing the server secret makes sealed values unreadable (the people concerned enrol again):
// docs/decisions/0013-sessions-and-second-factor.md says so.

function keyFor(serverSecret: string, purpose: string): Buffer {
  return Buffer.from(hkdfSync("sha256", serverSecret, "passerelle-regions", `secret-box:${purpose}`, 32));
}

export function seal(plaintext: string, serverSecret: string, purpose: string): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv("aes-256-gcm", keyFor(serverSecret, purpose), iv);
  cipher.setAAD(Buffer.from(purpose));
  const ct = Buffer.concat([cipher.update(plaintext, "utf8"), cipher.final()]);
  return ["v1", iv.toString("base64url"), cipher.getAuthTag().toString("base64url"), ct.toString("base64url")].join(".");
}

/** The plaintext, or null when the box was sealed under another key or purpose, or was altered. */
export function open(box: string, serverSecret: string, purpose: string): string | null {
  const [v, iv, tag, ct] = box.split(".");
  if (v !== "v1" || !iv || !tag || ct === undefined) return null;
  try {
    const decipher = createDecipheriv("aes-256-gcm", keyFor(serverSecret, purpose), Buffer.from(iv, "base64url"));
    decipher.setAAD(Buffer.from(purpose));
    decipher.setAuthTag(Buffer.from(tag, "base64url"));
    return Buffer.concat([decipher.update(Buffer.from(ct, "base64url")), decipher.final()]).toString("utf8");
  } catch {
    return null;
  }
}

export const TOTP_SECRET_PURPOSE = "totp-secret";
