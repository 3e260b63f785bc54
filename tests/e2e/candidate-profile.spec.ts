import { readFile } from "node:fs/promises";
import { expect, test, type Page } from "@playwright/test";
import { addCalendarDays, quebecDate } from "../../lib/domain/vacancy/dates";

const unique = () => `${Date.now().toString(36)}${Math.floor(Math.random() * 1e6).toString(36)}`;
const PASSWORD = "Un cheval bleu à Matane";

/** YYYY-MM-DD, `days` from today in Québec. */
const isoInDays = (days: number) => addCalendarDays(quebecDate(), days);

const section = (page: Page, anchor: string) => page.locator(`section#${anchor}`);

const SECTION_OF: Record<string, string> = {
  identite: "identity",
  situation: "location",
  professions: "occupations",
  competences: "skills",
  formation: "education",
  langues: "languages",
  regions: "mobility",
  disponibilite: "availability",
};

async function save(page: Page, anchor: string, button: string, saved: RegExp) {
  await section(page, anchor).getByRole("button", { name: button }).click();
  await expect(page.getByTestId(`section-status-${SECTION_OF[anchor]}`)).toHaveText(saved);
}

/** Downloads the JSON export from the account page and parses it. */
async function exportJson(page: Page, linkName: string) {
  const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: linkName }).click()]);
  return JSON.parse(await readFile((await download.path())!, "utf8"));
}

test("@candidate a candidate builds a complete profile in French, previews the anonymous card, turns visibility on and exports the data; then in English", async ({ page }) => {
  test.setTimeout(180_000);
  const email = `profil-${unique()}@exemple.org`;

  // A new account lands on its empty profile.
  await page.goto("/inscription/candidat");
  await page.getByLabel("Nom complet").fill("Awa Traoré");
  await page.getByLabel("Adresse courriel").fill(email);
  await page.getByLabel("Mot de passe").fill(PASSWORD);
  await page.getByLabel(/J'ai lu l'avis de confidentialité/).check();
  await page.getByRole("button", { name: "Créer mon compte" }).click();
  await page.waitForURL(/\/candidat\/profil/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Mon profil");
  await expect(page.getByTestId("completeness-percent")).toHaveText("Profil rempli à 0\u00a0%");
  await expect(page.getByTestId("consent-visible_to_employers")).toHaveAttribute("aria-checked", "false");

  // Identity, with bad input first: a script tag is refused with a French message next to the field.
  const identity = section(page, "identite");
  await identity.getByLabel("Prénom").fill("<script>alert(1)</script>");
  await identity.getByLabel("Nom de famille").fill("Traoré");
  await identity.getByRole("button", { name: "Enregistrer cette section" }).click();
  await expect(identity.getByText("Ce champ ne peut pas contenir les caractères < ou >.")).toBeVisible();
  await identity.getByLabel("Prénom").fill("Awa");
  await save(page, "identite", "Enregistrer cette section", /Enregistré le/);

  const location = section(page, "situation");
  await location.getByLabel("Non, je vis ailleurs (au Canada ou à l'étranger)").check();
  await location.getByLabel("Pays de résidence").selectOption("ML");
  await location.getByLabel("Ville de résidence").fill("Bamako");
  await save(page, "situation", "Enregistrer cette section", /Enregistré le/);

  // Occupation: a feminine job title typed without its accents finds the welders' unit group.
  const occupations = section(page, "professions");
  const title = occupations.getByRole("combobox", { name: "Profession 1" });
  await title.fill("soudeuse");
  await occupations.getByRole("option", { name: /^Soudeur\/soudeuse CNP 72106/ }).click();
  await expect(occupations.getByTestId("occupation-group")).toContainText("CNP 72106");
  await occupations.getByLabel("Années d'expérience").fill("6,5");
  await save(page, "professions", "Enregistrer cette section", /Enregistré le/);

  const skills = section(page, "competences");
  const skillInput = skills.getByRole("combobox", { name: "Vos compétences" });
  await skillInput.fill("soudage mi");
  await skills.getByRole("option", { name: "Soudage MIG" }).click();
  await skillInput.fill("lecture de pl");
  await skills.getByRole("option", { name: "Lecture de plans" }).click();
  await skillInput.fill("Taille de pierre");
  await skillInput.press("Enter");
  await expect(skills.getByRole("listitem").filter({ hasText: "Taille de pierre" })).toBeVisible();
  await save(page, "competences", "Enregistrer cette section", /Enregistré le/);

  const education = section(page, "formation");
  await education.getByLabel("Plus haut niveau d'études terminé").selectOption("vocational");
  await education.getByLabel("Domaine d'études").fill("Soudage-montage");
  await education.getByLabel("Évaluation comparative demandée").check();
  await save(page, "formation", "Enregistrer cette section", /Enregistré le/);

  // French on the Échelle québécoise, each level explained in plain words.
  const languages = section(page, "langues");
  await languages.getByLabel("Français oral (comprendre et parler)").selectOption("7");
  await expect(languages.getByText("Vous communiquez avec une certaine aisance au travail", { exact: false }).first()).toBeVisible();
  await languages.getByLabel("Français écrit (lire et écrire)").selectOption("6");
  await languages.getByLabel("Anglais (NCLC/CLB)").selectOption("4");
  await save(page, "langues", "Enregistrer cette section", /Enregistré le/);

  // Two regions chosen on the map.
  const mobility = section(page, "regions");
  await mobility.locator('path[data-region="04"]').click();
  await mobility.locator('path[data-region="02"]').click();
  await expect(mobility.getByRole("button", { name: "Mauricie" })).toHaveAttribute("aria-pressed", "true");
  await expect(mobility.getByRole("button", { name: "Saguenay–Lac-Saint-Jean" })).toHaveAttribute("aria-pressed", "true");
  await expect(mobility.getByText("2 régions choisies")).toBeVisible();
  await save(page, "regions", "Enregistrer cette section", /Enregistré le/);

  // A date in the past is refused; a future one is kept.
  const availability = section(page, "disponibilite");
  await availability.getByLabel("Disponible à partir du").fill(isoInDays(-3));
  await availability.getByLabel("Permanent").check();
  await availability.getByRole("button", { name: "Enregistrer cette section" }).click();
  await expect(availability.getByText("La date de disponibilité ne peut pas être passée.", { exact: false })).toBeVisible();
  await availability.getByLabel("Disponible à partir du").fill(isoInDays(30));
  await save(page, "disponibilite", "Enregistrer cette section", /Enregistré le/);

  await expect(page.getByTestId("completeness-percent")).toHaveText("Profil rempli à 100\u00a0%");

  // The anonymous card: the occupation and levels, never the name.
  await page.getByRole("button", { name: "Voir ce qu'un employeur voit" }).click();
  const card = page.getByRole("dialog").getByTestId("anonymous-card");
  await expect(card).toContainText("Soudeurs/soudeuses");
  await expect(card).toContainText("Niveau 6 (oral 7, écrit 6)");
  await expect(card).toContainText("Mauricie");
  await expect(card).not.toContainText("Awa");
  await expect(card).not.toContainText("Bamako");
  await page.getByRole("dialog").getByRole("button", { name: "Fermer" }).last().click();

  // Visibility is off by default and turned on in one click.
  const visible = page.getByTestId("consent-visible_to_employers");
  await visible.click();
  await expect(visible).toHaveAttribute("aria-checked", "true");
  await expect(page.getByTestId("consent-included_in_matching")).toHaveAttribute("aria-checked", "false");

  // Export: every section's data and the consent history.
  await page.goto("/candidat/compte");
  const data = await exportJson(page, "Télécharger mes données (JSON)");
  expect(data.account.email).toBe(email);
  expect(data.profile).toMatchObject({ firstName: "Awa", lastName: "Traoré", countryOfResidence: "ML", frenchOral: 7, frenchWritten: 6, visibleToEmployers: true });
  expect(data.profile.preferredRegionCodes).toEqual(["02", "04"]);
  expect(data.occupations).toEqual([expect.objectContaining({ nocCode: "72106", years: 6.5 })]);
  expect(data.consentHistory).toEqual([expect.objectContaining({ purpose: "visible_to_employers", granted: true })]);

  // The same key steps in English.
  await page.getByTestId("language-switch").click();
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await page.goto("/candidat/profil");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("My profile");
  await expect(page.getByTestId("completeness-percent")).toHaveText("Profile 100% complete");

  const occupationsEn = section(page, "professions");
  await occupationsEn.getByRole("button", { name: "Add an occupation" }).click();
  await occupationsEn.getByRole("combobox", { name: "Occupation 2" }).fill("truck driver");
  await occupationsEn.getByRole("option", { name: /^Truck driver NOC 73300/ }).click();
  await occupationsEn.getByLabel("Years of experience").nth(1).fill("2.5");
  await save(page, "professions", "Save this section", /Saved on/);

  const languagesEn = section(page, "langues");
  await languagesEn.getByLabel("Spoken French (listening and speaking)").selectOption("8");
  await expect(languagesEn.getByText("You communicate effectively in most work situations", { exact: false }).first()).toBeVisible();
  await save(page, "langues", "Save this section", /Saved on/);

  // The keyboard-accessible list is the map's alternative.
  const mobilityEn = section(page, "regions");
  await mobilityEn.getByRole("checkbox", { name: /Côte-Nord/ }).check();
  await expect(mobilityEn.getByRole("button", { name: "Côte-Nord" })).toHaveAttribute("aria-pressed", "true");
  await save(page, "regions", "Save this section", /Saved on/);

  await page.getByRole("button", { name: "See what an employer sees" }).click();
  const cardEn = page.getByRole("dialog").getByTestId("anonymous-card");
  await expect(cardEn).toContainText("Welders and related machine operators");
  await expect(cardEn).toContainText("Transport truck drivers");
  await expect(cardEn).toContainText("Level 6 (spoken 8, written 6)");
  await expect(cardEn).toContainText("Côte-Nord");
  await page.getByRole("dialog").getByRole("button", { name: "Close" }).last().click();
  await expect(page.getByTestId("consent-visible_to_employers")).toHaveAttribute("aria-checked", "true");

  await page.goto("/candidat/compte");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("My data and my account");
  const dataEn = await exportJson(page, "Download my data (JSON)");
  expect(dataEn.profile.preferredRegionCodes).toEqual(["02", "04", "09"]);
  expect(dataEn.occupations.map((o: { nocCode: string }) => o.nocCode).sort()).toEqual(["72106", "73300"]);
  expect(dataEn.profile.frenchOral).toBe(8);
});

test("@candidate two tabs saving the same section: the second is told the section changed and overwrites nothing", async ({ page, context }) => {
  const email = `onglets-${unique()}@exemple.org`;
  await page.goto("/inscription/candidat");
  await page.getByLabel("Nom complet").fill("Ousmane Keita");
  await page.getByLabel("Adresse courriel").fill(email);
  await page.getByLabel("Mot de passe").fill(PASSWORD);
  await page.getByLabel(/J'ai lu l'avis de confidentialité/).check();
  await page.getByRole("button", { name: "Créer mon compte" }).click();
  await page.waitForURL(/\/candidat\/profil/);

  const second = await context.newPage();
  await second.goto("/candidat/profil");

  await section(page, "identite").getByLabel("Prénom").fill("Ousmane");
  await section(page, "identite").getByLabel("Nom de famille").fill("Keita");
  await save(page, "identite", "Enregistrer cette section", /Enregistré le/);

  const stale = section(second, "identite");
  await stale.getByLabel("Prénom").fill("Autre");
  await stale.getByLabel("Nom de famille").fill("Nom");
  await stale.getByRole("button", { name: "Enregistrer cette section" }).click();
  await expect(stale.getByTestId("form-alert")).toHaveText(/Cette section a changé depuis que vous l'avez ouverte/);
  await expect(stale.getByTestId("section-conflict")).toBeVisible();

  await second.reload();
  await expect(section(second, "identite").getByLabel("Prénom")).toHaveValue("Ousmane");
});
