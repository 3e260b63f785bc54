import { expect, test } from "@playwright/test";
import { newSignedInPage, passSecondFactor, signIn } from "./helpers/auth";

// Assurance journeys (issue 9): the second factor of employers, advisors and administrators.

const unique = () => `${Date.now().toString(36)}${Math.floor(Math.random() * 1e6).toString(36)}`;
const PASSWORD = "Un cheval bleu à Matane";
const DEMO_PASSWORD = "Demo-Passerelle-2026";

test("@assurance a new employer enrols a second factor, then signs in with a code; a wrong code and a used recovery code are refused", async ({ page }) => {
  test.setTimeout(120_000);
  const email = `mfa-${unique()}@scierie.ca`;
  await page.goto("/inscription/employeur");
  await page.getByLabel("Nom légal de l'organisation").fill(`Scierie ${unique()} inc.`);
  await page.getByLabel(/^NEQ/).fill(String(1_100_000_000 + Math.floor(Math.random() * 899_999_999)));
  await page.getByLabel("Nom complet").fill("Luc Tremblay");
  await page.getByLabel("Adresse courriel").fill(email);
  await page.getByLabel("Mot de passe").fill(PASSWORD);
  await page.getByLabel(/J'ai lu l'avis de confidentialité/).check();
  await page.getByRole("button", { name: "Inscrire mon entreprise" }).click();

  // Enrolment: nothing of the employer's space before it.
  await page.waitForURL(/\/deux-facteurs$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Activer la vérification en deux étapes");
  await expect(page.getByRole("img", { name: /Code QR/ })).toBeVisible();
  await page.goto("/employeur");
  await page.waitForURL(/\/deux-facteurs$/);
  // A wrong first code is refused with a French message.
  await page.getByLabel(/^Code à six chiffres/).fill("000000");
  await page.getByRole("button", { name: "Activer" }).click();
  await expect(page.getByTestId("form-alert")).toContainText("Ce code n'est pas valide ou a déjà servi.");
  await expect(page).toHaveURL(/\/deux-facteurs$/);
  await page.getByLabel(/^Code à six chiffres/).fill("");
  const { secret, recoveryCodes } = await passSecondFactor(page);
  expect(recoveryCodes).toHaveLength(10);
  await expect(page).toHaveURL(/\/employeur$/);

  // Signed out, then in again: the code is asked after the password.
  await page.goto("/compte");
  await page.getByRole("main").getByRole("button", { name: "Se déconnecter", exact: true }).click();
  await page.waitForURL((u) => !u.pathname.startsWith("/compte"));
  await page.goto("/connexion");
  await page.getByLabel("Adresse courriel").fill(email);
  await page.getByLabel("Mot de passe").fill(PASSWORD);
  await page.getByRole("button", { name: "Se connecter" }).click();
  await page.waitForURL(/\/deux-facteurs$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Vérification en deux étapes");
  await page.getByLabel(/^Code à six chiffres/).fill("123456");
  await page.getByRole("button", { name: "Vérifier" }).click();
  await expect(page.getByTestId("field-error")).toContainText("Ce code n'est pas valide ou a déjà servi.");
  // A recovery code works once.
  await page.getByRole("button", { name: "Utiliser un code de récupération" }).click();
  await page.getByLabel(/^Code de récupération/).fill(recoveryCodes[0]!);
  await page.getByRole("button", { name: "Vérifier" }).click();
  await page.waitForURL(/\/employeur$/);

  await page.goto("/compte");
  await page.getByRole("main").getByRole("button", { name: "Se déconnecter", exact: true }).click();
  await page.waitForURL((u) => !u.pathname.startsWith("/compte"));
  await page.goto("/connexion");
  await page.getByLabel("Adresse courriel").fill(email);
  await page.getByLabel("Mot de passe").fill(PASSWORD);
  await page.getByRole("button", { name: "Se connecter" }).click();
  await page.waitForURL(/\/deux-facteurs$/);
  await page.getByRole("button", { name: "Utiliser un code de récupération" }).click();
  await page.getByLabel(/^Code de récupération/).fill(recoveryCodes[0]!);
  await page.getByRole("button", { name: "Vérifier" }).click();
  await expect(page.getByTestId("field-error")).toContainText("Ce code n'est pas valide ou a déjà servi.");
  await page.getByRole("button", { name: "Utiliser le code de l'application" }).click();
  await passSecondFactor(page, { totpSecret: secret });
  await expect(page).toHaveURL(/\/employeur$/);
});

test("@assurance the demo advisor signs in with the README's TOTP secret; a session waiting for its code gets no data", async ({ page }) => {
  await page.goto("/connexion");
  await page.getByLabel("Adresse courriel").fill("conseiller@demo.passerelle.ca");
  await page.getByLabel("Mot de passe").fill(DEMO_PASSWORD);
  await page.getByRole("button", { name: "Se connecter" }).click();
  await page.waitForURL(/\/deux-facteurs$/);
  // Password only: the advisor's pages and the session-only API refuse.
  await page.goto("/conseiller/verifications");
  await page.waitForURL(/\/deux-facteurs$/);
  const api = await page.request.post("/api/v1/match", { data: {} });
  expect(api.status()).toBe(401);
  await passSecondFactor(page, { account: "conseiller@demo.passerelle.ca" });
  await expect(page).toHaveURL(/\/conseiller\/verifications$/);
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
});

test("@assurance the session cookie is HttpOnly and SameSite=Lax", async ({ page, context }) => {
  await signIn(page, "admin@demo.passerelle.ca", DEMO_PASSWORD);
  const cookie = (await context.cookies()).find((c) => c.name.endsWith("next-auth.session-token"));
  expect(cookie).toMatchObject({ httpOnly: true, sameSite: "Lax", path: "/" });
});

test("@assurance the privacy notice names the person in charge, the consents, the ranking's factors, the rights and the retention period, in French and in English", async ({ page }) => {
  await page.goto("/");
  await page.getByRole("contentinfo").getByRole("link", { name: "Confidentialité" }).click();
  await expect(page).toHaveURL(/\/confidentialite$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Avis de confidentialité");
  for (const h of ["Personne responsable de la protection des renseignements personnels", "Vos consentements", "Décisions fondées sur un traitement automatisé", "Vos droits", "Combien de temps nous conservons vos renseignements"]) {
    await expect(page.getByRole("heading", { level: 2, name: h })).toBeVisible();
  }
  await expect(page.getByTestId("privacy-officer-email")).toHaveAttribute("href", /^mailto:.+@.+/);
  await expect(page.getByTestId("privacy-factors").getByRole("listitem")).toHaveCount(8);
  await expect(page.getByRole("link", { name: "Comprendre le fonctionnement du classement" })).toHaveAttribute("href", "/fonctionnement");
  await expect(page.getByTestId("retention-profile")).toContainText("24 mois");
  for (const right of ["Accès", "Rectification", "Portabilité", "Suppression", "Retrait du consentement"]) await expect(page.getByText(new RegExp(`^${right}\\u00a0?:`))).toBeVisible();

  await page.getByRole("button", { name: "English", exact: true }).click();
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Privacy notice");
  await expect(page.getByRole("heading", { level: 2, name: "Person in charge of the protection of personal information" })).toBeVisible();
  await expect(page.getByRole("heading", { level: 2, name: "Decisions based on automated processing" })).toBeVisible();
  await expect(page.getByTestId("retention-profile")).toContainText("24 months");
  await expect(page.getByText(/^Portability:/)).toBeVisible();
});

test("@assurance an administrator records a confidentiality incident; a bad date is refused with a message", async ({ page }) => {
  await signIn(page, "admin@demo.passerelle.ca", DEMO_PASSWORD);
  await expect(page).toHaveURL(/\/admin$/);
  await page.getByRole("link", { name: "Registre des incidents de confidentialité" }).click();
  await page.getByRole("link", { name: "Inscrire un incident" }).click();
  const id = unique();
  await page.getByLabel(/^Date \(ou début de la période\)/).fill("2026-11-20");
  await page.getByLabel(/^Date où l'incident a été connu/).fill("2026-11-10");
  await page.getByLabel(/^Circonstances de l'incident/).fill(`Courriel envoyé au mauvais destinataire ${id}`);
  await page.getByLabel(/^Renseignements personnels visés/).fill("Adresses courriel");
  await page.getByLabel(/^Nombre de personnes concernées/).fill("12");
  await page.getByLabel(/^Évaluation du risque de préjudice/).fill("Faible : destinataire de confiance.");
  await page.getByLabel(/^Mesures prises/).fill("Suppression demandée et confirmée.");
  await page.getByRole("button", { name: "Inscrire l'incident" }).click();
  await expect(page.getByText("L'incident ne peut pas avoir été connu avant d'avoir eu lieu.")).toBeVisible();
  await page.getByLabel(/^Date où l'incident a été connu/).fill("2026-11-22");
  await page.getByLabel(/^L'incident présente un risque de préjudice sérieux/).check();
  await page.getByRole("button", { name: "Inscrire l'incident" }).click();
  await page.waitForURL(/\/admin\/incidents$/);
  const row = page.getByTestId("incident-register").getByRole("row").filter({ hasText: id });
  await expect(row).toContainText("Préjudice sérieux");
  await expect(row).toContainText("Avis à transmettre");
});

test("@assurance a forged X-Forwarded-For does not give an attacker fresh sign-in attempts", async ({ request }) => {
  const email = `personne-${unique()}@exemple.org`;
  const attempt = async (forged: string) => {
    const { csrfToken } = await (await request.get("/api/auth/csrf")).json();
    const res = await request.post("/api/auth/callback/credentials", {
      headers: { "x-forwarded-for": forged, "x-passerelle-peer": forged },
      form: { csrfToken, email, password: "not-the-password-1", json: "true" },
    });
    return new URL((await res.json()).url, "http://x").searchParams.get("error");
  };
  // Ten failures, each claiming another address: all count against the same (account, address) pair...
  for (let i = 0; i < 10; i++) expect(await attempt(`203.0.113.${i}`)).toBe("CredentialsSignin");
  // ...so the eleventh is throttled, whatever address it claims.
  expect(await attempt("198.51.100.99")).toBe("RATE_LIMITED");
});

test("@assurance a candidate asks a person to review a recommendation; an administrator answers and the candidate reads the answer next to it", async ({ page, browser }) => {
  const reason = `Mon expérience en soudure n'a pas été prise en compte (${Date.now()}).`;
  await signIn(page, "candidat@demo.passerelle.ca", DEMO_PASSWORD);
  // The page language follows the account's saved choice, which another journey may have switched to English.
  await page.context().addCookies([{ name: "locale", value: "fr", domain: new URL(page.url()).hostname, path: "/" }]);
  await page.goto("/candidat/offres");
  // A recommendation without an earlier request (a reused database may hold some from previous runs).
  const card = page.getByTestId("recommended-vacancy").filter({ has: page.getByTestId("human-review-button") }).first();
  const title = (await card.getByRole("heading", { level: 3 }).textContent())!.trim();
  await card.getByTestId("human-review-button").click();
  const dialog = page.getByRole("dialog", { name: "Demander une révision par une personne" });
  await dialog.getByRole("button", { name: "Envoyer la demande" }).click();
  await expect(dialog.getByText("Écrivez au moins 10 caractères.")).toBeVisible(); // nothing sent without a message
  await dialog.getByLabel(/^Votre message/).fill(reason);
  await dialog.getByRole("button", { name: "Envoyer la demande" }).click();
  const reviewed = page.getByTestId("recommended-vacancy").filter({ hasText: title }).first();
  await expect(reviewed.getByTestId("human-review")).toContainText("Révision demandée le");

  // Any administrator sees every request (advisors see their regions'); the queue shows the vacancy, never the person.
  const admin = await newSignedInPage(browser, "admin@demo.passerelle.ca", DEMO_PASSWORD);
  await admin.goto("/conseiller/revisions");
  const row = admin.getByTestId("review-queue").getByRole("row").filter({ hasText: title }).last();
  await row.getByRole("link").click();
  await expect(admin.getByTestId("review-reason")).toHaveText(reason);
  await admin.getByLabel(/^Votre réponse/).fill("Nous avons revu le classement avec votre expérience : vous pouvez postuler.");
  await admin.getByRole("button", { name: "Envoyer la réponse" }).click();
  await expect(admin).toHaveURL(/\/conseiller\/revisions$/);
  await admin.context().close();

  await page.reload();
  await expect(page.getByTestId("recommended-vacancy").filter({ hasText: title }).first().getByTestId("human-review")).toContainText("vous pouvez postuler");
});
