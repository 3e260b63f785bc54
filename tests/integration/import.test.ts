import { beforeAll, beforeEach, describe, expect, it } from "vitest";
import { db, resetDb } from "./db";
import { createEmployer, ensureReferenceData } from "./factories";
import { vacancyCsv } from "./vacancy-helpers";
import { applyImport, confirmVacancyImport, ImportFileError, runImportValidation, startVacancyImport, type ImportStep } from "@/lib/server/services/vacancy-import";
import { discardImport, getImportJob, getImportProgress, listImportJobs } from "@/lib/server/dal/imports";
import { createVacancy } from "@/lib/server/dal/vacancies";
import { vacancyInput } from "./vacancy-helpers";

const noQueue = async () => {
  throw new Error("this import should not be queued");
};

function hundredRowsWithTenBad() {
  const rows = Array.from({ length: 100 }, (_, i) => ({ externalRef: `R-${i + 1}`, title: `Poste ${i + 1}` }));
  // Ten different mistakes, on rows 5, 15, ..., 95 (file lines 6, 16, ..., 96: line 1 is the header).
  const bad: Record<string, string>[] = [
    { wageMin: "12,00" }, { minFrenchLevel: "13" }, { minFrenchLevel: "0" }, { municipalityCode: "99999" }, { nocCode: "721060" },
    { startDate: "2020-01-01" }, { employmentType: "contrat" }, { positions: "beaucoup" }, { externalRef: "" }, { description: "court" },
  ];
  bad.forEach((b, k) => Object.assign(rows[k * 10 + 4], b));
  return rows;
}

describe("CSV import of vacancies", () => {
  beforeAll(ensureReferenceData);
  beforeEach(resetDb);

  it("reports exactly the 10 bad rows among 100, and imports nothing before confirmation", async () => {
    const { actor } = await createEmployer();
    const started = await startVacancyImport(actor, { name: "offres.csv", bytes: vacancyCsv(hundredRowsWithTenBad()) }, { enqueue: noQueue });
    expect(started.status).toBe("PREVIEW");
    const job = await getImportJob(actor, started.importId);
    expect(job).toMatchObject({ status: "PREVIEW", totalRows: 100, validRows: 90, invalidRows: 10 });
    expect([...new Set(job.errors.map((e) => e.line))]).toEqual([6, 16, 26, 36, 46, 56, 66, 76, 86, 96]);
    expect(job.errors.map((e) => [e.line, e.column, e.key])).toEqual([
      [6, "salaire_horaire_min", "vacancy.errors.wageBelowMinimum"],
      [16, "niveau_francais_min", "vacancy.errors.frenchLevel"],
      [26, "niveau_francais_min", "vacancy.errors.frenchLevel"],
      [36, "code_municipalite", "vacancy.errors.municipalityUnknown"],
      [46, "code_cnp", "vacancy.errors.nocRequired"],
      [56, "date_debut", "vacancy.errors.startDatePast"],
      [66, "type_emploi", "vacancy.errors.employmentType"],
      [76, "nombre_postes", "vacancy.errors.positions"],
      [86, "reference_employeur", "vacancy.import.errors.refRequired"],
      [96, "description", "vacancy.errors.descriptionLength"],
    ]);
    expect(await db.jobPosting.count()).toBe(0);

    const done = await confirmVacancyImport(actor, { importId: started.importId, publish: false }, { enqueue: noQueue });
    expect(done).toMatchObject({ status: "DONE", created: 90, updated: 0 });
    expect(await db.jobPosting.count({ where: { status: "DRAFT" } })).toBe(90);
    // A second confirmation (double click) imports nothing more.
    await expect(confirmVacancyImport(actor, { importId: started.importId, publish: false })).rejects.toMatchObject({ code: "CONFLICT" });
    expect(await db.jobPosting.count()).toBe(90);
  });

  it("a re-import with the same employer references updates in place", async () => {
    const { actor } = await createEmployer();
    const first = await startVacancyImport(actor, { name: "a.csv", bytes: vacancyCsv([{ externalRef: "S-1", title: "Soudeur" }, { externalRef: "S-2", title: "Cariste" }]) });
    await confirmVacancyImport(actor, { importId: first.importId, publish: true });
    const before = await db.jobPosting.findFirstOrThrow({ where: { externalRef: "S-1" } });
    expect(before.status).toBe("PUBLISHED");

    const second = await startVacancyImport(actor, { name: "a.csv", bytes: vacancyCsv([{ externalRef: "S-1", title: "Soudeur senior", wageMin: "31,00" }, { externalRef: "S-3", title: "Mécanicien" }], { lang: "en", delimiter: ";" }) });
    expect((await getImportJob(actor, second.importId)).wouldUpdate).toBe(1);
    const done = await confirmVacancyImport(actor, { importId: second.importId, publish: false });
    expect(done).toMatchObject({ created: 1, updated: 1 });
    expect(await db.jobPosting.count()).toBe(3);
    const after = await db.jobPosting.findFirstOrThrow({ where: { externalRef: "S-1" } });
    expect(after).toMatchObject({ id: before.id, title: "Soudeur senior", wageMinCents: 3100, status: "PUBLISHED", version: before.version + 1 });
  });

  it("refuses a file in the wrong encoding, with missing columns, too large or not CSV; nothing is written", async () => {
    const { actor } = await createEmployer();
    const latin1 = new Uint8Array([...new TextEncoder().encode("titre,code_cnp\nSoudeur qualifi"), 0xe9, 0x0a]);
    await expect(startVacancyImport(actor, { name: "x.csv", bytes: latin1 })).rejects.toMatchObject({ messageKey: "vacancy.import.errors.encoding" });
    const missing = new TextEncoder().encode("reference_employeur,titre,code_cnp,description\nR1,Soudeur,72106,Soudure\n");
    const err = await startVacancyImport(actor, { name: "x.csv", bytes: missing }).catch((e) => e);
    expect(err).toBeInstanceOf(ImportFileError);
    expect(err.messageKey).toBe("vacancy.import.errors.missingColumns");
    expect(err.vars.columns).toBe("code_municipalite, nombre_postes, type_emploi, heures_semaine, salaire_horaire_min");
    const huge = new Uint8Array(50 * 1024 * 1024);
    await expect(startVacancyImport(actor, { name: "x.csv", bytes: huge })).rejects.toMatchObject({ messageKey: "vacancy.import.errors.tooLarge" });
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]);
    await expect(startVacancyImport(actor, { name: "x.csv", bytes: png })).rejects.toBeInstanceOf(ImportFileError);
    expect(await db.importJob.count()).toBe(0);
    expect(await db.jobPosting.count()).toBe(0);
  });

  it("large files are validated and imported in the background, with progress", async () => {
    const { actor } = await createEmployer();
    const queued: [ImportStep, string][] = [];
    const enqueue = async (step: ImportStep, id: string) => void queued.push([step, id]);
    const rows = Array.from({ length: 600 }, (_, i) => ({ externalRef: `B-${i}` }));
    const started = await startVacancyImport(actor, { name: "big.csv", bytes: vacancyCsv(rows) }, { enqueue });
    expect(started.status).toBe("VALIDATING");
    expect(queued).toEqual([["validate", started.importId]]);
    await runImportValidation(started.importId); // what the worker does
    expect(await getImportProgress(actor, started.importId)).toMatchObject({ status: "PREVIEW", validRows: 600 });
    const confirmed = await confirmVacancyImport(actor, { importId: started.importId, publish: false }, { enqueue });
    expect(confirmed.status).toBe("IMPORTING");
    expect(queued[1]).toEqual(["apply", started.importId]);
    await applyImport(started.importId);
    expect(await getImportProgress(actor, started.importId)).toMatchObject({ status: "DONE", processedRows: 600, created: 600 });
    expect(await db.jobPosting.count()).toBe(600);
  });

  it("the import is all or nothing: one failing row leaves no vacancy written", async () => {
    const { actor, employerId } = await createEmployer();
    const started = await startVacancyImport(actor, { name: "a.csv", bytes: vacancyCsv([{ externalRef: "X-1" }, { externalRef: "X-2" }, { externalRef: "X-3" }]) });
    // Between the preview and the confirmation, the form creates a vacancy with reference X-3.
    await createVacancy(actor, vacancyInput({ externalRef: "X-3" }));
    await db.jobPosting.updateMany({ where: { employerId, externalRef: "X-3" }, data: { status: "FILLED" } });
    await expect(confirmVacancyImport(actor, { importId: started.importId, publish: false })).rejects.toMatchObject({ messageKey: "vacancy.import.errors.filledReadOnly" });
    expect(await db.jobPosting.count()).toBe(1);
    expect((await getImportProgress(actor, started.importId)).status).toBe("FAILED");
  });

  it("employer A cannot see, confirm or discard employer B's import", async () => {
    const a = await createEmployer();
    const b = await createEmployer();
    const started = await startVacancyImport(b.actor, { name: "b.csv", bytes: vacancyCsv([{ externalRef: "B-1" }]) });
    await expect(getImportJob(a.actor, started.importId)).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(getImportProgress(a.actor, started.importId)).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(confirmVacancyImport(a.actor, { importId: started.importId, publish: false })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(discardImport(a.actor, started.importId)).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await listImportJobs(a.actor)).toEqual([]);
    expect(await db.jobPosting.count()).toBe(0);
    expect((await getImportJob(b.actor, started.importId)).status).toBe("PREVIEW");
  });

  it("an unverified organisation can import drafts but not publish them", async () => {
    const { actor } = await createEmployer({ verified: false });
    const started = await startVacancyImport(actor, { name: "a.csv", bytes: vacancyCsv([{ externalRef: "U-1" }]) });
    await expect(confirmVacancyImport(actor, { importId: started.importId, publish: true })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await confirmVacancyImport(actor, { importId: started.importId, publish: false });
    expect(await db.jobPosting.count({ where: { status: "DRAFT" } })).toBe(1);
  });
});
