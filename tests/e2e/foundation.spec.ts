import { expect, test } from "@playwright/test";
import { passSecondFactor } from "./helpers/auth";

const unique = () => `${Date.now().toString(36)}${Math.floor(Math.random() * 1e6).toString(36)}`;
const PASSWORD = "Un cheval bleu à Matane";

test("@foundation the health endpoint answers ok with the database up", async ({ request }) => {
  const res = await request.get("/api/health");
  expect(res.status()).toBe(200);
  expect(await res.json()).toEqual({ status: "ok", database: "up" });
});

test("@foundation a candidate registers in French, signs out and signs back in", async ({ page }) => {
  const email = `candidat-${unique()}@exemple.org`;
  await page.goto("/inscription/candidat");
  await expect(page.locator("html")).toHaveAttribute("lang", "fr");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Créer mon compte candidat");

  // Bad input first: a common password is refused with a French message, nothing is created.
  await page.getByLabel("Nom complet").fill("Amina Diallo");
  await page.getByLabel("Adresse courriel").fill(email);
  await page.getByLabel("Mot de passe").fill("motdepasse123");
  await page.getByLabel(/J'ai lu l'avis de confidentialité/).check();
  await page.getByRole("button", { name: "Créer mon compte" }).click();
  await expect(page.getByText("Ce mot de passe est trop courant.", { exact: false })).toBeVisible();

  await page.getByLabel("Mot de passe").fill(PASSWORD);
  await page.getByRole("button", { name: "Créer mon compte" }).click();
  await page.waitForURL(/\/candidat\//);

  await page.goto("/compte");
  await expect(page.getByText(`Connecté en tant que ${email}`)).toBeVisible();
  await page.getByRole("main").getByRole("button", { name: "Se déconnecter", exact: true }).click();
  await page.waitForURL((u) => !u.pathname.startsWith("/compte"));

  await page.goto("/compte");
  await page.waitForURL(/\/connexion/);
  await page.getByLabel("Adresse courriel").fill(email);
  await page.getByLabel("Mot de passe").fill("not-the-password-1");
  await page.getByRole("button", { name: "Se connecter" }).click();
  await expect(page.getByTestId("form-alert")).toHaveText("Adresse courriel ou mot de passe incorrect.");
  await page.getByLabel("Mot de passe").fill(PASSWORD);
  await page.getByRole("button", { name: "Se connecter" }).click();
  await page.waitForURL(/\/candidat\//);
});

test("@foundation an employer registers and sees that the organisation awaits verification", async ({ page }) => {
  const email = `rh-${unique()}@scierie.ca`;
  await page.goto("/inscription/employeur");
  await page.getByLabel("Nom légal de l'organisation").fill("Scierie Boréale inc.");
  await page.getByLabel(/^NEQ/).fill("12345678");
  await page.getByLabel("Nom complet").fill("Luc Tremblay");
  await page.getByLabel("Adresse courriel").fill(email);
  await page.getByLabel("Mot de passe").fill(PASSWORD);
  await page.getByLabel(/J'ai lu l'avis de confidentialité/).check();
  await page.getByRole("button", { name: "Inscrire mon entreprise" }).click();
  await expect(page.getByText("Le NEQ compte exactement 10 chiffres.")).toBeVisible();

  await page.getByLabel(/^NEQ/).fill(String(1_100_000_000 + Math.floor(Math.random() * 8_999_999)));
  await page.getByRole("button", { name: "Inscrire mon entreprise" }).click();
  await page.waitForURL(/\/deux-facteurs$/); // employers enrol a second factor first
  await passSecondFactor(page);
  await page.waitForURL(/\/employeur/);
  await expect(page.getByText(/organisation est en attente de vérification/)).toBeVisible();
});

test("@foundation sign out everywhere ends the session", async ({ page, browser }) => {
  await page.goto("/connexion");
  const email = `partout-${unique()}@exemple.org`;
  await page.goto("/inscription/candidat");
  await page.getByLabel("Nom complet").fill("Jo Partout");
  await page.getByLabel("Adresse courriel").fill(email);
  await page.getByLabel("Mot de passe").fill(PASSWORD);
  await page.getByLabel(/J'ai lu l'avis de confidentialité/).check();
  await page.getByRole("button", { name: "Créer mon compte" }).click();
  await page.waitForURL(/\/candidat\//);
  // A second device, signed in too.
  const other = await browser.newContext();
  const page2 = await other.newPage();
  await page2.goto("/connexion");
  await page2.getByLabel("Adresse courriel").fill(email);
  await page2.getByLabel("Mot de passe").fill(PASSWORD);
  await page2.getByRole("button", { name: "Se connecter" }).click();
  await page2.waitForURL(/\/candidat\//);

  await page.goto("/compte");
  await page.getByRole("button", { name: "Me déconnecter de tous mes appareils" }).click();
  await page.waitForURL(/\/connexion/);
  await page2.goto("/compte");
  await page2.waitForURL(/\/connexion/);
  await other.close();
});
