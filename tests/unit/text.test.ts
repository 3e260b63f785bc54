import { describe, expect, it } from "vitest";
import { labelKey, labelTokens, normalizeText, sameLabel, stripAccents, tidyLabel } from "@/lib/domain/text";

describe("stripAccents", () => {
  it.each([
    ["Élévateur", "Elevateur"],
    ["Côte-Nord", "Cote-Nord"],
    ["Îles-de-la-Madeleine", "Iles-de-la-Madeleine"],
    ["cœur", "coeur"],
    ["Ça", "Ca"],
    ["naïve", "naive"],
  ])("%s -> %s", (input, expected) => {
    expect(stripAccents(input)).toBe(expected);
  });
});

describe("normalizeText", () => {
  it.each([
    ["  Chariot-élévateur (permis) ", "chariot elevateur permis"],
    ["SOUDAGE   À L'ARC", "soudage a l arc"],
    ["Soudage à l’arc", "soudage a l arc"],
    ["Saguenay–Lac-Saint-Jean", "saguenay lac saint jean"],
    ["C#", "csharp"],
    ["C++ / C", "cplusplus c"],
    [".NET", "dotnet"],
    ["Node.js", "nodejs"],
    ["", ""],
    ["!!!", ""],
  ])("%j -> %j", (input, expected) => {
    expect(normalizeText(input)).toBe(expected);
  });
});

describe("labelTokens and labelKey", () => {
  it("drops French and English stop words and folds plurals", () => {
    expect(labelTokens("Lecture de plans")).toEqual(["lecture", "plan"]);
    expect(labelTokens("Reading of the blueprints")).toEqual(["reading", "blueprint"]);
  });

  it("keeps short words and words ending in ss unfolded", () => {
    expect(labelTokens("bus gas process")).toEqual(["bus", "gas", "process"]);
  });

  it("keeps stop words when the label has nothing else", () => {
    expect(labelKey("de la")).toBe("de la");
  });

  it.each([
    ["Soudage à l'arc", "ARC (soudage)"],
    ["soudage mig", "Soudage MIG"],
    ["MIG, soudage", "soudage   MIG"],
    ["Service à la clientèle", "service clientele"],
    ["Lecture de plans", "lecture des plans"],
    ["Chariot élévateur", "chariot-elevateur"],
    ["Entretien préventif", "  entretien   PRÉVENTIF."],
  ])("%j is the same label as %j", (a, b) => {
    expect(labelKey(a)).toBe(labelKey(b));
    expect(sameLabel(a, b)).toBe(true);
  });

  it.each([
    ["Soudage MIG", "Soudage TIG"],
    ["C#", "C++"],
    ["Lecture de plans", "plans"],
    ["Service", "Service à la clientèle"],
  ])("%j is not the same label as %j", (a, b) => {
    expect(sameLabel(a, b)).toBe(false);
  });

  it("blank labels are never the same label", () => {
    expect(labelKey("  ")).toBe("");
    expect(sameLabel("", "")).toBe(false);
  });
});

describe("tidyLabel", () => {
  it("collapses spaces and keeps case and accents", () => {
    expect(tidyLabel("  Soudage   à l'arc \n")).toBe("Soudage à l'arc");
  });
});
