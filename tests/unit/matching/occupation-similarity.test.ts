import { describe, expect, it } from "vitest";
import {
  NOC_LEVELS_BY_CLOSENESS,
  NOC_LEVEL_BANDS,
  centredCosineSimilarity,
  cosineSimilarity,
  occupationSimilarity,
  sharedNocLevel,
  similarityTo,
} from "@/lib/domain/occupation-similarity";
import { compareEducation, educationRank, educationShortfall, EDUCATION_LEVELS, isEducationLevel, meetsEducation } from "@/lib/domain/education";

describe("sharedNocLevel", () => {
  it.each([
    ["72106", "72106", "unit"],
    ["72106", "72105", "minor"],
    ["72300", "72310", "subMajor"],
    ["72106", "72201", "major"],
    ["72106", "73100", "broad"],
    ["72106", "65201", "none"],
  ] as const)("%s vs %s -> %s", (a, b, level) => {
    expect(sharedNocLevel(a, b)).toBe(level);
    expect(sharedNocLevel(b, a)).toBe(level);
  });
});

describe("cosine similarities", () => {
  it("plain cosine", () => {
    expect(cosineSimilarity([1, 0], [1, 0])).toBeCloseTo(1, 12);
    expect(cosineSimilarity([1, 0], [0, 1])).toBeCloseTo(0, 12);
    expect(cosineSimilarity([1, 2, 3], [2, 4, 6])).toBeCloseTo(1, 12);
    expect(cosineSimilarity([0, 0], [1, 1])).toBe(0);
    expect(cosineSimilarity([1], [1, 2])).toBe(0);
  });

  it("centred cosine is the Pearson correlation", () => {
    expect(centredCosineSimilarity([1, 2, 3], [2, 4, 6])).toBeCloseTo(1, 12);
    expect(centredCosineSimilarity([1, 2, 3], [3, 2, 1])).toBeCloseTo(-1, 12);
    // all-positive profiles: high raw cosine, but the centred one sees they are opposite
    expect(cosineSimilarity([5, 4, 3], [3, 4, 5])).toBeGreaterThan(0.9);
    expect(centredCosineSimilarity([5, 4, 3], [3, 4, 5])).toBeCloseTo(-1, 12);
    expect(centredCosineSimilarity([2, 2, 2], [1, 2, 3])).toBe(0);
  });
});

describe("occupationSimilarity", () => {
  const vectors = new Map<string, number[]>([
    ["72106", [5, 4, 1, 0]],
    ["72105", [5, 4, 1, 0]],
    ["72100", [0, 1, 4, 5]],
    ["65201", [5, 4, 1, 0]],
  ]);

  it("is 1 for the same unit group", () => {
    expect(occupationSimilarity("72106", "72106").score).toBe(1);
    expect(occupationSimilarity("72106", "72106", vectors).score).toBe(1);
  });

  it("uses the middle of the level's band without vectors", () => {
    for (const level of NOC_LEVELS_BY_CLOSENESS.slice(1)) {
      const band = NOC_LEVEL_BANDS[level];
      const pairs: Record<string, string[]> = { minor: ["72106", "72105"], subMajor: ["72300", "72310"], major: ["72106", "72201"], broad: ["72106", "73100"], none: ["72106", "65201"] };
      const pair = pairs[level];
      const s = occupationSimilarity(pair![0]!, pair![1]!);
      expect(s.level).toBe(level);
      expect(s.profileCorrelation).toBeNull();
      expect(s.score).toBeCloseTo(band.base + band.span / 2, 12);
    }
  });

  it("moves the score inside the band with the profile correlation", () => {
    expect(occupationSimilarity("72106", "72105", vectors).score).toBeCloseTo(0.85, 12);
    expect(occupationSimilarity("72106", "72100", vectors).score).toBeCloseTo(0.7, 12);
    // a perfectly correlated profile from another field stays below a same-minor-group profile
    expect(occupationSimilarity("72106", "65201", vectors).score).toBeCloseTo(0.18, 12);
  });

  it("has bands that never overlap, closest level highest", () => {
    for (let i = 1; i < NOC_LEVELS_BY_CLOSENESS.length; i++) {
      const closer = NOC_LEVEL_BANDS[NOC_LEVELS_BY_CLOSENESS[i - 1]!];
      const farther = NOC_LEVEL_BANDS[NOC_LEVELS_BY_CLOSENESS[i]!];
      expect(closer.base).toBeGreaterThan(farther.base + farther.span);
    }
  });

  it("memoises against one code", () => {
    const sim = similarityTo("72106", vectors);
    expect(sim("72105")).toBe(sim("72105"));
    expect(sim("72105").score).toBe(occupationSimilarity("72106", "72105", vectors).score);
  });
});

describe("education levels", () => {
  it("are ordered none < secondary < vocational < college < bachelor < master < doctorate", () => {
    expect(EDUCATION_LEVELS).toEqual(["none", "secondary", "vocational", "college", "bachelor", "master", "doctorate"]);
    for (let i = 1; i < EDUCATION_LEVELS.length; i++) {
      expect(compareEducation(EDUCATION_LEVELS[i - 1]!, EDUCATION_LEVELS[i]!)).toBeLessThan(0);
      expect(educationRank(EDUCATION_LEVELS[i]!)).toBe(i);
    }
  });

  it("helpers", () => {
    expect(meetsEducation("college", "vocational")).toBe(true);
    expect(meetsEducation("secondary", "vocational")).toBe(false);
    expect(educationShortfall("none", "college")).toBe(3);
    expect(educationShortfall("master", "college")).toBe(0);
    expect(isEducationLevel("bachelor")).toBe(true);
    expect(isEducationLevel("phd")).toBe(false);
    expect(isEducationLevel("toString")).toBe(false);
  });
});
