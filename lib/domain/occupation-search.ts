// Pure rules of the job-title look-up (GET /api/v1/occupations and the occupation combobox): how a typed text
// becomes search terms, and how matched titles are ranked. The database part is lib/server/dal/occupations.ts.
//
// Titles are compared in their normalised form (normalizeText: lower case, no accents, punctuation -> one space),
// the form stored in NocExampleTitle.titleSearch: "Soudeur/soudeuse" is stored as "soudeur soudeuse".

import { LABEL_STOPWORDS, normalizeText } from "./text";

export interface OccupationQueryTerm {
  /** The typed word, normalised. */
  word: string;
  /** The word and its masculine / singular forms; a title matches when one of them starts one of its words. */
  forms: string[];
  /** Longest prefix shared by every form (what a substring index can look for first). */
  stem: string;
}

export interface OccupationQuery {
  /** The whole text, normalised ("Préposée aux bénéf" -> "preposee aux benef"). */
  text: string;
  /** The words every match must contain (as word prefixes); stop words are left out, except the last word. */
  terms: OccupationQueryTerm[];
  /** Set when the text is a NOC code or the start of one (2 to 5 digits). */
  codePrefix: string | null;
}

// Feminine -> masculine endings of French job titles, longest first. Titles usually carry both forms
// ("Soudeur/soudeuse"), but some only the masculine or an abbreviated "(euse)", so a feminine word typed by a
// person also looks for its masculine form. Applied to normalised (accent-free) words.
const FEMININE_ENDINGS: readonly [string, string][] = [
  ["euse", "eur"], // soudeuse -> soudeur
  ["rice", "eur"], // operatrice -> operateur
  ["ienne", "ien"], // technicienne -> technicien
  ["iere", "ier"], // infirmiere -> infirmier
  ["onne", "on"], // patronne -> patron
  ["ere", "er"], // bouchere -> boucher
  ["ive", "if"], // representative -> representatif (rare in titles, harmless)
];

/** The forms a typed word may take in a title: itself, without a plural "s", and in the masculine. */
export function wordForms(word: string): string[] {
  const forms = new Set<string>([word]);
  const singular = word.length >= 4 && word.endsWith("s") && !word.endsWith("ss") ? word.slice(0, -1) : word;
  forms.add(singular);
  for (const w of [...forms]) {
    for (const [fem, masc] of FEMININE_ENDINGS) {
      if (w.length > fem.length + 2 && w.endsWith(fem)) {
        forms.add(w.slice(0, -fem.length) + masc);
        break;
      }
    }
    // A final "e" after a consonant is often the feminine mark: avocate, marchande, preposee, professeure.
    if (w.length >= 5 && /([^aiouy])e$/.test(w)) forms.add(w.slice(0, -1));
  }
  // A shorter form that starts a longer one makes the longer one redundant as a prefix ("soudeur" covers nothing
  // more than itself, but "prepose" covers "preposee").
  return [...forms].filter((f) => ![...forms].some((g) => g !== f && f.startsWith(g))).sort();
}

function commonPrefix(words: readonly string[]): string {
  let p = words[0] ?? "";
  for (const w of words) while (!w.startsWith(p)) p = p.slice(0, -1);
  return p;
}

/** Parses what a person typed. Empty terms and no code: nothing to look for. */
export function parseOccupationQuery(raw: string): OccupationQuery {
  const text = normalizeText(raw.slice(0, 200));
  const digits = text.replace(/\s+/g, "");
  const codePrefix = /^\d{2,5}$/.test(digits) ? digits : null;
  const words = text.split(" ").filter((w) => w.length > 0).slice(0, 8);
  // Stop words are dropped, except the last word, which may be unfinished ("l" may be the start of "livreur").
  const kept = words.filter((w, i) => i === words.length - 1 || !LABEL_STOPWORDS.has(w));
  const terms = kept.map((word) => {
    const forms = wordForms(word);
    return { word, forms, stem: commonPrefix(forms) };
  });
  return { text, terms: codePrefix ? [] : terms, codePrefix };
}

/** True when every term starts a word of the (normalised) title. */
export function titleMatchesTerms(titleSearch: string, terms: readonly OccupationQueryTerm[]): boolean {
  if (terms.length === 0) return false;
  const words = titleSearch.split(" ");
  return terms.every((t) => words.some((w) => t.forms.some((f) => w.startsWith(f))));
}

/** Trigram similarity of two normalised strings, as pg_trgm computes it (used for unit-group titles in memory). */
export function trigramSimilarity(a: string, b: string): number {
  const ta = trigrams(a);
  const tb = trigrams(b);
  if (ta.size === 0 || tb.size === 0) return 0;
  let shared = 0;
  for (const t of ta) if (tb.has(t)) shared++;
  return shared / (ta.size + tb.size - shared);
}

function trigrams(s: string): Set<string> {
  const out = new Set<string>();
  for (const w of s.split(" ").filter(Boolean)) {
    const padded = `  ${w} `;
    for (let i = 0; i + 3 <= padded.length; i++) out.add(padded.slice(i, i + 3));
  }
  return out;
}

export interface TitleMatch {
  nocCode: string;
  lang: "fr" | "en";
  title: string;
  titleSearch: string;
  /** Every term found at the start of a word (false: a fuzzy match, for typos). */
  strict: boolean;
  /** pg_trgm similarity(titleSearch, query) 0..1: high for titles close to the query in length and content. */
  similarity: number;
  /** pg_trgm word_similarity(query, titleSearch) 0..1: how well the query matches some part of the title. */
  wordSimilarity: number;
  /** True for a unit group's own title rather than one of its example titles. */
  unitGroupTitle?: boolean;
}

/**
 * The score of one matched title, higher is better. In order of weight: a title matching every word beats a
 * fuzzy match; a title starting with the whole query beats one that merely contains it; a title whose first word is
 * the first word typed comes next; then closeness (trigram similarity, which favours "Soudeur/soudeuse" over
 * "Soudeur/soudeuse de bijoux"); then titles in the person's language and unit-group titles.
 */
export function scoreTitleMatch(m: TitleMatch, q: OccupationQuery, locale: "fr" | "en"): number {
  if (!m.strict) return m.wordSimilarity - 0.5;
  let s = 1 + m.similarity;
  if (m.titleSearch.startsWith(q.text)) s += 2;
  const first = q.terms[0];
  const firstWord = m.titleSearch.split(" ")[0] ?? "";
  if (first && first.forms.some((f) => firstWord.startsWith(f))) s += 1;
  if (m.lang === locale) s += 0.25;
  if (m.unitGroupTitle) s += 0.3;
  return s;
}

export interface RankedOccupation {
  code: string;
  matchedTitle: string;
  score: number;
}

/**
 * One suggestion per unit group, best first: a group's score is its best title's score plus a small bonus for the
 * number of its titles that matched (the group most titles point to is the likelier one). Ties: shorter matched
 * title, then code.
 */
export function rankOccupations(matches: readonly TitleMatch[], q: OccupationQuery, locale: "fr" | "en", limit: number): RankedOccupation[] {
  const groups = new Map<string, { best: TitleMatch; bestScore: number; count: number }>();
  for (const m of matches) {
    const score = scoreTitleMatch(m, q, locale);
    const g = groups.get(m.nocCode);
    if (!g) groups.set(m.nocCode, { best: m, bestScore: score, count: 1 });
    else {
      g.count++;
      if (score > g.bestScore || (score === g.bestScore && m.title.length < g.best.title.length)) {
        g.best = m;
        g.bestScore = score;
      }
    }
  }
  return [...groups.entries()]
    .map(([code, g]) => ({ code, matchedTitle: g.best.title, score: g.bestScore + 0.15 * Math.log1p(g.count - 1) }))
    .sort((a, b) => b.score - a.score || a.matchedTitle.length - b.matchedTitle.length || a.code.localeCompare(b.code))
    .slice(0, limit);
}
