// Education levels of the Québec system, lowest to highest (docs: /work/shared/matching-format.md).
// The order of EDUCATION_LEVELS is the ordering used everywhere; compare through these helpers, never through
// string comparison.

export const EDUCATION_LEVELS = ["none", "secondary", "vocational", "college", "bachelor", "master", "doctorate"] as const;

export type EducationLevel = (typeof EDUCATION_LEVELS)[number];

const RANK: Readonly<Record<EducationLevel, number>> = Object.freeze(
  Object.fromEntries(EDUCATION_LEVELS.map((level, i) => [level, i])) as Record<EducationLevel, number>,
);

export function isEducationLevel(value: unknown): value is EducationLevel {
  return typeof value === "string" && Object.prototype.hasOwnProperty.call(RANK, value);
}

/** 0 for "none" ... 6 for "doctorate". */
export function educationRank(level: EducationLevel): number {
  return RANK[level];
}

/** Negative when a < b, 0 when equal, positive when a > b (usable as an Array.sort comparator). */
export function compareEducation(a: EducationLevel, b: EducationLevel): number {
  return RANK[a] - RANK[b];
}

/** True when `level` is at least `minimum`. */
export function meetsEducation(level: EducationLevel, minimum: EducationLevel): boolean {
  return RANK[level] >= RANK[minimum];
}

/** How many levels `level` is below `minimum` (0 when it meets it). */
export function educationShortfall(level: EducationLevel, minimum: EducationLevel): number {
  return Math.max(0, RANK[minimum] - RANK[level]);
}

/** Short bilingual names, with the Québec credential abbreviations people know (glossary). */
export const EDUCATION_LABELS: Readonly<Record<EducationLevel, { fr: string; en: string }>> = {
  none: { fr: "aucun diplôme", en: "no diploma" },
  secondary: { fr: "diplôme d'études secondaires (DES)", en: "secondary school diploma" },
  vocational: { fr: "diplôme d'études professionnelles (DEP)", en: "vocational diploma (DEP)" },
  college: { fr: "diplôme d'études collégiales (DEC ou AEC)", en: "college diploma (DEC or AEC)" },
  bachelor: { fr: "baccalauréat", en: "bachelor's degree" },
  master: { fr: "maîtrise", en: "master's degree" },
  doctorate: { fr: "doctorat", en: "doctorate" },
};

export function educationLabel(level: EducationLevel, locale: "fr" | "en" = "fr"): string {
  return EDUCATION_LABELS[level][locale];
}

/** Shortest names, for compact explanations ("DEP", "DEC ou AEC"). */
export const EDUCATION_SHORT_LABELS: Readonly<Record<EducationLevel, { fr: string; en: string }>> = {
  none: { fr: "aucun diplôme", en: "no diploma" },
  secondary: { fr: "DES", en: "secondary diploma" },
  vocational: { fr: "DEP", en: "vocational diploma (DEP)" },
  college: { fr: "DEC ou AEC", en: "college diploma (DEC or AEC)" },
  bachelor: { fr: "baccalauréat", en: "bachelor's degree" },
  master: { fr: "maîtrise", en: "master's degree" },
  doctorate: { fr: "doctorat", en: "doctorate" },
};

export function educationShortLabel(level: EducationLevel, locale: "fr" | "en" = "fr"): string {
  return EDUCATION_SHORT_LABELS[level][locale];
}
