import { readCsvRecords } from "./csv";
import { ReferenceDataError } from "./errors";
import { REFERENCE_FILES } from "./files";

// NOC 2021 V1.0 (CNP 2021): unit groups, example job titles, TEER labels.

/** NOC 2021 V1.0 has exactly 516 unit groups; a different count means a wrong or truncated file. */
export const NOC_UNIT_GROUP_COUNT = 516;

export interface NocUnitGroupRecord {
  code: string;
  titleEn: string;
  titleFr: string;
  teer: number;
  teerLabelEn: string;
  teerLabelFr: string;
  broadCategoryCode: string;
  broadCategoryEn: string;
  majorGroupCode: string;
  majorGroupEn: string;
  subMajorGroupCode: string;
  subMajorGroupEn: string;
  minorGroupCode: string;
  minorGroupEn: string;
  leadStatementEn: string;
  line: number;
}

const UNIT_GROUP_COLUMNS = [
  "noc_code", "title_en", "title_fr", "teer", "teer_label_en", "teer_label_fr", "broad_category_code", "broad_category_en",
  "major_group_code", "major_group_en", "sub_major_group_code", "sub_major_group_en", "minor_group_code", "minor_group_en",
  "lead_statement_en",
] as const;

export function parseNocUnitGroups(text: string, file: string = REFERENCE_FILES.nocUnitGroups): NocUnitGroupRecord[] {
  const seen = new Set<string>();
  const groups = readCsvRecords(text, file, UNIT_GROUP_COLUMNS, (r) => {
    const code = r.code("noc_code", 5, "NOC code");
    if (seen.has(code)) r.fail("noc_code", `unit group ${code} appears twice`);
    seen.add(code);
    const teer = r.int("teer", 0, 5);
    if (String(teer) !== code[1]) r.fail("teer", `${teer} is not the second digit of ${code}`);
    // The hierarchy codes are prefixes of the unit-group code.
    const prefix = (column: string, digits: number, what: string) => {
      const v = r.code(column, digits, what);
      if (v !== code.slice(0, digits)) r.fail(column, `${JSON.stringify(v)} is not the first ${digits} digit${digits > 1 ? "s" : ""} of ${code}`);
      return v;
    };
    return {
      code,
      titleEn: r.text("title_en"),
      titleFr: r.text("title_fr"),
      teer,
      teerLabelEn: r.text("teer_label_en"),
      teerLabelFr: r.text("teer_label_fr"),
      broadCategoryCode: prefix("broad_category_code", 1, "broad category code"),
      broadCategoryEn: r.text("broad_category_en"),
      majorGroupCode: prefix("major_group_code", 2, "major group code"),
      majorGroupEn: r.text("major_group_en"),
      subMajorGroupCode: prefix("sub_major_group_code", 3, "sub-major group code"),
      subMajorGroupEn: r.text("sub_major_group_en"),
      minorGroupCode: prefix("minor_group_code", 4, "minor group code"),
      minorGroupEn: r.text("minor_group_en"),
      leadStatementEn: r.text("lead_statement_en"),
      line: r.line,
    };
  });
  if (groups.length !== NOC_UNIT_GROUP_COUNT) {
    throw new ReferenceDataError(file, undefined, `expected ${NOC_UNIT_GROUP_COUNT} unit groups (NOC 2021 V1.0), found ${groups.length}`);
  }
  return groups;
}

export type Lang = "fr" | "en";

export interface NocExampleTitleRecord {
  nocCode: string;
  lang: Lang;
  /** White space collapsed and trimmed (the source has ~650 titles with a trailing space). */
  title: string;
}

/**
 * Example titles. `unitGroupCodes`, when given, is checked: every title must belong to a known unit group.
 * (nocCode, lang, title) must be unique, as in the database.
 */
export function parseNocExampleTitles(
  text: string,
  file: string = REFERENCE_FILES.nocExampleTitles,
  unitGroupCodes?: ReadonlySet<string>,
): NocExampleTitleRecord[] {
  const seen = new Map<string, number>();
  return readCsvRecords(text, file, ["noc_code", "lang", "job_title"], (r) => {
    const nocCode = r.code("noc_code", 5, "NOC code");
    if (unitGroupCodes && !unitGroupCodes.has(nocCode)) r.fail("noc_code", `${nocCode} is not a unit group of ${REFERENCE_FILES.nocUnitGroups}`);
    const lang = r.oneOf("lang", ["fr", "en"] as const);
    const title = r.text("job_title").replace(/\s+/g, " ").trim();
    const key = `${nocCode}\u0000${lang}\u0000${title}`;
    const first = seen.get(key);
    if (first !== undefined) r.fail("job_title", `${JSON.stringify(title)} (${nocCode}, ${lang}) already appears on line ${first}`);
    seen.set(key, r.line);
    return { nocCode, lang, title };
  });
}

export interface TeerLabelRecord {
  teer: number;
  labelEn: string;
  labelFr: string;
}

export function parseTeerLabels(text: string, file: string = REFERENCE_FILES.teer): TeerLabelRecord[] {
  const seen = new Set<number>();
  const labels = readCsvRecords(text, file, ["teer", "label_en", "label_fr"], (r) => {
    const teer = r.int("teer", 0, 5);
    if (seen.has(teer)) r.fail("teer", `TEER ${teer} appears twice`);
    seen.add(teer);
    return { teer, labelEn: r.text("label_en"), labelFr: r.text("label_fr") };
  });
  if (labels.length !== 6) throw new ReferenceDataError(file, undefined, `expected the 6 TEER categories 0..5, found ${labels.length}`);
  return labels.sort((a, b) => a.teer - b.teer);
}
