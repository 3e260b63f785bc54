import { describe, expect, it } from "vitest";
import {
  SKILL_VOCABULARY,
  SKILL_VOCABULARY_BY_KEY,
  canonicalSkillKey,
  findSkillEntry,
  skillKeyWithBroader,
  skillLabel,
} from "@/lib/domain/skills-vocabulary";
import { labelKey } from "@/lib/domain/text";

describe("skills vocabulary table", () => {
  it("has between 60 and 200 entries with unique kebab-case keys and both labels", () => {
    expect(SKILL_VOCABULARY.length).toBeGreaterThanOrEqual(60);
    expect(SKILL_VOCABULARY.length).toBeLessThanOrEqual(200);
    const keys = SKILL_VOCABULARY.map((e) => e.key);
    expect(new Set(keys).size).toBe(keys.length);
    for (const e of SKILL_VOCABULARY) {
      expect(e.key).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
      expect(e.fr.trim()).not.toBe("");
      expect(e.en.trim()).not.toBe("");
    }
  });

  it("never maps one label (after normalisation) to two entries", () => {
    const owner = new Map<string, string>();
    const conflicts: string[] = [];
    for (const e of SKILL_VOCABULARY) {
      for (const label of [e.fr, e.en, ...e.synonyms]) {
        const k = labelKey(label);
        const prev = owner.get(k);
        if (prev !== undefined && prev !== e.key) conflicts.push(`${JSON.stringify(label)}: ${prev} and ${e.key}`);
        owner.set(k, e.key);
      }
    }
    expect(conflicts).toEqual([]);
  });

  it("has broader links that point to existing entries, without cycles", () => {
    for (const e of SKILL_VOCABULARY) {
      if (e.broader === undefined) continue;
      expect(SKILL_VOCABULARY_BY_KEY.has(e.broader), `${e.key} -> ${e.broader}`).toBe(true);
      const chain = skillKeyWithBroader(e.key);
      expect(new Set(chain).size).toBe(chain.length);
      expect(chain.length).toBeLessThan(8);
    }
  });

  it("every entry's French and English labels canonicalise to the entry", () => {
    for (const e of SKILL_VOCABULARY) {
      expect(canonicalSkillKey(e.fr)).toBe(e.key);
      expect(canonicalSkillKey(e.en)).toBe(e.key);
      for (const s of e.synonyms) expect(canonicalSkillKey(s), s).toBe(e.key);
    }
  });
});

describe("canonicalSkillKey", () => {
  it.each([
    ["welding", "soudage", "welding"],
    ["soudage mig", "MIG welding", "mig-welding"],
    ["GMAW", "Soudage MIG", "mig-welding"],
    ["forklift", "chariot élévateur", "forklift"],
    ["Chariot-élévateur", "CARISTE", "forklift"],
    ["customer service", "service à la clientèle", "customer-service"],
    ["Lecture de plans", "blueprint reading", "blueprint-reading"],
    ["SIMDUT", "WHMIS", "whmis"],
    ["PAB", "préposé aux bénéficiaires", "patient-care"],
    ["C#", "c sharp", "csharp"],
  ])("%j ~ %j -> %s", (a, b, key) => {
    expect(canonicalSkillKey(a)).toBe(key);
    expect(canonicalSkillKey(b)).toBe(key);
  });

  it("keeps distinct skills distinct", () => {
    expect(canonicalSkillKey("Soudage TIG")).not.toBe(canonicalSkillKey("Soudage MIG"));
    expect(canonicalSkillKey("C++")).not.toBe(canonicalSkillKey("C#"));
  });

  it("gives unknown labels their normalised key, so equal words still match", () => {
    expect(canonicalSkillKey("Taille de pierre")).toBe("pierre taille");
    expect(canonicalSkillKey("pierre, taille de la")).toBe("pierre taille");
    expect(findSkillEntry("Taille de pierre")).toBeUndefined();
  });

  it("returns an empty key for a blank label", () => {
    expect(canonicalSkillKey("  ")).toBe("");
  });
});

describe("broader skills and labels", () => {
  it("MIG welding implies welding", () => {
    expect(skillKeyWithBroader("mig-welding")).toEqual(["mig-welding", "welding"]);
    expect(skillKeyWithBroader("welding")).toEqual(["welding"]);
    expect(skillKeyWithBroader("not-a-key")).toEqual(["not-a-key"]);
  });

  it("gives French and English labels", () => {
    expect(skillLabel("forklift", "fr")).toBe("Conduite de chariot élévateur");
    expect(skillLabel("forklift", "en")).toBe("Forklift operation");
    expect(findSkillEntry("soudage tig")?.en).toBe("TIG welding");
  });
});
