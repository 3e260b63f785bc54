import { readFileSync } from "node:fs";
import path from "node:path";
import { ReferenceDataError } from "./errors";
import { DEFAULT_REFERENCE_DATA_DIR, resolveReferenceDataDir } from "./files";
import { combineOasisFiles, OASIS_FILES, OASIS_KINDS, oasisVectorsOf, parseOasisFile, type OasisFile, type OasisKind } from "./oasis";

// OaSIS profile vectors for the matching engine's occupation similarity (lib/domain/occupation-similarity.ts),
// without loading the whole reference set: only the four OaSIS files are read, synchronously, with the common
// loader's strict parsers (./oasis), so the vectors are exactly those of loadReferenceData()'s
// oasisVectorsOf(data.oasis). Used by scripts/match.ts, whose start-up time matters.

function readText(dir: string, file: string): string {
  const abs = path.join(dir, file);
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(readFileSync(abs));
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    const problem =
      code === "ENOENT" ? `file not found (looked for ${abs})` : code ? `cannot be read (${code}: ${abs})` : "not valid UTF-8";
    throw new ReferenceDataError(file, undefined, problem);
  }
}

/**
 * One vector per NOC 2021 unit group (5-digit code): the mean OaSIS ratings (0..5) of its sub-profiles for the
 * 33 skills, 49 abilities, 44 knowledge areas and 40 work activities, concatenated (166 values, same descriptor
 * order for every code). `dir` is the reference data directory (default ../shared/data, relative to
 * process.cwd()). Throws ReferenceDataError (file, line, problem) on a missing or malformed file.
 */
export function loadOasisVectors(dir: string = DEFAULT_REFERENCE_DATA_DIR): Map<string, number[]> {
  const abs = resolveReferenceDataDir(dir);
  const files = Object.fromEntries(
    OASIS_KINDS.map((kind) => [kind, parseOasisFile(kind, readText(abs, OASIS_FILES[kind]))]),
  ) as Record<OasisKind, OasisFile>;
  return oasisVectorsOf(combineOasisFiles(files));
}
