import { expect, test, type Page } from "@playwright/test";

// The bilingual shell: French by default, the language switch (with and without JavaScript), the skip link and the
// translated 404. Each test starts without cookies (a fresh browser context), i.e. as a first-time visitor.

const H1_FR = "Des emplois vous attendent dans les régions du Québec";
const H1_EN = "Jobs are waiting for you in Québec's regions";

async function switchLanguage(page: Page, to: "fr" | "en") {
  await page.getByRole("button", { name: to === "en" ? "English" : "Français", exact: true }).click();
  await expect(page.locator("html")).toHaveAttribute("lang", to);
}

test("@foundation the home page is in French by default", async ({ page }) => {
  await page.goto("/");
  await expect(page.locator("html")).toHaveAttribute("lang", "fr");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(H1_FR);
  await expect(page).toHaveTitle(/Passerelle Régions$/);
  const nav = page.getByRole("navigation", { name: "Navigation principale" });
  await expect(nav.getByRole("link", { name: "Offres d'emploi" })).toBeVisible();
  await expect(nav.getByRole("link", { name: "Se connecter" })).toBeVisible();
  await expect(page.getByRole("main").getByText("84\u00a0%", { exact: true })).toBeVisible();
  await expect(page.getByRole("contentinfo").getByRole("link", { name: "Confidentialité" })).toHaveAttribute("href", "/confidentialite");
});

test("@foundation the language switch turns the page to English and back, and remembers the choice", async ({ page, context }) => {
  await page.goto("/");
  await switchLanguage(page, "en");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(H1_EN);
  await expect(page.getByRole("navigation", { name: "Main navigation" }).getByRole("link", { name: "Job offers" })).toHaveAttribute("href", "/emplois");
  expect(new URL(page.url()).pathname).toBe("/"); // same French paths in both languages

  const cookie = (await context.cookies()).find((c) => c.name === "locale");
  expect(cookie).toMatchObject({ value: "en", sameSite: "Lax", path: "/" });
  const days = (cookie!.expires - Date.now() / 1000) / 86_400;
  expect(days).toBeGreaterThan(360);
  expect(days).toBeLessThan(370);

  await page.reload();
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await switchLanguage(page, "fr");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(H1_FR);
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("@foundation the language switch still works (a plain form post to the server action)", async ({ page }) => {
    await page.goto("/");
    await switchLanguage(page, "en");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(H1_EN);
    await switchLanguage(page, "fr");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(H1_FR);
  });
});

test("@foundation the skip link is the first focusable element and leads to the main content", async ({ page }) => {
  await page.goto("/");
  await page.keyboard.press("Tab");
  const skip = page.getByRole("link", { name: "Aller au contenu" });
  await expect(skip).toBeFocused();
  await expect(skip).toBeVisible(); // visually hidden until focused
  await expect(skip).toHaveAttribute("href", "#main");
  await page.keyboard.press("Enter");
  await expect(page.locator("main#main")).toBeFocused();
  // The next Tab lands in the page content, past the header and its navigation.
  await page.keyboard.press("Tab");
  const inMain = await page.evaluate(() => !!document.activeElement?.closest("main"));
  expect(inMain).toBe(true);
});

test("@foundation the 404 page is translated", async ({ page }) => {
  const res = await page.goto("/cette-page-n-existe-pas");
  expect(res?.status()).toBe(404);
  await expect(page.locator("html")).toHaveAttribute("lang", "fr");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Page introuvable");
  await expect(page).toHaveTitle(/^Page introuvable/);
  await expect(page.getByRole("main").getByRole("link", { name: "Retour à l'accueil" })).toHaveAttribute("href", "/");

  await switchLanguage(page, "en");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Page not found");
  await expect(page.getByRole("main").getByRole("link", { name: "Back to the home page" })).toBeVisible();
});
