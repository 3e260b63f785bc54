import { expect, test, type Browser, type Page } from "@playwright/test";
import { newSignedInPage } from "./helpers/auth";
import { addCalendarDays, quebecDate } from "../../lib/domain/vacancy/dates";

// Journées Québec (issue 7), the whole journey in the browser: the advisor creates an event; the demo employer
// registers with a vacancy in Abitibi-Témiscamingue; the advisor approves and opens applications; the demo candidate
// applies with a PDF (after a renamed text file is refused); the employer preselects and opens slots; the candidate
// books one and downloads its .ics; the employer records an accepted offer; the event dashboard shows it.

const DEMO_PASSWORD = "Demo-Passerelle-2026";
const unique = () => `${Date.now().toString(36)}${Math.floor(Math.random() * 1e6).toString(36)}`;
const PDF = Buffer.from("%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n");

/**
 * Signs in through the UI in a new context, passing the second factor when the portal asks for one (the shared
 * helper: a demo account signed in twice within 30 seconds needs the next step's code, a replayed one is refused).
 */
/** Signed in, in French whatever language the account remembers from an earlier journey (this one reads French labels). */
async function signIn(browser: Browser, email: string): Promise<Page> {
  const page = await newSignedInPage(browser, email, DEMO_PASSWORD);
  if ((await page.locator("html").getAttribute("lang")) !== "fr") {
    await page.getByTestId("language-switch").click();
    await expect(page.locator("html")).toHaveAttribute("lang", "fr");
  }
  return page;
}

/** YYYY-MM-DD, `offset` days from today in Québec. */
const isoDay = (offset: number) => addCalendarDays(quebecDate(), offset);

test("@events an advisor runs a Journées Québec from creation to an accepted offer on the dashboard", async ({ browser }) => {
  test.setTimeout(240_000);
  const id = unique();
  const eventName = `Journées Québec Paris ${id}`;
  const title = `Mécanicien d'engins miniers ${id}`;
  // A random future week, so that runs on the same database never share interview times.
  const offset = 30 + Math.floor(Math.random() * 600);
  const start = isoDay(offset);

  // 1. The advisor creates the event; an event ending before it starts is refused first.
  const advisor = await signIn(browser, "conseiller@demo.passerelle.ca");
  await advisor.goto("/conseiller/evenements/nouveau");
  await advisor.getByLabel(/^Nom en français/).fill(eventName);
  await advisor.getByLabel(/^Nom en anglais/).fill(eventName);
  await advisor.getByLabel(/^Ville/).fill("Paris");
  await advisor.getByLabel(/^Pays/).selectOption("FR");
  await advisor.getByLabel(/^Fuseau horaire/).selectOption("Europe/Paris");
  await advisor.getByLabel(/^Premier jour/).fill(start);
  await advisor.getByLabel(/^Dernier jour/).fill(isoDay(offset - 1));
  await advisor.getByLabel(/^Date limite de candidature/).fill(isoDay(offset - 3));
  await advisor.getByRole("button", { name: "Créer l'événement" }).click();
  await expect(advisor.getByText("Le dernier jour ne peut pas précéder le premier jour.")).toBeVisible();
  await advisor.getByLabel(/^Dernier jour/).fill(isoDay(offset + 2));
  await advisor.getByRole("button", { name: "Créer l'événement" }).click();
  await advisor.waitForURL(/\/conseiller\/evenements\/c[a-z0-9]{20,}$/);
  const eventId = new URL(advisor.url()).pathname.split("/").pop()!;
  await expect(advisor.getByRole("heading", { level: 1 })).toHaveText(eventName);
  await advisor.getByRole("button", { name: "Ouvrir aux employeurs" }).click();
  await expect(advisor.getByText("Inscriptions des employeurs").first()).toBeVisible();

  // 2. The demo employer publishes a vacancy in Rouyn-Noranda (Abitibi-Témiscamingue), registers and attaches it.
  const employer = await signIn(browser, "employeur@demo.passerelle.ca");
  await employer.goto("/employeur/postes/nouveau");
  await employer.getByLabel(/^Titre du poste/).fill(title);
  await employer.getByRole("combobox", { name: /^Profession/ }).fill("mécanicien");
  await employer.getByRole("listbox").getByRole("option").first().click();
  await employer.getByLabel(/^Description du poste/).fill("Entretien et réparation d'engins miniers lourds, quart de jour, équipe de six personnes.");
  await employer.getByRole("combobox", { name: /^Municipalité du lieu de travail/ }).fill("Rouyn-Noranda");
  await employer.getByRole("listbox").getByRole("option", { name: /^Rouyn-Noranda/ }).first().click();
  await expect(employer.getByTestId("municipality-derived")).toContainText("08 Abitibi-Témiscamingue");
  await employer.getByLabel(/^Nombre de postes/).fill("1");
  await employer.getByLabel(/^Salaire horaire minimum/).fill("34,00");
  await employer.getByRole("button", { name: "Enregistrer et publier" }).click();
  await employer.waitForURL(/\/employeur\/postes\/[a-z0-9]+$/);

  await employer.goto(`/employeur/evenements/${eventId}`);
  await employer.getByRole("button", { name: "Inscrire mon organisation" }).click();
  await expect(employer.getByText("Votre inscription attend l'approbation")).toBeVisible();
  const attach = employer.getByLabel("Poste publié à joindre");
  await attach.selectOption((await attach.locator("option", { hasText: title }).getAttribute("value"))!);
  await employer.getByRole("button", { name: "Joindre le poste" }).click();
  await expect(employer.getByTestId("employer-event-vacancy").filter({ hasText: title })).toBeVisible();

  // 3. The advisor approves the registration and opens applications.
  await advisor.reload();
  const participation = advisor.getByTestId("participation").filter({ hasText: "Métallurgie Saint-Maurice" });
  await expect(participation).toContainText(title);
  await participation.getByRole("button", { name: /^Approuver l'inscription/ }).click();
  await expect(participation.getByText("Inscription approuvée")).toBeVisible();
  await advisor.getByRole("button", { name: "Ouvrir aux candidatures" }).click();
  await expect(advisor.getByText("Candidatures ouvertes").first()).toBeVisible();

  // 4. The demo candidate finds the vacancy (region filter) and applies: a renamed text file is refused, a PDF is kept.
  const candidate = await signIn(browser, "candidat@demo.passerelle.ca");
  await candidate.goto(`/evenements/${eventId}?region=08`);
  await expect(candidate.getByTestId("event-vacancy").filter({ hasText: title })).toBeVisible();
  const form = candidate.getByTestId("apply-form");
  await form.getByRole("checkbox", { name: new RegExp(title) }).check();
  const newCv = form.getByLabel("Envoyer un nouveau CV");
  if (await newCv.count()) await newCv.check();
  await form.getByLabel(/^CV en PDF/).setInputFiles({ name: "cv.pdf", mimeType: "application/pdf", buffer: Buffer.from("Ceci est un texte renommé en PDF.") });
  await form.getByLabel(/^Lettre de présentation/).fill("Bonjour, mécanicien d'engins lourds depuis huit ans, je souhaite m'établir en Abitibi-Témiscamingue avec ma famille.");
  await form.getByRole("button", { name: "Envoyer ma candidature" }).click();
  await expect(form.getByText(/n'est pas un PDF/).first()).toBeVisible();
  await form.getByLabel(/^CV en PDF/).setInputFiles({ name: "cv-karim.pdf", mimeType: "application/pdf", buffer: PDF });
  await form.getByRole("button", { name: "Envoyer ma candidature" }).click();
  await candidate.waitForURL(/\/candidat\/evenements$/);
  const application = candidate.getByTestId("my-application").filter({ hasText: title });
  await expect(application).toContainText("Candidature reçue");

  // 5. The employer sees the applicant ranked with the engine's explanation, preselects, and opens two slots.
  await employer.goto(`/employeur/evenements/${eventId}`);
  await employer.getByRole("link", { name: title }).click();
  const applicant = employer.getByTestId("applicant").filter({ hasText: "Karim" });
  await expect(applicant).toContainText("Score de jumelage");
  await applicant.getByRole("button", { name: /^Présélectionner/ }).click();
  await expect(applicant.getByText("Présélectionnée")).toBeVisible();
  await employer.goto(`/employeur/evenements/${eventId}/creneaux`);
  await employer.getByLabel(/^De/).fill("10:00");
  await employer.getByLabel(/^À/).fill("11:00");
  await employer.getByLabel(/^Lieu ou lien vidéo/).fill("Stand 12");
  await employer.getByRole("button", { name: "Ouvrir les créneaux" }).click();
  await expect(employer.getByTestId("slots-table").getByRole("row")).toHaveCount(3);

  // 6. The candidate books the first slot (10:00 in Paris) and gets its calendar file.
  await candidate.reload();
  await candidate.getByTestId("my-application").filter({ hasText: title }).getByRole("link", { name: "Réserver une entrevue" }).click();
  await candidate.getByTestId("booking-form").getByRole("radio").first().check();
  await candidate.getByRole("button", { name: "Réserver ce créneau" }).click();
  const current = candidate.getByTestId("current-booking");
  await expect(current).toContainText("10 h 00");
  const icsHref = await current.getByRole("link", { name: /\.ics/ }).getAttribute("href");
  const ics = await (await candidate.request.get(icsHref!)).text();
  expect(ics).toContain("BEGIN:VEVENT");
  expect(ics).toMatch(new RegExp(`DTSTART:${start.replace(/-/g, "")}T0[89]0000Z`)); // 10:00 in Paris is 08:00 or 09:00 UTC
  expect(ics).toContain(title.slice(0, 20));

  // 7. The employer records the offer and the candidate's acceptance: the hire enters the pipeline.
  await employer.goto(`/employeur/evenements/${eventId}`);
  await employer.getByRole("link", { name: title }).click();
  const hired = employer.getByTestId("applicant").filter({ hasText: "Karim" });
  await expect(hired).toContainText(/Entrevue/);
  await hired.getByRole("button", { name: "Faire une offre" }).click();
  await hired.getByLabel(/^Précisions sur l'offre/).fill("Entrée en fonction le 1er juin.");
  await hired.getByRole("button", { name: "Enregistrer l'offre" }).click();
  await expect(hired.getByText("Offre d'emploi faite", { exact: true })).toBeVisible();
  await hired.getByRole("button", { name: "Offre acceptée par la personne" }).click();
  await expect(hired.getByText("Offre acceptée", { exact: true })).toBeVisible();
  await expect(hired.getByRole("button", { name: "Offre acceptée par la personne" })).toHaveCount(0);

  // 8. The dashboard shows the accepted offer, outside the Montréal area.
  await advisor.goto(`/conseiller/evenements/${eventId}/tableau-de-bord`);
  await expect(advisor.getByTestId("fig-applications")).toHaveText("1");
  await expect(advisor.getByTestId("fig-offers-accepted")).toHaveText("1");
  await expect(advisor.getByTestId("fig-outside-cmm")).toHaveText(/^100\s?%$/);
  await expect(advisor.getByTestId("regions-table")).toContainText("08 Abitibi-Témiscamingue");
  const csv = await (await advisor.request.get(`/conseiller/evenements/${eventId}/tableau-de-bord/export`)).text();
  expect(csv).toContain("Offres acceptées,1");

  // The candidate sees the accepted offer on their page.
  await candidate.goto("/candidat/evenements");
  await expect(candidate.getByTestId("my-application").filter({ hasText: title }).getByTestId("my-offer")).toContainText("Offre acceptée");
});
