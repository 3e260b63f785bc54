import "server-only";
import { db } from "@/lib/server/db";
import { env } from "@/lib/env";
import { audit } from "@/lib/server/audit";
import { logger } from "@/lib/server/logger";
import type { SessionUser } from "@/lib/server/auth";
import { AppError, ConflictError, InvalidError, NotFoundError } from "@/lib/server/errors";
import { getEmployerMembershipOrThrow, getVerifiedMembershipOrThrow } from "@/lib/server/dal/employers";
import { createImportJob, type ImportRowError } from "@/lib/server/dal/imports";
import { loadVacancyReferences, referenceErrors, vacancyColumns } from "@/lib/server/dal/vacancies";
import { enqueue, QUEUES } from "@/lib/server/jobs/boss";
import { decodeUtf8, parseCsvText, type CsvRecordRead } from "@/lib/domain/csv/parse";
import { cellsToVacancyInput, mapHeader, VACANCY_CSV_COLUMNS, type VacancyCsvField } from "@/lib/domain/vacancy/csv-columns";
import { applyLifecycle } from "@/lib/domain/vacancy/lifecycle";
import { quebecDate } from "@/lib/domain/vacancy/dates";
import { makeVacancyInputSchema, type TVacancyInput } from "@/lib/schemas/vacancy";
import { Prisma } from "@/lib/generated/prisma/client";

// CSV import of vacancies, in three steps:
//  1. upload: the file is read (size, UTF-8, CSV syntax, required columns); a file-level problem refuses the upload
//     and nothing is written. Then every row is checked with the vacancy schema (the one the form uses) and against
//     the directories (NOC, municipality): within the request for small files, in the background for large ones.
//  2. preview (ImportJob PREVIEW): each invalid row and column with the reason; nothing is imported yet.
//  3. confirmation: the valid rows are written in ONE transaction (all or nothing). A row whose employer reference
//     already exists updates that vacancy instead of creating another one. Large imports run in the background and
//     report their progress (processedRows), so the person can watch or leave.

export const IMPORT_MAX_BYTES = 10 * 1024 * 1024;
export const IMPORT_MAX_ROWS = 5000;
/** Up to this many rows, validation and import happen within the request; beyond, in the background. */
export const IMPORT_INLINE_ROWS = 200;
/** Errors kept for the preview (a file where every cell is wrong would otherwise store megabytes of messages). */
export const IMPORT_MAX_STORED_ERRORS = 2000;
const CHUNK = 250;

export type ImportStep = "validate" | "apply";
export type Enqueue = (step: ImportStep, importId: string) => Promise<void>;
const defaultEnqueue: Enqueue = async (step, importId) => {
  await enqueue(QUEUES.vacancyImport, { importId, step }, { singletonKey: `${importId}:${step}` });
};

/** A problem with the whole file, with the values its message needs (line number, column names...). */
export class ImportFileError extends InvalidError {
  constructor(key: string, readonly vars: Record<string, string | number> = {}) {
    super(key, { file: key });
  }
}

type StoredRow = { line: number; input: TVacancyInput };
type Source = { header: string[]; records: CsvRecordRead[] };

/** Reads an uploaded file into its header and records, or throws ImportFileError saying what to fix. */
export function readImportFile(bytes: Uint8Array): Source {
  if (bytes.byteLength > IMPORT_MAX_BYTES) throw new ImportFileError("vacancy.import.errors.tooLarge", { max: IMPORT_MAX_BYTES / 1024 / 1024 });
  if (bytes.byteLength === 0) throw new ImportFileError("vacancy.import.errors.empty");
  const text = decodeUtf8(bytes);
  if (text === null) throw new ImportFileError("vacancy.import.errors.encoding");
  const read = parseCsvText(text, IMPORT_MAX_ROWS);
  if (!read.ok) {
    const p = read.problem;
    switch (p.code) {
      case "empty": throw new ImportFileError("vacancy.import.errors.empty");
      case "encoding": throw new ImportFileError("vacancy.import.errors.encoding");
      case "tooManyRows": throw new ImportFileError("vacancy.import.errors.tooManyRows", { max: p.max });
      case "unterminatedQuote": throw new ImportFileError("vacancy.import.errors.unterminatedQuote", { line: p.line });
      case "badQuote": throw new ImportFileError("vacancy.import.errors.badQuote", { line: p.line });
      case "duplicateColumn": throw new ImportFileError("vacancy.import.errors.duplicateColumn", { column: p.column });
      case "blankColumn": throw new ImportFileError("vacancy.import.errors.blankColumn", { position: p.position });
    }
  }
  const mapping = mapHeader(read.header);
  if (!mapping.ok) {
    const recognised = VACANCY_CSV_COLUMNS.length - mapping.missing.length;
    // A file where (almost) no column is recognised is probably not a vacancy file, or not comma/semicolon separated.
    throw new ImportFileError(recognised <= 1 ? "vacancy.import.errors.notVacancyFile" : "vacancy.import.errors.missingColumns", { columns: mapping.missing.join(", ") });
  }
  if (read.records.length === 0) throw new ImportFileError("vacancy.import.errors.noRows");
  return { header: read.header, records: read.records };
}

/**
 * Checks every record: the vacancy schema (same as the form), an employer reference present and unique in the file,
 * codes that exist in the directories, and no update of a filled vacancy. Pure apart from the directory look-ups.
 */
export async function validateRecords(employerId: string, source: Source, now = new Date()) {
  const mapping = mapHeader(source.header);
  if (!mapping.ok) throw new ImportFileError("vacancy.import.errors.missingColumns", { columns: mapping.missing.join(", ") });
  const schema = makeVacancyInputSchema({ minHourlyWageCents: env().MIN_HOURLY_WAGE_CENTS, today: () => quebecDate(now) });
  const column = (field: string | undefined) => (field && mapping.headerByField[field as VacancyCsvField]) || null;
  const errors: ImportRowError[] = [];
  const parsed: StoredRow[] = [];
  const badLines = new Set<number>();
  const seenRefs = new Map<string, number>();
  const fail = (line: number, col: string | null, key: string) => {
    badLines.add(line);
    errors.push({ line, column: col, key });
  };

  for (const rec of source.records) {
    const extra = rec.values.slice(source.header.length);
    if (rec.values.length < source.header.length || extra.some((v) => v.trim() !== "")) {
      fail(rec.line, null, "vacancy.import.errors.fieldCount");
      continue;
    }
    const r = schema.safeParse(cellsToVacancyInput(rec.values, mapping.fieldByIndex));
    if (!r.success) {
      const seen = new Set<string>();
      for (const issue of r.error.issues) {
        const col = column(String(issue.path[0] ?? ""));
        const k = `${col}|${issue.message}`;
        if (seen.has(k)) continue;
        seen.add(k);
        fail(rec.line, col, issue.message);
      }
      continue;
    }
    const input = r.data;
    if (!input.externalRef) {
      fail(rec.line, column("externalRef"), "vacancy.import.errors.refRequired");
      continue;
    }
    const firstLine = seenRefs.get(input.externalRef);
    if (firstLine !== undefined) {
      fail(rec.line, column("externalRef"), "vacancy.import.errors.refDuplicate");
      continue;
    }
    seenRefs.set(input.externalRef, rec.line);
    parsed.push({ line: rec.line, input: { ...input, publish: false } });
  }

  const refs = await loadVacancyReferences(parsed.map((p) => p.input));
  const filled = new Set(
    (await db.jobPosting.findMany({ where: { employerId, status: "FILLED", externalRef: { in: [...seenRefs.keys()] } }, select: { externalRef: true } })).map((v) => v.externalRef),
  );
  const valid: StoredRow[] = [];
  for (const row of parsed) {
    const refErrors = referenceErrors(row.input, refs);
    if (refErrors) {
      for (const [field, key] of Object.entries(refErrors)) fail(row.line, column(field), key);
      continue;
    }
    if (filled.has(row.input.externalRef)) {
      fail(row.line, column("externalRef"), "vacancy.import.errors.filledReadOnly");
      continue;
    }
    valid.push(row);
  }
  errors.sort((a, b) => a.line - b.line);
  return { totalRows: source.records.length, valid, errors, invalidLines: [...badLines].sort((a, b) => a - b) };
}

async function storeValidation(importId: string, result: Awaited<ReturnType<typeof validateRecords>>) {
  await db.importJob.update({
    where: { id: importId },
    data: {
      status: "PREVIEW",
      totalRows: result.totalRows,
      validRows: result.valid.length,
      processedRows: result.totalRows,
      rowErrors: result.errors.slice(0, IMPORT_MAX_STORED_ERRORS) as unknown as Prisma.InputJsonValue,
      rows: result.valid as unknown as Prisma.InputJsonValue,
      source: Prisma.DbNull,
    },
  });
}

/**
 * Step 1: reads the uploaded file and creates the import. Small files are validated at once (status PREVIEW);
 * large ones are queued (status VALIDATING) and validated in the background.
 */
export async function startVacancyImport(actor: SessionUser, file: { name: string; bytes: Uint8Array }, opts: { now?: Date; enqueue?: Enqueue; inlineRows?: number } = {}) {
  const { employerId } = await getEmployerMembershipOrThrow(actor);
  const source = readImportFile(file.bytes);
  const fileName = file.name.slice(0, 200) || "import.csv";
  const inline = source.records.length <= (opts.inlineRows ?? IMPORT_INLINE_ROWS);
  if (inline) {
    const result = await validateRecords(employerId, source, opts.now);
    const job = await createImportJob(actor, { fileName, status: "VALIDATING", totalRows: source.records.length });
    await storeValidation(job.id, result);
    await audit({ actorId: actor.id, actorRole: actor.role, action: "import.upload", subject: `import:${job.id}`, details: { employerId, rows: result.totalRows, valid: result.valid.length } });
    return { importId: job.id, status: "PREVIEW" as const };
  }
  const job = await createImportJob(actor, { fileName, status: "VALIDATING", totalRows: source.records.length, source: source as unknown as Prisma.InputJsonValue });
  await audit({ actorId: actor.id, actorRole: actor.role, action: "import.upload", subject: `import:${job.id}`, details: { employerId, rows: source.records.length, background: true } });
  await (opts.enqueue ?? defaultEnqueue)("validate", job.id);
  return { importId: job.id, status: "VALIDATING" as const };
}

/** Background step 1: validates the records of a queued import. */
export async function runImportValidation(importId: string, now = new Date()) {
  const job = await db.importJob.findUnique({ where: { id: importId }, select: { employerId: true, status: true, source: true } });
  if (!job || job.status !== "VALIDATING" || !job.source) return;
  const result = await validateRecords(job.employerId, job.source as unknown as Source, now);
  await storeValidation(importId, result);
}

/**
 * Step 3: the person confirms. Only an import in PREVIEW can be confirmed, once (a double click confirms once).
 * Publishing on import needs a verified organisation. Small imports are applied at once, large ones queued.
 */
export async function confirmVacancyImport(actor: SessionUser, input: { importId: string; publish: boolean }, opts: { now?: Date; enqueue?: Enqueue; inlineRows?: number } = {}) {
  const { employerId } = input.publish ? await getVerifiedMembershipOrThrow(actor) : await getEmployerMembershipOrThrow(actor);
  const job = await db.importJob.findFirst({ where: { id: input.importId, employerId }, select: { status: true, validRows: true } });
  if (!job) throw new NotFoundError("vacancy.import.errors.notFound");
  if (job.status !== "PREVIEW") throw new ConflictError("vacancy.import.errors.notReady");
  if (job.validRows === 0) throw new InvalidError("vacancy.import.errors.nothingToImport");
  const { count } = await db.importJob.updateMany({ where: { id: input.importId, employerId, status: "PREVIEW" }, data: { status: "IMPORTING", publish: input.publish, processedRows: 0 } });
  if (count === 0) throw new ConflictError("vacancy.import.errors.notReady");
  await audit({ actorId: actor.id, actorRole: actor.role, action: "import.confirm", subject: `import:${input.importId}`, details: { employerId, rows: job.validRows, publish: input.publish } });
  if (job.validRows <= (opts.inlineRows ?? IMPORT_INLINE_ROWS)) {
    await applyImport(input.importId, opts.now);
    const done = await db.importJob.findUniqueOrThrow({ where: { id: input.importId }, select: { status: true, created: true, updated: true, failure: true } });
    if (done.status === "FAILED") throw new InvalidError(done.failure ?? "vacancy.import.errors.applyFailed");
    return { importId: input.importId, ...done };
  }
  await (opts.enqueue ?? defaultEnqueue)("apply", input.importId);
  return { importId: input.importId, status: "IMPORTING" as const, created: 0, updated: 0, failure: null };
}

/**
 * Writes the valid rows of a confirmed import in one transaction: all of them or none. New references are created
 * (drafts, or published when asked), known references update their vacancy in place (and bump its version, so a
 * recruiter editing it at the same time gets a conflict rather than overwriting the import). Progress is recorded
 * outside the transaction so that the browser can show it while the transaction is still open.
 */
export async function applyImport(importId: string, now = new Date()) {
  const job = await db.importJob.findUnique({ where: { id: importId }, select: { employerId: true, createdById: true, status: true, rows: true, publish: true } });
  if (!job || job.status !== "IMPORTING") return;
  const rows = (job.rows as unknown as StoredRow[] | null) ?? [];
  try {
    const refs = await loadVacancyReferences(rows.map((r) => r.input));
    const existing = new Map(
      (await db.jobPosting.findMany({ where: { employerId: job.employerId, externalRef: { in: rows.map((r) => r.input.externalRef!) } }, select: { id: true, externalRef: true, status: true } })).map((v) => [v.externalRef!, v]),
    );
    const publishStep = applyLifecycle({ status: "DRAFT", firstPublishedAt: null, expiresAt: null }, "publish", now);
    const published = job.publish && publishStep.ok ? { status: "PUBLISHED" as const, publishedAt: now, firstPublishedAt: publishStep.firstPublishedAt, expiresAt: publishStep.expiresAt } : {};
    const creates = rows.filter((r) => !existing.has(r.input.externalRef!));
    const updates = rows.filter((r) => existing.has(r.input.externalRef!));
    let processed = 0;
    const progress = async (n: number) => {
      processed += n;
      await db.importJob.update({ where: { id: importId }, data: { processedRows: processed } });
    };
    await db.$transaction(
      async (tx) => {
        for (let i = 0; i < creates.length; i += CHUNK) {
          const chunk = creates.slice(i, i + CHUNK);
          await tx.jobPosting.createMany({ data: chunk.map((r) => ({ employerId: job.employerId, ...vacancyColumns(r.input, refs), ...published })) });
          await progress(chunk.length);
        }
        for (let i = 0; i < updates.length; i += CHUNK) {
          const chunk = updates.slice(i, i + CHUNK);
          for (const r of chunk) {
            const current = existing.get(r.input.externalRef!)!;
            if (current.status === "FILLED") throw new InvalidError("vacancy.import.errors.filledReadOnly");
            await tx.jobPosting.update({
              where: { id: current.id },
              data: { ...vacancyColumns(r.input, refs), ...(current.status === "DRAFT" ? published : {}), version: { increment: 1 } },
            });
          }
          await progress(chunk.length);
        }
        await tx.importJob.update({ where: { id: importId }, data: { status: "DONE", created: creates.length, updated: updates.length, processedRows: rows.length, rows: Prisma.DbNull } });
        await audit({ actorId: job.createdById, actorRole: "EMPLOYER", action: "import.apply", subject: `import:${importId}`, details: { employerId: job.employerId, created: creates.length, updated: updates.length } }, tx);
      },
      { maxWait: 10_000, timeout: 15 * 60_000 },
    );
  } catch (err) {
    const key = err instanceof AppError ? err.messageKey : isUniqueViolation(err) ? "vacancy.import.errors.refTakenMeanwhile" : "vacancy.import.errors.applyFailed";
    if (!(err instanceof AppError)) logger.error({ err, importId }, "vacancy import failed");
    await db.importJob.update({ where: { id: importId }, data: { status: "FAILED", failure: key, processedRows: 0 } });
  }
}

function isUniqueViolation(e: unknown) {
  return !!e && typeof e === "object" && (e as { code?: unknown }).code === "P2002";
}

/** The worker's entry point (lib/server/jobs/workers.ts). A failure marks the import FAILED with a reason. */
export async function runImportStep(importId: string, step: ImportStep) {
  try {
    if (step === "validate") await runImportValidation(importId);
    else await applyImport(importId);
  } catch (err) {
    logger.error({ err, importId, step }, "import step failed");
    const failure = err instanceof AppError ? err.messageKey : "vacancy.import.errors.applyFailed";
    await db.importJob.updateMany({ where: { id: importId, status: { in: ["VALIDATING", "IMPORTING"] } }, data: { status: "FAILED", failure } });
  }
}
