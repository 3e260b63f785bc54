import { hash, verify } from "@node-rs/argon2";

// argon2id with OWASP's recommended parameters (19 MiB, 2 iterations, 1 lane). Kept out of lib/server so that
// the seed script can hash the demo accounts' password too.
const ARGON2 = { algorithm: 2 /* Algorithm.Argon2id (a const enum, not importable with isolatedModules) */, memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

export function hashPassword(password: string) {
  return hash(password, ARGON2);
}

export function verifyPassword(passwordHash: string, password: string) {
  return verify(passwordHash, password).catch(() => false);
}

// Verified against when the e-mail is unknown, so that an unknown e-mail and a wrong password cost the same time.
let dummy: Promise<string> | undefined;
export function dummyPasswordHash() {
  return (dummy ??= hashPassword(`no-such-user-${Date.now()}`));
}
