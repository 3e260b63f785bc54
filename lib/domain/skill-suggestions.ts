// Skill suggestions (GET /api/v1/skills, the skills tag input): one list built from three sources so that the same
// skill is not spelled ten ways:
//   1. the bilingual skills vocabulary (lib/domain/skills-vocabulary.ts), with its synonyms;
//   2. the OaSIS 2023 skill and knowledge descriptors, whose reference files are in English only: translated below;
//   3. skill labels already used on the platform (SkillTerm), passed in by the caller.
// Labels are compared through canonicalSkillKey, so "soudure", "Welding" and "SOUDAGE" are one suggestion.
// Pure: no I/O.

import { canonicalSkillKey, SKILL_VOCABULARY, type SkillVocabularyEntry } from "./skills-vocabulary";
import { normalizeText } from "./text";

export type SkillLocale = "fr" | "en";

/** OaSIS 2023 descriptors (skills, then knowledge areas) in English, as in the reference files, and in French. */
export const OASIS_SKILL_LABELS: readonly { en: string; fr: string }[] = Object.freeze([
  // Skills (oasis2023_skills.csv)
  { en: "Reading comprehension", fr: "Compréhension de textes" },
  { en: "Writing", fr: "Rédaction" },
  { en: "Numeracy", fr: "Calcul et numératie" },
  { en: "Digital literacy", fr: "Compétences numériques" },
  { en: "Active listening", fr: "Écoute active" },
  { en: "Oral comprehension", fr: "Compréhension orale" },
  { en: "Oral expression", fr: "Expression orale" },
  { en: "Critical thinking", fr: "Pensée critique" },
  { en: "Decision making", fr: "Prise de décision" },
  { en: "Evaluation", fr: "Évaluation" },
  { en: "Learning and teaching strategies", fr: "Stratégies d'apprentissage et d'enseignement" },
  { en: "Problem solving", fr: "Résolution de problèmes" },
  { en: "Systems analysis", fr: "Analyse de systèmes" },
  { en: "Digital production", fr: "Production numérique" },
  { en: "Preventative maintenance", fr: "Entretien préventif" },
  { en: "Equipment and tool selection", fr: "Choix de l'équipement et des outils" },
  { en: "Operation and control", fr: "Conduite et contrôle d'équipement" },
  { en: "Operation monitoring of machinery and equipment", fr: "Surveillance du fonctionnement de la machinerie" },
  { en: "Quality control testing", fr: "Contrôle de la qualité" },
  { en: "Repairing", fr: "Réparation" },
  { en: "Setting up equipment", fr: "Installation et réglage d'équipement" },
  { en: "Product design", fr: "Conception de produits" },
  { en: "Troubleshooting", fr: "Dépannage" },
  { en: "Management of financial resources", fr: "Gestion des ressources financières" },
  { en: "Management of material resources", fr: "Gestion des ressources matérielles" },
  { en: "Management of personnel resources", fr: "Gestion du personnel" },
  { en: "Monitoring", fr: "Suivi et contrôle" },
  { en: "Time management", fr: "Gestion du temps" },
  { en: "Coordinating", fr: "Coordination" },
  { en: "Instructing", fr: "Formation d'autres personnes" },
  { en: "Negotiating", fr: "Négociation" },
  { en: "Persuading", fr: "Persuasion" },
  { en: "Social perceptiveness", fr: "Perspicacité sociale" },
  // Knowledge areas (oasis2023_knowledges.csv)
  { en: "Accounting", fr: "Comptabilité" },
  { en: "Business administration", fr: "Administration des affaires" },
  { en: "Clerical work", fr: "Travail de bureau" },
  { en: "Finance", fr: "Finance" },
  { en: "Human resources and labour relations", fr: "Ressources humaines et relations de travail" },
  { en: "Sales and marketing", fr: "Vente et marketing" },
  { en: "Client services", fr: "Service à la clientèle" },
  { en: "Communications and media", fr: "Communications et médias" },
  { en: "Teaching", fr: "Enseignement" },
  { en: "Training, mentoring and coaching", fr: "Formation, mentorat et accompagnement" },
  { en: "Hospitality", fr: "Hôtellerie et accueil" },
  { en: "Mental health", fr: "Santé mentale" },
  { en: "Physical health", fr: "Santé physique" },
  { en: "Recreation, leisure and fitness", fr: "Loisirs et conditionnement physique" },
  { en: "Veterinary and animal care", fr: "Soins vétérinaires et soins aux animaux" },
  { en: "Law", fr: "Droit" },
  { en: "Public affairs and government relations", fr: "Affaires publiques et relations gouvernementales" },
  { en: "Public safety and security", fr: "Sécurité publique" },
  { en: "Manufacturing, processing and production", fr: "Fabrication, transformation et production" },
  { en: "Logistics", fr: "Logistique" },
  { en: "Performance measurement", fr: "Mesure du rendement" },
  { en: "Technical design", fr: "Conception technique" },
  { en: "Agriculture and horticulture", fr: "Agriculture et horticulture" },
  { en: "Forestry", fr: "Foresterie" },
  { en: "Geological resources", fr: "Ressources géologiques" },
  { en: "Livestock, farm animals and wildlife", fr: "Élevage, animaux de ferme et faune" },
  { en: "Water resources", fr: "Ressources en eau" },
  { en: "Biology", fr: "Biologie" },
  { en: "Chemistry", fr: "Chimie" },
  { en: "Geoscience", fr: "Géosciences" },
  { en: "Physics", fr: "Physique" },
  { en: "Arts", fr: "Arts" },
  { en: "Economics", fr: "Économie" },
  { en: "Humanities", fr: "Sciences humaines" },
  { en: "Library, conservation and heritage", fr: "Bibliothèques, conservation et patrimoine" },
  { en: "Theology and philosophy", fr: "Théologie et philosophie" },
  { en: "Building and construction", fr: "Bâtiment et construction" },
  { en: "Computers, technology and information systems", fr: "Informatique et systèmes d'information" },
  { en: "Electrical and electronics", fr: "Électricité et électronique" },
  { en: "Mechanics and machinery", fr: "Mécanique et machinerie" },
  { en: "Telecommunications", fr: "Télécommunications" },
  { en: "Vehicle and machinery operation", fr: "Conduite de véhicules et de machinerie" },
  { en: "Languages", fr: "Langues" },
  { en: "Mathematics", fr: "Mathématiques" },
]);

/** One suggestion: the label to show and store, and the key under which the platform compares skills. */
export type SkillSuggestion = { key: string; label: string };

/** A label already used on the platform (SkillTerm row). */
export type SkillTermUse = { key: string; label: string; usageCount: number };

type Candidate = { key: string; label: string; searchLabels: string[]; usage: number; source: 0 | 1 | 2 };

function vocabularyCandidates(locale: SkillLocale): Candidate[] {
  return SKILL_VOCABULARY.map((e: SkillVocabularyEntry) => ({
    key: e.key,
    label: e[locale],
    // The label in the person's language first, so that a match on it ranks before a match on a synonym.
    searchLabels: [e[locale], e[locale === "fr" ? "en" : "fr"], ...e.synonyms].map(normalizeText),
    usage: 0,
    source: 0 as const,
  }));
}

function oasisCandidates(locale: SkillLocale): Candidate[] {
  return OASIS_SKILL_LABELS.map((o) => ({
    key: canonicalSkillKey(o.en),
    label: o[locale],
    searchLabels: [o[locale], o[locale === "fr" ? "en" : "fr"]].map(normalizeText),
    usage: 0,
    source: 1 as const,
  }));
}

/**
 * How well a query matches a label, 0 when it does not: every query word must start a word of the label.
 * 3 = the label starts with the query, 2 = the first word matches, 1 = the words are elsewhere.
 */
export function labelMatchScore(label: string, query: string): number {
  if (!query) return 0;
  if (label.startsWith(query)) return 3;
  const words = label.split(" ");
  const typed = query.split(" ").filter(Boolean);
  if (!typed.every((q) => words.some((w) => w.startsWith(q)))) return 0;
  return words[0]?.startsWith(typed[0]!) ? 2 : 1;
}

/**
 * Suggestions for what a person typed, best first, one per skill key (the vocabulary's own label wins over a
 * platform spelling of the same skill). Ranked by how well they match (a match on the label in the person's language
 * before a match on a synonym), then by use on the platform, then shorter labels.
 */
export function suggestSkillLabels(query: string, locale: SkillLocale, terms: readonly SkillTermUse[], limit = 10): SkillSuggestion[] {
  const q = normalizeText(query.slice(0, 100));
  if (!q) return [];
  const usage = new Map(terms.map((t) => [t.key, t.usageCount]));
  const candidates: Candidate[] = [
    ...vocabularyCandidates(locale),
    ...oasisCandidates(locale),
    ...terms.map((t) => ({ key: t.key, label: t.label, searchLabels: [normalizeText(t.label)], usage: t.usageCount, source: 2 as const })),
  ];
  const best = new Map<string, { c: Candidate; score: number }>();
  for (const c of candidates) {
    let score = 0;
    c.searchLabels.forEach((l, i) => {
      const s = labelMatchScore(l, q);
      // A match on the first (own-language) label counts a little more than the same match on a synonym.
      if (s > 0) score = Math.max(score, s + (i === 0 ? 0.5 : 0));
    });
    if (score === 0) continue;
    const prev = best.get(c.key);
    if (!prev || c.source < prev.c.source || (c.source === prev.c.source && score > prev.score)) {
      best.set(c.key, { c, score: Math.max(score, prev?.score ?? 0) });
    } else if (score > prev.score) prev.score = score;
  }
  return [...best.values()]
    .map(({ c, score }) => ({ key: c.key, label: c.label, score, usage: usage.get(c.key) ?? c.usage }))
    .sort((a, b) => b.score - a.score || b.usage - a.usage || a.label.length - b.label.length || a.label.localeCompare(b.label))
    .slice(0, limit)
    .map(({ key, label }) => ({ key, label }));
}
