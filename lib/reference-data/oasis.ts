import { parseCsv, requireColumns, CsvRow } from "./csv";
import { ReferenceDataError } from "./errors";
import { REFERENCE_FILES } from "./files";

// ESDC OaSIS 2023: one row per occupational profile (a unit group may have several sub-profiles, "72106.00",
// "72106.01"...), one column per descriptor with a rating 0..5. The four files share the same 900 profiles.

export const OASIS_KINDS = ["skill", "ability", "knowledge", "workActivity"] as const;
export type OasisKind = (typeof OASIS_KINDS)[number];

export const OASIS_FILES: Readonly<Record<OasisKind, string>> = {
  skill: REFERENCE_FILES.oasisSkills,
  ability: REFERENCE_FILES.oasisAbilities,
  knowledge: REFERENCE_FILES.oasisKnowledges,
  workActivity: REFERENCE_FILES.oasisWorkActivities,
};

const ID_COLUMNS = ["noc2021_code", "OaSIS Code - Final", "OaSIS Label - Final"] as const;

export interface OasisFileRecord {
  profileCode: string;
  nocCode: string;
  label: string;
  ratings: number[];
  line: number;
}

export interface OasisFile {
  kind: OasisKind;
  file: string;
  /** Descriptor names (English only in the source), in column order: the order of every rating vector. */
  descriptors: string[];
  profiles: OasisFileRecord[];
}

export function parseOasisFile(kind: OasisKind, text: string, file: string = OASIS_FILES[kind]): OasisFile {
  const table = parseCsv(text, file);
  requireColumns(table, ID_COLUMNS);
  const descriptors = table.header.filter((h) => !(ID_COLUMNS as readonly string[]).includes(h));
  if (descriptors.length === 0) throw new ReferenceDataError(file, 1, "header: no descriptor column after the three identification columns");
  const descriptorIdx = descriptors.map((d) => table.columns.get(d)!);
  const seen = new Set<string>();
  const profiles = table.records.map((record) => {
    const r = new CsvRow(table, record);
    const nocCode = r.code("noc2021_code", 5, "NOC code");
    const rawCode = r.raw("OaSIS Code - Final");
    // The copies went through a spreadsheet that stored the code as a number: workactivities has "10010" for
    // "10010.00" and knowledges "31100.1" for "31100.10". Restore the two decimals; anything else is an error.
    const m = /^(\d{5})(?:\.(\d{1,2}))?$/.exec(rawCode);
    if (!m || m[1] !== nocCode) r.fail("OaSIS Code - Final", `${JSON.stringify(rawCode)} is not the NOC code ${nocCode} followed by ".NN"`);
    const profileCode = `${m![1]}.${(m![2] ?? "").padEnd(2, "0")}`;
    if (seen.has(profileCode)) r.fail("OaSIS Code - Final", `profile ${profileCode} appears twice`);
    seen.add(profileCode);
    const ratings = descriptorIdx.map((idx, k) => {
      const v = record.values[idx];
      if (v.length !== 1 || v < "0" || v > "5") r.fail(descriptors[k], `${JSON.stringify(v)} is not a rating 0..5`);
      return Number(v);
    });
    return { profileCode, nocCode, label: r.text("OaSIS Label - Final"), ratings, line: record.line };
  });
  return { kind, file, descriptors, profiles };
}

export interface OasisUnitGroupProfile {
  nocCode: string;
  /** The sub-profiles averaged into this unit group, in code order. */
  profileCodes: string[];
  labels: string[];
  /** Mean rating per descriptor over the sub-profiles, in the descriptor order of OasisData.descriptors. */
  skills: number[];
  abilities: number[];
  knowledges: number[];
  workActivities: number[];
}

export interface OasisData {
  descriptors: Record<OasisKind, string[]>;
  /** Keyed by 5-digit NOC code, in code order. */
  profiles: Map<string, OasisUnitGroupProfile>;
  /** Source inconsistencies that were resolved (see combineOasisFiles). */
  warnings: string[];
}

const VECTOR_FIELD = { skill: "skills", ability: "abilities", knowledge: "knowledges", workActivity: "workActivities" } as const;

/**
 * Checks that the four files describe the same profiles (joined by profile code), and averages each descriptor
 * over the sub-profiles of a unit group (equal weights: OaSIS gives no employment share per sub-profile).
 *
 * Labels: the source files disagree on one label (92023.00 is "Supervisors, other products manufacturing and
 * assembly" in the skills and work-activities files, the title of 92024, but the NOC title of 92023 in the two
 * others). A label disagreement is therefore not fatal: the variant equal to the unit group's English title wins
 * (when `unitGroupTitlesEn` is given), else the skills file's; each disagreement is reported in `warnings`.
 */
export function combineOasisFiles(files: Readonly<Record<OasisKind, OasisFile>>, unitGroupTitlesEn?: ReadonlyMap<string, string>): OasisData {
  const reference = files.skill;
  const known = new Set(reference.profiles.map((p) => p.profileCode));
  // profile code -> label -> files using it
  const variants = new Map<string, Map<string, string[]>>();
  for (const kind of OASIS_KINDS) {
    const f = files[kind];
    for (const p of f.profiles) {
      if (!known.has(p.profileCode)) throw new ReferenceDataError(f.file, p.line, `profile ${p.profileCode} is not in ${reference.file}`);
      const byLabel = variants.get(p.profileCode) ?? new Map<string, string[]>();
      byLabel.set(p.label, [...(byLabel.get(p.label) ?? []), f.file]);
      variants.set(p.profileCode, byLabel);
    }
    if (f.profiles.length !== reference.profiles.length) {
      const mine = new Set(f.profiles.map((p) => p.profileCode));
      const missing = reference.profiles.find((p) => !mine.has(p.profileCode))!;
      throw new ReferenceDataError(f.file, undefined, `profile ${missing.profileCode} of ${reference.file} is missing`);
    }
  }
  const warnings: string[] = [];
  const labelByCode = new Map<string, string>();
  for (const p of reference.profiles) {
    const byLabel = variants.get(p.profileCode)!;
    let label = p.label;
    if (byLabel.size > 1) {
      const title = unitGroupTitlesEn?.get(p.nocCode);
      if (title !== undefined && byLabel.has(title)) label = title;
      const listed = [...byLabel].map(([l, fs]) => `${JSON.stringify(l)} in ${fs.join(", ")}`).join("; ");
      warnings.push(`OaSIS profile ${p.profileCode} has different labels (${listed}); kept ${JSON.stringify(label)}`);
    }
    labelByCode.set(p.profileCode, label);
  }
  const byUnitGroup = (f: OasisFile) => {
    const m = new Map<string, OasisFileRecord[]>();
    for (const p of f.profiles) m.set(p.nocCode, [...(m.get(p.nocCode) ?? []), p]);
    for (const subs of m.values()) subs.sort((a, b) => (a.profileCode < b.profileCode ? -1 : 1));
    return m;
  };
  const grouped = Object.fromEntries(OASIS_KINDS.map((k) => [k, byUnitGroup(files[k])])) as Record<OasisKind, Map<string, OasisFileRecord[]>>;
  const codes = [...grouped.skill.keys()].sort();
  const profiles = new Map<string, OasisUnitGroupProfile>();
  for (const nocCode of codes) {
    const entry: OasisUnitGroupProfile = { nocCode, profileCodes: [], labels: [], skills: [], abilities: [], knowledges: [], workActivities: [] };
    for (const kind of OASIS_KINDS) {
      const subs = grouped[kind].get(nocCode)!;
      if (kind === "skill") {
        entry.profileCodes = subs.map((s) => s.profileCode);
        entry.labels = subs.map((s) => labelByCode.get(s.profileCode)!);
      }
      entry[VECTOR_FIELD[kind]] = files[kind].descriptors.map((_, k) => subs.reduce((sum, s) => sum + s.ratings[k], 0) / subs.length);
    }
    profiles.set(nocCode, entry);
  }
  return {
    descriptors: {
      skill: files.skill.descriptors,
      ability: files.ability.descriptors,
      knowledge: files.knowledge.descriptors,
      workActivity: files.workActivity.descriptors,
    },
    profiles,
    warnings,
  };
}

/** One vector per unit group: skills, abilities, knowledges and work activities concatenated (166 values). */
export function oasisVectorsOf(data: OasisData): Map<string, number[]> {
  return new Map([...data.profiles].map(([code, p]) => [code, [...p.skills, ...p.abilities, ...p.knowledges, ...p.workActivities]]));
}
