// The one loader of the reference files (NOC 2021, regions, municipalities, OaSIS, Échelle québécoise, map).
// No Next, no server-only: used by the seed script (tsx), tests and the app alike. Callers pass the directory
// (env().REFERENCE_DATA_DIR in the app, process.env in scripts); relative paths resolve against process.cwd().
//
// All or nothing: every file is read and validated before anything is returned; the first problem throws a
// ReferenceDataError naming the file, the line and the problem.

import { ReferenceDataError } from "./errors";
import { readReferenceFile, REFERENCE_FILES, resolveReferenceDataDir } from "./files";
import { parseEchelle, type EchelleData } from "./echelle";
import { parseNocExampleTitles, parseNocUnitGroups, parseTeerLabels, type NocExampleTitleRecord, type NocUnitGroupRecord, type TeerLabelRecord } from "./noc";
import { combineOasisFiles, OASIS_FILES, OASIS_KINDS, parseOasisFile, type OasisData, type OasisFile, type OasisKind } from "./oasis";
import { checkQuebecConsistency, parseCmmMunicipalities, parseMunicipalities, parseRegions, type MunicipalityRecord, type RegionRecord } from "./quebec";
import { parseRegionsMap, type RegionsMap } from "./regions-map";

export { ReferenceDataError } from "./errors";
export { parseCsv, requireColumns, CsvRow, type CsvTable, type CsvRecord } from "./csv";
export { REFERENCE_FILES, DEFAULT_REFERENCE_DATA_DIR, resolveReferenceDataDir, readReferenceFile } from "./files";
export * from "./quebec";
export * from "./noc";
export * from "./oasis";
export * from "./echelle";
export * from "./regions-map";

export interface ReferenceData {
  /** Absolute directory the files were read from. */
  dir: string;
  regions: RegionRecord[];
  municipalities: MunicipalityRecord[];
  /** Codes of the 82 CMM member municipalities. */
  cmmMunicipalityCodes: Set<string>;
  nocUnitGroups: NocUnitGroupRecord[];
  nocExampleTitles: NocExampleTitleRecord[];
  teerLabels: TeerLabelRecord[];
  oasis: OasisData;
  echelle: EchelleData;
  regionsMap: RegionsMap;
  /** Source inconsistencies the loader resolved without failing (printed by the seed). */
  warnings: string[];
}

export async function loadReferenceData(dir: string): Promise<ReferenceData> {
  const absDir = resolveReferenceDataDir(dir);
  const keys = Object.keys(REFERENCE_FILES) as (keyof typeof REFERENCE_FILES)[];
  // Read everything first, so that a missing file is reported before any parsing work.
  const texts = Object.fromEntries(await Promise.all(keys.map(async (k) => [k, await readReferenceFile(absDir, REFERENCE_FILES[k])] as const))) as Record<
    keyof typeof REFERENCE_FILES,
    string
  >;

  const regions = parseRegions(texts.regions);
  const municipalities = parseMunicipalities(texts.municipalities);
  const cmm = parseCmmMunicipalities(texts.cmmMunicipalities);
  checkQuebecConsistency(regions, municipalities, cmm);

  const teerLabels = parseTeerLabels(texts.teer);
  const nocUnitGroups = parseNocUnitGroups(texts.nocUnitGroups);
  const teerByLevel = new Map(teerLabels.map((t) => [t.teer, t]));
  for (const g of nocUnitGroups) {
    const t = teerByLevel.get(g.teer)!;
    if (t.labelEn !== g.teerLabelEn) {
      throw new ReferenceDataError(REFERENCE_FILES.nocUnitGroups, g.line, `column teer_label_en: differs from ${REFERENCE_FILES.teer} for TEER ${g.teer}`);
    }
  }
  const unitGroupCodes = new Set(nocUnitGroups.map((g) => g.code));
  const nocExampleTitles = parseNocExampleTitles(texts.nocExampleTitles, REFERENCE_FILES.nocExampleTitles, unitGroupCodes);

  const oasisFileKey: Record<OasisKind, keyof typeof REFERENCE_FILES> = {
    skill: "oasisSkills",
    ability: "oasisAbilities",
    knowledge: "oasisKnowledges",
    workActivity: "oasisWorkActivities",
  };
  const oasisFiles = Object.fromEntries(OASIS_KINDS.map((k) => [k, parseOasisFile(k, texts[oasisFileKey[k]])])) as Record<OasisKind, OasisFile>;
  const oasis = combineOasisFiles(oasisFiles, new Map(nocUnitGroups.map((g) => [g.code, g.titleEn])));
  for (const p of oasisFiles.skill.profiles) {
    if (!unitGroupCodes.has(p.nocCode)) throw new ReferenceDataError(OASIS_FILES.skill, p.line, `column noc2021_code: ${p.nocCode} is not a unit group of ${REFERENCE_FILES.nocUnitGroups}`);
  }
  for (const g of nocUnitGroups) {
    if (!oasis.profiles.has(g.code)) throw new ReferenceDataError(OASIS_FILES.skill, undefined, `no OaSIS profile for unit group ${g.code} (${g.titleEn})`);
  }

  const echelle = parseEchelle(texts.echelle);
  const regionsMap = parseRegionsMap(texts.regionsMap);
  const regionNames = new Map(regions.map((r) => [r.code, r.nameFr]));
  regionsMap.features.forEach((f) => {
    if (regionNames.get(f.properties.code) !== f.properties.nom) {
      throw new ReferenceDataError(
        REFERENCE_FILES.regionsMap,
        undefined,
        `name ${JSON.stringify(f.properties.nom)} differs from ${REFERENCE_FILES.regions} (${JSON.stringify(regionNames.get(f.properties.code))})`,
        `feature ${f.properties.code}`,
      );
    }
  });

  return {
    dir: absDir,
    regions,
    municipalities,
    cmmMunicipalityCodes: new Set(cmm.map((c) => c.code)),
    nocUnitGroups,
    nocExampleTitles,
    teerLabels,
    oasis,
    echelle,
    regionsMap,
    warnings: [...oasis.warnings],
  };
}

const cache = new Map<string, Promise<ReferenceData>>();

/** loadReferenceData, memoised per absolute directory for the life of the process (a failed load is not kept). */
export function getReferenceData(dir: string): Promise<ReferenceData> {
  const key = resolveReferenceDataDir(dir);
  let p = cache.get(key);
  if (!p) {
    p = loadReferenceData(key);
    p.catch(() => cache.delete(key));
    cache.set(key, p);
  }
  return p;
}
