/**
 * A fresh id for one submission of a creating form (lib/server/idempotency.ts): sent with every attempt of that
 * submission, so that a double click, a retry or a second request creates one row. Undefined where the browser has
 * no crypto.randomUUID (not a secure context): the form then works as before, without the protection.
 */
export function newSubmissionId(): string | undefined {
  return typeof globalThis.crypto?.randomUUID === "function" ? globalThis.crypto.randomUUID() : undefined;
}
