// Issue 9, item 10 (faults), against real PostgreSQL:
//  - a connection killed in the middle of a multi-row write leaves no partial data, fails cleanly, and the pool recovers;
//  - five identical submissions sent at once create one row; the other four get the same row or a translated
//    conflict, never an unexpected error.
import { randomUUID } from "node:crypto";
import pg from "pg";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { db, resetDb } from "./db";
import { createCandidate, createEmployer, ensureReferenceData } from "./factories";
import { acceptedInvitation, createRecruiter, invite, publishedVacancy } from "./recruiting-helpers";
import { createFilledCandidate } from "./candidate-helpers";
import { openEventWithVacancy, pdfBytes, streamOf, useTemporaryStorage, LETTER } from "./events-helpers";
import { vacancyCsv, vacancyInput } from "./vacancy-helpers";
import { applyImport, confirmVacancyImport, runImportValidation, startVacancyImport, type ImportStep } from "@/lib/server/services/vacancy-import";
import { registerCandidate } from "@/lib/server/dal/users";
import { createVacancy } from "@/lib/server/dal/vacancies";
import { createSavedSearch } from "@/lib/server/dal/saved-searches";
import { sendMessage } from "@/lib/server/dal/messages";
import { requestHumanReview } from "@/lib/server/dal/human-review";
import { applyToEvent, storeCvFile } from "@/lib/server/dal/events-applications";
import { readPdfUpload } from "@/lib/server/storage/pdf";
import { toActionError } from "@/lib/server/actions/safe-action";
import { AppError } from "@/lib/server/errors";
import { createTranslator } from "@/lib/i18n/translate";
import { ZCandidateSearchFilters } from "@/lib/schemas/recruiting";

const t = createTranslator("fr");

/** Runs the same call five times at once; returns each outcome as the action wrapper would show it. */
async function fiveAtOnce<T>(call: () => Promise<T>) {
  const settled = await Promise.allSettled(Array.from({ length: 5 }, call));
  return settled.map((s) => (s.status === "fulfilled" ? { ok: true as const, data: s.value } : { ok: false as const, error: toActionError(s.reason, t), raw: s.reason as unknown }));
}

/** Exactly one row; the others answered with the same row or an expected, translated refusal — never INTERNAL. */
function expectOneWinner<T>(outcomes: Awaited<ReturnType<typeof fiveAtOnce<T>>>, conflictKey?: string) {
  for (const o of outcomes) {
    if (!o.ok) {
      expect(o.raw, `unexpected failure: ${String(o.raw)}`).toBeInstanceOf(AppError);
      expect(o.error.code).toBe("CONFLICT");
      if (conflictKey) expect(o.error.message).toBe(t(conflictKey));
      expect(o.error.message).not.toMatch(/^[a-z]+\.[a-zA-Z.]+$/); // a sentence, not a key
    }
  }
  expect(outcomes.filter((o) => o.ok).length).toBeGreaterThanOrEqual(1);
}

/**
 * Waits (polling, no guessed sleep) until `sql` returns a backend pid. pg_stat_activity is read once per transaction,
 * and the caller holds a transaction open: the snapshot is cleared before each look.
 */
async function waitForPid(client: pg.Client, sql: string): Promise<number> {
  for (let i = 0; i < 400; i++) {
    await client.query("SELECT pg_stat_clear_snapshot()");
    const pid = (await client.query<{ pid: number }>(sql)).rows[0]?.pid;
    if (pid) return pid;
    await new Promise((r) => setTimeout(r, 25));
  }
  return 0;
}

describe("a connection killed in the middle of a multi-row write", () => {
  let other: pg.Client;
  beforeAll(async () => {
    await ensureReferenceData();
    other = new pg.Client({ connectionString: process.env.DATABASE_URL });
    await other.connect();
  });
  afterAll(() => other.end());
  beforeEach(resetDb);

  it("the CSV import of 600 vacancies (one transaction, chunks of 250): killed after the first chunk, nothing is left, and the next import works", async () => {
    const { actor, employerId } = await createEmployer();
    const rows = Array.from({ length: 600 }, (_, i) => ({ externalRef: `K-${i + 1}`, title: `Poste ${i + 1}` }));
    const queued: [ImportStep, string][] = [];
    const enqueue = async (step: ImportStep, id: string) => void queued.push([step, id]);
    const started = await startVacancyImport(actor, { name: "gros.csv", bytes: vacancyCsv(rows) }, { enqueue });
    await runImportValidation(started.importId);
    await confirmVacancyImport(actor, { importId: started.importId, publish: false }, { enqueue });
    expect(queued.map(([s]) => s)).toEqual(["validate", "apply"]);

    // Hold the import's row: the import records its progress after each chunk (outside its transaction), so it stops
    // there, its transaction open with the first 250 rows written but not committed.
    await other.query("BEGIN");
    await other.query(`SELECT 1 FROM "ImportJob" WHERE id = $1 FOR UPDATE`, [started.importId]);
    const running = applyImport(started.importId);

    // The import's transaction: open, idle, holding row locks on JobPosting (its uncommitted inserts). No sleep: we
    // wait for that state, which the lock above makes stable.
    let txPid = 0;
    try {
      txPid = await waitForPid(
        other,
        `SELECT a.pid FROM pg_stat_activity a
          WHERE a.datname = current_database() AND a.pid <> pg_backend_pid() AND a.state = 'idle in transaction'
            AND EXISTS (SELECT 1 FROM pg_locks l WHERE l.pid = a.pid AND l.relation = '"JobPosting"'::regclass AND l.mode = 'RowExclusiveLock')
            AND EXISTS (SELECT 1 FROM pg_stat_activity w WHERE w.wait_event_type = 'Lock' AND pg_backend_pid() = ANY (pg_blocking_pids(w.pid)))`,
      );
      expect(txPid, "the import's transaction, stopped after its first chunk").toBeGreaterThan(0);
      // Kill it, then let the progress update through: the next chunk runs on a dead connection.
      const killed = await other.query<{ ok: boolean }>("SELECT pg_terminate_backend($1) AS ok", [txPid]);
      expect(killed.rows[0].ok).toBe(true);
    } finally {
      await other.query("ROLLBACK");
    }
    await running;

    // A clean failure: the import says so with a translated reason, and no vacancy of it exists.
    const job = await db.importJob.findUniqueOrThrow({ where: { id: started.importId }, select: { status: true, failure: true, created: true } });
    expect(job).toEqual({ status: "FAILED", failure: "vacancy.import.errors.applyFailed", created: 0 });
    expect(t(job.failure!)).not.toBe(job.failure);
    expect(await db.jobPosting.count({ where: { employerId } })).toBe(0);
    expect(await db.auditLog.count({ where: { action: "import.apply" } })).toBe(0);

    // The pool dropped the dead connection: the next writes work (a small import, applied at once).
    const again = await startVacancyImport(actor, { name: "petit.csv", bytes: vacancyCsv(rows.slice(0, 3)) });
    const done = await confirmVacancyImport(actor, { importId: again.importId, publish: false });
    expect(done).toMatchObject({ status: "DONE", created: 3 });
    expect(await db.jobPosting.count({ where: { employerId } })).toBe(3);
  });

  it("a vacancy created while its transaction is killed: an expected failure, no row, no audit line, and the pool recovers", async () => {
    const { actor, employerId } = await createEmployer({ verified: true });
    // Block the audit insert (last statement of the transaction, after the vacancy row) with a lock on the audit table.
    await other.query("BEGIN");
    await other.query(`LOCK TABLE "AuditLog" IN ACCESS EXCLUSIVE MODE`);
    const running = createVacancy(actor, vacancyInput({ title: "Soudeuse tuée" })).then(
      () => null,
      (e: unknown) => e,
    );
    let pid = 0;
    try {
      pid = await waitForPid(
        other,
        `SELECT w.pid FROM pg_stat_activity w WHERE w.datname = current_database() AND w.wait_event_type = 'Lock' AND pg_backend_pid() = ANY (pg_blocking_pids(w.pid))
            AND EXISTS (SELECT 1 FROM pg_locks l WHERE l.pid = w.pid AND l.relation = '"JobPosting"'::regclass AND l.mode = 'RowExclusiveLock')`,
      );
      expect(pid, "the vacancy's transaction, waiting after its insert").toBeGreaterThan(0);
      await other.query("SELECT pg_terminate_backend($1)", [pid]);
    } finally {
      await other.query("ROLLBACK");
    }
    const error = await running;
    expect(error).toBeTruthy();
    // What the person would see: the translated "service unavailable, nothing saved", not an internal error.
    expect(toActionError(error, t)).toEqual({ code: "UNAVAILABLE", message: t("errors.unavailableAction") });
    expect(await db.jobPosting.count({ where: { employerId } })).toBe(0);
    expect(await db.auditLog.count({ where: { action: "vacancy.create" } })).toBe(0);
    await expect(createVacancy(actor, vacancyInput({ title: "Soudeuse" }))).resolves.toMatchObject({ status: "DRAFT" });
    expect(await db.jobPosting.count({ where: { employerId } })).toBe(1);
  });
});

describe("five identical submissions sent at once create one row", () => {
  beforeAll(ensureReferenceData);
  beforeEach(resetDb);

  it("candidate sign-up with the same e-mail: one account, four 'e-mail already used'", async () => {
    const email = `double-${randomUUID()}@test.passerelle.ca`;
    const outcomes = await fiveAtOnce(() => registerCandidate({ name: "Amina Diallo", email, password: "Un-cheval-bleu-2026", locale: "fr" }));
    expectOneWinner(outcomes, "auth.errors.emailTaken");
    expect(outcomes.filter((o) => o.ok)).toHaveLength(1);
    expect(await db.user.count({ where: { email } })).toBe(1);
    expect(await db.candidateProfile.count({ where: { user: { email } } })).toBe(1);
  });

  it("an employer's invitation of a candidate (same submission id): one invitation, the same one for every call", async () => {
    const employer = await createRecruiter();
    const vacancy = await publishedVacancy(employer.actor);
    const candidate = await createFilledCandidate({ visible: true });
    const key = randomUUID();
    const outcomes = await fiveAtOnce(() => invite(employer.actor, vacancy.id, candidate.profileId, key));
    expectOneWinner(outcomes, "recruiting.errors.alreadyInvited");
    expect(await db.invitation.count({ where: { candidateProfileId: candidate.profileId } })).toBe(1);
    // Five clicks on "invite" with five different ids (two tabs): still one invitation.
    const tabs = await fiveAtOnce(() => invite(employer.actor, vacancy.id, candidate.profileId));
    expectOneWinner(tabs.concat(outcomes.filter((o) => o.ok)), "recruiting.errors.alreadyInvited");
    expect(await db.invitation.count({ where: { candidateProfileId: candidate.profileId } })).toBe(1);
  });

  it("an application to an event: one application, four 'already applied'", async () => {
    useTemporaryStorage();
    const { eventVacancyId } = await openEventWithVacancy();
    const candidate = await createFilledCandidate({ regions: ["08"] });
    const cv = await storeCvFile(candidate.actor, { ...(await readPdfUpload(streamOf(pdfBytes()))), fileName: "cv.pdf" });
    const outcomes = await fiveAtOnce(() => applyToEvent(candidate.actor, { eventVacancyIds: [eventVacancyId], cvFileId: cv.id, letter: LETTER }));
    expectOneWinner(outcomes, "events.errors.alreadyApplied");
    expect(outcomes.filter((o) => o.ok)).toHaveLength(1);
    expect(await db.eventApplication.count({ where: { candidateProfileId: candidate.profileId } })).toBe(1);
  });

  it("a request for a human review of a recommendation: one request, four 'already open'", async () => {
    const employer = await createRecruiter();
    const vacancy = await publishedVacancy(employer.actor);
    const { actor, userId } = await createCandidate();
    const outcomes = await fiveAtOnce(() => requestHumanReview(actor, { vacancyId: vacancy.id, reason: "Je ne comprends pas pourquoi ce poste m'est recommandé." }));
    expectOneWinner(outcomes, "privacy.review.errors.alreadyOpen");
    expect(outcomes.filter((o) => o.ok)).toHaveLength(1);
    expect(await db.humanReviewRequest.count({ where: { userId } })).toBe(1);
  });

  it("a saved search (same submission id): one search, the same row for every call", async () => {
    const employer = await createRecruiter();
    const submissionId = randomUUID();
    const input = { name: "Soudeurs en Mauricie", filters: ZCandidateSearchFilters.parse({}), alertsEnabled: true, submissionId };
    const outcomes = await fiveAtOnce(() => createSavedSearch(employer.actor, input));
    expect(outcomes.every((o) => o.ok)).toBe(true);
    expect(new Set(outcomes.map((o) => (o.ok ? o.data.id : null))).size).toBe(1);
    expect(await db.savedSearch.count({ where: { employerId: employer.employerId } })).toBe(1);
    expect(await db.auditLog.count({ where: { action: "saved_search.create" } })).toBe(1);
  });

  it("a vacancy from the form (same submission id): one vacancy, the same row for every call; another organisation cannot replay the id", async () => {
    const { actor, employerId } = await createEmployer({ verified: true });
    const input = vacancyInput({ title: "Cariste", publish: true, submissionId: randomUUID() });
    const outcomes = await fiveAtOnce(() => createVacancy(actor, input));
    expect(outcomes.every((o) => o.ok)).toBe(true);
    expect(new Set(outcomes.map((o) => (o.ok ? o.data.id : null))).size).toBe(1);
    expect(await db.jobPosting.count({ where: { employerId } })).toBe(1);
    expect(await db.auditLog.count({ where: { action: "vacancy.create" } })).toBe(1);
    // The same id sent by someone else is theirs alone (keys are per user): it creates their own vacancy, not a read of ours.
    const other = await createEmployer({ verified: true });
    const theirs = await createVacancy(other.actor, input);
    expect(theirs.id).not.toBe(outcomes[0].ok ? outcomes[0].data.id : "");
    expect(await db.jobPosting.count({ where: { employerId: other.employerId } })).toBe(1);
    // A later, different submission (new id) is a new vacancy.
    await createVacancy(actor, { ...input, submissionId: randomUUID() });
    expect(await db.jobPosting.count({ where: { employerId } })).toBe(2);
  });

  it("a message (same client id): sent once, the same message for every call", async () => {
    const { employer, threadId } = await acceptedInvitation();
    const before = await db.message.count({ where: { threadId } });
    const clientId = randomUUID();
    const outcomes = await fiveAtOnce(() => sendMessage(employer.actor, { threadId, body: "Pouvez-vous commencer le 5 janvier ?", clientId }, { ip: "198.51.100.7" }));
    expect(outcomes.every((o) => o.ok)).toBe(true);
    expect(new Set(outcomes.map((o) => (o.ok ? o.data.id : null))).size).toBe(1);
    expect(await db.message.count({ where: { threadId } })).toBe(before + 1);
  });
});
