// Every problem found in a reference file is reported the same way: the file (relative to the reference
// directory), where in it (a line number for CSV, a line or a JSON path for JSON), and what is wrong.
//   quebec/municipalites.csv line 42: column region_code: "1" is not a 2-digit region code

export class ReferenceDataError extends Error {
  override readonly name = "ReferenceDataError";

  constructor(
    /** Path of the file relative to the reference directory, e.g. "quebec/municipalites.csv". */
    readonly file: string,
    /** 1-based line number (the line where the CSV record starts), when the problem has one. */
    readonly line: number | undefined,
    /** What is wrong, for a person. */
    readonly problem: string,
    /** Where, when not a line: a JSON path such as "niveaux[3].stade". */
    readonly at?: string,
  ) {
    super(`${file}${line !== undefined ? ` line ${line}` : ""}${at ? ` ${at}` : ""}: ${problem}`);
  }
}
