// THE weights of the matching score, in one place. Why these values: docs/decisions/0005-matching-weights.md.
//
// Invariants (tested in tests/unit/matching/weights.test.ts):
// - each table sums to exactly 1 (they are written with 2 decimals so that integer arithmetic is exact);
// - the region weight is the largest with occupation: willingness to settle in the job's region outside the
//   CMM is what this product is for;
// - the "english" factor exists only when the vacancy has a minimum English level; its weight is taken from the
//   other factors (second table), so a vacancy requiring English does not lower every candidate's score.

import type { FactorKey } from "./types";

export type WeightTable = Readonly<Partial<Record<FactorKey, number>>>;

/** Weights when the vacancy has no English requirement. */
export const WEIGHTS = Object.freeze({
  occupation: 0.25,
  skills: 0.2,
  region: 0.25,
  french: 0.1,
  experience: 0.08,
  education: 0.05,
  availability: 0.07,
} as const satisfies WeightTable);

/** Weights when the vacancy has a minimum English level (CLB). */
export const WEIGHTS_WITH_ENGLISH = Object.freeze({
  occupation: 0.24,
  skills: 0.19,
  region: 0.24,
  french: 0.09,
  english: 0.05,
  experience: 0.08,
  education: 0.05,
  availability: 0.06,
} as const satisfies WeightTable);

/** Order of the factors in results. */
export const FACTOR_ORDER: readonly FactorKey[] = [
  "occupation",
  "skills",
  "region",
  "french",
  "english",
  "experience",
  "education",
  "availability",
];

/** The table that applies to a vacancy. */
export function weightsFor(vacancy: { minEnglishLevel?: number | null }): WeightTable {
  return vacancy.minEnglishLevel != null ? WEIGHTS_WITH_ENGLISH : WEIGHTS;
}

/**
 * Weights and factor scores are handled as integers (1/10,000) so that the total is exact and the same on every
 * machine: weight 0.25 -> 2500, factor score 0.8333 -> 8333.
 */
export const UNITS = 10_000;
