// Batch matching CLI (contract: /work/shared/matching-format.md).
//
//   npm run --silent match -- path/to/input.json [--locale fr|en] [--today YYYY-MM-DD] [--verbose]
//   npm run --silent match -- - < input.json
//
// Writes exactly one JSON document to stdout: { vacancyId, results: [...] }. Logs go to stderr.
// Exit 0 on success; 2 with ONE line on stderr for invalid input or arguments (which field, which row), never a
// stack trace; 1 with one line for an unexpected failure.
//
// Reference data (REFERENCE_DATA_DIR, default ../shared/data relative to the current directory): the OaSIS
// profile vectors (occupation similarity) and the CMM municipalities (is the vacancy in the CMM). If they cannot
// be read, the CLI warns on stderr and ranks without them (hierarchy-only similarity; CMM from the region).

import { readFileSync } from "node:fs";
import path from "node:path";
import { ZEnv } from "@/lib/env";
import { rankCandidates, type MatchContext, type MatchLocale, type MatchResult } from "@/lib/domain/matching";
import { isoDay } from "@/lib/domain/matching/factors";
import { formatMatchInputError, ZMatchBatchInput } from "@/lib/schemas/matching";
import { loadOasisVectors } from "@/lib/reference-data/oasis-vectors";
import { parseCmmMunicipalities } from "@/lib/reference-data/quebec";
import { REFERENCE_FILES, resolveReferenceDataDir } from "@/lib/reference-data/files";

const USAGE = "usage: match <input.json | -> [--locale fr|en] [--today YYYY-MM-DD] [--verbose]";

class InvalidInput extends Error {}
class InvalidArguments extends Error {}

interface Args {
  input: string;
  locale: MatchLocale;
  today: string | null;
  verbose: boolean;
}

function parseArgs(argv: readonly string[]): Args {
  let input: string | null = null;
  let locale: MatchLocale = "fr";
  let today: string | null = null;
  let verbose = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const [flag, inline] = arg.startsWith("--") && arg.includes("=") ? [arg.slice(0, arg.indexOf("=")), arg.slice(arg.indexOf("=") + 1)] : [arg, undefined];
    const value = () => {
      const v = inline ?? argv[++i];
      if (v === undefined) throw new InvalidArguments(`${flag} needs a value`);
      return v;
    };
    if (flag === "--locale") {
      const v = value();
      if (v !== "fr" && v !== "en") throw new InvalidArguments(`--locale must be fr or en, not ${JSON.stringify(v)}`);
      locale = v;
    } else if (flag === "--today") {
      const v = value();
      if (isoDay(v) === null) throw new InvalidArguments(`--today must be a date YYYY-MM-DD, not ${JSON.stringify(v)}`);
      today = v;
    } else if (flag === "--verbose") verbose = true;
    else if (flag === "--help" || flag === "-h") throw new InvalidArguments("help requested");
    else if (arg === "-" || !arg.startsWith("-")) {
      if (input !== null) throw new InvalidArguments(`only one input expected, got ${JSON.stringify(input)} and ${JSON.stringify(arg)}`);
      input = arg;
    } else throw new InvalidArguments(`unknown option ${arg}`);
  }
  if (input === null) throw new InvalidArguments("no input file (use - for standard input)");
  return { input, locale, today, verbose };
}

function oneLine(text: string): string {
  return text.replace(/\s+/g, " ").trim();
}

function readInput(input: string): string {
  try {
    return readFileSync(input === "-" ? 0 : input, "utf8");
  } catch (e) {
    const err = e as NodeJS.ErrnoException;
    const what = input === "-" ? "standard input" : input;
    const why = err.code === "ENOENT" ? "no such file" : err.code === "EISDIR" ? "is a directory" : (err.code ?? err.message);
    throw new InvalidInput(`cannot read ${what} (${why})`);
  }
}

/** Today's date in Québec (America/Toronto), for vacancies without a start date. */
function todayInQuebec(): string {
  return new Intl.DateTimeFormat("en-CA", { timeZone: "America/Toronto", year: "numeric", month: "2-digit", day: "2-digit" }).format(new Date());
}

function referenceDir(): string {
  const parsed = ZEnv.shape.REFERENCE_DATA_DIR.safeParse(process.env.REFERENCE_DATA_DIR);
  return resolveReferenceDataDir(parsed.success ? parsed.data : undefined);
}

function warn(message: string) {
  process.stderr.write(`match: warning: ${oneLine(message)}\n`);
}

function loadContext(dir: string): Pick<MatchContext, "occupationVectors" | "cmmMunicipalityCodes"> {
  const context: Pick<MatchContext, "occupationVectors" | "cmmMunicipalityCodes"> = {};
  try {
    context.occupationVectors = loadOasisVectors(dir);
  } catch (e) {
    warn(`OaSIS vectors not loaded, occupation similarity uses the NOC hierarchy only: ${(e as Error).message}`);
  }
  try {
    const file = REFERENCE_FILES.cmmMunicipalities;
    const text = readFileSync(path.join(dir, file), "utf8");
    context.cmmMunicipalityCodes = new Set(parseCmmMunicipalities(text, file).map((m) => m.code));
  } catch (e) {
    warn(`CMM municipalities not loaded, a vacancy is in the CMM only in regions 06 and 13: ${(e as Error).message}`);
  }
  return context;
}

function main(): number {
  const timings: string[] = [];
  let lap = performance.now();
  const time = (phase: string) => {
    const now = performance.now();
    timings.push(`${phase} ${Math.round(now - lap)} ms`);
    lap = now;
  };
  const args = parseArgs(process.argv.slice(2));
  const text = readInput(args.input);
  time("read");
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    throw new InvalidInput(`not valid JSON (${(e as Error).message})`);
  }
  time("parse");
  const parsed = ZMatchBatchInput.safeParse(json);
  if (!parsed.success) throw new InvalidInput(formatMatchInputError(parsed.error));
  const { vacancy, candidates, limit } = parsed.data;
  time("validate");

  const dir = referenceDir();
  const context: MatchContext = { ...loadContext(dir), today: args.today ?? todayInQuebec() };
  time("reference data");
  const results: MatchResult[] = rankCandidates(vacancy, candidates, { limit, locale: args.locale, context });
  time("rank");
  process.stdout.write(`${JSON.stringify({ vacancyId: vacancy.id, results }, null, 2)}\n`);
  time("write");
  if (args.verbose) {
    process.stderr.write(`match: ${candidates.length} candidates, ${results.length} results; ${timings.join(", ")}\n`);
  }
  return 0;
}

try {
  process.exitCode = main();
} catch (e) {
  if (e instanceof InvalidInput) {
    process.stderr.write(`invalid input: ${oneLine(e.message)}\n`);
    process.exitCode = 2;
  } else if (e instanceof InvalidArguments) {
    process.stderr.write(`invalid arguments: ${oneLine(e.message)}; ${USAGE}\n`);
    process.exitCode = 2;
  } else {
    process.stderr.write(`match: unexpected error: ${oneLine(e instanceof Error ? e.message : String(e))}\n`);
    process.exitCode = 1;
  }
}
