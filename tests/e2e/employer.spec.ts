import { expect, test } from "@playwright/test";
import { newSignedInPage as signIn, passSecondFactor } from "./helpers/auth";

// Employer journeys (issue 4): registration -> verification by the seeded advisor -> a vacancy on the public board,
// and a CSV import whose error row is shown, then fixed.

const unique = () => `${Date.now().toString(36)}${Math.floor(Math.random() * 1e6).toString(36)}`;
const PASSWORD = "Un cheval bleu à Matane";
const DEMO_PASSWORD = "Demo-Passerelle-2026";

test("@employer an employer registers, the advisor verifies it, and its vacancy in Saguenay (French level 6) is on the public board in both languages", async ({ page, browser }) => {
  test.setTimeout(120_000);
  const id = unique();
  const orgName = `Scierie Boréale ${id} inc.`;
  const email = `rh-${id}@scierie.ca`;
  const title = `Soudeur ou soudeuse ${id}`;

  // 1. Registration: the organisation waits for verification and cannot publish yet.
  await page.goto("/inscription/employeur");
  await page.getByLabel("Nom légal de l'organisation").fill(orgName);
  await page.getByLabel(/^NEQ/).fill(String(1_100_000_000 + Math.floor(Math.random() * 899_999_999)));
  await page.getByLabel("Nom complet").fill("Luc Tremblay");
  await page.getByLabel("Adresse courriel").fill(email);
  await page.getByLabel("Mot de passe").fill(PASSWORD);
  await page.getByLabel(/J'ai lu l'avis de confidentialité/).check();
  await page.getByRole("button", { name: "Inscrire mon entreprise" }).click();
  await page.waitForURL(/\/deux-facteurs$/); // employers enrol a second factor first
  await passSecondFactor(page);
  await page.waitForURL(/\/employeur$/);
  await expect(page.getByText("Votre organisation est en attente de vérification")).toBeVisible();
  await page.goto("/employeur/postes/nouveau");
  await expect(page.getByRole("button", { name: "Enregistrer et publier" })).toHaveCount(0);

  // 2. The seeded advisor verifies it.
  const advisor = await signIn(browser, "conseiller@demo.passerelle.ca", DEMO_PASSWORD);
  await advisor.goto("/conseiller/verifications");
  await advisor.getByRole("link", { name: orgName }).click();
  await expect(advisor.getByRole("heading", { level: 1 })).toHaveText(`Vérifier ${orgName}`);
  await advisor.getByLabel("Vérifier l'organisation").check();
  await advisor.getByRole("button", { name: "Enregistrer la décision" }).click();
  await advisor.waitForURL(/\/conseiller\/verifications$/);
  await expect(advisor.getByRole("link", { name: orgName })).toHaveCount(0);
  await advisor.context().close();

  // 3. The employer posts a vacancy in Saguenay requiring French level 6, and publishes it.
  await page.goto("/employeur");
  await expect(page.getByTestId("verified-mark").first()).toBeVisible();
  await page.goto("/employeur/postes/nouveau");
  await page.getByLabel(/^Titre du poste/).fill(title);
  await page.getByRole("combobox", { name: /^Profession/ }).fill("soudeur");
  await page.getByRole("listbox").getByRole("option").first().click();
  await page.getByLabel(/^Description du poste/).fill("Soudure de pièces d'acier pour l'industrie forestière, quart de jour, équipe de huit personnes.");
  await page.getByRole("combobox", { name: /^Municipalité du lieu de travail/ }).fill("Saguenay");
  await page.getByRole("listbox").getByRole("option", { name: /^Saguenay/ }).first().click();
  await expect(page.getByTestId("municipality-derived")).toContainText("02 Saguenay–Lac-Saint-Jean · Hors CMM");
  // Bad input first: a wage under the minimum is refused with a French message, nothing is saved.
  await page.getByLabel(/^Salaire horaire minimum/).fill("12,00");
  await page.getByLabel(/^Niveau de français minimum/).selectOption("6");
  await page.getByRole("button", { name: "Enregistrer et publier" }).click();
  await expect(page.getByText("Ce salaire est inférieur au salaire minimum du Québec.", { exact: false })).toBeVisible();
  await page.getByLabel(/^Salaire horaire minimum/).fill("27,50");
  await page.getByRole("button", { name: "Enregistrer et publier" }).click();
  await page.waitForURL(/\/employeur\/postes\/[a-z0-9]+$/);
  await expect(page.getByText("En ligne", { exact: true })).toBeVisible();

  // 4. Anyone finds it on the public board, in French...
  const visitor = await (await browser.newContext()).newPage();
  await visitor.goto(`/emplois?q=${encodeURIComponent(id)}&region=02`);
  const card = visitor.getByTestId("job-card").filter({ hasText: title });
  await expect(card).toBeVisible();
  await expect(card.getByTestId("verified-mark")).toHaveText("Employeur vérifié");
  await expect(card).toContainText("Français : niveau 6 ou plus");
  await card.getByRole("link", { name: title }).click();
  await expect(visitor.getByRole("heading", { level: 1 })).toHaveText(title);
  await expect(visitor.getByText("Niveau 6 ou plus (Échelle québécoise)")).toBeVisible();
  const jsonLd = JSON.parse((await visitor.locator('script[type="application/ld+json"]').textContent()) ?? "{}");
  expect(jsonLd).toMatchObject({ "@type": "JobPosting", title, hiringOrganization: { name: orgName }, jobLocation: { address: { addressLocality: "Saguenay", addressRegion: "QC" } }, baseSalary: { currency: "CAD" } });

  // ...and in English.
  await visitor.getByRole("button", { name: "English" }).click();
  await expect(visitor.locator("html")).toHaveAttribute("lang", "en");
  await expect(visitor.getByText("Level 6 or higher (Québec scale)")).toBeVisible();
  await expect(visitor.getByTestId("verified-mark")).toHaveText("Verified employer");

  // The JSON feed has it too, without personal data.
  const feed = await (await visitor.request.get(`/api/v1/vacancies?q=${encodeURIComponent(id)}&region=02`)).json();
  expect(feed.items.map((i: { title: string }) => i.title)).toEqual([title]);
  expect(JSON.stringify(feed)).not.toContain(email);
});

function csv(rows: string[][]): string {
  const header = ["reference_employeur", "titre", "code_cnp", "code_municipalite", "nombre_postes", "type_emploi", "heures_semaine", "salaire_horaire_min", "niveau_francais_min", "description"];
  return [header, ...rows].map((r) => r.map((c) => (/[",;\n]/.test(c) ? `"${c.replace(/"/g, '""')}"` : c)).join(",")).join("\r\n") + "\r\n";
}

test("@employer a CSV import with an error row shows the error, then succeeds after the fix", async ({ browser }) => {
  test.setTimeout(90_000);
  const id = unique();
  const description = "Soudure de pièces d'acier pour l'industrie forestière, quart de jour.";
  const rows = (wage: string) => [
    [`E2E-${id}-1`, `Soudeur ${id}`, "72106", "94068", "2", "permanent", "40", "27,50", "6", description],
    [`E2E-${id}-2`, `Cariste ${id}`, "75101", "37067", "1", "saisonnier", "40", wage, "", description],
    [`E2E-${id}-3`, `Mécanicien ${id}`, "72400", "08023", "1", "temporaire", "40", "31.00", "5", description],
  ];
  const page = await signIn(browser, "employeur@demo.passerelle.ca", DEMO_PASSWORD);

  await page.goto("/employeur/postes/import");
  await page.getByLabel(/^Fichier CSV/).setInputFiles({ name: `postes-${id}.csv`, mimeType: "text/csv", buffer: Buffer.from(csv(rows("12,00")), "utf8") });
  await page.getByRole("button", { name: "Vérifier le fichier" }).click();
  await page.waitForURL(/\/employeur\/postes\/import\/[a-z0-9]+$/);
  await expect(page.getByTestId("import-invalid")).toHaveText("1");
  const errors = page.getByTestId("import-errors");
  await expect(errors.getByRole("row").nth(1)).toContainText("3");
  await expect(errors.getByRole("row").nth(1)).toContainText("salaire_horaire_min");
  await expect(errors.getByRole("row").nth(1)).toContainText("Ce salaire est inférieur au salaire minimum du Québec.");

  // Fixed file: all rows valid, imported on confirmation.
  await page.goto("/employeur/postes/import");
  await page.getByLabel(/^Fichier CSV/).setInputFiles({ name: `postes-${id}.csv`, mimeType: "text/csv", buffer: Buffer.from(csv(rows("18,00")), "utf8") });
  await page.getByRole("button", { name: "Vérifier le fichier" }).click();
  await page.waitForURL(/\/employeur\/postes\/import\/[a-z0-9]+$/);
  await expect(page.getByTestId("import-invalid")).toHaveText("0");
  await expect(page.getByTestId("import-wouldCreate")).toHaveText("3");
  await page.getByRole("button", { name: "Importer les 3 lignes valides" }).click();
  await expect(page.getByText("Importation terminée")).toBeVisible();
  await expect(page.getByText("3 postes créés et 0 postes mis à jour.")).toBeVisible();

  await page.goto(`/employeur/postes?q=E2E-${id}`);
  await expect(page.getByRole("table").getByRole("row")).toHaveCount(4);
});

test("@employer an owner invites a recruiter, who joins with the single-use link and sees the organisation's positions", async ({ browser }) => {
  test.setTimeout(90_000);
  const id = unique();
  const email = `recrue-${id}@exemple.org`;
  const owner = await signIn(browser, "employeur@demo.passerelle.ca", DEMO_PASSWORD);
  await owner.goto("/employeur/organisation/equipe");
  await owner.getByLabel(/^Courriel de la personne/).fill(email);
  await owner.getByRole("button", { name: "Créer l'invitation" }).click();
  const link = await owner.getByTestId("invitation-link").inputValue();
  expect(link).toMatch(/\/employeur\/invitation\/[A-Za-z0-9_-]{43}$/);
  await expect(owner.getByText(email, { exact: true })).toBeVisible();

  const context = await browser.newContext();
  const recruiter = await context.newPage();
  await recruiter.goto(new URL(link).pathname);
  await expect(recruiter.getByRole("heading", { level: 1 })).toContainText("Rejoindre l'équipe de");
  await recruiter.getByLabel("Votre nom").fill("Nadia Recrue");
  await recruiter.getByLabel(/^Mot de passe/).fill(PASSWORD);
  await recruiter.getByRole("button", { name: "Créer mon compte et rejoindre l'équipe" }).click();
  await recruiter.waitForURL(/\/deux-facteurs$/);
  await passSecondFactor(recruiter);
  await recruiter.waitForURL(/\/employeur$/);
  await recruiter.goto("/employeur/postes");
  await expect(recruiter.getByRole("heading", { level: 1 })).toHaveText("Postes");
  // The link was single-use.
  const again = await (await browser.newContext()).newPage();
  await again.goto(new URL(link).pathname);
  await expect(again.getByRole("heading", { level: 1 })).toHaveText("Invitation non valide");
  // A recruiter sees the team but cannot change it.
  await recruiter.goto("/employeur/organisation/equipe");
  await expect(recruiter.getByTestId("team-members")).toContainText("Nadia Recrue");
  await expect(recruiter.getByRole("button", { name: "Créer l'invitation" })).toHaveCount(0);
});
