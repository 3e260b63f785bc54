import "server-only";
import { db } from "@/lib/server/db";
import type { SessionUser } from "@/lib/server/auth";
import { NotFoundError } from "@/lib/server/errors";
import { getEmployerMembershipOrThrow } from "@/lib/server/dal/employers";
import type { Prisma } from "@/lib/generated/prisma/client";

// CSV imports of vacancies (ImportJob rows), as their owners see them. The import itself (validation, application)
// is in lib/server/services/vacancy-import.ts.

/** A problem of one cell (column = the file's own header name) or of a whole row (column null). */
export type ImportRowError = { line: number; column: string | null; key: string };

/** Rows of errors shown in the preview (the total number of invalid rows is always given). */
export const IMPORT_ERRORS_SHOWN = 500;

export async function getImportJob(actor: SessionUser, importId: string) {
  const { employerId } = await getEmployerMembershipOrThrow(actor);
  const job = await db.importJob.findFirst({
    where: { id: importId, employerId },
    select: {
      id: true, fileName: true, status: true, totalRows: true, validRows: true, processedRows: true, rowErrors: true, created: true, updated: true,
      failure: true, publish: true, createdAt: true, updatedAt: true, rows: true,
    },
  });
  if (!job) throw new NotFoundError("vacancy.import.errors.notFound");
  const { rows, rowErrors, ...rest } = job;
  const errors = (rowErrors as ImportRowError[] | null) ?? [];
  // How many valid rows would update an existing vacancy (same employer reference) rather than create one.
  let wouldUpdate = 0;
  if (job.status === "PREVIEW" && Array.isArray(rows)) {
    const refs = (rows as { input: { externalRef: string | null } }[]).map((r) => r.input.externalRef).filter((r): r is string => !!r);
    if (refs.length) wouldUpdate = await db.jobPosting.count({ where: { employerId, externalRef: { in: refs } } });
  }
  return {
    ...rest,
    invalidRows: Math.max(0, job.totalRows - job.validRows),
    errors: errors.slice(0, IMPORT_ERRORS_SHOWN),
    errorCount: errors.length,
    wouldUpdate,
  };
}
export type ImportJobView = Awaited<ReturnType<typeof getImportJob>>;

/** The progress of an import, polled by the browser while it runs (a small answer, no rows). */
export async function getImportProgress(actor: SessionUser, importId: string) {
  const { employerId } = await getEmployerMembershipOrThrow(actor);
  const job = await db.importJob.findFirst({
    where: { id: importId, employerId },
    select: { id: true, status: true, totalRows: true, validRows: true, processedRows: true, created: true, updated: true, failure: true },
  });
  if (!job) throw new NotFoundError("vacancy.import.errors.notFound");
  return job;
}

export async function listImportJobs(actor: SessionUser, take = 10) {
  const { employerId } = await getEmployerMembershipOrThrow(actor);
  return db.importJob.findMany({
    where: { employerId },
    select: { id: true, fileName: true, status: true, totalRows: true, validRows: true, created: true, updated: true, createdAt: true },
    orderBy: { createdAt: "desc" },
    take,
  });
}

/** Creates an import for the actor's organisation (the service has validated the file or queued its validation). */
export async function createImportJob(actor: SessionUser, data: Omit<Prisma.ImportJobUncheckedCreateInput, "employerId" | "createdById">) {
  const { employerId } = await getEmployerMembershipOrThrow(actor);
  return db.importJob.create({ data: { ...data, employerId, createdById: actor.id }, select: { id: true, status: true } });
}

/** Forgets an import that was not confirmed (nothing was written). */
export async function discardImport(actor: SessionUser, importId: string) {
  const { employerId } = await getEmployerMembershipOrThrow(actor);
  const { count } = await db.importJob.deleteMany({ where: { id: importId, employerId, status: { in: ["PREVIEW", "FAILED"] } } });
  if (count === 0) throw new NotFoundError("vacancy.import.errors.notFound");
}
