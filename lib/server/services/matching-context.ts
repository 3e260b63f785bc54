import "server-only";
import { env } from "@/lib/env";
import { logger } from "@/lib/server/logger";
import { loadOasisVectors } from "@/lib/reference-data/oasis-vectors";
import { parseCmmMunicipalities } from "@/lib/reference-data/quebec";
import { readReferenceFile, REFERENCE_FILES } from "@/lib/reference-data/files";
import { quebecDate } from "@/lib/domain/vacancy/dates";
import type { MatchContext } from "@/lib/domain/matching";

// The reference facts the engine needs, read from the same files as the command line (scripts/match.ts), so that
// the app, the CLI and the HTTP API rank alike: the OaSIS profile vectors (occupation similarity) and the CMM's
// municipalities. Read once per process; a failed read is logged and retried on the next call, and ranking goes on
// without it (hierarchy-only similarity; CMM decided from the region), as the CLI does.

type ReferenceFacts = Pick<MatchContext, "occupationVectors" | "cmmMunicipalityCodes">;

let facts: Promise<ReferenceFacts> | undefined;

async function loadFacts(): Promise<ReferenceFacts> {
  const dir = env().REFERENCE_DATA_DIR;
  const out: ReferenceFacts = {};
  let complete = true;
  try {
    out.occupationVectors = loadOasisVectors(dir);
  } catch (e) {
    complete = false;
    logger.error({ err: e }, "matching: OaSIS vectors not loaded; occupation similarity uses the NOC hierarchy only");
  }
  try {
    const text = await readReferenceFile(dir, REFERENCE_FILES.cmmMunicipalities);
    out.cmmMunicipalityCodes = new Set(parseCmmMunicipalities(text).map((m) => m.code));
  } catch (e) {
    complete = false;
    logger.error({ err: e }, "matching: CMM municipalities not loaded; a vacancy is in the CMM only in regions 06 and 13");
  }
  if (!complete) facts = undefined; // try again next time
  return out;
}

/** The engine's context at `now`: reference facts, and Québec's today for vacancies without a start date. */
export async function getMatchContext(now: Date = new Date()): Promise<MatchContext> {
  const f = await (facts ??= loadFacts());
  return { ...f, today: quebecDate(now) };
}
