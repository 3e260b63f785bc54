import { ReferenceDataError } from "./errors";

/** JSON.parse with the syntax error's line in the ReferenceDataError. */
export function parseJsonFile(text: string, file: string): unknown {
  try {
    return JSON.parse(text);
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e);
    const lineCol = /line (\d+) column \d+/.exec(message);
    const pos = /position (\d+)/.exec(message);
    let line: number | undefined;
    if (lineCol) line = Number(lineCol[1]);
    else if (pos) line = text.slice(0, Number(pos[1])).split("\n").length;
    if (text.trim() === "") return fail(file, undefined, "the file is empty");
    throw new ReferenceDataError(file, line, `invalid JSON (${message})`);
  }
}

function fail(file: string, line: number | undefined, problem: string, at?: string): never {
  throw new ReferenceDataError(file, line, problem, at);
}

/** Small structural checks on parsed JSON, each naming a JSON path such as niveaux[3].stade. */
export class JsonChecker {
  constructor(readonly file: string) {}

  fail(at: string, problem: string): never {
    return fail(this.file, undefined, problem, at);
  }

  object(v: unknown, at: string): Record<string, unknown> {
    if (typeof v !== "object" || v === null || Array.isArray(v)) this.fail(at, "must be an object");
    return v as Record<string, unknown>;
  }

  array(v: unknown, at: string): unknown[] {
    if (!Array.isArray(v)) this.fail(at, "must be an array");
    return v as unknown[];
  }

  string(v: unknown, at: string): string {
    if (typeof v !== "string" || v.trim() === "") this.fail(at, "must be a non-empty string");
    return v as string;
  }

  nullableString(v: unknown, at: string): string | null {
    return v === null ? null : this.string(v, at);
  }

  int(v: unknown, at: string, min: number, max: number): number {
    if (typeof v !== "number" || !Number.isInteger(v) || v < min || v > max) this.fail(at, `${JSON.stringify(v)} is not an integer in ${min}..${max}`);
    return v as number;
  }
}
