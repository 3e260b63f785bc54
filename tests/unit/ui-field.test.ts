// Server-renders the form primitives and checks the wiring a screen reader relies on: label for, hint and error
// referenced by aria-describedby, aria-invalid only with an error, translated marks.
import { createElement as h, type ReactNode } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Checkbox } from "@/components/ui/checkbox";
import { TextField } from "@/components/ui/field";
import { RadioGroup } from "@/components/ui/radio-group";
import { I18nProvider } from "@/lib/i18n/client";
import type { Locale } from "@/lib/i18n/config";

function render(node: ReactNode, locale: Locale = "fr") {
  return { doc: new DOMParserLite(renderToStaticMarkup(h(I18nProvider, { locale, children: node }))) };
}

// A tiny attribute reader, enough for these assertions without a DOM library.
class DOMParserLite {
  constructor(readonly html: string) {}
  tag(selector: RegExp): Record<string, string> {
    const m = this.html.match(selector);
    if (!m) throw new Error(`no match for ${selector}`);
    return Object.fromEntries([...m[0].matchAll(/([\w:-]+)="([^"]*)"/g)].map((a) => [a[1]!, a[2]!]));
  }
  textOf(id: string): string {
    const m = this.html.match(new RegExp(`<p id="${id}"[^>]*>(.*?)</p>`));
    return (m?.[1] ?? "").replace(/<[^>]+>/g, "").replace(/&#x27;/g, "'");
  }
}

describe("TextField", () => {
  it("links the label, the hint and the error to the input", () => {
    const { doc } = render(h(TextField, { id: "courriel", label: "Courriel", hint: "Nous n'écrivons qu'à cette adresse.", error: "Entrez une adresse valide.", required: true, name: "email" }));
    const input = doc.tag(/<input[^>]*>/);
    expect(input.id).toBe("courriel");
    expect(input.name).toBe("email");
    expect(input["aria-invalid"]).toBe("true");
    expect(input["aria-describedby"]).toBe("courriel-hint courriel-error");
    expect(input.required).toBe("");
    expect(doc.tag(/<label[^>]*>/).for).toBe("courriel");
    expect(doc.textOf("courriel-hint")).toBe("Nous n'écrivons qu'à cette adresse.");
    expect(doc.textOf("courriel-error")).toContain("Entrez une adresse valide.");
    expect(doc.html).toContain("(obligatoire)");
    expect(doc.html).toContain("Erreur\u00a0:"); // read before the message, visually hidden
  });

  it("is neither invalid nor described by a missing error", () => {
    const { doc } = render(h(TextField, { id: "nom", label: "Name", optional: true }), "en");
    const input = doc.tag(/<input[^>]*>/);
    expect(input["aria-invalid"]).toBeUndefined();
    expect(input["aria-describedby"]).toBeUndefined();
    expect(doc.html).toContain("(optional)");
    expect(doc.html).not.toContain('id="nom-error"');
  });

  it("keeps an aria-describedby given by the caller", () => {
    const { doc } = render(h(TextField, { id: "salaire", label: "Salaire", hint: "En dollars", "aria-describedby": "aide-salaire" }));
    expect(doc.tag(/<input[^>]*>/)["aria-describedby"]).toBe("salaire-hint aide-salaire");
  });
});

describe("Checkbox and RadioGroup", () => {
  it("labels a checkbox and describes it by its hint", () => {
    const { doc } = render(h(Checkbox, { id: "consent", label: "J'accepte", hint: "Vous pouvez retirer ce consentement." }));
    const input = doc.tag(/<input[^>]*>/);
    expect(input.type).toBe("checkbox");
    expect(input["aria-describedby"]).toBe("consent-hint");
    expect(doc.tag(/<label[^>]*>/).for).toBe("consent");
  });

  it("groups radios in a fieldset with a legend, described by the error", () => {
    const { doc } = render(
      h(RadioGroup, { id: "permis", legend: "Avez-vous un permis de travail?", name: "permit", options: [{ value: "yes", label: "Oui" }, { value: "no", label: "Non" }], error: "Choisissez une option." }),
    );
    expect(doc.html).toMatch(/<fieldset[^>]*aria-describedby="permis-error"/);
    expect(doc.html).toContain("<legend");
    const radios = [...doc.html.matchAll(/<input[^>]*type="radio"[^>]*>/g)];
    expect(radios).toHaveLength(2);
    for (const r of radios) expect(r[0]).toContain('aria-invalid="true"');
    expect(doc.tag(/<label[^>]*for="permis-1"[^>]*>/).for).toBe("permis-1");
  });
});

describe("Button and Alert", () => {
  it("marks a loading button busy but keeps it focusable", () => {
    const { doc } = render(h(Button, { loading: true, type: "submit" }, "Enregistrer"));
    const b = doc.tag(/<button[^>]*>/);
    expect(b["aria-busy"]).toBe("true");
    expect(b["aria-disabled"]).toBe("true");
    expect(b.disabled).toBeUndefined();
    expect(b.type).toBe("submit");
  });

  it("gives alerts a role by urgency and a test id apart from Next's route announcer", () => {
    expect(render(h(Alert, { variant: "error", title: "Erreur" })).doc.tag(/<div[^>]*app-alert[^>]*>/)).toMatchObject({ role: "alert", "data-testid": "app-alert" });
    expect(render(h(Alert, { variant: "success" }, "Enregistré")).doc.tag(/<div[^>]*app-alert[^>]*>/).role).toBe("status");
    expect(render(h(Alert, { variant: "info", live: "off" }, "Note")).doc.tag(/<div[^>]*app-alert[^>]*>/).role).toBeUndefined();
  });
});
