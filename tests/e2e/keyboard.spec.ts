import { expect, test, type Page } from "@playwright/test";
import { nextTotpCode, DEMO_TOTP_SECRET, skipStep } from "./helpers/totp";

// The main journeys with the keyboard alone (issue 9, item 8): only page.keyboard (Tab, Shift+Tab, Enter, Space,
// arrows, typing) after the first page.goto of each journey; no click, no fill. Each focus stop is checked to show a
// visible indicator (an outline or a ring).

const DEMO_PASSWORD = "Demo-Passerelle-2026";

/** What the focused element is, to recognise it and to report where the focus went. */
type Focused = { tag: string; name: string; type: string; region: string; inDialog: boolean; indicator: string; id: string; href: string };

async function focused(page: Page): Promise<Focused> {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (!el || el === document.body) return { tag: "body", name: "", type: "", region: "", inDialog: false, indicator: "", id: "", href: "" };
    const labelled = el.getAttribute("aria-labelledby");
    const name =
      el.getAttribute("aria-label") ??
      (labelled ? labelled.split(" ").map((id) => document.getElementById(id)?.textContent ?? "").join(" ") : null) ??
      ((el as HTMLInputElement).labels?.[0]?.textContent || el.textContent || "");
    const s = getComputedStyle(el);
    const outline = s.outlineStyle !== "none" && parseFloat(s.outlineWidth) >= 2 ? `outline ${s.outlineWidth} ${s.outlineStyle} ${s.outlineColor}` : "";
    const ring = s.boxShadow && s.boxShadow !== "none" ? `box-shadow ${s.boxShadow}` : "";
    return {
      tag: el.tagName.toLowerCase(),
      name: name.replace(/\s+/g, " ").trim(),
      type: el.getAttribute("type") ?? "",
      region: el.getAttribute("data-region-checkbox") ?? "",
      inDialog: !!el.closest("dialog[open]"),
      indicator: outline || ring,
      id: el.id,
      href: el.getAttribute("href") ?? "",
    };
  });
}

/** Presses Tab (or Shift+Tab) until the focused element satisfies `is`; fails after `max` presses. */
async function tabTo(page: Page, is: (f: Focused) => boolean, what: string, { max = 80, back = false } = {}): Promise<Focused> {
  const seen: string[] = [];
  for (let i = 0; i < max; i++) {
    await page.keyboard.press(back ? "Shift+Tab" : "Tab");
    const f = await focused(page);
    if (is(f)) return f;
    seen.push(`${f.tag}${f.type ? `[${f.type}]` : ""} "${f.name.slice(0, 30)}"`);
  }
  throw new Error(`${what}: not reached with ${max} presses of ${back ? "Shift+Tab" : "Tab"}; focus went through ${seen.slice(-15).join(", ")}`);
}

const named = (re: RegExp) => (f: Focused) => re.test(f.name);

/** Replaces a text field's value by typing (the field has the focus). */
async function retype(page: Page, text: string) {
  await page.keyboard.press("ControlOrMeta+a");
  await page.keyboard.press("Delete");
  await page.keyboard.type(text);
}

/** Signs in at /connexion with the keyboard; staff type their second-factor code. */
async function signInWithKeyboard(page: Page, email: string, { staff = false } = {}) {
  await page.goto("/connexion");
  await tabTo(page, named(/^Adresse courriel/), "e-mail field");
  await page.keyboard.type(email);
  await tabTo(page, named(/^Mot de passe/), "password field");
  await page.keyboard.type(DEMO_PASSWORD);
  await page.keyboard.press("Enter");
  await page.waitForURL((u) => !u.pathname.startsWith("/connexion") && u.pathname !== "/apres-connexion");
  if (!staff) return;
  await expect(page).toHaveURL(/\/deux-facteurs$/);
  for (let attempt = 0; ; attempt++) {
    const code = await focused(page).then((f) => /^Code à six chiffres/.test(f.name));
    if (!code) await tabTo(page, named(/^Code à six chiffres/), "second-factor code field");
    await retype(page, await nextTotpCode(DEMO_TOTP_SECRET, email));
    await page.keyboard.press("Enter");
    const outcome = await Promise.race([
      page.waitForURL((u) => u.pathname !== "/deux-facteurs" && u.pathname !== "/apres-connexion").then(() => "in" as const),
      page.getByTestId("form-alert").waitFor().then(() => "refused" as const),
    ]);
    if (outcome === "in") return;
    if (attempt >= 2) throw new Error("the second factor was refused three times");
    skipStep(email); // a step used by another process: the next one
  }
}

/** The focused element shows a focus indicator (WCAG 2.4.7). */
async function expectVisibleFocus(page: Page, what: string) {
  const f = await focused(page);
  expect(f.indicator, `${what} (${f.tag} "${f.name.slice(0, 40)}") shows no focus indicator`).not.toBe("");
}

test("@assurance keyboard: the skip link reaches the content; the public board filters by region from the list and opens a vacancy", async ({ page }) => {
  await page.goto("/emplois");
  // The first Tab stop is the skip link, visible when focused; Enter moves the focus to <main>.
  await page.keyboard.press("Tab");
  const skip = await focused(page);
  expect(skip.href).toBe("#main");
  await expect(page.getByTestId("skip-link")).toBeInViewport();
  await expectVisibleFocus(page, "skip link");
  await page.keyboard.press("Enter");
  expect((await focused(page)).id).toBe("main");

  // From the content, the keyword field then the region list: Mauricie (04) checked with Space.
  await tabTo(page, named(/^Mot-clé/), "keyword field", { max: 5 });
  await expectVisibleFocus(page, "keyword field");
  await tabTo(page, (f) => f.region === "04", "Mauricie in the region list");
  await expectVisibleFocus(page, "region checkbox");
  await page.keyboard.press("Space");
  await expect(page.locator('[data-region-checkbox="04"]')).toBeChecked();
  await tabTo(page, (f) => f.tag === "button" && /^Rechercher$/.test(f.name), "search button");
  await expectVisibleFocus(page, "search button");
  await page.keyboard.press("Enter");
  await page.waitForURL(/[?&]region=04\b/);
  await expect(page.getByTestId("job-card").first()).toBeVisible();
  for (const region of await page.getByTestId("job-card").allTextContents()) expect(region).toContain("Mauricie");

  // The first vacancy of the results, opened with Enter.
  const first = (await page.getByTestId("job-card").first().getByRole("link").first().textContent())!.trim();
  await tabTo(page, (f) => f.tag === "a" && f.name === first, "first vacancy link");
  await expectVisibleFocus(page, "vacancy link");
  await page.keyboard.press("Enter");
  await page.waitForURL(/\/emplois\/c[a-z0-9]+$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(first);
});

test("@assurance keyboard: a candidate signs in and saves a profile section", async ({ page }) => {
  await signInWithKeyboard(page, "candidat@demo.passerelle.ca");
  await page.waitForURL(/\/candidat\/profil$/);
  await expect(page.locator("html")).toHaveAttribute("lang", "fr");

  // The phone number of the identity section: typed, then Enter submits the section's form.
  const phone = `+1 819 555 ${String(1000 + Math.floor(Math.random() * 8999))}`;
  await tabTo(page, named(/^Téléphone/), "phone field", { max: 120 });
  await expectVisibleFocus(page, "phone field");
  await retype(page, phone);
  await page.keyboard.press("Enter");
  await expect(page.getByTestId("section-status-identity")).toContainText("Enregistré");
  await page.reload();
  await expect(page.locator("#identite, [data-section=identity]").first().getByLabel(/^Téléphone/)).toHaveValue(phone);
});

test("@assurance keyboard: an employer creates a draft vacancy with the occupation and municipality comboboxes, then a dialog traps the focus and Escape closes it", async ({ page }) => {
  test.setTimeout(90_000);
  await signInWithKeyboard(page, "employeur@demo.passerelle.ca", { staff: true });
  await page.waitForURL(/\/employeur$/);

  // The vacancy form, reached from the dashboard's link with Enter.
  await tabTo(page, (f) => f.href === "/employeur/postes/nouveau", "new vacancy link");
  await page.keyboard.press("Enter");
  await page.waitForURL(/\/employeur\/postes\/nouveau$/);
  const title = `Soudeur clavier ${Date.now().toString(36)}`;
  await tabTo(page, named(/^Titre du poste/), "title field");
  await page.keyboard.type(title);
  await tabTo(page, named(/^Profession/), "occupation combobox", { max: 3 });
  await expectVisibleFocus(page, "occupation combobox");
  await page.keyboard.type("soudeur");
  await expect(page.getByRole("listbox").getByRole("option").first()).toBeVisible();
  await page.keyboard.press("ArrowDown");
  await page.keyboard.press("Enter");
  await expect(page.getByRole("combobox", { name: /^Profession/ })).toHaveValue(/Soudeur/);
  await tabTo(page, named(/^Description du poste/), "description field");
  await page.keyboard.type("Soudure de pièces d'acier, quart de jour, équipe de huit personnes.");
  await tabTo(page, named(/^Municipalité du lieu de travail/), "municipality combobox");
  await page.keyboard.type("Shawinigan");
  await expect(page.getByRole("listbox").getByRole("option", { name: /^Shawinigan/ }).first()).toBeVisible();
  await page.keyboard.press("ArrowDown");
  await page.keyboard.press("Enter");
  await expect(page.getByTestId("municipality-derived")).toContainText("04 Mauricie");
  await tabTo(page, named(/^Salaire horaire minimum/), "minimum wage field");
  await page.keyboard.type("26,50");
  // Enter in a field submits with the first submit button: « Enregistrer le brouillon », never publish.
  await page.keyboard.press("Enter");
  await page.waitForURL(/\/employeur\/postes\/c[a-z0-9]+$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(title);
  await expect(page.getByText("Brouillon", { exact: true }).first()).toBeVisible();

  // A dialog of components/ui: « Enregistrer cette recherche » on the candidate search.
  await page.goto("/employeur/recherche");
  const opener = await tabTo(page, (f) => f.tag === "button" && /^Enregistrer cette recherche/.test(f.name), "save search button");
  await expectVisibleFocus(page, "save search button");
  await page.keyboard.press("Enter");
  await expect(page.getByRole("dialog")).toBeVisible();
  expect((await focused(page)).inDialog, "the focus moves into the dialog").toBe(true);
  // Tab and Shift+Tab go round inside the dialog (the rest of the page is inert).
  for (const key of ["Tab", "Tab", "Tab", "Tab", "Tab", "Tab", "Shift+Tab", "Shift+Tab", "Shift+Tab", "Shift+Tab", "Shift+Tab", "Shift+Tab"]) {
    await page.keyboard.press(key);
    const f = await focused(page);
    expect(f.inDialog, `after ${key} the focus is on ${f.tag} "${f.name}", outside the dialog`).toBe(true);
    expect(f.indicator, `${f.tag} "${f.name}" in the dialog shows no focus indicator`).not.toBe("");
  }
  await page.keyboard.press("Escape");
  await expect(page.getByRole("dialog")).toBeHidden();
  const back = await focused(page);
  expect(back.tag === "button" && back.name === opener.name, "the focus returns to the button that opened the dialog").toBe(true);

  // A candidate card of the results, opened with Enter.
  await tabTo(page, (f) => f.tag === "a" && /^\/employeur\/recherche\/candidats\/c[a-z0-9]+$/.test(f.href), "first candidate card link");
  await expectVisibleFocus(page, "candidate card link");
  await page.keyboard.press("Enter");
  await page.waitForURL(/\/employeur\/recherche\/candidats\/c[a-z0-9]+$/);
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
});
