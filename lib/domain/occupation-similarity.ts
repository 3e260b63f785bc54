// How close two NOC 2021 unit groups are, for matching a candidate's occupations with a vacancy's.
//
// Two signals:
// 1. The NOC hierarchy: codes share a prefix of 5 (same unit group), 4 (minor group), 3 (sub-major group),
//    2 (major group) or 1 digit (broad category), or nothing.
// 2. When the caller supplies OaSIS profile vectors (ratings 0..5 of skills, abilities, knowledge and work
//    activities, averaged per unit group), the correlation of the two profiles. OaSIS ratings are all
//    non-negative, so the raw cosine of two profiles is always high (0.6-0.98, little spread); we therefore use
//    the cosine of the mean-centred vectors (Pearson correlation), negative values counted as 0.
//
// Invariant: the hierarchy decides the band, the profile only moves the score inside its band, and the bands do
// not overlap. So a closer level in the hierarchy always scores strictly more, whatever the vectors say:
//   unit 1 > minor [0.70, 0.85] > sub-major [0.52, 0.67] > major [0.36, 0.49] > broad [0.22, 0.34] > other [0, 0.18]
// Without a vector for either code the middle of the band is used (correlation taken as 0.5).
// Pure: no I/O; the vectors are built by the caller (lib/reference-data/oasis-vectors.ts).

export type NocLevel = "unit" | "minor" | "subMajor" | "major" | "broad" | "none";

export const NOC_LEVELS_BY_CLOSENESS: readonly NocLevel[] = ["unit", "minor", "subMajor", "major", "broad", "none"];

/** Score bands per level: score = base + span x profile correlation (0..1). */
export const NOC_LEVEL_BANDS: Readonly<Record<NocLevel, { base: number; span: number }>> = {
  unit: { base: 1, span: 0 },
  minor: { base: 0.7, span: 0.15 },
  subMajor: { base: 0.52, span: 0.15 },
  major: { base: 0.36, span: 0.13 },
  broad: { base: 0.22, span: 0.12 },
  none: { base: 0, span: 0.18 },
};

/**
 * Share of a candidate's years in an occupation that counts as experience for another one (used by the matching
 * engine). Deliberately coarse: only the same unit group counts in full.
 */
export const EXPERIENCE_TRANSFER: Readonly<Record<NocLevel, number>> = {
  unit: 1,
  minor: 0.5,
  subMajor: 0.25,
  major: 0,
  broad: 0,
  none: 0,
};

const UNKNOWN_CORRELATION = 0.5;

export function isNocCode(code: unknown): code is string {
  return typeof code === "string" && /^\d{5}$/.test(code);
}

/** The closest level of the NOC hierarchy the two codes share. Codes are 5-digit strings. */
export function sharedNocLevel(a: string, b: string): NocLevel {
  if (a === b) return "unit";
  if (a.slice(0, 4) === b.slice(0, 4)) return "minor";
  if (a.slice(0, 3) === b.slice(0, 3)) return "subMajor";
  if (a.slice(0, 2) === b.slice(0, 2)) return "major";
  if (a[0] === b[0]) return "broad";
  return "none";
}

/** Plain cosine similarity, -1..1; 0 when a vector is empty, all zeros, or the lengths differ. */
export function cosineSimilarity(a: readonly number[], b: readonly number[]): number {
  if (a.length === 0 || a.length !== b.length) return 0;
  let dot = 0;
  let na = 0;
  let nb = 0;
  for (let i = 0; i < a.length; i++) {
    const x = a[i]!;
    const y = b[i]!;
    dot += x * y;
    na += x * x;
    nb += y * y;
  }
  if (na === 0 || nb === 0) return 0;
  return dot / Math.sqrt(na * nb);
}

/** Cosine of the mean-centred vectors (Pearson correlation), -1..1; 0 when undefined (constant vector). */
export function centredCosineSimilarity(a: readonly number[], b: readonly number[]): number {
  if (a.length === 0 || a.length !== b.length) return 0;
  let ma = 0;
  let mb = 0;
  for (let i = 0; i < a.length; i++) {
    ma += a[i]!;
    mb += b[i]!;
  }
  ma /= a.length;
  mb /= b.length;
  let dot = 0;
  let na = 0;
  let nb = 0;
  for (let i = 0; i < a.length; i++) {
    const x = a[i]! - ma;
    const y = b[i]! - mb;
    dot += x * y;
    na += x * x;
    nb += y * y;
  }
  if (na === 0 || nb === 0) return 0;
  return dot / Math.sqrt(na * nb);
}

export interface OccupationSimilarity {
  /** 0..1, see the bands above. */
  score: number;
  level: NocLevel;
  /** Profile correlation clamped to 0..1, or null when a vector was missing. */
  profileCorrelation: number | null;
}

export type OccupationVectors = ReadonlyMap<string, readonly number[]>;

/** Similarity of two unit groups; `vectors` is optional (hierarchy only without it). */
export function occupationSimilarity(a: string, b: string, vectors?: OccupationVectors): OccupationSimilarity {
  const level = sharedNocLevel(a, b);
  if (level === "unit") return { score: 1, level, profileCorrelation: a === b ? 1 : null };
  const va = vectors?.get(a);
  const vb = vectors?.get(b);
  const profileCorrelation = va && vb ? Math.max(0, Math.min(1, centredCosineSimilarity(va, vb))) : null;
  const band = NOC_LEVEL_BANDS[level];
  const score = band.base + band.span * (profileCorrelation ?? UNKNOWN_CORRELATION);
  return { score, level, profileCorrelation };
}

/**
 * A memoised similarity function against one fixed code (for instance a vacancy's): there are only 516 unit
 * groups, so ranking 100,000 candidates computes each pair once.
 */
export function similarityTo(target: string, vectors?: OccupationVectors): (code: string) => OccupationSimilarity {
  const cache = new Map<string, OccupationSimilarity>();
  return (code) => {
    let s = cache.get(code);
    if (s === undefined) {
      s = occupationSimilarity(target, code, vectors);
      cache.set(code, s);
    }
    return s;
  };
}
