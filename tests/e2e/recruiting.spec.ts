import { expect, test, type Browser, type Page } from "@playwright/test";
import pg from "pg";
import { e2eSmtpPort, startSmtpCapture, type SmtpCapture } from "../fixtures/smtp-capture";
import { newSignedInPage } from "./helpers/auth";

// The recruiting journey, end to end on the built app: an employer searches the anonymous pool, opens a profile and
// invites; the invitation e-mail reaches the local SMTP capture (playwright.config.ts gives the app SMTP_URL) in the
// candidate's language; the candidate accepts in English (consent box first); they exchange messages; the employer
// moves the candidate to interview, then hired, which fills a position of the vacancy.

const PASSWORD = "Demo-Passerelle-2026";
const EMPLOYER = "employeur@demo.passerelle.ca";
const CANDIDATE = "candidat@demo.passerelle.ca";

let capture: SmtpCapture;

test.beforeAll(async () => {
  capture = await startSmtpCapture(e2eSmtpPort());
});
test.afterAll(async () => {
  await capture?.stop();
});

/**
 * Signs in through the UI in a new context, passing the second factor when asked (the shared helper: it also copes
 * with a step another spec file used for the same demo account, which the server refuses as a replay).
 */
async function signIn(browser: Browser, email: string): Promise<Page> {
  return newSignedInPage(browser, email, PASSWORD);
}

/** The demo candidate's profile id, read from the journey's database (the search shows anonymous rows only). */
async function demoCandidateProfileId(): Promise<string> {
  const port = Number(process.env.E2E_PORT ?? 3100);
  const db = port === 3100 ? "app_e2e" : `app_e2e_${port}`;
  const client = new pg.Client({ connectionString: `postgresql://postgres:postgres@127.0.0.1:${process.env.EMBEDDED_PG_PORT ?? 15432}/${db}` });
  await client.connect();
  try {
    const r = await client.query<{ id: string }>(`SELECT p."id" FROM "CandidateProfile" p JOIN "User" u ON u."id" = p."userId" WHERE u."email" = $1`, [CANDIDATE]);
    return r.rows[0]!.id;
  } finally {
    await client.end();
  }
}

test("@recruiting employer searches and invites; candidate accepts in English; messages; interview then hired", async ({ browser }) => {
  test.setTimeout(180_000);
  const title = `Soudeur ou soudeuse de nuit ${Date.now().toString(36)}`;

  // The candidate works in English: the choice is kept on the account (and e-mails follow it).
  const candidate = await signIn(browser, CANDIDATE);
  if ((await candidate.locator("html").getAttribute("lang")) !== "en") {
    await candidate.getByTestId("language-switch").click();
    await expect(candidate.locator("html")).toHaveAttribute("lang", "en");
  }

  // The candidate controls what was shared: access given in an earlier run (the database outlives a run) is withdrawn.
  await candidate.goto("/candidat/consultations");
  const withdraw = candidate.getByRole("button", { name: "Withdraw access" });
  while ((await withdraw.count()) > 0) {
    await withdraw.first().click();
    await candidate.getByRole("dialog").getByRole("button", { name: "Withdraw access" }).click();
    await expect(candidate.getByText("Access withdrawn.").first()).toBeVisible();
    await candidate.reload();
  }

  // 1. The employer publishes a vacancy (so that every run invites to a vacancy of its own).
  const employer = await signIn(browser, EMPLOYER);
  await employer.goto("/employeur/postes/nouveau");
  await employer.getByLabel(/^Titre du poste/).fill(title);
  await employer.getByRole("combobox", { name: /^Profession/ }).fill("soudeur");
  await employer.getByRole("listbox").getByRole("option").first().click();
  await employer.getByLabel(/^Description du poste/).fill("Soudure de structures d'acier, quart de nuit, équipe de six personnes. Logement temporaire offert.");
  await employer.getByRole("combobox", { name: /^Municipalité du lieu de travail/ }).fill("Trois-Rivières");
  await employer.getByRole("listbox").getByRole("option", { name: /^Trois-Rivières/ }).first().click();
  await employer.getByLabel(/^Salaire horaire minimum/).fill("27,50");
  await employer.getByRole("button", { name: "Enregistrer et publier" }).click();
  await employer.waitForURL((u) => /^\/employeur\/postes\/[a-z0-9]+$/.test(u.pathname) && !u.pathname.endsWith("/nouveau"));
  const vacancyId = new URL(employer.url()).pathname.split("/").pop()!;

  // 2. The search: filters in the URL, anonymous rows only.
  await employer.goto("/employeur/recherche?cnp=72106&region=04&francais=7");
  await expect(employer.getByTestId("search-count")).toContainText("profil");
  const table = employer.getByRole("table");
  await expect(table.getByRole("row").nth(1)).toBeVisible();
  await expect(table).not.toContainText("Ben Salah");
  // Changing a filter through the form writes the URL.
  await employer.getByLabel(/^Français, niveau minimal/).selectOption("8");
  await employer.getByRole("button", { name: "Rechercher" }).click();
  await expect(employer).toHaveURL(/francais=8/);

  // 3. The demo candidate's anonymous profile, then the invitation.
  const profileId = await demoCandidateProfileId();
  await employer.goto(`/employeur/recherche/candidats/${profileId}`);
  await expect(employer.getByTestId("anonymous-card")).toBeVisible();
  await expect(employer.getByTestId("revealed-identity")).toHaveCount(0);
  await expect(employer.locator("main")).not.toContainText("Ben Salah");
  const invite = employer.getByTestId("invite-form");
  await invite.getByLabel(/^Poste/).selectOption({ label: title });
  await invite.getByLabel(/^Message/).fill("Bonjour, votre expérience de soudage correspond à notre poste de nuit. Nous offrons un logement temporaire.");
  capture.clear();
  await invite.getByRole("button", { name: "Envoyer l'invitation" }).click();
  await expect(employer.getByText("Invitation envoyée.")).toBeVisible();

  // 4. The e-mail, in the candidate's language, with the link to the invitation.
  const mail = await capture.waitFor((m) => m.to.includes(CANDIDATE) && m.text.includes(title), 30_000);
  expect(mail.subject).toMatch(/invites you to apply$/);
  expect(mail.text).toContain(title);
  const link = mail.text.match(/https?:\/\/\S+\/candidat\/invitations\/[a-z0-9]+/)![0];

  // 5. The candidate accepts in English: the consent box first.
  await candidate.goto(new URL(link).pathname);
  await expect(candidate.getByRole("heading", { level: 1 })).toHaveText(`Invitation: ${title}`);
  await expect(candidate.getByTestId("verified-mark")).toBeVisible();
  await candidate.getByRole("button", { name: "Accept the invitation" }).click();
  await expect(candidate.getByText("Tick the box to confirm that you agree to share your name and contact details.").first()).toBeVisible();
  await candidate.getByLabel(/^I agree that .* sees my name/).check();
  await candidate.getByRole("button", { name: "Accept the invitation" }).click();
  await expect(candidate.getByText(/^You accepted this invitation on/)).toBeVisible();

  // 6. The employer now sees who it is, and writes.
  await employer.goto(`/employeur/postes/${vacancyId}/pipeline`);
  const card = employer.getByTestId("pipeline-card").filter({ hasText: "Karim Ben Salah" });
  await expect(card).toContainText("A accepté");
  await card.getByRole("link", { name: "Messages" }).click();
  await employer.getByLabel(/^Votre message/).fill("Merci ! Seriez-vous disponible jeudi à 9 h pour une entrevue vidéo ?");
  await employer.getByRole("button", { name: "Envoyer", exact: true }).click();
  await expect(employer.getByTestId("message").filter({ hasText: "jeudi à 9 h" })).toBeVisible();

  // 7. The candidate sees an unread message and answers.
  await candidate.goto("/candidat/messages");
  const thread = candidate.getByTestId("thread-list").getByRole("listitem").filter({ hasText: title });
  await expect(thread).toContainText("1 unread");
  await thread.getByRole("link").first().click();
  await expect(candidate.getByTestId("message").filter({ hasText: "jeudi à 9 h" })).toBeVisible();
  await candidate.getByLabel(/^Your message/).fill("Yes, Thursday at 9 works for me. Thank you!");
  await candidate.getByRole("button", { name: "Send", exact: true }).click();
  await expect(candidate.getByTestId("message").filter({ hasText: "Thursday at 9" })).toBeVisible();
  await employer.reload();
  await expect(employer.getByTestId("message").filter({ hasText: "Thursday at 9" })).toBeVisible();

  // 8. Interview, then hired (confirmed): a position of the vacancy is filled; every move is in the history.
  await employer.goto(`/employeur/postes/${vacancyId}/pipeline`);
  const entry = () => employer.getByTestId("pipeline-card").filter({ hasText: "Karim Ben Salah" });
  await entry().getByLabel(/^Déplacer/).selectOption({ label: "Entrevue" });
  await entry().getByRole("button", { name: "Déplacer" }).click();
  await expect(employer.getByTestId("column-INTERVIEW").getByTestId("pipeline-card").filter({ hasText: "Karim Ben Salah" })).toBeVisible();
  await entry().getByLabel(/^Déplacer/).selectOption({ label: "Embauchée" });
  await entry().getByRole("button", { name: "Déplacer" }).click();
  await employer.getByRole("dialog").getByRole("button", { name: "Embauchée" }).click();
  await expect(employer.getByTestId("column-HIRED-NOT_RETAINED").getByTestId("pipeline-card").filter({ hasText: "Karim Ben Salah" })).toBeVisible();
  await expect(employer.getByTestId("positions-filled")).toHaveText(/^Postes pourvus\s*:\s*1 sur/);
  await entry().getByRole("button", { name: "Historique" }).click();
  const history = employer.getByTestId("history");
  // Shortlisted (created), invited, accepted (by the candidate), interview, hired.
  await expect(history.getByRole("listitem")).toHaveCount(5);
  await expect(history).toContainText("par la personne candidate");
  await expect(history).toContainText("Entrevue → Embauchée");

  await candidate.context().close();
  await employer.context().close();
});
