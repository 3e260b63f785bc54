import { readCsvRecords, type CsvRow } from "./csv";
import { ReferenceDataError } from "./errors";
import { REFERENCE_FILES } from "./files";

// Québec's 17 administrative regions, the MAMH municipal directory and the CMM membership.

export type CmmStatus = "OUTSIDE" | "PARTIAL" | "INSIDE";

const CMM_STATUS: Record<string, CmmStatus> = {
  hors_cmm: "OUTSIDE",
  partiellement_cmm: "PARTIAL",
  entierement_cmm: "INSIDE",
};

/** The region codes 01..17, in order. */
export const REGION_CODES: readonly string[] = Array.from({ length: 17 }, (_, k) => String(k + 1).padStart(2, "0"));

export interface RegionRecord {
  code: string;
  /** Official name, with the en dash of « Saguenay–Lac-Saint-Jean ». */
  nameFr: string;
  /** The official names are French and are used as is in English (Government of Canada usage). */
  nameEn: string;
  /** The MAMH directory's spelling (« Saguenay--Lac-Saint-Jean »). */
  nameMamh: string;
  entityCount: number;
  population: number;
  cmmMunicipalityCount: number;
  populationCmm: number;
  populationOutsideCmm: number;
  cmmStatus: CmmStatus;
  line: number;
}

export interface MunicipalityRecord {
  code: string;
  csdUid: string;
  name: string;
  designationCode: string;
  designation: string;
  regionCode: string;
  censusDivisionCode: string;
  censusDivisionName: string;
  mrcCode: string | null;
  mrcName: string | null;
  regionalAdministrationCode: string | null;
  regionalAdministrationName: string | null;
  population: number;
  areaKm2: number | null;
  metropolitanCommunityCode: string | null;
  inCmm: boolean;
  line: number;
}

const REGION_COLUMNS = [
  "code", "nom", "nom_tel_que_repertoire_mamh", "nb_entites_repertoire", "population_repertoire",
  "nb_municipalites_cmm", "population_cmm", "population_hors_cmm", "statut_cmm",
] as const;

export function parseRegions(text: string, file: string = REFERENCE_FILES.regions): RegionRecord[] {
  const seen = new Set<string>();
  const regions = readCsvRecords(text, file, REGION_COLUMNS, (r) => {
    const code = r.code("code", 2, "region code");
    if (!REGION_CODES.includes(code)) r.fail("code", `${JSON.stringify(code)} is not a region code (01..17)`);
    if (seen.has(code)) r.fail("code", `region ${code} appears twice`);
    seen.add(code);
    const status = r.oneOf("statut_cmm", Object.keys(CMM_STATUS));
    const region: RegionRecord = {
      code,
      nameFr: r.text("nom"),
      nameEn: r.text("nom"),
      nameMamh: r.text("nom_tel_que_repertoire_mamh"),
      entityCount: r.int("nb_entites_repertoire", 1, 10_000),
      population: r.int("population_repertoire", 0, 100_000_000),
      cmmMunicipalityCount: r.int("nb_municipalites_cmm", 0, 10_000),
      populationCmm: r.int("population_cmm", 0, 100_000_000),
      populationOutsideCmm: r.int("population_hors_cmm", 0, 100_000_000),
      cmmStatus: CMM_STATUS[status],
      line: r.line,
    };
    const expected: CmmStatus =
      region.cmmMunicipalityCount === 0 ? "OUTSIDE" : region.cmmMunicipalityCount === region.entityCount ? "INSIDE" : "PARTIAL";
    if (expected !== region.cmmStatus) {
      r.fail("statut_cmm", `"${status}" contradicts nb_municipalites_cmm=${region.cmmMunicipalityCount} of nb_entites_repertoire=${region.entityCount}`);
    }
    if (region.populationCmm + region.populationOutsideCmm !== region.population) {
      r.fail("population_repertoire", `${region.population} is not population_cmm + population_hors_cmm`);
    }
    return region;
  });
  const missing = REGION_CODES.filter((c) => !seen.has(c));
  if (missing.length) throw new ReferenceDataError(file, undefined, `expected the 17 regions 01..17, missing ${missing.join(", ")}`);
  return regions;
}

const MUNICIPALITY_COLUMNS = [
  "mcode", "csd_uid", "nom", "designation_code", "designation", "region_code", "division_recensement_code",
  "division_recensement_nom", "mrc_code", "mrc_nom", "administration_regionale_code", "administration_regionale_nom",
  "population", "superficie_km2", "communaute_metropolitaine_code", "in_cmm",
] as const;

/** The CMM's code in the MAMH directory (« Communauté métropolitaine de Montréal (663) »). */
export const CMM_CODE = "663";

export function parseMunicipalities(text: string, file: string = REFERENCE_FILES.municipalities): MunicipalityRecord[] {
  const seen = new Set<string>();
  return readCsvRecords(text, file, MUNICIPALITY_COLUMNS, (r) => {
    const code = r.code("mcode", 5, "municipality code");
    if (seen.has(code)) r.fail("mcode", `municipality ${code} appears twice`);
    seen.add(code);
    const csdUid = r.code("csd_uid", 7, "census subdivision id");
    if (csdUid !== `24${code}`) r.fail("csd_uid", `${JSON.stringify(csdUid)} is not "24" + mcode`);
    const regionCode = regionCodeOf(r, "region_code");
    const inCmm = r.oneOf("in_cmm", ["0", "1"]) === "1";
    const metropolitanCommunityCode = r.optionalCode("communaute_metropolitaine_code", 3, "metropolitan community code");
    if (inCmm !== (metropolitanCommunityCode === CMM_CODE)) {
      r.fail("in_cmm", `${inCmm ? 1 : 0} contradicts communaute_metropolitaine_code ${JSON.stringify(metropolitanCommunityCode ?? "")}`);
    }
    const mrcCode = r.optionalCode("mrc_code", 3, "MRC code");
    const mrcName = r.optionalText("mrc_nom");
    if ((mrcCode === null) !== (mrcName === null)) r.fail("mrc_nom", "mrc_code and mrc_nom must both be filled or both be empty");
    return {
      code,
      csdUid,
      name: r.text("nom"),
      designationCode: r.text("designation_code"),
      designation: r.text("designation"),
      regionCode,
      censusDivisionCode: r.code("division_recensement_code", 2, "census division code"),
      censusDivisionName: r.text("division_recensement_nom"),
      mrcCode,
      mrcName,
      regionalAdministrationCode: r.optionalText("administration_regionale_code"),
      regionalAdministrationName: r.optionalText("administration_regionale_nom"),
      population: r.int("population", 0, 100_000_000),
      areaKm2: r.optionalNumber("superficie_km2"),
      metropolitanCommunityCode,
      inCmm,
      line: r.line,
    };
  });
}

export interface CmmMunicipalityRecord {
  code: string;
  name: string;
  regionCode: string;
  line: number;
}

export function parseCmmMunicipalities(text: string, file: string = REFERENCE_FILES.cmmMunicipalities): CmmMunicipalityRecord[] {
  const seen = new Set<string>();
  return readCsvRecords(text, file, ["mcode", "nom", "region_code"], (r) => {
    const code = r.code("mcode", 5, "municipality code");
    if (seen.has(code)) r.fail("mcode", `municipality ${code} appears twice`);
    seen.add(code);
    return { code, name: r.text("nom"), regionCode: regionCodeOf(r, "region_code"), line: r.line };
  });
}

function regionCodeOf(r: CsvRow, column: string): string {
  const v = r.code(column, 2, "region code");
  if (!REGION_CODES.includes(v)) r.fail(column, `${JSON.stringify(v)} is not a region code (01..17)`);
  return v;
}

/**
 * Cross-file checks: every municipality's region exists; the CMM list is exactly the municipalities with
 * in_cmm = 1; the per-region counts and populations of regions_administratives.csv agree with the directory.
 */
export function checkQuebecConsistency(
  regions: readonly RegionRecord[],
  municipalities: readonly MunicipalityRecord[],
  cmm: readonly CmmMunicipalityRecord[],
  files = REFERENCE_FILES,
): void {
  const byCode = new Map(municipalities.map((m) => [m.code, m]));
  for (const c of cmm) {
    const m = byCode.get(c.code);
    if (!m) throw new ReferenceDataError(files.cmmMunicipalities, c.line, `column mcode: ${c.code} is not in ${files.municipalities}`);
    if (!m.inCmm) throw new ReferenceDataError(files.cmmMunicipalities, c.line, `column mcode: ${c.code} has in_cmm = 0 in ${files.municipalities}`);
    if (m.regionCode !== c.regionCode) throw new ReferenceDataError(files.cmmMunicipalities, c.line, `column region_code: ${c.regionCode} differs from ${files.municipalities} (${m.regionCode})`);
  }
  const cmmCodes = new Set(cmm.map((c) => c.code));
  for (const m of municipalities) {
    if (m.inCmm && !cmmCodes.has(m.code)) throw new ReferenceDataError(files.municipalities, m.line, `column in_cmm: ${m.code} (${m.name}) is missing from ${files.cmmMunicipalities}`);
  }
  const stats = new Map<string, { count: number; cmm: number; pop: number; popCmm: number }>();
  for (const m of municipalities) {
    const s = stats.get(m.regionCode) ?? { count: 0, cmm: 0, pop: 0, popCmm: 0 };
    s.count++;
    s.pop += m.population;
    if (m.inCmm) {
      s.cmm++;
      s.popCmm += m.population;
    }
    stats.set(m.regionCode, s);
  }
  for (const r of regions) {
    const s = stats.get(r.code) ?? { count: 0, cmm: 0, pop: 0, popCmm: 0 };
    const where = `(computed from ${files.municipalities})`;
    const fail = (column: string, expected: number, found: number): never => {
      throw new ReferenceDataError(files.regions, r.line, `column ${column}: ${found} for region ${r.code}, expected ${expected} ${where}`);
    };
    if (s.count !== r.entityCount) fail("nb_entites_repertoire", s.count, r.entityCount);
    if (s.cmm !== r.cmmMunicipalityCount) fail("nb_municipalites_cmm", s.cmm, r.cmmMunicipalityCount);
    if (s.pop !== r.population) fail("population_repertoire", s.pop, r.population);
    if (s.popCmm !== r.populationCmm) fail("population_cmm", s.popCmm, r.populationCmm);
  }
}
