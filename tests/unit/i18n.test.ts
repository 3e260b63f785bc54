import { describe, expect, it } from "vitest";
import { messages } from "@/lib/i18n/messages";
import { createTranslator, hasMessage, interpolate } from "@/lib/i18n/translate";
import { formatDate, formatMoney, formatNumber, formatPercent, parseDecimal } from "@/lib/i18n/format";

type Tree = { [k: string]: unknown };

/** Every leaf of a message tree as [dotted key, text]. */
function leaves(tree: unknown, prefix = ""): Array<[string, unknown]> {
  if (tree === null || typeof tree !== "object" || Array.isArray(tree)) return [[prefix, tree]];
  const out: Array<[string, unknown]> = [];
  for (const [k, v] of Object.entries(tree as Tree)) out.push(...leaves(v, prefix ? `${prefix}.${k}` : k));
  return out;
}
const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

const namespaces = Object.keys(messages.fr) as Array<keyof typeof messages.fr>;
const fr = new Map(leaves(messages.fr));
const en = new Map(leaves(messages.en));

describe("messages", () => {
  it("has the same namespaces in French and English", () => {
    expect(Object.keys(messages.en).sort()).toEqual([...namespaces].sort());
    expect(namespaces).toEqual(expect.arrayContaining(["common", "errors", "home", "auth"]));
  });

  it.each(namespaces)("namespace %s has exactly the same keys in fr and en", (ns) => {
    const frKeys = leaves(messages.fr[ns], ns).map(([k]) => k).sort();
    const enKeys = leaves(messages.en[ns], ns).map(([k]) => k).sort();
    expect(enKeys.filter((k) => !frKeys.includes(k)), "keys only in English").toEqual([]);
    expect(frKeys.filter((k) => !enKeys.includes(k)), "keys missing in English").toEqual([]);
  });

  it("has only non-empty strings as leaves (no arrays, numbers or blanks)", () => {
    const bad = [...fr, ...en].filter(([, v]) => typeof v !== "string" || !v.trim()).map(([k]) => k);
    expect(bad).toEqual([]);
  });

  it("uses the same {placeholders} in both languages for every key", () => {
    const mismatches = [...fr]
      .filter(([k, v]) => typeof v === "string" && typeof en.get(k) === "string")
      .filter(([k, v]) => placeholders(v as string).join() !== placeholders(en.get(k) as string).join())
      .map(([k]) => k);
    expect(mismatches).toEqual([]);
  });

  it("writes plural messages with at least 'other' and only CLDR categories", () => {
    const categories = new Set(["zero", "one", "two", "few", "many", "other"]);
    const pluralParents = new Set<string>();
    for (const [k] of [...fr, ...en]) {
      const last = k.split(".").pop()!;
      if (last === "one" || last === "other") pluralParents.add(k.slice(0, -last.length - 1));
    }
    for (const parent of pluralParents) {
      for (const tree of [fr, en]) {
        const children = [...tree.keys()].filter((k) => k.startsWith(`${parent}.`)).map((k) => k.slice(parent.length + 1));
        expect(children, parent).toContain("other");
        expect(children.filter((c) => !categories.has(c)), parent).toEqual([]);
      }
    }
    expect(pluralParents.size).toBeGreaterThan(0);
  });

  // Checked on the shell's namespaces; other namespaces can join the list once their texts follow the rule.
  const TYPOGRAPHY_CHECKED = ["common.", "errors.", "home.", "employer.", "vacancy.", "jobs."];
  it("follows French typography: a no-break space before ':' and inside « », none ordinary", () => {
    const offenders = [...fr]
      .filter(([k, v]) => typeof v === "string" && TYPOGRAPHY_CHECKED.some((p) => k.startsWith(p)))
      .filter(([, v]) => / [:»]|« |[^\s\u00a0\u202f]»|«[^\s\u00a0\u202f]|[^\s\u00a0\u202f\d]:(?!\/\/)/.test(v as string))
      .map(([k, v]) => `${k}: ${v}`);
    expect(offenders).toEqual([]);
  });

  it("has the English texts the shell needs", () => {
    for (const key of ["common.skipToContent", "common.nav.signIn", "errors.notFoundPage.title", "home.hero.title", "errors.unexpected", "errors.invalidInput", "common.form.required", "common.form.tooLong", "common.form.conflict"]) {
      expect(hasMessage("fr", key), key).toBe(true);
      expect(hasMessage("en", key), key).toBe(true);
    }
  });
});

describe("translator", () => {
  const tFr = createTranslator("fr");
  const tEn = createTranslator("en");

  it("interpolates {vars} and leaves unknown ones as written", () => {
    expect(interpolate("Bonjour {name}, {missing}", { name: "Awa" })).toBe("Bonjour Awa, {missing}");
    expect(tFr("common.account.signedInAs", { name: "Awa Diallo" })).toBe("Session ouverte\u00a0: Awa Diallo");
    expect(tEn("common.account.signedInAs", { name: "Awa Diallo" })).toBe("Signed in: Awa Diallo");
  });

  it("shows the key itself when a message is missing", () => {
    expect(tFr("common.nope.nothing")).toBe("common.nope.nothing");
    expect(hasMessage("fr", "common.nope")).toBe(false);
    expect(hasMessage("fr", "common.nav")).toBe(false); // a branch, not a message
  });

  it("chooses plural forms with each language's rules (French: 0 and 1 are singular)", () => {
    expect(tFr("common.table.selected", { count: 0 })).toBe("0 ligne sélectionnée");
    expect(tFr("common.table.selected", { count: 1 })).toBe("1 ligne sélectionnée");
    expect(tFr("common.table.selected", { count: 2 })).toBe("2 lignes sélectionnées");
    expect(tFr("common.table.selected", { count: 1_000_000 })).toBe("1000000 lignes sélectionnées"); // "many" falls back to "other"
    expect(tEn("common.table.selected", { count: 0 })).toBe("0 rows selected");
    expect(tEn("common.table.selected", { count: 1 })).toBe("1 row selected");
    expect(tEn("common.table.selected")).toBe("{count} rows selected"); // no count: "other"
    expect(hasMessage("en", "common.table.selected")).toBe(true);
  });
});

describe("formatters (Node 20 ICU)", () => {
  // fr-CA uses U+00A0 NO-BREAK SPACE (not the U+202F narrow one of fr-FR) as group separator and before "$" and "%".
  it("formats money in cents for fr-CA and en-CA", () => {
    expect(formatMoney("fr", 161000)).toBe("1\u00a0610,00\u00a0$");
    expect(formatMoney("en", 161000)).toBe("$1,610.00");
    expect(formatMoney("fr", 1650)).toBe("16,50\u00a0$");
  });

  it("formats numbers and percentages", () => {
    expect(formatNumber("fr", 1234567.5)).toBe("1\u00a0234\u00a0567,5");
    expect(formatNumber("en", 1234567.5)).toBe("1,234,567.5");
    expect(formatPercent("fr", 0.84)).toBe("84\u00a0%");
    expect(formatPercent("en", 0.84)).toBe("84%");
  });

  it("formats calendar dates in UTC so that a date never shifts to the day before", () => {
    expect(formatDate("fr", "2027-03-01")).toBe("1 mars 2027");
    expect(formatDate("en", "2027-03-01")).toBe("March 1, 2027");
    expect(formatDate("fr", new Date("2027-01-01T00:00:00Z"))).toBe("1 janvier 2027");
  });

  it("parses decimals typed in either locale", () => {
    expect(parseDecimal("16,50")).toBe(16.5);
    expect(parseDecimal("16.50")).toBe(16.5);
    expect(parseDecimal(" 1\u00a0610,50 $ ")).toBe(1610.5);
    expect(parseDecimal("-3")).toBe(-3);
    expect(parseDecimal("")).toBeNull();
    expect(parseDecimal("abc")).toBeNull();
    expect(parseDecimal("1,2,3")).toBeNull();
    expect(parseDecimal("16,")).toBeNull();
  });
});
