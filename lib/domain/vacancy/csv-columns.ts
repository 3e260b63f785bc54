// The vacancy CSV file: its columns (a French and an English header are both accepted), the template, and the
// translation of spreadsheet cells ("oui", "Saisonnier", "Collégial", "18,50") into the values of the vacancy schema.
// Pure: the schema validation and the database checks happen in the import service.
import { normalizeText } from "../text";
import { formatCsvRecord } from "../csv/parse";

export type VacancyCsvField =
  | "externalRef" | "title" | "nocCode" | "municipalityCode" | "positions" | "employmentType" | "hoursPerWeek"
  | "wageMin" | "wageMax" | "requiredSkills" | "assetSkills" | "minFrenchLevel" | "minEnglishLevel"
  | "minExperienceYears" | "minEducation" | "startDate" | "description" | "offersHousingHelp" | "offersRelocation"
  | "offersFrancisation" | "offersImmigrationHelp" | "lmiaStatus";

export type VacancyCsvColumn = { field: VacancyCsvField; fr: string; en: string; required: boolean; exampleFr: string; exampleEn: string };

/** In template order. `required`: the column must be in the header (a required value is the schema's business). */
export const VACANCY_CSV_COLUMNS: readonly VacancyCsvColumn[] = [
  { field: "externalRef", fr: "reference_employeur", en: "employer_reference", required: true, exampleFr: "SOUD-2027-01", exampleEn: "WELD-2027-01" },
  { field: "title", fr: "titre", en: "title", required: true, exampleFr: "Soudeur ou soudeuse", exampleEn: "Welder" },
  { field: "nocCode", fr: "code_cnp", en: "noc_code", required: true, exampleFr: "72106", exampleEn: "72106" },
  { field: "municipalityCode", fr: "code_municipalite", en: "municipality_code", required: true, exampleFr: "94068", exampleEn: "94068" },
  { field: "positions", fr: "nombre_postes", en: "positions", required: true, exampleFr: "2", exampleEn: "2" },
  { field: "employmentType", fr: "type_emploi", en: "employment_type", required: true, exampleFr: "permanent", exampleEn: "permanent" },
  { field: "hoursPerWeek", fr: "heures_semaine", en: "hours_per_week", required: true, exampleFr: "40", exampleEn: "40" },
  { field: "wageMin", fr: "salaire_horaire_min", en: "hourly_wage_min", required: true, exampleFr: "27,50", exampleEn: "27.50" },
  { field: "wageMax", fr: "salaire_horaire_max", en: "hourly_wage_max", required: false, exampleFr: "32,00", exampleEn: "32.00" },
  { field: "requiredSkills", fr: "competences_requises", en: "required_skills", required: false, exampleFr: "Soudage MIG; Lecture de plans", exampleEn: "MIG welding; Blueprint reading" },
  { field: "assetSkills", fr: "competences_atouts", en: "asset_skills", required: false, exampleFr: "Cariste", exampleEn: "Forklift operation" },
  { field: "minFrenchLevel", fr: "niveau_francais_min", en: "min_french_level", required: false, exampleFr: "6", exampleEn: "6" },
  { field: "minEnglishLevel", fr: "niveau_anglais_min", en: "min_english_level", required: false, exampleFr: "", exampleEn: "" },
  { field: "minExperienceYears", fr: "experience_min_annees", en: "min_experience_years", required: false, exampleFr: "2", exampleEn: "2" },
  { field: "minEducation", fr: "scolarite_min", en: "min_education", required: false, exampleFr: "professionnel", exampleEn: "vocational" },
  { field: "startDate", fr: "date_debut", en: "start_date", required: false, exampleFr: "", exampleEn: "" },
  { field: "description", fr: "description", en: "description", required: true, exampleFr: "Soudure de pièces d'acier pour l'industrie forestière, quart de jour.", exampleEn: "Welding steel parts for the forest industry, day shift." },
  { field: "offersHousingHelp", fr: "aide_logement", en: "housing_help", required: false, exampleFr: "oui", exampleEn: "yes" },
  { field: "offersRelocation", fr: "allocation_demenagement", en: "relocation_allowance", required: false, exampleFr: "non", exampleEn: "no" },
  { field: "offersFrancisation", fr: "francisation_au_travail", en: "french_classes_at_work", required: false, exampleFr: "oui", exampleEn: "yes" },
  { field: "offersImmigrationHelp", fr: "aide_immigration", en: "immigration_help", required: false, exampleFr: "oui", exampleEn: "yes" },
  { field: "lmiaStatus", fr: "statut_eimt", en: "lmia_status", required: false, exampleFr: "en_cours", exampleEn: "in_progress" },
];

export type CsvLanguage = "fr" | "en";

const headerKey = (h: string) => normalizeText(h).replace(/ /g, "_");

export type HeaderMapping =
  | { ok: true; language: CsvLanguage; fieldByIndex: (VacancyCsvField | null)[]; headerByField: Partial<Record<VacancyCsvField, string>> }
  | { ok: false; missing: string[]; language: CsvLanguage };

/**
 * Maps the header's columns to fields. Names are compared without case, accents or punctuation ("Référence
 * employeur" = "reference_employeur"); either language is accepted, column by column. Unknown columns are ignored.
 * Missing required columns are named in the language most of the header is in.
 */
export function mapHeader(header: readonly string[]): HeaderMapping {
  const byKey = new Map<string, { field: VacancyCsvField; lang: CsvLanguage }>();
  for (const c of VACANCY_CSV_COLUMNS) {
    byKey.set(headerKey(c.fr), { field: c.field, lang: "fr" });
    if (!byKey.has(headerKey(c.en))) byKey.set(headerKey(c.en), { field: c.field, lang: "en" });
  }
  const votes = { fr: 0, en: 0 };
  const fieldByIndex: (VacancyCsvField | null)[] = [];
  const headerByField: Partial<Record<VacancyCsvField, string>> = {};
  header.forEach((h) => {
    const hit = byKey.get(headerKey(h));
    if (hit && !headerByField[hit.field]) {
      fieldByIndex.push(hit.field);
      headerByField[hit.field] = h;
      votes[hit.lang]++;
    } else fieldByIndex.push(null);
  });
  const language: CsvLanguage = votes.en > votes.fr ? "en" : "fr";
  const missing = VACANCY_CSV_COLUMNS.filter((c) => c.required && !headerByField[c.field]).map((c) => c[language]);
  if (missing.length) return { ok: false, missing, language };
  return { ok: true, language, fieldByIndex, headerByField };
}

/** The downloadable template: a header row in the requested language and one example row. */
export function vacancyCsvTemplate(language: CsvLanguage): string {
  const header = formatCsvRecord(VACANCY_CSV_COLUMNS.map((c) => c[language]));
  const example = formatCsvRecord(VACANCY_CSV_COLUMNS.map((c) => (language === "fr" ? c.exampleFr : c.exampleEn)));
  // The BOM makes Excel open the file as UTF-8 (accents intact); CRLF is what RFC 4180 and Excel write.
  return `\ufeff${header}\r\n${example}\r\n`;
}

// ---------- cells -> schema values ----------

const key = (v: string) => normalizeText(v).replace(/ /g, "_");

const EMPLOYMENT_TYPE_WORDS: Record<string, string> = {
  permanent: "permanent", permanente: "permanent",
  temporary: "temporary", temporaire: "temporary", temporaires: "temporary",
  seasonal: "seasonal", saisonnier: "seasonal", saisonniere: "seasonal", saisonnal: "seasonal",
};
const EDUCATION_WORDS: Record<string, string> = {
  none: "none", aucun: "none", aucune: "none",
  secondary: "secondary", secondaire: "secondary", des: "secondary", high_school: "secondary",
  vocational: "vocational", professionnel: "vocational", professionnelle: "vocational", dep: "vocational",
  college: "college", collegial: "college", collegiale: "college", dec: "college", aec: "college",
  bachelor: "bachelor", bachelors: "bachelor", baccalaureat: "bachelor", bac: "bachelor",
  master: "master", masters: "master", maitrise: "master",
  doctorate: "doctorate", doctorat: "doctorate", phd: "doctorate",
};
const LMIA_WORDS: Record<string, string> = {
  not_needed: "not_needed", non_requise: "not_needed", non_requis: "not_needed", pas_requise: "not_needed", not_required: "not_needed",
  not_started: "not_started", non_commencee: "not_started", pas_commencee: "not_started", a_faire: "not_started",
  in_progress: "in_progress", en_cours: "in_progress",
  approved: "approved", approuvee: "approved", obtenue: "approved", accordee: "approved",
};
const TRUE_WORDS = new Set(["oui", "yes", "o", "y", "vrai", "true", "1", "x"]);
const FALSE_WORDS = new Set(["non", "no", "n", "faux", "false", "0", ""]);

function word(table: Record<string, string>, cell: string): string {
  const t = cell.trim();
  if (t === "") return "";
  return table[key(t)] ?? t; // an unknown word goes to the schema as is, which refuses it with a message
}

function bool(cell: string): boolean | string {
  const k = key(cell);
  if (TRUE_WORDS.has(k)) return true;
  if (FALSE_WORDS.has(k)) return false;
  return cell; // not a boolean: the schema says so
}

/** Skills in one cell, separated by semicolons or vertical bars (commas can be part of a skill's name). */
export function splitSkills(cell: string): string[] {
  return cell
    .split(/[;|]/)
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
}

/** Dates typed as YYYY-MM-DD, YYYY/MM/DD or DD/MM/YYYY (Québec's spreadsheet default) -> YYYY-MM-DD. */
export function normaliseDateCell(cell: string): string {
  const t = cell.trim();
  let m = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})$/.exec(t);
  if (m) return `${m[1]}-${m[2].padStart(2, "0")}-${m[3].padStart(2, "0")}`;
  m = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})$/.exec(t);
  if (m) return `${m[3]}-${m[2].padStart(2, "0")}-${m[1].padStart(2, "0")}`;
  return t;
}

/** Codes typed in a spreadsheet lose their leading zeros (7047 for 07047): they are put back. */
function code(cell: string, digits: number): string {
  const t = cell.trim();
  return /^\d+$/.test(t) && t.length < digits ? t.padStart(digits, "0") : t;
}

/** One record's cells as the raw input of the vacancy schema (fields absent from the file are left out). */
export function cellsToVacancyInput(values: readonly string[], fieldByIndex: readonly (VacancyCsvField | null)[]): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  fieldByIndex.forEach((field, i) => {
    if (!field) return;
    const cell = values[i] ?? "";
    switch (field) {
      case "employmentType": out[field] = word(EMPLOYMENT_TYPE_WORDS, cell); break;
      case "minEducation": out[field] = word(EDUCATION_WORDS, cell); break;
      case "lmiaStatus": out[field] = cell.trim() === "" ? undefined : word(LMIA_WORDS, cell); break;
      case "offersHousingHelp": case "offersRelocation": case "offersFrancisation": case "offersImmigrationHelp": out[field] = bool(cell); break;
      case "requiredSkills": case "assetSkills": out[field] = splitSkills(cell); break;
      case "startDate": out[field] = normaliseDateCell(cell); break;
      case "nocCode": out[field] = code(cell, 5); break;
      case "municipalityCode": out[field] = code(cell, 5); break;
      default: out[field] = cell;
    }
  });
  return out;
}
