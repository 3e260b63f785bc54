import fs from "node:fs";
import path from "node:path";
import { AxeBuilder } from "@axe-core/playwright";
import { expect, test, type Page, type Response } from "@playwright/test";
import { passSecondFactor } from "./helpers/auth";

// Accessibility and headers of every page (issue 9, items 3 and 8). The pages come from the code: every
// app/**/page.tsx is mapped below to the role that sees it and to a concrete URL (dynamic segments are read from the
// links of a list page, so they are real demo rows); a page file without a mapping fails the first test, so a new
// page cannot be left out. Each role signs in once and visits its pages in French, then switches to English with the
// header's language switch (as a person does) and visits them again. On each page: axe-core (WCAG 2.0/2.1 A and AA,
// WCAG 2.2 AA) must find nothing "serious" or "critical" (moderate and minor findings are printed as a table), and
// the response must carry the security headers (lib/security/headers.ts, applied by proxy.ts).

type Role = "visitor" | "candidate" | "employer" | "advisor" | "admin";
type Lang = "fr" | "en";
type Resolver = (page: Page) => Promise<Target>;
/** A concrete URL for a page; `state` says when it is not the page's normal state (an error or empty state). */
type Target = { url: string; state?: string };
type Mapping = { role: Role; resolve?: Resolver };

const DEMO_PASSWORD = "Demo-Passerelle-2026";
const ACCOUNTS: Record<Exclude<Role, "visitor">, string> = {
  candidate: "candidat@demo.passerelle.ca",
  employer: "employeur@demo.passerelle.ca",
  advisor: "conseiller@demo.passerelle.ca",
  admin: "admin@demo.passerelle.ca",
};
const AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];
/** An id that matches no row (ids are cuids): the page's not-found state. */
const UNKNOWN_ID = "cunknowna11y00000000000000";

// ---- Resolvers: a real URL for a dynamic route, from the links a list page shows --------------------------------

const resolved = new Map<string, Target>();

/** The links of the pages the sweep has visited (by URL), so a list page is not loaded again to resolve its details. */
const linksSeen = new Map<string, string[]>();

const mainLinks = (page: Page) => page.locator("main a[href]").evaluateAll((as) => as.map((a) => a.getAttribute("href") ?? ""));

async function linksOn(page: Page, listPath: string): Promise<string[]> {
  const seen = linksSeen.get(listPath);
  if (seen) return seen;
  await page.goto(listPath);
  return mainLinks(page);
}

/** The first link of `listPath` whose path matches `pattern`; with no such link (no demo row yet), `fallback`. */
function linkFrom(listPath: string, pattern: RegExp, fallback?: (page: Page) => Target | Promise<Target>): Resolver {
  return async (page) => {
    const href = (await linksOn(page, listPath)).map((h) => h.split(/[?#]/)[0]!).find((h) => pattern.test(h));
    if (href) return { url: href };
    if (fallback) return fallback(page);
    throw new Error(`no link matching ${pattern} on ${listPath}`);
  };
}

/** A route under another dynamic route: `base` resolved first (cached), then `suffix` appended. */
function under(base: string, suffix: string): Resolver {
  return async (page) => {
    const b = await resolveRoute(page, base);
    return { url: `${b.url}${suffix}`, state: b.state };
  };
}

/** No demo row of this kind exists in a fresh demo database: the page is checked in its not-found state. */
const notFound = (prefix: string) => (): Target => ({ url: `${prefix}/${UNKNOWN_ID}`, state: "not found (no demo row)" });

// ---- Every page of the app, by route (route groups removed) -----------------------------------------------------

const PAGES: Record<string, Mapping> = {
  // Public
  "/": { role: "visitor" },
  "/confidentialite": { role: "visitor" },
  "/fonctionnement": { role: "visitor" },
  "/emplois": { role: "visitor" },
  "/emplois/[id]": { role: "visitor", resolve: linkFrom("/emplois", /^\/emplois\/c[a-z0-9]+$/) },
  "/evenements": { role: "visitor" },
  "/evenements/[id]": { role: "visitor", resolve: linkFrom("/evenements", /^\/evenements\/c[a-z0-9]+$/) },
  // Authentication (signed out)
  "/connexion": { role: "visitor" },
  "/inscription/candidat": { role: "visitor" },
  "/inscription/employeur": { role: "visitor" },
  "/mot-de-passe-oublie": { role: "visitor" },
  // A reset link's token is the credential: visited with an invalid one (the page's error state).
  "/reinitialiser": { role: "visitor", resolve: async () => ({ url: "/reinitialiser?jeton=jeton-invalide-a11y", state: "invalid token" }) },
  // A team invitation's token is the credential: visited with an invalid one (the page's error state).
  "/employeur/invitation/[token]": {
    role: "visitor",
    resolve: async () => ({ url: "/employeur/invitation/jeton-invalide-a11y-0000000000000000000000", state: "invalid token" }),
  },
  // The second step of a staff sign-in: checked while signing in (see signInChecked), not as a page of the sweep.
  "/deux-facteurs": { role: "employer", resolve: async () => ({ url: "", state: "sign-in step" }) },
  // Any signed-in account
  "/compte": { role: "candidate" },
  // Candidate
  "/candidat/profil": { role: "candidate" },
  "/candidat/compte": { role: "candidate" },
  "/candidat/consultations": { role: "candidate" },
  "/candidat/offres": { role: "candidate" },
  "/candidat/plan": { role: "candidate" },
  "/candidat/invitations": { role: "candidate" },
  "/candidat/invitations/[id]": {
    role: "candidate",
    resolve: linkFrom("/candidat/invitations", /^\/candidat\/invitations\/c[a-z0-9]+$/, notFound("/candidat/invitations")),
  },
  "/candidat/messages": { role: "candidate" },
  "/candidat/messages/[id]": { role: "candidate", resolve: linkFrom("/candidat/messages", /^\/candidat\/messages\/c[a-z0-9]+$/, notFound("/candidat/messages")) },
  "/candidat/evenements": { role: "candidate" },
  "/candidat/evenements/candidatures/[id]": {
    role: "candidate",
    resolve: linkFrom("/candidat/evenements", /^\/candidat\/evenements\/candidatures\/c[a-z0-9]+$/, notFound("/candidat/evenements/candidatures")),
  },
  // Employer (owner of a verified organisation)
  "/employeur": { role: "employer" },
  "/employeur/postes": { role: "employer" },
  "/employeur/postes/nouveau": { role: "employer" },
  "/employeur/postes/[id]": { role: "employer", resolve: linkFrom("/employeur/postes?statut=published", /^\/employeur\/postes\/c[a-z0-9]+$/) },
  "/employeur/postes/[id]/pipeline": { role: "employer", resolve: under("/employeur/postes/[id]", "/pipeline") },
  "/employeur/postes/[id]/recommandations": { role: "employer", resolve: under("/employeur/postes/[id]", "/recommandations") },
  "/employeur/postes/import": { role: "employer" },
  // No import in the demo data: a one-row file is checked (its row is refused, so nothing is ever imported); the
  // preview page, with its table of errors, is the page checked.
  "/employeur/postes/import/[id]": {
    role: "employer",
    resolve: linkFrom("/employeur/postes/import", /^\/employeur\/postes\/import\/c[a-z0-9]+$/, async (page) => {
      const header = "reference_employeur,titre,code_cnp,code_municipalite,nombre_postes,type_emploi,heures_semaine,salaire_horaire_min,niveau_francais_min,description";
      const row = `A11Y-1,Soudeur,72106,94068,1,permanent,40,"12,00",6,"Soudure de pièces d'acier, quart de jour."`;
      await page.goto("/employeur/postes/import");
      await page.getByLabel(/^Fichier CSV/).setInputFiles({ name: "postes-a11y.csv", mimeType: "text/csv", buffer: Buffer.from(`${header}\r\n${row}\r\n`, "utf8") });
      await page.getByRole("button", { name: "Vérifier le fichier" }).click();
      await page.waitForURL(/\/employeur\/postes\/import\/c[a-z0-9]+$/);
      return { url: new URL(page.url()).pathname };
    }),
  },
  "/employeur/recherche": { role: "employer" },
  "/employeur/recherche/candidats/[id]": { role: "employer", resolve: linkFrom("/employeur/recherche", /^\/employeur\/recherche\/candidats\/c[a-z0-9]+$/) },
  "/employeur/recherche/enregistrees": { role: "employer" },
  // No saved search in the demo data: one is saved through the search page's dialog (itself checked by axe while open).
  "/employeur/recherche/enregistrees/[id]": {
    role: "employer",
    resolve: linkFrom("/employeur/recherche/enregistrees", /^\/employeur\/recherche\/enregistrees\/c[a-z0-9]+$/, async (page) => {
      await page.goto("/employeur/recherche");
      await page.getByRole("button", { name: /^(Enregistrer cette recherche|Save this search)$/ }).click();
      const dialog = page.getByRole("dialog");
      await expect(dialog).toBeVisible();
      await axeCheck(page, "employer", (await page.locator("html").getAttribute("lang")) as Lang, "/employeur/recherche (dialog)");
      await dialog.getByRole("textbox").first().fill("Recherche a11y");
      await dialog.getByRole("checkbox").uncheck(); // no alerts (and no e-mails) for this search
      await dialog.getByRole("button", { name: /^(Enregistrer|Save)$/ }).click();
      await expect(dialog).toBeHidden();
      linksSeen.delete("/employeur/recherche/enregistrees");
      return linkFrom("/employeur/recherche/enregistrees", /^\/employeur\/recherche\/enregistrees\/c[a-z0-9]+$/)(page);
    }),
  },
  "/employeur/messages": { role: "employer" },
  "/employeur/messages/[id]": { role: "employer", resolve: linkFrom("/employeur/messages", /^\/employeur\/messages\/c[a-z0-9]+$/, notFound("/employeur/messages")) },
  "/employeur/evenements": { role: "employer" },
  "/employeur/evenements/[id]": { role: "employer", resolve: linkFrom("/employeur/evenements", /^\/employeur\/evenements\/c[a-z0-9]+$/) },
  "/employeur/evenements/[id]/creneaux": { role: "employer", resolve: under("/employeur/evenements/[id]", "/creneaux") },
  "/employeur/evenements/[id]/postes/[evId]": {
    role: "employer",
    resolve: async (page) => {
      const event = await resolveRoute(page, "/employeur/evenements/[id]");
      return linkFrom(event.url, /^\/employeur\/evenements\/c[a-z0-9]+\/postes\/c[a-z0-9]+$/, notFound(`${event.url}/postes`))(page);
    },
  },
  "/employeur/organisation": { role: "employer" },
  "/employeur/organisation/equipe": { role: "employer" },
  "/employeur/accompagnement": { role: "employer" },
  "/employeur/cles-api": { role: "employer" },
  // Advisor (regions 04 and 09)
  "/conseiller/verifications": { role: "advisor" },
  "/conseiller/verifications/[id]": { role: "advisor", resolve: linkFrom("/conseiller/verifications", /^\/conseiller\/verifications\/c[a-z0-9]+$/) },
  "/conseiller/evenements": { role: "advisor" },
  "/conseiller/evenements/nouveau": { role: "advisor" },
  "/conseiller/evenements/[id]": { role: "advisor", resolve: linkFrom("/conseiller/evenements", /^\/conseiller\/evenements\/c[a-z0-9]+$/) },
  "/conseiller/evenements/[id]/modifier": { role: "advisor", resolve: under("/conseiller/evenements/[id]", "/modifier") },
  "/conseiller/evenements/[id]/prejumelage": { role: "advisor", resolve: under("/conseiller/evenements/[id]", "/prejumelage") },
  "/conseiller/evenements/[id]/tableau-de-bord": { role: "advisor", resolve: under("/conseiller/evenements/[id]", "/tableau-de-bord") },
  "/conseiller/accompagnement": { role: "advisor" },
  "/conseiller/accompagnement/[id]": { role: "advisor", resolve: linkFrom("/conseiller/accompagnement", /^\/conseiller\/accompagnement\/c[a-z0-9]+$/) },
  "/conseiller/accompagnement/plans/[planId]": {
    role: "advisor",
    resolve: linkFrom("/conseiller/accompagnement", /^\/conseiller\/accompagnement\/plans\/c[a-z0-9]+$/),
  },
  "/conseiller/accompagnement/entreprises": { role: "advisor" },
  "/conseiller/accompagnement/entreprises/[id]": {
    role: "advisor",
    resolve: linkFrom("/conseiller/accompagnement/entreprises", /^\/conseiller\/accompagnement\/entreprises\/c[a-z0-9]+$/),
  },
  "/conseiller/accompagnement/partenaires": { role: "advisor" },
  "/conseiller/accompagnement/partenaires/[id]": {
    role: "advisor",
    resolve: linkFrom("/conseiller/accompagnement/partenaires", /^\/conseiller\/accompagnement\/partenaires\/c[a-z0-9]+$/),
  },
  "/conseiller/tableau": { role: "advisor" },
  "/conseiller/revisions": { role: "advisor" },
  "/conseiller/revisions/[id]": {
    role: "advisor",
    resolve: linkFrom("/conseiller/revisions", /^\/conseiller\/revisions\/c[a-z0-9]+$/, notFound("/conseiller/revisions")),
  },
  // Administrator
  "/admin": { role: "admin" },
  "/admin/comptes": { role: "admin" },
  "/admin/incidents": { role: "admin" },
  "/admin/incidents/nouveau": { role: "admin" },
  // No incident in the demo data: one is recorded through the form (resolved during the French pass).
  "/admin/incidents/[id]": {
    role: "admin",
    resolve: linkFrom("/admin/incidents", /^\/admin\/incidents\/c[a-z0-9]+$/, async (page) => {
      await page.goto("/admin/incidents/nouveau");
      await page.getByLabel(/^Date \(ou début de la période\)/).fill("2026-11-20");
      await page.getByLabel(/^Date où l'incident a été connu/).fill("2026-11-22");
      await page.getByLabel(/^Circonstances de l'incident/).fill("Courriel envoyé au mauvais destinataire (vérification d'accessibilité)");
      await page.getByLabel(/^Renseignements personnels visés/).fill("Adresses courriel");
      await page.getByLabel(/^Nombre de personnes concernées/).fill("1");
      await page.getByLabel(/^Évaluation du risque de préjudice/).fill("Faible : destinataire de confiance.");
      await page.getByLabel(/^Mesures prises/).fill("Suppression demandée et confirmée.");
      await page.getByRole("button", { name: "Inscrire l'incident" }).click();
      await page.waitForURL(/\/admin\/incidents$/);
      linksSeen.delete("/admin/incidents");
      return linkFrom("/admin/incidents", /^\/admin\/incidents\/c[a-z0-9]+$/)(page);
    }),
  },
};

/** Pages also checked for every signed-in role (their content depends on the role). */
const EVERY_SIGNED_IN_ROLE = ["/compte"];

async function resolveRoute(page: Page, route: string): Promise<Target> {
  const cached = resolved.get(route);
  if (cached) return cached;
  const mapping = PAGES[route];
  if (!mapping) throw new Error(`no mapping for ${route}`);
  const target = mapping.resolve ? await mapping.resolve(page) : { url: route };
  resolved.set(route, target);
  return target;
}

/** Every app/**\/page.tsx as a route: route groups "(x)" removed, "/page.tsx" dropped. */
function pageRoutes(): string[] {
  const appDir = path.resolve("app");
  const routes: string[] = [];
  const walk = (dir: string) => {
    for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
      const p = path.join(dir, e.name);
      if (e.isDirectory()) walk(p);
      else if (e.name === "page.tsx") {
        const segments = path.relative(appDir, dir).split(path.sep).filter((s) => s && !/^\(.*\)$/.test(s));
        routes.push(`/${segments.join("/")}`);
      }
    }
  };
  walk(appDir);
  return routes.sort();
}

// ---- Findings ----------------------------------------------------------------------------------------------------

type Finding = { role: Role; lang: Lang; route: string; url: string; rule: string; impact: string; nodes: number; help: string; target: string };
const findings: Finding[] = [];
const checked: { role: Role; lang: Lang; route: string; url: string; state?: string }[] = [];

async function axeCheck(page: Page, role: Role, lang: Lang, route: string) {
  const result = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
  for (const v of result.violations) {
    findings.push({
      role,
      lang,
      route,
      url: page.url().replace(/^https?:\/\/[^/]+/, ""),
      rule: v.id,
      impact: v.impact ?? "unknown",
      nodes: v.nodes.length,
      help: v.help,
      target: v.nodes
        .slice(0, 3)
        .map((n) => n.target.join(" "))
        .join(" | "),
    });
  }
}

/** The security headers of a page's response (lib/security/headers.ts); private pages are neither cached nor indexed. */
async function headersCheck(page: Page, response: Response, where: string, isPrivate: boolean): Promise<string[]> {
  const h = response.headers();
  const problems: string[] = [];
  const csp = h["content-security-policy"] ?? "";
  const nonce = /'nonce-([A-Za-z0-9+/=]+)'/.exec(csp)?.[1];
  if (!nonce) problems.push("CSP without a nonce");
  if (!csp.includes("frame-ancestors 'none'")) problems.push("CSP without frame-ancestors 'none'");
  if (h["x-content-type-options"] !== "nosniff") problems.push(`X-Content-Type-Options: ${h["x-content-type-options"]}`);
  if (!h["referrer-policy"]) problems.push("no Referrer-Policy");
  if (isPrivate) {
    if (!/no-store/.test(h["cache-control"] ?? "")) problems.push(`Cache-Control: ${h["cache-control"]}`);
    if (!/noindex/.test(h["x-robots-tag"] ?? "")) problems.push(`X-Robots-Tag: ${h["x-robots-tag"]}`);
  }
  // Inline scripts run only with this response's nonce (Next adds it to its own; an empty <script> runs nothing).
  if (nonce) {
    const foreign = await page.evaluate((n) => [...document.scripts].filter((s) => !s.src && s.textContent?.trim() && s.nonce !== n).length, nonce);
    if (foreign) problems.push(`${foreign} inline script(s) without the response's nonce`);
  }
  return problems.map((p) => `${where}: ${p}`);
}

async function switchLanguage(page: Page, to: Lang) {
  await page.getByTestId("language-switch").click();
  await expect(page.locator("html")).toHaveAttribute("lang", to);
}

/** Signs in through /connexion; a staff account's second-factor page is checked (both languages) on the way. */
async function signInChecked(page: Page, role: Exclude<Role, "visitor">, problems: string[]) {
  await page.goto("/connexion");
  await page.getByLabel(/^Adresse courriel/).fill(ACCOUNTS[role]);
  await page.getByLabel(/^Mot de passe/).fill(DEMO_PASSWORD);
  await page.getByRole("button", { name: "Se connecter" }).click();
  await page.waitForURL((u) => !u.pathname.startsWith("/connexion") && u.pathname !== "/apres-connexion");
  // The page follows the account's saved language: a sweep of an earlier run on a reused database ends in English.
  if ((await page.locator("html").getAttribute("lang")) === "en") await switchLanguage(page, "fr");
  await expect(page.locator("html")).toHaveAttribute("lang", "fr");
  if (new URL(page.url()).pathname === "/deux-facteurs") {
    for (const lang of ["fr", "en"] as const) {
      if (lang === "en") await switchLanguage(page, "en");
      const response = await page.reload();
      problems.push(...(await headersCheck(page, response!, `${role} ${lang} /deux-facteurs`, true)));
      await axeCheck(page, role, lang, "/deux-facteurs");
      checked.push({ role, lang, route: "/deux-facteurs", url: "/deux-facteurs" });
    }
    await switchLanguage(page, "fr");
    await passSecondFactor(page, { account: ACCOUNTS[role] });
  }
}

/** Visits every page of `role` in French, then in English; returns the problems found (not the axe findings). */
async function sweep(page: Page, role: Role): Promise<string[]> {
  const problems: string[] = [];
  if (role !== "visitor") await signInChecked(page, role, problems);
  const routes = Object.entries(PAGES)
    .filter(([route, m]) => m.role === role && route !== "/deux-facteurs")
    .map(([route]) => route);
  if (role !== "visitor") for (const r of EVERY_SIGNED_IN_ROLE) if (!routes.includes(r)) routes.push(r);

  for (const lang of ["fr", "en"] as const) {
    if (lang === "en") await switchLanguage(page, "en");
    for (const route of routes) {
      const target = await resolveRoute(page, route);
      const response = await page.goto(target.url);
      const where = `${role} ${lang} ${target.url}`;
      if (!response) {
        problems.push(`${where}: no response`);
        continue;
      }
      const expectedStatus = target.state?.startsWith("not found") ? 404 : 200;
      if (response.status() !== expectedStatus) problems.push(`${where}: HTTP ${response.status()} (expected ${expectedStatus})`);
      const landed = new URL(page.url()).pathname;
      if (landed !== target.url.split("?")[0]) problems.push(`${where}: redirected to ${landed}`);
      // Polled: right after the load event, a streamed not-found page may not have its final <html> yet.
      const htmlLang = await expect(page.locator("html"))
        .toHaveAttribute("lang", lang, { timeout: 5_000 })
        .then(() => lang, async () => page.locator("html").getAttribute("lang"));
      if (htmlLang !== lang) problems.push(`${where}: <html lang="${htmlLang}">`);
      problems.push(...(await headersCheck(page, response, where, role !== "visitor")));
      await axeCheck(page, role, lang, route);
      checked.push({ role, lang, route, url: target.url, state: target.state });
      if (lang === "fr") linksSeen.set(target.url, await mainLinks(page));
    }
  }
  // Leave the account (and the browser) in French, as the other journeys expect the demo accounts.
  await switchLanguage(page, "fr");
  return problems;
}

/** The pages checked for a role, those checked in a special state, and a table of the axe findings by rule. */
function summary(role: Role): string {
  const views = checked.filter((c) => c.role === role);
  const states = views.filter((c) => c.state && c.lang === "fr").map((c) => `  ${c.route} → ${c.url} (${c.state})`);
  const byRule = new Map<string, { views: Set<string>; nodes: number }>();
  for (const f of findings.filter((x) => x.role === role)) {
    const key = `${f.impact} ${f.rule}`;
    const e = byRule.get(key) ?? { views: new Set<string>(), nodes: 0 };
    e.views.add(`${f.lang} ${f.url}`);
    e.nodes += f.nodes;
    byRule.set(key, e);
  }
  return [
    `a11y ${role}: ${views.length} page views (${new Set(views.map((c) => c.route)).size} routes × fr, en)`,
    ...(states.length ? ["  checked in a special state:", ...states.map((s) => `  ${s}`)] : []),
    byRule.size ? "  axe findings (impact rule: page views, nodes, example):" : "  axe findings: none",
    ...[...byRule.entries()].sort().map(([k, e]) => `    ${k.padEnd(44)} ${String(e.views.size).padStart(4)} ${String(e.nodes).padStart(5)}  ${[...e.views][0]}`),
  ].join("\n");
}

function blocking(role: Role) {
  return findings.filter((f) => f.role === role && (f.impact === "serious" || f.impact === "critical"));
}

test("@assurance every page of the app has an accessibility check (app/**/page.tsx mapped to a role and a URL)", () => {
  const routes = pageRoutes();
  expect(routes.length).toBeGreaterThan(60);
  const unmapped = routes.filter((r) => !(r in PAGES));
  expect(unmapped, "page files with no entry in PAGES of tests/e2e/a11y.spec.ts").toEqual([]);
  const stale = Object.keys(PAGES).filter((r) => !routes.includes(r));
  expect(stale, "entries of PAGES with no page file").toEqual([]);
});

for (const role of ["visitor", "candidate", "employer", "advisor", "admin"] as const) {
  test(`@assurance axe finds no serious or critical violation on the pages of the ${role === "visitor" ? "signed-out visitor" : role}, in French and English; security headers on each`, async ({ page }) => {
    test.setTimeout(240_000);
    const problems = await sweep(page, role);
    console.log(summary(role));
    const serious = blocking(role).map((f) => `${f.lang} ${f.url} ${f.impact} ${f.rule} (${f.nodes}): ${f.help} → ${f.target}`);
    expect(problems, "pages, language and headers").toEqual([]);
    expect(serious, "serious and critical axe violations").toEqual([]);
  });
}
