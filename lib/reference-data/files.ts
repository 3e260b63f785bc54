import { readFile } from "node:fs/promises";
import path from "node:path";
import { ReferenceDataError } from "./errors";

/** The reference files read by the loader, relative to the reference directory (see /work/shared/data/README.md). */
export const REFERENCE_FILES = {
  regions: "quebec/regions_administratives.csv",
  municipalities: "quebec/municipalites.csv",
  cmmMunicipalities: "quebec/cmm_municipalites.csv",
  nocUnitGroups: "noc2021/noc2021_unit_groups.csv",
  nocExampleTitles: "noc2021/noc2021_example_titles.csv",
  teer: "noc2021/noc2021_teer.csv",
  oasisSkills: "skills/oasis2023_skills.csv",
  oasisAbilities: "skills/oasis2023_abilities.csv",
  oasisKnowledges: "skills/oasis2023_knowledges.csv",
  oasisWorkActivities: "skills/oasis2023_workactivities.csv",
  echelle: "language/echelle_quebecoise_nclc_clb.json",
  regionsMap: "geo/regions_administratives_qc_simplifie.geojson",
} as const;

export type ReferenceFileKey = keyof typeof REFERENCE_FILES;

export const DEFAULT_REFERENCE_DATA_DIR = "../shared/data";

/** The reference directory as an absolute path: `dir` (default ../shared/data) resolved against process.cwd(). */
export function resolveReferenceDataDir(dir: string = DEFAULT_REFERENCE_DATA_DIR): string {
  return path.resolve(/*turbopackIgnore: true*/ process.cwd(), dir);
}

const utf8 = new TextDecoder("utf-8", { fatal: true });

/** Reads one reference file as UTF-8 text; a missing, unreadable or non-UTF-8 file is a ReferenceDataError. */
export async function readReferenceFile(dir: string, file: string): Promise<string> {
  const abs = path.join(resolveReferenceDataDir(dir), file);
  let bytes: Buffer;
  try {
    bytes = await readFile(abs);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    const problem = code === "ENOENT" ? `file not found (looked for ${abs})` : `cannot be read (${code ?? String(e)}: ${abs})`;
    throw new ReferenceDataError(file, undefined, problem);
  }
  try {
    return utf8.decode(bytes);
  } catch {
    throw new ReferenceDataError(file, lineOfByte(bytes), "not valid UTF-8");
  }
}

// The line of the first byte that is not valid UTF-8, for the error message.
function lineOfByte(bytes: Buffer): number | undefined {
  let lo = 0;
  let hi = bytes.length;
  // Binary search for the longest valid prefix (decoding is all-or-nothing).
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    try {
      new TextDecoder("utf-8", { fatal: true }).decode(bytes.subarray(0, mid), { stream: true });
      lo = mid;
    } catch {
      hi = mid - 1;
    }
  }
  let line = 1;
  for (let k = 0; k < lo; k++) if (bytes[k] === 10) line++;
  return line;
}
