import { describe, expect, it } from "vitest";
import { parseOccupationQuery, rankOccupations, titleMatchesTerms, trigramSimilarity, wordForms, type TitleMatch } from "@/lib/domain/occupation-search";
import { normalizeText } from "@/lib/domain/text";

describe("wordForms", () => {
  it.each([
    ["soudeuse", "soudeur"],
    ["operatrice", "operateur"],
    ["technicienne", "technicien"],
    ["infirmiere", "infirmier"],
    ["preposee", "prepose"],
    ["avocate", "avocat"],
    ["professeure", "professeur"],
    ["welders", "welder"],
    ["infirmieres", "infirmier"],
  ])("%s also looks for %s", (word, masculine) => {
    expect(wordForms(word)).toContain(masculine);
  });

  it("keeps a masculine word as it is", () => {
    expect(wordForms("soudeur")).toEqual(["soudeur"]);
  });

  it("drops a form that a shorter form already covers as a prefix", () => {
    // "prepose" is a prefix of "preposee": looking for both would be redundant.
    expect(wordForms("preposee")).toEqual(["prepose"]);
  });
});

describe("parseOccupationQuery", () => {
  it("normalises case, accents and punctuation", () => {
    const q = parseOccupationQuery("  PRÉPOSÉE aux Bénéf ");
    expect(q.text).toBe("preposee aux benef");
    expect(q.terms.map((t) => t.word)).toEqual(["preposee", "benef"]);
  });

  it("keeps a last word that is a stop word, since it may be unfinished", () => {
    expect(parseOccupationQuery("chauffeur de").terms.map((t) => t.word)).toEqual(["chauffeur", "de"]);
  });

  it("drops the stop words before the last word", () => {
    expect(parseOccupationQuery("aide de la").terms.map((t) => t.word)).toEqual(["aide", "la"]);
  });

  it("reads 2 to 5 digits as a NOC code prefix", () => {
    expect(parseOccupationQuery("72106")).toMatchObject({ codePrefix: "72106", terms: [] });
    expect(parseOccupationQuery("721")).toMatchObject({ codePrefix: "721" });
    expect(parseOccupationQuery("7").codePrefix).toBeNull();
    expect(parseOccupationQuery("721066").codePrefix).toBeNull();
  });

  it("gives nothing to look for in a blank text", () => {
    expect(parseOccupationQuery("   ").terms).toEqual([]);
  });
});

describe("titleMatchesTerms", () => {
  const title = normalizeText("Soudeur/soudeuse à l'arc");
  it.each(["soudeuse", "soudeur", "soud", "arc soud", "SOUDEUSE"])("%s matches « Soudeur/soudeuse à l'arc »", (typed) => {
    expect(titleMatchesTerms(title, parseOccupationQuery(typed).terms)).toBe(true);
  });
  it.each(["oudeur", "soudeur tig", "welder"])("%s does not match", (typed) => {
    expect(titleMatchesTerms(title, parseOccupationQuery(typed).terms)).toBe(false);
  });
  it("finds a feminine word in a title written « soudeur(euse) »", () => {
    expect(titleMatchesTerms(normalizeText("Soudeur(euse) de pipelines"), parseOccupationQuery("soudeuse").terms)).toBe(true);
  });
});

describe("trigramSimilarity", () => {
  it("is 1 for the same text and 0 for texts sharing nothing", () => {
    expect(trigramSimilarity("soudeur", "soudeur")).toBe(1);
    expect(trigramSimilarity("soudeur", "xyz")).toBe(0);
  });
  it("prefers the closer title", () => {
    expect(trigramSimilarity("soudeur soudeuse", "soudeur")).toBeGreaterThan(trigramSimilarity("soudeur soudeuse de bijoux", "soudeur"));
  });
});

describe("rankOccupations", () => {
  const q = parseOccupationQuery("soudeur");
  const m = (nocCode: string, title: string, over: Partial<TitleMatch> = {}): TitleMatch => {
    const titleSearch = normalizeText(title);
    return { nocCode, lang: "fr", title, titleSearch, strict: true, similarity: trigramSimilarity(titleSearch, q.text), wordSimilarity: 1, ...over };
  };

  it("returns one suggestion per unit group, with its best title", () => {
    const r = rankOccupations([m("72106", "Soudeur/soudeuse de précision"), m("72106", "Soudeur/soudeuse"), m("94219", "Soudeur/soudeuse de bijoux")], q, "fr", 10);
    expect(r.map((x) => x.code)).toEqual(["72106", "94219"]);
    expect(r[0].matchedTitle).toBe("Soudeur/soudeuse");
  });

  it("puts a title starting with the query before one merely containing it", () => {
    const r = rankOccupations([m("95101", "Aide-soudeur/aide-soudeuse"), m("94219", "Soudeur/soudeuse de bijoux")], q, "fr", 10);
    expect(r[0].code).toBe("94219");
  });

  it("puts a fuzzy match (typo) after every full match", () => {
    const r = rankOccupations([m("11111", "Soudeuze", { strict: false, wordSimilarity: 0.9, similarity: 0.9 }), m("95101", "Aide-soudeur/aide-soudeuse")], q, "fr", 10);
    expect(r.map((x) => x.code)).toEqual(["95101", "11111"]);
  });

  it("respects the limit", () => {
    const r = rankOccupations([m("1", "Soudeur a"), m("2", "Soudeur b"), m("3", "Soudeur c")], q, "fr", 2);
    expect(r).toHaveLength(2);
  });
});
