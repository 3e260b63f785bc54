import { expect, type Browser, type Page } from "@playwright/test";
import { DEMO_TOTP_SECRET, nextTotpCode, skipStep } from "./totp";

// Signing in through the UI, second factor included. Employers, advisors and administrators are asked for a TOTP
// code after the password (/deux-facteurs); the demo accounts share DEMO_TOTP_SECRET (README). A new account of those
// roles is asked to enrol: the helper reads the secret the page shows, confirms it and keeps the recovery codes.
// Labels are matched in French and in English.

const FIELD_EMAIL = /^(Adresse courriel|Email address)/;
const FIELD_PASSWORD = /^(Mot de passe|Password)/;
const BUTTON_SIGN_IN = /^(Se connecter|Sign in)$/;
const FIELD_CODE = /^(Code à six chiffres|Six-digit code)/;

/** Signs in at /connexion and passes the second factor when asked (with `totpSecret`, the demo secret by default). */
export async function signIn(page: Page, email: string, password: string, opts: { totpSecret?: string } = {}): Promise<void> {
  await page.goto("/connexion");
  await page.getByLabel(FIELD_EMAIL).fill(email);
  await page.getByLabel(FIELD_PASSWORD).fill(password);
  await page.getByRole("button", { name: BUTTON_SIGN_IN }).click();
  await page.waitForURL((u) => !u.pathname.startsWith("/connexion") && u.pathname !== "/apres-connexion");
  if (new URL(page.url()).pathname === "/deux-facteurs") await passSecondFactor(page, { totpSecret: opts.totpSecret, account: email });
}

/** A new browser context (no cookies) signed in as this account; close it with page.context().close(). */
export async function newSignedInPage(browser: Browser, email: string, password: string, opts: { totpSecret?: string } = {}): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await signIn(page, email, password, opts);
  return page;
}

/**
 * On /deux-facteurs: enrols (when the page shows a secret; returns it, and the recovery codes) or enters a code,
 * then waits to leave the page.
 */
export async function passSecondFactor(
  page: Page,
  { totpSecret = DEMO_TOTP_SECRET, account }: { totpSecret?: string; account?: string } = {},
): Promise<{ secret: string; recoveryCodes: string[] }> {
  await expect(page).toHaveURL(/\/deux-facteurs$/);
  const shown = page.getByTestId("mfa-secret");
  if (await shown.count()) {
    const secret = (await shown.getAttribute("data-secret"))!;
    await page.getByLabel(FIELD_CODE).fill(await nextTotpCode(secret));
    await page.getByRole("button", { name: /^(Activer|Turn on)$/ }).click();
    const codes = page.getByTestId("recovery-codes").getByRole("listitem");
    await expect(codes).toHaveCount(10);
    const recoveryCodes = await codes.allTextContents();
    await page.getByLabel(/^(J'ai conservé mes codes|I have kept my recovery codes)/).check();
    await page.getByRole("button", { name: /^(Continuer|Continue)$/ }).click();
    await page.waitForURL((u) => u.pathname !== "/deux-facteurs" && u.pathname !== "/apres-connexion");
    return { secret, recoveryCodes };
  }
  for (let attempt = 0; ; attempt++) {
    await page.getByLabel(FIELD_CODE).fill(await nextTotpCode(totpSecret, account));
    await page.getByRole("button", { name: /^(Vérifier|Verify)$/ }).click();
    const outcome = await Promise.race([
      page.waitForURL((u) => u.pathname !== "/deux-facteurs" && u.pathname !== "/apres-connexion").then(() => "in" as const),
      page.getByTestId("form-alert").waitFor().then(() => "refused" as const),
    ]);
    if (outcome === "in") return { secret: totpSecret, recoveryCodes: [] };
    if (attempt >= 2) throw new Error("the second factor was refused three times");
    skipStep(account ?? totpSecret); // a step used by another process: try the next one
  }
}
