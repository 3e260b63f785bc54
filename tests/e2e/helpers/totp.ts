import { totp, totpStep, TOTP_PERIOD_SECONDS } from "../../../lib/security/totp";
export { DEMO_TOTP_SECRET } from "../../../prisma/seed/demo-mfa";

// Codes for the journeys, computed with the app's own TOTP code (lib/security/totp.ts). The server accepts a code of
// the previous, current or next 30-second step, but each step only once per account (replay protection): signing
// the same demo account in twice within 30 seconds needs the next step's code, a third time waits for it. The demo
// accounts share one secret but each has its own used steps, so the steps used are kept per account: keeping them
// per secret made every staff sign-in of a run wait for the one before it, whichever the account.

const lastUsed = new Map<string, number>();

/**
 * A code the server has not seen yet for this account (from this test process), waiting for the next step if needed.
 * `account` is the e-mail address; an account with a secret of its own may omit it.
 */
export async function nextTotpCode(secret: string, account: string = secret): Promise<string> {
  const current = totpStep(Date.now());
  const step = Math.max(current, (lastUsed.get(account) ?? -1) + 1);
  if (step > current + 1) {
    // Wait until `step` is at most one step ahead of the server's clock.
    const waitMs = (step - 1) * TOTP_PERIOD_SECONDS * 1000 - Date.now() + 250;
    if (waitMs > 0) await new Promise((r) => setTimeout(r, waitMs));
  }
  lastUsed.set(account, step);
  return totp(secret, Date.now(), { step });
}

/** After the server refused a code (a step used by another process): skip past the current step. */
export function skipStep(account: string) {
  lastUsed.set(account, Math.max(lastUsed.get(account) ?? -1, totpStep(Date.now()) + 1));
}
