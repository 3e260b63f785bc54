import { ReferenceDataError } from "./errors";

// A strict RFC 4180 reader: comma separator, fields optionally enclosed in double quotes, a double quote inside a
// quoted field written twice, quoted fields may hold commas and line breaks; records end with LF or CRLF; the
// first record is the header and is required. Anything else (a quote inside an unquoted field, text after a
// closing quote, an unterminated quote, a record with a different number of fields than the header, a blank
// line) is an error naming the file, the line and the problem. Nothing is guessed or repaired.

export interface CsvRecord {
  /** 1-based line on which the record starts (a quoted field may span several lines). */
  readonly line: number;
  readonly values: readonly string[];
}

export interface CsvTable {
  readonly file: string;
  readonly header: readonly string[];
  /** Column name -> index. */
  readonly columns: ReadonlyMap<string, number>;
  /** Data records, header excluded. */
  readonly records: readonly CsvRecord[];
}

const QUOTE = 34; // "
const COMMA = 44; // ,
const LF = 10;
const CR = 13;

/** Parses CSV text (already decoded). `file` is only used in error messages. */
export function parseCsv(text: string, file: string): CsvTable {
  const fail = (line: number, problem: string): never => {
    throw new ReferenceDataError(file, line, problem);
  };
  // A BOM is not part of the header's first name; the reference files have none, but an editor may add one.
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const n = text.length;
  if (i >= n) fail(1, "the file is empty (a header line is required)");

  const records: CsvRecord[] = [];
  let line = 1;
  let recordLine = 1;
  let values: string[] = [];

  for (;;) {
    // At the start of a field.
    let value: string;
    if (text.charCodeAt(i) === QUOTE) {
      const openedOn = line;
      i++;
      let buf = "";
      for (;;) {
        const close = text.indexOf('"', i);
        if (close === -1) fail(openedOn, "unterminated quoted field (the closing double quote is missing)");
        const chunk = text.slice(i, close);
        for (let k = chunk.indexOf("\n"); k !== -1; k = chunk.indexOf("\n", k + 1)) line++;
        buf += chunk;
        if (text.charCodeAt(close + 1) === QUOTE) {
          buf += '"';
          i = close + 2;
          continue;
        }
        i = close + 1;
        break;
      }
      value = buf;
      if (i < n) {
        const c = text.charCodeAt(i);
        const atEol = c === LF || (c === CR && text.charCodeAt(i + 1) === LF);
        if (c !== COMMA && !atEol) {
          // A quoted field that ran over several lines usually means its closing quote is missing: say where it opened.
          const hint = openedOn < line ? `the quoted field opened on line ${openedOn} may be missing its closing quote` : "a quote inside a quoted field must be doubled";
          fail(line, `unexpected character ${JSON.stringify(text[i])} after a closing double quote (${hint})`);
        }
      }
    } else {
      let j = i;
      for (; j < n; j++) {
        const c = text.charCodeAt(j);
        if (c === COMMA || c === LF) break;
        if (c === CR) {
          if (text.charCodeAt(j + 1) === LF) break;
          fail(line, "carriage return without a line feed outside a quoted field");
        }
        if (c === QUOTE) fail(line, "double quote inside an unquoted field (the field must be enclosed in double quotes and the quote doubled)");
      }
      value = text.slice(i, j);
      i = j;
    }
    values.push(value);

    // After a field: a comma, the end of the record, or the end of the text.
    if (i >= n) {
      records.push({ line: recordLine, values });
      break;
    }
    const c = text.charCodeAt(i);
    if (c === COMMA) {
      i++;
      continue;
    }
    i += c === CR ? 2 : 1;
    records.push({ line: recordLine, values });
    values = [];
    line++;
    recordLine = line;
    if (i >= n) break; // the final line break
  }

  const [head, ...rows] = records;
  const header = head.values;
  const columns = new Map<string, number>();
  header.forEach((name, idx) => {
    if (name === "") fail(1, `header: column ${idx + 1} has no name`);
    if (columns.has(name)) fail(1, `header: column "${name}" appears twice`);
    columns.set(name, idx);
  });
  for (const r of rows) {
    if (r.values.length === header.length) continue;
    if (r.values.length === 1 && r.values[0] === "") fail(r.line, "blank line");
    fail(r.line, `expected ${header.length} fields (as in the header), found ${r.values.length}`);
  }
  return { file, header, columns, records: rows };
}

/** Throws unless every named column is in the header. */
export function requireColumns(table: CsvTable, names: readonly string[]): void {
  const missing = names.filter((c) => !table.columns.has(c));
  if (missing.length) {
    throw new ReferenceDataError(table.file, 1, `header: missing column${missing.length > 1 ? "s" : ""} ${missing.map((m) => `"${m}"`).join(", ")}`);
  }
}

/**
 * Typed, validated access to the fields of one record. Each getter throws a ReferenceDataError naming the
 * file, the record's line, the column and the problem.
 */
export class CsvRow {
  constructor(
    readonly table: CsvTable,
    readonly record: CsvRecord,
  ) {}

  get line(): number {
    return this.record.line;
  }

  fail(column: string | null, problem: string): never {
    throw new ReferenceDataError(this.table.file, this.record.line, column ? `column ${column}: ${problem}` : problem);
  }

  /** The raw field; the column must exist (see requireColumns). */
  raw(column: string): string {
    const idx = this.table.columns.get(column);
    if (idx === undefined) throw new ReferenceDataError(this.table.file, 1, `header: missing column "${column}"`);
    return this.record.values[idx];
  }

  /** A non-blank text (kept as is). */
  text(column: string): string {
    const v = this.raw(column);
    if (v.trim() === "") this.fail(column, "is empty");
    return v;
  }

  /** Null when blank. */
  optionalText(column: string): string | null {
    const v = this.raw(column);
    return v.trim() === "" ? null : v;
  }

  /** A code of exactly `digits` digits, kept as a string with its leading zeros. */
  code(column: string, digits: number, what: string): string {
    const v = this.raw(column);
    if (!isDigits(v, digits)) this.fail(column, `${JSON.stringify(v)} is not a ${digits}-digit ${what}`);
    return v;
  }

  optionalCode(column: string, digits: number, what: string): string | null {
    return this.raw(column) === "" ? null : this.code(column, digits, what);
  }

  /** A base-10 integer within [min, max]. */
  int(column: string, min: number, max: number): number {
    const v = this.raw(column);
    if (!/^-?\d+$/.test(v)) this.fail(column, `${JSON.stringify(v)} is not an integer`);
    const x = Number(v);
    if (x < min || x > max) this.fail(column, `${v} is outside ${min}..${max}`);
    return x;
  }

  /** A decimal number written with a dot (null when blank). */
  optionalNumber(column: string): number | null {
    const v = this.raw(column);
    if (v === "") return null;
    if (!/^-?(\d+(\.\d*)?|\.\d+)$/.test(v)) this.fail(column, `${JSON.stringify(v)} is not a number`);
    return Number(v);
  }

  oneOf<T extends string>(column: string, allowed: readonly T[]): T {
    const v = this.raw(column);
    if (!(allowed as readonly string[]).includes(v)) this.fail(column, `${JSON.stringify(v)} is not one of ${allowed.map((a) => JSON.stringify(a)).join(", ")}`);
    return v as T;
  }
}

export function isDigits(v: string, digits: number): boolean {
  if (v.length !== digits) return false;
  for (let k = 0; k < v.length; k++) {
    const c = v.charCodeAt(k);
    if (c < 48 || c > 57) return false;
  }
  return true;
}

/** Parses and checks the header, then maps every record through `read` (which validates with CsvRow). */
export function readCsvRecords<T>(text: string, file: string, columns: readonly string[], read: (row: CsvRow) => T): T[] {
  const table = parseCsv(text, file);
  requireColumns(table, columns);
  return table.records.map((r) => read(new CsvRow(table, r)));
}
