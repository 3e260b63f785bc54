import { execFileSync } from "node:child_process";
import { readFile } from "node:fs/promises";
import { expect, test, type Page } from "@playwright/test";
import { newSignedInPage } from "./helpers/auth";
import { addCalendarDays, quebecDate } from "../../lib/domain/vacancy/dates";

// Accompagnement Québec (issue 8): an employer of Côte-Nord hires a candidate through its pipeline; the Côte-Nord
// advisor sees the hand-over with what was already known, builds a plan with a task in each of the six areas and
// refers one to a partner organisation; the person reads the plan in their language and ticks a task; the regional
// dashboard's map and charts render and its CSV downloads.
//
// The candidate and their accepted invitation come from a small test-only seed step (tests/e2e/support/
// integration-hire.ts, run against this journey's database); the hire itself is recorded in the pipeline's UI.

const DEMO_PASSWORD = "Demo-Passerelle-2026";
const ADVISOR = "conseiller@demo.passerelle.ca";
const PORT = Number(process.env.E2E_PORT ?? 3100);

type Setup = { employerEmail: string; candidateEmail: string; candidatePassword: string; candidateName: string; vacancyId: string; vacancyTitle: string };

function seedAcceptedCandidate(): Setup {
  const db = PORT === 3100 ? "app_e2e" : `app_e2e_${PORT}`;
  const out = execFileSync("node", ["scripts/with-db.mjs", "--no-migrate", "--db", db, "npx", "tsx", "--conditions", "react-server", "tests/e2e/support/integration-hire.ts"], { encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] });
  return JSON.parse(out.trim().split("\n").pop()!) as Setup;
}

/** Québec's calendar date `days` from today (the server's rules count in Québec days, not UTC ones). */
const isoDaysFromNow = (days: number) => addCalendarDays(quebecDate(), days);

async function addTask(page: Page, task: { area: string; template?: string; title?: string; owner: string; partner?: string; due?: string }) {
  const form = page.getByTestId("task-add-form");
  await form.getByLabel(/^Domaine/).selectOption({ label: task.area });
  if (task.template) await form.getByLabel(/^Tâche suggérée/).selectOption({ label: task.template });
  else await form.getByLabel(/^Intitulé de la tâche/).fill(task.title!);
  await form.getByRole("radio", { name: task.owner }).check();
  if (task.partner) await form.getByLabel(/^Organisme partenaire/).selectOption({ label: task.partner });
  if (task.due) await form.getByLabel(/^Échéance/).fill(task.due);
  await form.getByRole("button", { name: "Ajouter une tâche" }).click();
  const card = page.locator(`section[data-area]`).filter({ has: page.getByRole("heading", { name: task.area, exact: true }) });
  await expect(card.getByTestId("plan-task").filter({ hasText: task.template ?? task.title! })).toBeVisible();
}

test("@integration a hire in Côte-Nord reaches the region's advisor, who builds a plan in six areas; the person ticks a task; the dashboard shows it", async ({ browser }) => {
  test.setTimeout(240_000);
  const s = seedAcceptedCandidate();

  // 1. The employer records the hire in the vacancy's pipeline.
  const employer = await newSignedInPage(browser, s.employerEmail, DEMO_PASSWORD);
  await employer.goto(`/employeur/postes/${s.vacancyId}/pipeline`);
  const card = employer.getByTestId("pipeline-card").filter({ hasText: s.candidateName });
  await card.getByRole("combobox", { name: `Déplacer ${s.candidateName} vers une autre étape` }).selectOption({ label: "Embauchée" });
  await card.getByRole("button", { name: "Déplacer" }).click();
  await employer.getByRole("dialog").getByRole("button", { name: "Embauchée" }).click();
  await expect(employer.getByTestId("toast").filter({ hasText: "Embauchée" })).toBeVisible();
  await employer.context().close();

  // 2. The Côte-Nord advisor sees the hand-over, with what was already known.
  const advisor = await newSignedInPage(browser, ADVISOR, DEMO_PASSWORD);
  await advisor.goto("/conseiller/accompagnement");
  const row = advisor.getByTestId("handover-row").filter({ hasText: s.candidateName });
  await expect(row).toContainText("Côte-Nord (09)");
  await expect(row).toContainText("Baie-Comeau");
  await expect(row.getByTestId("meeting-state")).toHaveAttribute("data-state", /due|dueToday/);
  await row.getByRole("link", { name: s.candidateName }).click();
  await expect(advisor.getByRole("heading", { level: 1 })).toHaveText(`Accompagnement de ${s.candidateName}`);
  const known = advisor.getByTestId("handover-known");
  await expect(known).toContainText("Métaux nordiques de Baie-Comeau inc.");
  await expect(known).toContainText(s.vacancyTitle);
  await expect(known).toContainText("Baie-Comeau");
  await expect(known.getByText("Famille qui accompagne")).toBeVisible();

  // 3. ...opens the plan and adds a task in each of the six areas, one referred to a partner organisation.
  await advisor.getByRole("button", { name: "Créer le plan d'action" }).click();
  await advisor.waitForURL(/\/conseiller\/accompagnement\/plans\/[a-z0-9]+$/);
  await expect(advisor.getByRole("heading", { level: 1 })).toHaveText(`Plan d'action de ${s.candidateName}`);
  // Bad input first: a task due before today is refused, nothing is added.
  const form = advisor.getByTestId("task-add-form");
  await form.getByLabel(/^Intitulé de la tâche/).fill("Tâche datée d'hier");
  await form.getByLabel(/^Échéance/).fill(isoDaysFromNow(-1));
  await form.getByRole("button", { name: "Ajouter une tâche" }).click();
  await expect(form.getByText("L'échéance ne peut pas précéder la création de la tâche.")).toBeVisible();
  await expect(advisor.getByTestId("plan-task")).toHaveCount(0);
  await form.getByLabel(/^Échéance/).fill("");

  await addTask(advisor, { area: "Installation", template: "Trouver un logement", owner: "La personne", due: isoDaysFromNow(30) });
  await addTask(advisor, { area: "Vie collective", title: "Visiter le centre communautaire de Baie-Comeau", owner: "La personne" });
  await addTask(advisor, { area: "Francisation", template: "S'inscrire à un cours de francisation", owner: "Un organisme partenaire", partner: "Francisation Manicouagan (exemple) · Francisation (exemple)", due: isoDaysFromNow(14) });
  await addTask(advisor, { area: "Reconnaissance des compétences", template: "Demander l'évaluation comparative des études", owner: "L'agente ou l'agent d'intégration" });
  await addTask(advisor, { area: "Emploi", template: "Faire le point avec l'employeur après l'arrivée", owner: "L'agente ou l'agent d'intégration", due: isoDaysFromNow(60) });
  await addTask(advisor, { area: "Démarches d'immigration", template: "Renouveler le permis de travail", owner: "La personne" });
  await expect(advisor.getByTestId("plan-task")).toHaveCount(6);
  await expect(advisor.getByText(/Référée à Francisation Manicouagan/)).toBeVisible();

  // 4. The person reads the plan in their language (English) and ticks one of their tasks.
  const person = await newSignedInPage(browser, s.candidateEmail, s.candidatePassword);
  await person.goto("/candidat/plan");
  await expect(person.getByRole("heading", { level: 1 })).toHaveText("My settlement plan");
  const plan = person.getByTestId("my-plan").filter({ hasText: s.vacancyTitle });
  await expect(plan.getByRole("heading", { name: "Learning French" })).toBeVisible();
  await expect(plan.getByText("With Francisation Manicouagan (exemple)")).toBeVisible();
  const housing = plan.getByRole("checkbox", { name: "Mark “Find a place to live” as done" });
  await housing.check();
  await expect(person.getByTestId("toast").filter({ hasText: "Task done" })).toBeVisible();
  await person.reload();
  await expect(plan.getByRole("checkbox", { name: "Mark “Find a place to live” as done" })).toBeChecked();
  await expect(plan.getByTestId("my-plan-progress")).toHaveText("1 of 6 tasks done");
  // Tasks carried by the advisor or a partner cannot be ticked by the person.
  await expect(plan.getByTestId("my-task").filter({ hasText: "Renew the work permit" }).getByRole("checkbox")).toHaveCount(1);
  await expect(plan.getByTestId("my-task").filter({ hasText: "Enrol in a French course" }).getByRole("checkbox")).toHaveCount(0);
  await person.context().close();

  // The advisor sees the ticked task.
  await advisor.reload();
  await expect(advisor.locator('section[data-area="INSTALLATION"]').getByTestId("plan-task")).toHaveAttribute("data-task-status", "DONE");

  // 5. The dashboard: map and charts render, the CSV downloads.
  await advisor.goto("/conseiller/tableau?mesure=hires");
  await expect(advisor.getByRole("heading", { level: 1 })).toHaveText("Tableau régional");
  await expect(advisor.getByTestId("dashboard-map").locator("svg path[data-region]")).toHaveCount(17);
  const coteNord = advisor.getByTestId("region-figures").locator('tr[data-region="09"]');
  await expect(coteNord).toBeVisible();
  expect(Number((await coteNord.locator("td").nth(2).textContent())!.replace(/\D/g, ""))).toBeGreaterThanOrEqual(1);
  for (const chart of ["share", "french"]) await expect(advisor.getByTestId(`chart-${chart}`).locator("svg")).toBeVisible();
  for (const chart of ["share", "french", "time-to-fill", "retention", "occupations"]) await expect(advisor.getByTestId(`chart-${chart}`)).toBeVisible();
  // The demo's regions have fewer than 5 follow-ups each: how many shows, never who stayed.
  await expect(advisor.getByTestId("chart-retention")).toContainText("moins de 5 suivis");
  await advisor.screenshot({ path: test.info().outputPath("integration-dashboard.png"), fullPage: true });
  const [download] = await Promise.all([advisor.waitForEvent("download"), advisor.getByTestId("csv-regions").click()]);
  expect(download.suggestedFilename()).toMatch(/^tableau-regional-regions-\d{4}-\d{2}-\d{2}_\d{4}-\d{2}-\d{2}\.csv$/);
  const csv = await readFile((await download.path())!, "utf8");
  expect(csv.split("\r\n")[0]).toBe("\uFEFFcode_region,region,postes_ouverts,candidats_interesses,embauches,embauches_hors_cmm,postes_non_combles,delai_median_jours,retention_6_mois,suivis_6_mois,retention_12_mois,suivis_12_mois");
  expect(csv).toMatch(/\r\n09,Côte-Nord,\d+,\d+,[1-9]\d*,/);
  await advisor.context().close();
});
