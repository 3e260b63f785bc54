// How a matching score (0..100) is put into words on the five-step scale shown beside it ("Excellente" ...
// "Faible"). Pure. The steps are fixed cut-offs on the published score, the same for every vacancy, so that two
// results with the same score always read the same; eligibility (a language minimum) is said separately.

export const MATCH_SCALE_STEPS = [1, 2, 3, 4, 5] as const;
export type MatchScaleStep = (typeof MATCH_SCALE_STEPS)[number];

/** Lowest score of steps 5, 4, 3 and 2 (below the last: step 1). */
export const MATCH_SCALE_CUTOFFS: Readonly<Record<Exclude<MatchScaleStep, 1>, number>> = Object.freeze({ 5: 85, 4: 70, 3: 55, 2: 40 });

/** The step of a score: 5 = excellent (85 and more), 4 = very good (70), 3 = good (55), 2 = partial (40), 1 = weak. */
export function matchScaleStep(score: number): MatchScaleStep {
  if (score >= MATCH_SCALE_CUTOFFS[5]) return 5;
  if (score >= MATCH_SCALE_CUTOFFS[4]) return 4;
  if (score >= MATCH_SCALE_CUTOFFS[3]) return 3;
  if (score >= MATCH_SCALE_CUTOFFS[2]) return 2;
  return 1;
}

/** The score as a whole percentage for display (87.5 -> 88, never 100 unless it is 100). */
export function matchPercent(score: number): number {
  const clamped = Math.min(100, Math.max(0, score));
  return clamped < 100 ? Math.min(99, Math.round(clamped)) : 100;
}
