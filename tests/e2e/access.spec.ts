import { expect, test, type APIRequestContext, type Browser, type Page } from "@playwright/test";
import pg from "pg";
import { newSignedInPage } from "./helpers/auth";

// Issue 9 §1 and §4 on the built app:
// - a request carrying x-middleware-subrequest (CVE-2025-29927: it used to make Next skip the middleware) gets
//   exactly the refusal a request without it gets: private pages send to the sign-in page, the API answers 401;
// - text with markup saved by a candidate (a message) is shown to the employer as text, and a vacancy title that
//   tries to close the JSON-LD <script> of the public vacancy page stays inside it.

const PASSWORD = "Demo-Passerelle-2026";
const EMPLOYER = "employeur@demo.passerelle.ca";
const CANDIDATE = "candidat@demo.passerelle.ca";

const SUBREQUEST_VALUES = [
  "proxy:proxy:proxy:proxy:proxy",
  "middleware:middleware:middleware:middleware:middleware",
  "src/middleware:src/middleware:src/middleware:src/middleware:src/middleware",
  "src/proxy:src/proxy:src/proxy:src/proxy:src/proxy",
];
const PRIVATE_PAGES = ["/candidat/profil", "/candidat/messages", "/employeur", "/employeur/recherche", "/conseiller/verifications", "/conseiller/accompagnement", "/admin", "/admin/incidents"];
const PRIVATE_API = ["/candidat/compte/export", "/conseiller/tableau/export", "/api/v1/imports/abc123"];

/** What a refusal is made of: status, where it sends, and the body of a non-redirect answer. */
async function refusal(request: APIRequestContext, path: string, headers: Record<string, string> = {}) {
  const res = await request.get(path, { headers, maxRedirects: 0 });
  const location = res.headers()["location"] ?? null;
  const body = res.status() >= 300 && res.status() < 400 ? "" : await res.text();
  return { status: res.status(), location, body };
}

test("@assurance x-middleware-subrequest gets nothing more than a request without it: private pages send to sign in, the API answers 401", async ({ request }) => {
  for (const path of [...PRIVATE_PAGES, ...PRIVATE_API]) {
    const plain = await refusal(request, path);
    if (PRIVATE_API.includes(path)) {
      expect(plain.status, path).toBe(401);
      expect(JSON.parse(plain.body), path).toMatchObject({ error: { code: "UNAUTHENTICATED" } });
    } else {
      expect([303, 307, 308], path).toContain(plain.status);
      expect(new URL(plain.location!, "http://x").pathname, path).toBe("/connexion");
    }
    for (const value of SUBREQUEST_VALUES) {
      const forged = await refusal(request, path, { "x-middleware-subrequest": value });
      expect(forged, `${path} with x-middleware-subrequest: ${value}`).toEqual(plain);
    }
  }
  // A server action posted with the header and no session is refused the same way (no session, no data).
  const res = await request.post("/candidat/profil", { headers: { "x-middleware-subrequest": SUBREQUEST_VALUES[0] }, maxRedirects: 0 });
  expect([303, 307, 308, 403, 404, 405]).toContain(res.status());
});

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

async function inFrench(page: Page) {
  if ((await page.locator("html").getAttribute("lang")) !== "fr") {
    await page.getByTestId("language-switch").click();
    await expect(page.locator("html")).toHaveAttribute("lang", "fr");
  }
}

async function signIn(browser: Browser, email: string) {
  const page = await newSignedInPage(browser, email, PASSWORD);
  await inFrench(page);
  return page;
}

const xssFlag = (page: Page) => page.evaluate(() => (window as unknown as { __xss?: unknown }).__xss);

test("@assurance markup saved by a candidate is shown to the employer as text; a vacancy title cannot close the JSON-LD script", async ({ browser }) => {
  test.setTimeout(180_000);
  const id = Date.now().toString(36);
  const title = `</script><script>window.__xss=3</script>Soudeur ${id}`;
  const payload = `<script>window.__xss=1</script><img src=x onerror="window.__xss=2"> ${id}`;

  // The candidate withdraws access given in earlier runs (the e2e database outlives a run), so the invitation is new.
  const candidate = await signIn(browser, CANDIDATE);
  await candidate.goto("/candidat/consultations");
  const withdraw = candidate.getByRole("button", { name: "Retirer l'accès" });
  while ((await withdraw.count()) > 0) {
    await withdraw.first().click();
    await candidate.getByRole("dialog").getByRole("button", { name: "Retirer l'accès" }).click();
    await expect(candidate.getByText("Accès retiré.").first()).toBeVisible();
    await candidate.reload();
  }

  // 1. The employer publishes a vacancy whose title tries to end the JSON-LD script element.
  const employer = await signIn(browser, EMPLOYER);
  await employer.goto("/employeur/postes/nouveau");
  await employer.getByLabel(/^Titre du poste/).fill(title);
  await employer.getByRole("combobox", { name: /^Profession/ }).fill("soudeur");
  await employer.getByRole("listbox").getByRole("option").first().click();
  await employer.getByLabel(/^Description du poste/).fill("Soudure de structures d'acier, quart de jour, équipe de six personnes.");
  await employer.getByRole("combobox", { name: /^Municipalité du lieu de travail/ }).fill("Trois-Rivières");
  await employer.getByRole("listbox").getByRole("option", { name: /^Trois-Rivières/ }).first().click();
  await employer.getByLabel(/^Salaire horaire minimum/).fill("27,50");
  await employer.getByRole("button", { name: "Enregistrer et publier" }).click();
  await employer.waitForURL((u) => /^\/employeur\/postes\/[a-z0-9]+$/.test(u.pathname) && !u.pathname.endsWith("/nouveau"));
  const vacancyId = new URL(employer.url()).pathname.split("/").pop()!;
  expect(await xssFlag(employer)).toBeUndefined();

  // 2. The public page: the title as text, the JSON-LD intact (no "</script" inside, parses back to the same title).
  const visitor = await (await browser.newContext()).newPage();
  await visitor.goto(`/emplois/${vacancyId}`);
  await expect(visitor.getByRole("heading", { level: 1 })).toHaveText(title);
  const ld = visitor.locator('script[type="application/ld+json"]');
  await expect(ld).toHaveCount(1);
  const raw = await ld.evaluate((s) => s.textContent ?? "");
  expect(raw.toLowerCase()).not.toContain("</script");
  expect(JSON.parse(raw)).toMatchObject({ "@type": "JobPosting", title });
  expect(await xssFlag(visitor)).toBeUndefined();
  await visitor.context().close();

  // 3. The employer invites the demo candidate to it; the candidate accepts and writes a message with markup.
  await employer.goto(`/employeur/recherche/candidats/${await demoCandidateProfileId()}`);
  const invite = employer.getByTestId("invite-form");
  await invite.getByLabel(/^Poste/).selectOption({ label: title });
  await invite.getByLabel(/^Message/).fill("Bonjour, votre expérience de soudage correspond à notre poste de jour. Au plaisir d'échanger !");
  await invite.getByRole("button", { name: "Envoyer l'invitation" }).click();
  await expect(employer.getByText("Invitation envoyée.")).toBeVisible();

  await candidate.goto("/candidat/invitations");
  await candidate.getByRole("link", { name: title }).first().click();
  await candidate.getByLabel(/^J'accepte que .* voie mon nom/).check();
  await candidate.getByRole("button", { name: "Accepter l'invitation" }).click();
  await expect(candidate.getByText(/^Vous avez accepté cette invitation le/)).toBeVisible();
  expect(await xssFlag(candidate)).toBeUndefined();
  await candidate.goto("/candidat/messages");
  await candidate.getByTestId("thread-list").getByRole("listitem").filter({ hasText: `Soudeur ${id}` }).getByRole("link").first().click();
  await candidate.getByLabel(/^Votre message/).fill(payload);
  await candidate.getByRole("button", { name: "Envoyer", exact: true }).click();
  await expect(candidate.getByTestId("message").filter({ hasText: payload })).toBeVisible();

  // 4. The employer reads it: the markup is text, nothing ran, no <img> element was made of it.
  await employer.goto(`/employeur/postes/${vacancyId}/pipeline`);
  await employer.getByTestId("pipeline-card").first().getByRole("link", { name: "Messages" }).click();
  const shown = employer.getByTestId("message").filter({ hasText: payload });
  await expect(shown).toBeVisible();
  await expect(shown).toContainText('<img src=x onerror="window.__xss=2">');
  await expect(shown.locator("img, script")).toHaveCount(0);
  expect(await xssFlag(employer)).toBeUndefined();
  await employer.context().close();
  await candidate.context().close();
});
