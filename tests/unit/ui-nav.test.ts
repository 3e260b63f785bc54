import { describe, expect, it } from "vitest";
import { activeHref, navItemsFor } from "@/components/layout/nav-links";
import { hasMessage } from "@/lib/i18n/translate";

const hrefs = (role: Parameters<typeof navItemsFor>[0]) => navItemsFor(role).map((i) => i.href);

describe("navigation per role", () => {
  it("offers jobs, registration and sign-in when signed out", () => {
    expect(hrefs(null)).toEqual(["/emplois", "/evenements", "/inscription/candidat", "/inscription/employeur", "/connexion"]);
  });
  it("gives each role its own links", () => {
    expect(hrefs("CANDIDATE")).toEqual(["/candidat/profil", "/candidat/offres", "/candidat/invitations", "/candidat/messages", "/candidat/evenements", "/candidat/plan"]);
    expect(hrefs("EMPLOYER")).toEqual(["/employeur", "/employeur/postes", "/employeur/recherche", "/employeur/messages", "/employeur/evenements", "/employeur/organisation"]);
    expect(hrefs("ADVISOR")).toEqual(["/conseiller/verifications", "/conseiller/evenements", "/conseiller/accompagnement", "/conseiller/tableau", "/conseiller/revisions"]);
  });
  it("gives administrators the advisor links plus administration, and only them", () => {
    expect(hrefs("ADMIN")).toEqual([...hrefs("ADVISOR"), "/admin"]);
    expect(hrefs("ADVISOR")).not.toContain("/admin");
    expect(hrefs("CANDIDATE").some((h) => h.startsWith("/employeur"))).toBe(false);
  });
  it("has a label in both languages for every link", () => {
    for (const role of [null, "CANDIDATE", "EMPLOYER", "ADVISOR", "ADMIN"] as const) {
      for (const item of navItemsFor(role)) {
        expect(hasMessage("fr", item.labelKey), item.labelKey).toBe(true);
        expect(hasMessage("en", item.labelKey), item.labelKey).toBe(true);
      }
    }
  });
});

describe("current link", () => {
  const employer = hrefs("EMPLOYER");
  it("marks the exact page", () => {
    expect(activeHref("/employeur", employer)).toBe("/employeur");
    expect(activeHref("/employeur/", employer)).toBe("/employeur");
  });
  it("marks the section of a deeper page by its longest prefix", () => {
    expect(activeHref("/employeur/postes/42/modifier", employer)).toBe("/employeur/postes");
    expect(activeHref("/employeur/organisation", employer)).toBe("/employeur/organisation");
  });
  it("does not match on a partial segment or elsewhere", () => {
    expect(activeHref("/employeurs", employer)).toBeNull();
    expect(activeHref("/", employer)).toBeNull();
    expect(activeHref(null, employer)).toBeNull();
  });
});
