import { describe, expect, it } from "vitest";
import { MATCH_SCALE_CUTOFFS, matchPercent, matchScaleStep } from "@/lib/domain/matching-scale";

describe("five-step matching scale", () => {
  it.each([
    [100, 5],
    [85, 5],
    [84.9, 4],
    [70, 4],
    [69.9, 3],
    [55, 3],
    [54.9, 2],
    [40, 2],
    [39.9, 1],
    [0, 1],
  ])("score %d is step %d", (score, step) => {
    expect(matchScaleStep(score)).toBe(step);
  });

  it("never goes down when the score goes up", () => {
    let last = 1;
    for (let s = 0; s <= 1000; s++) {
      const step = matchScaleStep(s / 10);
      expect(step).toBeGreaterThanOrEqual(last);
      last = step;
    }
    expect(Object.values(MATCH_SCALE_CUTOFFS).sort((a, b) => b - a)).toEqual([85, 70, 55, 40]);
  });

  it("shows 100 % only for a perfect score", () => {
    expect(matchPercent(99.6)).toBe(99);
    expect(matchPercent(100)).toBe(100);
    expect(matchPercent(87.5)).toBe(88);
    expect(matchPercent(-3)).toBe(0);
  });
});
