import { describe, expect, it } from "vitest";
import { auditFairness, countSelections, fairnessReport, IMPACT_RATIO_THRESHOLD, syntheticPopulation, syntheticVacancies } from "@/lib/domain/fairness-audit";
import { toMatchCandidate } from "@/lib/domain/matching";

// A smaller run of `npm run audit:fairness` (4 markets of 2,000 candidates and 150 vacancies instead of 8 of 4,000
// and 300), so that CI covers the engine's fairness on every change.

describe("fairness audit of the matching engine", () => {
  it("neutral population: every group of nationality, sex and age band has an impact ratio of at least 0.8 in the top 20", () => {
    const r = auditFairness({ variant: "neutral", candidates: 2000, vacancies: 150, markets: 4, seed: 2026 });
    for (const a of r.attributes) expect(a.impactRatio, `${a.attribute}: ${a.lowest} / ${a.highest}`).toBeGreaterThanOrEqual(IMPACT_RATIO_THRESHOLD);
    expect(r.pass).toBe(true);
    // Every group is represented and selected: the rates are measured, not defaulted.
    for (const a of r.attributes) for (const g of a.groups) expect(g.selections).toBeGreaterThan(0);
  }, 60_000);

  it("correlated population: the audit detects the disparity that job-relevant fields carry (French level by nationality)", () => {
    const r = auditFairness({ variant: "correlated", candidates: 2000, vacancies: 150, markets: 4, seed: 2026 });
    const nationality = r.attributes.find((a) => a.attribute === "nationality")!;
    expect(nationality.impactRatio).toBeLessThan(IMPACT_RATIO_THRESHOLD);
    expect(["CO", "MX", "PH", "UA"]).toContain(nationality.lowest);
    expect(r.pass).toBe(false);
  }, 60_000);

  it("a ranker that favours one group is caught (the audit is not blind)", () => {
    const people = syntheticPopulation({ size: 1000, seed: 1, variant: "neutral" });
    const vacancies = syntheticVacancies({ count: 60, seed: 1 });
    const women = people.filter((p) => p.groups.sex === "F").map((p) => p.candidate.id);
    const men = people.filter((p) => p.groups.sex === "M").map((p) => p.candidate.id);
    // 15 of every top 20 are women, whatever the vacancy.
    const biased = (_v: unknown, k: number) => [...women.slice(0, (k * 3) / 4), ...men.slice(0, k / 4)];
    const r = fairnessReport([countSelections(people, vacancies, { rank: biased })], { candidates: 1000, vacancies: 60, topK: 20 });
    expect(r.attributes.find((a) => a.attribute === "sex")).toMatchObject({ lowest: "M", highest: "F" });
    expect(r.attributes.find((a) => a.attribute === "sex")!.impactRatio).toBeLessThan(0.5);
  });

  it("the protected attributes never reach the engine: toMatchCandidate drops them", () => {
    const [person] = syntheticPopulation({ size: 1, seed: 3, variant: "neutral" });
    const withAttributes = { ...person!.candidate, citizenship: person!.groups.nationality, sex: person!.groups.sex, birthYear: 1980 };
    expect(toMatchCandidate(withAttributes)).toEqual(toMatchCandidate({ ...person!.candidate }));
  });

  it("is deterministic: the same seed gives the same report", () => {
    const a = auditFairness({ variant: "neutral", candidates: 300, vacancies: 20, markets: 2, seed: 9 });
    const b = auditFairness({ variant: "neutral", candidates: 300, vacancies: 20, markets: 2, seed: 9 });
    expect(a).toEqual(b);
  });
});
