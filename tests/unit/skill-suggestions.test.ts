import { describe, expect, it } from "vitest";
import { labelMatchScore, OASIS_SKILL_LABELS, suggestSkillLabels } from "@/lib/domain/skill-suggestions";
import { canonicalSkillKey } from "@/lib/domain/skills-vocabulary";

describe("suggestSkillLabels", () => {
  it("suggests the vocabulary entry in the person's language, whatever language was typed", () => {
    expect(suggestSkillLabels("soud", "fr", [])[0]).toEqual({ key: "welding", label: "Soudage" });
    expect(suggestSkillLabels("soud", "en", [])[0]).toEqual({ key: "welding", label: "Welding" });
    expect(suggestSkillLabels("weld", "fr", []).map((s) => s.label)).toContain("Soudage");
  });

  it("finds an entry through a synonym or an abbreviation", () => {
    expect(suggestSkillLabels("GMAW", "fr", []).map((s) => s.key)).toContain("mig-welding");
  });

  it("gives one suggestion per skill: a platform spelling of a vocabulary skill is not repeated", () => {
    const r = suggestSkillLabels("soudure", "fr", [{ key: canonicalSkillKey("soudure"), label: "soudure", usageCount: 9 }]);
    expect(r.filter((s) => s.key === "welding")).toEqual([{ key: "welding", label: "Soudage" }]);
  });

  it("includes labels already used on the platform, more used first", () => {
    const terms = [
      { key: canonicalSkillKey("Taille de pierre"), label: "Taille de pierre", usageCount: 2 },
      { key: canonicalSkillKey("Taille de haies"), label: "Taille de haies", usageCount: 7 },
    ];
    expect(suggestSkillLabels("taille", "fr", terms).map((s) => s.label)).toEqual(["Taille de haies", "Taille de pierre"]);
  });

  it("includes OaSIS descriptors, translated", () => {
    expect(suggestSkillLabels("pensée crit", "fr", [])).toContainEqual({ key: canonicalSkillKey("Critical thinking"), label: "Pensée critique" });
    expect(suggestSkillLabels("critical", "en", []).map((s) => s.label)).toContain("Critical thinking");
  });

  it("suggests nothing for a blank text and respects the limit", () => {
    expect(suggestSkillLabels("  ", "fr", [])).toEqual([]);
    expect(suggestSkillLabels("a", "fr", [], 3)).toHaveLength(3);
  });

  it("has a French and an English label for every OaSIS descriptor", () => {
    for (const o of OASIS_SKILL_LABELS) {
      expect(o.fr.trim()).not.toBe("");
      expect(o.en.trim()).not.toBe("");
    }
  });
});

describe("labelMatchScore", () => {
  it("ranks a label starting with the query above a label containing its words", () => {
    expect(labelMatchScore("gestion du temps", "gestion")).toBe(3);
    expect(labelMatchScore("gestion du temps", "temps gest")).toBe(1);
    expect(labelMatchScore("gestion du temps", "stion")).toBe(0);
  });
});
