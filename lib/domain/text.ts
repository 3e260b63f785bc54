// Label normalisation shared by the matching engine, the skills vocabulary and anyone comparing labels typed by
// people in French or English ("Soudage à l'arc", "SOUDAGE A L'ARC", "arc, soudage à l'" are the same label).
// Pure functions, no I/O.

const COMBINING_MARKS = /[\u0300-\u036f]/g;

/** Removes accents and other diacritics: "Élévateur" -> "Elevateur". Keeps case. */
export function stripAccents(text: string): string {
  return text
    .normalize("NFD")
    .replace(COMBINING_MARKS, "")
    .replace(/[œŒ]/g, (c) => (c === "œ" ? "oe" : "OE"))
    .replace(/[æÆ]/g, (c) => (c === "æ" ? "ae" : "AE"))
    .replace(/ß/g, "ss");
}

// Technology names whose punctuation carries the meaning: without these, "C#", "C++" and "C" would all become "c".
const PUNCTUATED_NAMES: readonly [RegExp, string][] = [
  [/c\s*\+\+/g, " cplusplus "],
  [/c\s*#/g, " csharp "],
  [/f\s*#/g, " fsharp "],
  [/(^|[^a-z0-9])\.net\b/g, "$1 dotnet "],
  [/\b([a-z0-9]+)\.js\b/g, " $1js "],
];

/**
 * Lower case, no accents, every run of punctuation or white space turned into one space, trimmed.
 * "  Chariot-élévateur (permis) " -> "chariot elevateur permis". Word order is kept.
 */
export function normalizeText(text: string): string {
  let t = stripAccents(text).toLowerCase();
  for (const [re, replacement] of PUNCTUATED_NAMES) t = t.replace(re, replacement);
  return t
    .replace(/[^a-z0-9]+/g, " ")
    .trim();
}

/** Words that carry no meaning in a skill or job label, in French and English (after accent removal). */
export const LABEL_STOPWORDS: ReadonlySet<string> = new Set([
  // French
  "a", "au", "aux", "d", "de", "des", "du", "en", "et", "l", "la", "le", "les", "ou", "par", "pour", "sur", "un", "une",
  // English
  "an", "and", "for", "in", "of", "on", "or", "the", "to", "with",
]);

/**
 * Light plural folding, identical for both languages: a trailing "s" is dropped from words of 4 letters or more
 * that do not end in "ss" ("plans" -> "plan", "services" -> "service"; "bus", "gas", "process" are kept).
 * It is only used to compare labels, never to display them, so "analysis" -> "analysi" is harmless.
 */
function foldPlural(word: string): string {
  return word.length >= 4 && word.endsWith("s") && !word.endsWith("ss") ? word.slice(0, -1) : word;
}

/** The meaningful words of a label, normalised (see normalizeText), stop words removed, plurals folded. */
export function labelTokens(text: string): string[] {
  const words = normalizeText(text).split(" ").filter((w) => w.length > 0);
  const meaningful = words.filter((w) => !LABEL_STOPWORDS.has(w));
  // A label made only of stop words ("de", "A") keeps them rather than becoming empty.
  return (meaningful.length > 0 ? meaningful : words).map(foldPlural);
}

/**
 * A comparison key for a label: its meaningful words, de-duplicated and sorted, joined by one space.
 * Two labels are "the same label" when their keys are equal: case, accents, punctuation, spacing, word order,
 * stop words and plural "s" are ignored. Empty string for a blank label.
 *   labelKey("Soudage à l'arc") === labelKey("ARC (soudage)") === "arc soudage"
 */
export function labelKey(text: string): string {
  return [...new Set(labelTokens(text))].sort().join(" ");
}

/** True when both labels have the same key (see labelKey) and are not blank. */
export function sameLabel(a: string, b: string): boolean {
  const ka = labelKey(a);
  return ka.length > 0 && ka === labelKey(b);
}

/** Collapses white space and trims, keeping case and accents: for displaying a label typed by a person. */
export function tidyLabel(text: string): string {
  return text.replace(/\s+/g, " ").trim();
}
