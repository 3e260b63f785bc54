import { expect, test, type Page } from "@playwright/test";
import AxeBuilder from "@axe-core/playwright";
import { signIn } from "./helpers/auth";

// Matching journeys (issue 5): the demo employer (Trois-Rivières, Mauricie) reads why its first recommended
// candidate ranks first; the demo candidate sees recommended vacancies with their reasons, in French and English.

const DEMO_PASSWORD = "Demo-Passerelle-2026";

async function switchLanguage(page: Page, to: "fr" | "en") {
  await page.getByRole("button", { name: to === "en" ? "English" : "Français", exact: true }).click();
  await expect(page.locator("html")).toHaveAttribute("lang", to);
}

async function expectNoSeriousA11yViolations(page: Page) {
  const { violations } = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa"]).analyze();
  expect(violations.filter((v) => v.impact === "serious" || v.impact === "critical").map((v) => `${v.id}: ${v.help}`)).toEqual([]);
}

test("@matching an employer opens the recommended candidates of a vacancy in Mauricie and reads the explanation of the first one", async ({ page }) => {
  test.setTimeout(90_000);
  await signIn(page, "employeur@demo.passerelle.ca", DEMO_PASSWORD);

  // From the list of positions (its published ones in Mauricie: other journeys add positions elsewhere) to one of
  // them, then to its recommendations.
  await page.goto("/employeur/postes?region=04&statut=published");
  await page.getByRole("table").getByRole("link").first().click();
  await expect(page).toHaveURL(/\/employeur\/postes\/[^/]+$/);
  await page.getByTestId("recommendations-link").click();
  await expect(page).toHaveURL(/\/recommandations$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Candidats recommandés");
  await expect(page.getByRole("main").getByText("Mauricie").first()).toBeVisible();
  await expect(page.getByText("C'est vous qui décidez qui inviter.", { exact: false })).toBeVisible();

  // The first candidate: rank, score in %, the five-step scale in words, one bar per factor with its weight, gaps.
  const first = page.getByTestId("recommended-candidate").first();
  await expect(first.getByText("Rang 1")).toBeVisible();
  await expect(first.getByTestId("match-score")).toContainText("%");
  await expect(first.getByTestId("match-scale")).toHaveText(/^Correspondance (excellente|très bonne|bonne|partielle|faible) \([1-5] sur 5\)$/);
  const factors = first.getByTestId("match-factors");
  for (const name of ["Profession", "Compétences", "Région", "Français", "Expérience", "Scolarité", "Disponibilité"]) {
    await expect(factors.getByText(name, { exact: true })).toBeVisible();
  }
  await expect(factors.locator('[data-factor="region"]')).toContainText("poids 25\u00a0%");
  await expect(factors.locator('[data-factor="region"]')).toContainText(/Mauricie|région/i);
  await expect(first.getByTestId("match-gaps").getByRole("heading", { name: "Ce qui manque" })).toBeVisible();

  // The anonymous profile: what matching needs, no name.
  await first.getByText("Voir le profil anonyme").click();
  await expect(first.getByTestId("anonymous-card")).toBeVisible();
  await expectNoSeriousA11yViolations(page);

  // A filter lives in the URL and the server ranks again with it.
  await page.getByLabel("Seulement les personnes qui veulent vivre dans la région du poste").check();
  await page.getByRole("button", { name: "Appliquer" }).click();
  await expect(page).toHaveURL(/region=1/);
  const regionDetail = page.getByTestId("recommended-candidate").first().locator('[data-factor="region"]');
  await expect(regionDetail).toContainText(/Région souhaitée|Ouvert à toute région/);
});

test("@matching a candidate sees recommended vacancies with the reasons, in French and in English", async ({ page }) => {
  test.setTimeout(90_000);
  await signIn(page, "candidat@demo.passerelle.ca", DEMO_PASSWORD);
  await page.goto("/candidat/offres");
  // The language is remembered on the account: start from French whatever an earlier run left.
  if ((await page.locator("html").getAttribute("lang")) !== "fr") await switchLanguage(page, "fr");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Offres recommandées pour vous");
  const first = page.getByTestId("recommended-vacancy").first();
  await expect(first.getByText("Rang 1")).toBeVisible();
  await expect(first.getByRole("heading", { name: "Pourquoi cette offre" })).toBeVisible();
  await expect(first.getByTestId("match-factors").getByText("Région", { exact: true })).toBeVisible();
  await expect(first.getByTestId("match-factors").locator('[data-factor="occupation"]')).toContainText(/CNP \d{5}/);
  await expect(page.getByTestId("recommended-vacancy").filter({ hasText: "Hors de la région de Montréal" }).first()).toBeVisible();
  await expectNoSeriousA11yViolations(page);

  await switchLanguage(page, "en");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Jobs recommended for you");
  const firstEn = page.getByTestId("recommended-vacancy").first();
  await expect(firstEn.getByText("Rank 1")).toBeVisible();
  await expect(firstEn.getByRole("heading", { name: "Why this job" })).toBeVisible();
  await expect(firstEn.getByTestId("match-factors").getByText("Region", { exact: true })).toBeVisible();
  await expect(firstEn.getByTestId("match-factors").locator('[data-factor="occupation"]')).toContainText(/NOC \d{5}/);
  await expect(page.getByTestId("recommended-vacancy").filter({ hasText: "Outside the Montréal area" }).first()).toBeVisible();

  // Only jobs outside the Montréal area, through the URL.
  await page.getByLabel("Only outside the Montréal area").check();
  await page.getByRole("button", { name: "Apply" }).click();
  await expect(page).toHaveURL(/hors-cmm=1/);
  await expect(page.locator('[data-testid="recommended-vacancy"][data-outside-cmm="false"]')).toHaveCount(0);
  await switchLanguage(page, "fr");
});

test("@matching the plain-language page says how ranking works and that a person decides", async ({ page }) => {
  await page.goto("/fonctionnement");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Comment fonctionne le classement");
  await expect(page.getByRole("heading", { name: "Une personne décide, pas le moteur" })).toBeVisible();
  await expect(page.getByRole("table")).toContainText("Région");
  await expect(page.getByText("la nationalité ou la citoyenneté")).toBeVisible();
  const api = await page.request.get("/api/v1/openapi.json");
  expect(api.ok()).toBe(true);
  expect((await api.json()).paths).toHaveProperty("/api/v1/match");
  const anonymous = await page.request.post("/api/v1/match", { data: { vacancy: { id: "v" }, candidates: [] } });
  expect(anonymous.status()).toBe(401);
});

test("@matching an advisor's session may call the matching API; an employer's session may not", async ({ page, browser }) => {
  test.setTimeout(90_000);
  const body = { vacancy: { id: "v-1", nocCode: "72106", regionCode: "04", minFrenchLevel: 5 }, candidates: [{ id: "a", occupations: [{ nocCode: "72106", years: 4 }], frenchLevel: 7, preferredRegionCodes: ["04"] }, { id: "b", frenchLevel: 3 }], limit: 5 };
  await signIn(page, "conseiller@demo.passerelle.ca", DEMO_PASSWORD);
  const ok = await page.request.post("/api/v1/match?locale=en", { data: body });
  expect(ok.status()).toBe(200);
  const json = await ok.json();
  expect(json.vacancyId).toBe("v-1");
  expect(json.results.map((r: { candidateId: string; eligible: boolean }) => [r.candidateId, r.eligible])).toEqual([["a", true], ["b", false]]);
  expect(json.results[1].gaps[0]).toMatch(/French level 3, 5 required/);

  const employer = await (await browser.newContext()).newPage();
  await signIn(employer, "employeur@demo.passerelle.ca", DEMO_PASSWORD);
  expect((await employer.request.post("/api/v1/match", { data: body })).status()).toBe(403);
  await employer.context().close();
});
