import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { formatIssuePath, formatMatchInputError, ZMatchBatchInput } from "@/lib/schemas/matching";

const fixtures = path.join(import.meta.dirname, "../../fixtures/matching");
const load = (name: string) => JSON.parse(readFileSync(path.join(fixtures, name), "utf8")) as Record<string, unknown>;

function errorOf(input: unknown): string {
  const r = ZMatchBatchInput.safeParse(input);
  if (r.success) throw new Error("expected invalid input");
  return formatMatchInputError(r.error);
}

const valid = () => load("contract-example.json") as { vacancy: Record<string, unknown>; candidates: Record<string, unknown>[]; limit?: unknown };

describe("ZMatchBatchInput", () => {
  it("accepts the contract's example and every valid fixture", () => {
    for (const f of ["contract-example.json", "welder-pool.json", "english-required.json"]) {
      expect(ZMatchBatchInput.safeParse(load(f)).success, f).toBe(true);
    }
  });

  it("defaults limit to 50 and keeps other candidate fields untouched", () => {
    const input = valid();
    delete input.limit;
    input.candidates[0]!.name = "Amina";
    const r = ZMatchBatchInput.parse(input);
    expect(r.limit).toBe(50);
    expect(r.candidates[0]!.name).toBe("Amina");
  });

  it("accepts a candidate with only an id, and nulls", () => {
    const input = valid();
    input.candidates.push({ id: "c-2" }, { id: "c-3", frenchLevel: null, occupations: null, availableFrom: null });
    expect(ZMatchBatchInput.safeParse(input).success).toBe(true);
  });

  it.each([
    [(i: ReturnType<typeof valid>) => { i.candidates.push({ id: "c-2" }, { id: "c-3" }, { id: "c-4", frenchLevel: 13 }); }, "candidates[3].frenchLevel: must be between 1 and 12"],
    [(i: ReturnType<typeof valid>) => { i.candidates[0]!.frenchLevel = 5.5; }, "candidates[0].frenchLevel: must be a whole number between 1 and 12"],
    [(i: ReturnType<typeof valid>) => { i.candidates[0]!.frenchLevel = "6"; }, "candidates[0].frenchLevel: must be a number between 1 and 12"],
    [(i: ReturnType<typeof valid>) => { delete i.candidates[0]!.id; }, "candidates[0].id: is required"],
    [(i: ReturnType<typeof valid>) => { i.candidates[0]!.occupations = [{ nocCode: 72106, years: 2 }]; }, "candidates[0].occupations[0].nocCode: must be a 5-digit NOC 2021 code as a string"],
    [(i: ReturnType<typeof valid>) => { i.candidates[0]!.occupations = [{ nocCode: "72106", years: -1 }]; }, "candidates[0].occupations[0].years: must be between 0 and 70"],
    [(i: ReturnType<typeof valid>) => { i.candidates[0]!.education = "phd"; }, "candidates[0].education: must be one of none, secondary, vocational, college, bachelor, master, doctorate"],
    [(i: ReturnType<typeof valid>) => { i.candidates[0]!.availableFrom = "2027-02-30"; }, "candidates[0].availableFrom: must be a valid date YYYY-MM-DD"],
    [(i: ReturnType<typeof valid>) => { i.candidates[0]!.preferredRegionCodes = ["4"]; }, 'candidates[0].preferredRegionCodes[0]: must be a region code "01" to "17" (string)'],
    [(i: ReturnType<typeof valid>) => { i.candidates[0]!.openToAnyRegionOutsideCmm = "yes"; }, "candidates[0].openToAnyRegionOutsideCmm: must be true or false"],
    [(i: ReturnType<typeof valid>) => { i.candidates.push({ ...i.candidates[0]! }); }, 'candidates[1].id: duplicate id "c-1" (also candidates[0])'],
    [(i: ReturnType<typeof valid>) => { i.vacancy.regionCode = "18"; }, 'vacancy.regionCode: must be a region code "01" to "17" (string)'],
    [(i: ReturnType<typeof valid>) => { i.vacancy.minFrenchLevel = 0; }, "vacancy.minFrenchLevel: must be between 1 and 12"],
    [(i: ReturnType<typeof valid>) => { i.vacancy.requiredSkills = ["ok", "  "]; }, "vacancy.requiredSkills[1]: must not be blank"],
    [(i: ReturnType<typeof valid>) => { i.vacancy.startDate = "01/03/2027"; }, "vacancy.startDate: must be a valid date YYYY-MM-DD"],
    [(i: ReturnType<typeof valid>) => { i.limit = 0; }, "limit: must be a whole number of at least 1"],
    [(i: ReturnType<typeof valid>) => { delete (i as Record<string, unknown>).vacancy; }, "vacancy: is required"],
    [(i: ReturnType<typeof valid>) => { (i as Record<string, unknown>).candidates = {}; }, "candidates: must be a list of candidates"],
  ])("names the field and the row (%#)", (mutate, expected) => {
    const input = valid();
    mutate(input);
    expect(errorOf(input)).toBe(expected);
  });

  it("reports a non-object input at the root", () => {
    expect(errorOf([])).toBe("input: must be a JSON object { vacancy, candidates, limit }");
  });

  it("lists at most three problems, on one line", () => {
    const input = valid();
    input.candidates = Array.from({ length: 5 }, (_, i) => ({ id: `c-${i}`, frenchLevel: 99 }));
    const message = errorOf(input);
    expect(message).not.toContain("\n");
    expect(message).toBe(
      "candidates[0].frenchLevel: must be between 1 and 12; candidates[1].frenchLevel: must be between 1 and 12; candidates[2].frenchLevel: must be between 1 and 12 (and 2 more)",
    );
  });
});

describe("formatIssuePath", () => {
  it("writes array indices in brackets", () => {
    expect(formatIssuePath(["candidates", 3, "occupations", 0, "years"])).toBe("candidates[3].occupations[0].years");
    expect(formatIssuePath([])).toBe("input");
  });
});
