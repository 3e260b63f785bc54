// Shared by the events integration tests: an event run through the real data functions, from creation to an
// application, and PDF bytes.
import os from "node:os";
import path from "node:path";
import fs from "node:fs";
import { createAdvisor, createEmployer } from "./factories";
import { createFilledCandidate } from "./candidate-helpers";
import { vacancyInput } from "./vacancy-helpers";
import { createVacancy } from "@/lib/server/dal/vacancies";
import { attachVacancy, changeEventStatus, createEvent, decideParticipation, registerForEvent } from "@/lib/server/dal/events";
import { applyToEvent, storeCvFile } from "@/lib/server/dal/events-applications";
import { setStorage } from "@/lib/server/storage";
import { diskStorage } from "@/lib/server/storage/disk";
import { readPdfUpload } from "@/lib/server/storage/pdf";
import { ZEventInput } from "@/lib/schemas/event";
import { addDaysIso } from "@/lib/domain/events/time";
import { quebecDate } from "@/lib/domain/vacancy/dates";
import { db } from "./db";
import type { SessionUser } from "@/lib/server/auth";

export const ROUYN_NORANDA = "86042"; // Abitibi-Témiscamingue (08)
export const LAVAL = "65005"; // in the CMM
export const LETTER = "Madame, Monsieur, soudeuse depuis six ans, je souhaite m'établir en Abitibi-Témiscamingue avec ma famille.";

/** A minimal well-formed PDF (signature, one object, end-of-file marker). */
export function pdfBytes(extra = ""): Uint8Array {
  return new TextEncoder().encode(`%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\nendobj\n${extra}trailer\n<< /Root 1 0 R >>\n%%EOF\n`);
}

export function streamOf(...chunks: Uint8Array[]): ReadableStream<Uint8Array> {
  return new ReadableStream({
    pull(controller) {
      const c = chunks.shift();
      if (c) controller.enqueue(c);
      else controller.close();
    },
  });
}

/** Files go to a fresh temporary folder for each test file. */
export function useTemporaryStorage() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "passerelle-events-"));
  setStorage(diskStorage(dir));
  return dir;
}

/** Event dates around `today + offset` days in Paris; the deadline the day before the first day at 23:59. */
export function eventInput(over: Record<string, unknown> = {}, offsetDays = 60) {
  const start = addDaysIso(quebecDate(), offsetDays);
  return ZEventInput.parse({
    nameFr: "Journées Québec Paris",
    nameEn: "Journées Québec Paris",
    descriptionFr: "Recrutement international.",
    descriptionEn: "International recruitment.",
    format: "IN_PERSON",
    city: "Paris",
    countryCode: "FR",
    timeZone: "Europe/Paris",
    startDate: start,
    endDate: addDaysIso(start, 2),
    deadlineDate: addDaysIso(start, -1),
    deadlineTime: "23:59",
    sectorCodes: ["31"],
    regionCodes: ["08", "04"],
    ...over,
  });
}

/** An open event (to candidates) with one approved organisation and its published vacancy in Rouyn-Noranda. */
export async function openEventWithVacancy(opts: { eventOver?: Record<string, unknown>; positions?: number } = {}) {
  const advisor = await createAdvisor(["08"]);
  const created = await createEvent(advisor.actor, eventInput(opts.eventOver));
  let version = (await changeEventStatus(advisor.actor, { id: created.id, version: created.version, to: "OPEN_EMPLOYERS" })).version;
  const employer = await createEmployer({ municipalityCode: ROUYN_NORANDA });
  const vacancy = await createVacancy(employer.actor, vacancyInput({ publish: true, municipalityCode: ROUYN_NORANDA, positions: opts.positions ?? 2 }));
  const participation = await registerForEvent(employer.actor, created.id);
  const ev = await attachVacancy(employer.actor, { eventId: created.id, jobPostingId: vacancy.id });
  await decideParticipation(advisor.actor, { participationId: participation.id, version: 0, decision: "APPROVED", reason: null });
  version = (await changeEventStatus(advisor.actor, { id: created.id, version, to: "OPEN_CANDIDATES" })).version;
  return { advisor, eventId: created.id, eventVersion: version, employer, vacancy, eventVacancyId: ev.id };
}

/** Adds another approved organisation with a vacancy (municipality given) to an open event. */
export async function addOrganisation(advisor: SessionUser, eventId: string, municipalityCode = ROUYN_NORANDA) {
  const employer = await createEmployer({ municipalityCode });
  const vacancy = await createVacancy(employer.actor, vacancyInput({ publish: true, municipalityCode }));
  const participation = await registerForEvent(employer.actor, eventId);
  const ev = await attachVacancy(employer.actor, { eventId, jobPostingId: vacancy.id });
  await decideParticipation(advisor, { participationId: participation.id, version: 0, decision: "APPROVED", reason: null });
  return { employer, vacancy, eventVacancyId: ev.id };
}

/** A candidate with a full profile, a stored CV, and applications to the given event vacancies. */
export async function applicant(eventVacancyIds: string[], over: { visible?: boolean } = {}) {
  const candidate = await createFilledCandidate({ visible: over.visible ?? false, regions: ["08"] });
  const checked = await readPdfUpload(streamOf(pdfBytes()));
  const cv = await storeCvFile(candidate.actor, { ...checked, fileName: "cv-soudeuse.pdf" });
  const applied = eventVacancyIds.length ? await applyToEvent(candidate.actor, { eventVacancyIds, cvFileId: cv.id, letter: LETTER }) : null;
  return { candidate, cvFileId: cv.id, applications: applied?.applications ?? [] };
}

export async function countRows() {
  const [applications, bookings, offers] = await Promise.all([db.eventApplication.count(), db.interviewBooking.count({ where: { cancelledAt: null } }), db.eventOffer.count()]);
  return { applications, bookings, offers };
}
