// Reading a CSV file uploaded by a person (an export from Excel, LibreOffice or Google Sheets). Unlike the strict
// reader of the reference files (lib/reference-data/csv.ts), this one reports what is wrong as codes the interface
// translates, accepts the separators spreadsheets produce in French and English (comma, semicolon, tab), skips
// empty lines, and leaves a record with the wrong number of fields to the caller (it becomes an error of that row
// rather than of the whole file). Pure: bytes or text in, records out.

export type CsvFileProblem =
  | { code: "empty" }
  | { code: "encoding" }
  | { code: "unterminatedQuote"; line: number }
  | { code: "badQuote"; line: number }
  | { code: "duplicateColumn"; column: string }
  | { code: "blankColumn"; position: number }
  | { code: "tooManyRows"; max: number };

export type CsvRecordRead = { line: number; values: string[] };
export type CsvRead = { ok: true; delimiter: string; header: string[]; records: CsvRecordRead[] } | { ok: false; problem: CsvFileProblem };

const DELIMITERS = [",", ";", "\t"] as const;

/** UTF-8 text of the bytes (without a BOM), or null when the bytes are not valid UTF-8 (e.g. a Windows-1252 export). */
export function decodeUtf8(bytes: Uint8Array): string | null {
  try {
    // ignoreBOM: false means the decoder removes a leading BOM (Excel's "CSV UTF-8" writes one).
    return new TextDecoder("utf-8", { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    return null;
  }
}

/** The separator used in the first line: the most frequent of comma, semicolon and tab outside quotes. */
export function detectDelimiter(text: string): string {
  const counts = new Map<string, number>(DELIMITERS.map((d) => [d, 0]));
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '"') quoted = !quoted;
    else if (!quoted && (c === "\n" || c === "\r")) break;
    else if (!quoted && counts.has(c)) counts.set(c, counts.get(c)! + 1);
  }
  let best = ",";
  for (const d of DELIMITERS) if (counts.get(d)! > counts.get(best)!) best = d;
  return best;
}

/** Parses CSV text (RFC 4180 quoting; LF, CRLF or CR line ends). The first non-empty record is the header; more
 * than `maxRows` data records is refused as soon as the limit is passed (the rest is not read). */
export function parseCsvText(input: string, maxRows = Number.POSITIVE_INFINITY): CsvRead {
  const text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
  if (text.trim() === "") return { ok: false, problem: { code: "empty" } };
  const delimiter = detectDelimiter(text);
  const records: CsvRecordRead[] = [];
  let values: string[] = [];
  let field = "";
  let line = 1;
  let recordLine = 1;
  let i = 0;
  const n = text.length;
  const endRecord = () => {
    values.push(field);
    field = "";
    // A line with nothing in it (or only separators) is not a record.
    if (values.some((v) => v.trim() !== "")) records.push({ line: recordLine, values });
    values = [];
  };
  while (i < n) {
    const c = text[i];
    if (c === '"' && field === "") {
      const openedOn = line;
      i++;
      for (;;) {
        if (i >= n) return { ok: false, problem: { code: "unterminatedQuote", line: openedOn } };
        const q = text[i];
        if (q === '"') {
          if (text[i + 1] === '"') {
            field += '"';
            i += 2;
            continue;
          }
          i++;
          break;
        }
        if (q === "\n") line++;
        field += q;
        i++;
      }
      // After the closing quote: a separator, a line end, or the end of the text (spaces are tolerated).
      while (i < n && text[i] === " ") i++;
      if (i < n && text[i] !== delimiter && text[i] !== "\n" && text[i] !== "\r") return { ok: false, problem: { code: "badQuote", line } };
      continue;
    }
    if (c === delimiter) {
      values.push(field);
      field = "";
      i++;
      continue;
    }
    if (c === "\n" || c === "\r") {
      endRecord();
      if (records.length > maxRows + 1) return { ok: false, problem: { code: "tooManyRows", max: maxRows } };
      i += c === "\r" && text[i + 1] === "\n" ? 2 : 1;
      line++;
      recordLine = line;
      continue;
    }
    if (c === '"') return { ok: false, problem: { code: "badQuote", line } };
    field += c;
    i++;
  }
  if (field !== "" || values.length > 0) endRecord();
  if (records.length > maxRows + 1) return { ok: false, problem: { code: "tooManyRows", max: maxRows } };
  if (records.length === 0) return { ok: false, problem: { code: "empty" } };

  const [head, ...rows] = records;
  const header = head.values.map((h) => h.trim());
  const seen = new Set<string>();
  for (let k = 0; k < header.length; k++) {
    if (header[k] === "") {
      // Trailing empty header cells (a spreadsheet's extra column) are dropped rather than refused.
      if (header.slice(k).every((h) => h === "")) {
        header.length = k;
        break;
      }
      return { ok: false, problem: { code: "blankColumn", position: k + 1 } };
    }
    if (seen.has(header[k])) return { ok: false, problem: { code: "duplicateColumn", column: header[k] } };
    seen.add(header[k]);
  }
  return { ok: true, delimiter, header, records: rows };
}

/** Writes one CSV record (RFC 4180: fields with a separator, a quote or a line break are quoted). */
export function formatCsvRecord(values: readonly (string | number | null | undefined)[], delimiter = ","): string {
  return values
    .map((v) => {
      const s = v === null || v === undefined ? "" : String(v);
      return /[",;\t\r\n]/.test(s) || s !== s.trim() ? `"${s.replace(/"/g, '""')}"` : s;
    })
    .join(delimiter);
}
