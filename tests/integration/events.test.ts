import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { db, resetDb } from "./db";
import { createCandidate, createEmployer, ensureReferenceData } from "./factories";
import { createFilledCandidate } from "./candidate-helpers";
import { LAVAL, LETTER, ROUYN_NORANDA, addOrganisation, applicant, countRows, eventInput, openEventWithVacancy, pdfBytes, streamOf, useTemporaryStorage } from "./events-helpers";
import { AppError } from "@/lib/server/errors";
import { setMailTransport, type Mail } from "@/lib/server/services/mailer";
import { changeEventStatus, createEvent, getEventDashboard, getEventForEmployer, getPublicEvent, listPublicEvents, registerForEvent, updateEvent } from "@/lib/server/dal/events";
import {
  answerOffer, applyToEvent, decideApplication, getApplicationCvForEmployer, getMyCvFile, listApplicationsForEmployer, listMyApplications, listMyApplyInvitations, makeOffer, storeCvFile,
} from "@/lib/server/dal/events-applications";
import { bookSlot, cancelBooking, cancelSlot, getBookingIcs, listBookableSlots, listSlotsForEmployer, openSlots, rescheduleBooking } from "@/lib/server/dal/events-interviews";
import { inviteToApply, prematchEventVacancy, rankEventApplicants } from "@/lib/server/services/events-matching";
import { CV_MAX_BYTES, readPdfUpload, UploadError } from "@/lib/server/storage/pdf";
import { ZEventInput, ZOpenSlots } from "@/lib/schemas/event";
import { localToUtc } from "@/lib/domain/events/time";

const mails: Mail[] = [];
let previousTransport: ReturnType<typeof setMailTransport>;

beforeAll(async () => {
  await ensureReferenceData();
  useTemporaryStorage();
  previousTransport = setMailTransport({ send: async (m) => void mails.push(m) });
});
afterAll(() => {
  setMailTransport(previousTransport);
});
beforeEach(async () => {
  await resetDb();
  mails.length = 0;
});

/** Rejects with an AppError carrying this message key. */
async function refused(p: Promise<unknown>, key: string) {
  const e = await p.then(
    () => null,
    (err: unknown) => err,
  );
  expect(e, `expected a refusal with ${key}`).toBeInstanceOf(AppError);
  expect((e as AppError).messageKey).toBe(key);
}

/** Opens one slot of `length` minutes on the event's first day at `time` (Paris), and returns its id. */
async function slotAt(actor: Parameters<typeof openSlots>[0], eventId: string, time: string, opts: { interviewerId?: string; length?: number } = {}) {
  const e = await db.event.findUniqueOrThrow({ where: { id: eventId }, select: { startDate: true } });
  const date = e.startDate.toISOString().slice(0, 10);
  const [h, m] = time.split(":").map(Number);
  const end = h * 60 + m + (opts.length ?? 30);
  const toTime = `${String(Math.floor(end / 60)).padStart(2, "0")}:${String(end % 60).padStart(2, "0")}`;
  await openSlots(actor, ZOpenSlots.parse({ eventId, date, fromTime: time, toTime, lengthMinutes: String(opts.length ?? 30), mode: "IN_PERSON", location: "Stand 12", interviewerId: opts.interviewerId ?? "" }));
  const slot = await db.interviewSlot.findFirstOrThrow({ where: { eventId, startsAt: localToUtc(date, time, "Europe/Paris") }, select: { id: true } });
  return slot.id;
}

describe("events: creating and opening", () => {
  it("refuses an event that ends before it starts, or whose deadline is not before its first day; nothing is kept", async () => {
    expect(ZEventInput.safeParse({ ...eventInput(), endDate: "2020-01-01" }).error?.issues.map((i) => i.message)).toContain("events.errors.endBeforeStart");
    const input = eventInput();
    const late = ZEventInput.safeParse({ ...input, deadlineDate: input.startDate, deadlineTime: "09:00" });
    expect(late.error?.issues.map((i) => i.message)).toContain("events.errors.deadlineAfterStart");
    // The database refuses it too, whoever writes.
    await expect(db.$executeRaw`INSERT INTO "Event" ("id", "nameFr", "nameEn", "format", "timeZone", "startDate", "endDate", "applicationDeadline", "createdById", "updatedAt")
      VALUES ('bad', 'x', 'x', 'VIRTUAL', 'UTC', '2027-03-10', '2027-03-09', now(), 'u', now())`).rejects.toThrow();
    expect(await db.event.count()).toBe(0);
  });

  it("stores the deadline typed in the event's zone as the right instant; only advisors create events; stages move one at a time", async () => {
    const { eventId, advisor, eventVersion } = await openEventWithVacancy();
    const e = await db.event.findUniqueOrThrow({ where: { id: eventId } });
    const local = eventInput();
    expect(e.applicationDeadline.toISOString()).toBe(localToUtc(local.deadlineDate, "23:59", "Europe/Paris").toISOString());
    const employer = await createEmployer({ municipalityCode: ROUYN_NORANDA });
    await refused(createEvent(employer.actor, eventInput()), "errors.forbidden");
    await refused(changeEventStatus(advisor.actor, { id: eventId, version: eventVersion, to: "DONE" }), "events.errors.statusNotAllowed");
    await refused(updateEvent(advisor.actor, { ...eventInput(), id: eventId, version: eventVersion - 1 }), "events.errors.conflict");
  });

  it("a pending organisation cannot register; the public sees only approved organisations' vacancies, filtered by region", async () => {
    const { advisor, eventId, eventVacancyId } = await openEventWithVacancy();
    const pending = await createEmployer({ verified: false, municipalityCode: ROUYN_NORANDA });
    await refused(registerForEvent(pending.actor, eventId), "employer.errors.notVerified");
    const laval = await addOrganisation(advisor.actor, eventId, LAVAL);
    const unapproved = await createEmployer({ municipalityCode: ROUYN_NORANDA });
    await registerForEvent(unapproved.actor, eventId);
    const all = await getPublicEvent(eventId, {}, "fr");
    expect(all?.vacancies.map((v) => v.id).sort()).toEqual([eventVacancyId, laval.eventVacancyId].sort());
    const abitibi = await getPublicEvent(eventId, { region: "08" }, "fr");
    expect(abitibi?.vacancies.map((v) => v.id)).toEqual([eventVacancyId]);
    expect((await listPublicEvents()).map((e) => e.id)).toEqual([eventId]);
  });
});

describe("events: applying", () => {
  it("enforces the deadline on the server: an application after it is refused and nothing is kept", async () => {
    const { eventId, eventVacancyId } = await openEventWithVacancy();
    const { candidate, cvFileId } = await applicant([]);
    const deadline = (await db.event.findUniqueOrThrow({ where: { id: eventId } })).applicationDeadline;
    await refused(applyToEvent(candidate.actor, { eventVacancyIds: [eventVacancyId], cvFileId, letter: LETTER }, new Date(deadline.getTime() + 1000)), "events.errors.deadlinePassed");
    await refused(applyToEvent(candidate.actor, { eventVacancyIds: [eventVacancyId], cvFileId, letter: LETTER }, deadline), "events.errors.deadlinePassed");
    expect((await countRows()).applications).toBe(0);
    const ok = await applyToEvent(candidate.actor, { eventVacancyIds: [eventVacancyId], cvFileId, letter: LETTER }, new Date(deadline.getTime() - 1000));
    expect(ok.applications).toHaveLength(1);
    await refused(applyToEvent(candidate.actor, { eventVacancyIds: [eventVacancyId], cvFileId, letter: LETTER }), "events.errors.alreadyApplied");
  });

  it("refuses a CV that is not the candidate's, and applications to an event not open to candidates", async () => {
    const { eventId, eventVacancyId, advisor, eventVersion } = await openEventWithVacancy();
    const a = await applicant([]);
    const b = await applicant([]);
    await refused(applyToEvent(b.candidate.actor, { eventVacancyIds: [eventVacancyId], cvFileId: a.cvFileId, letter: LETTER }), "events.errors.cvRequired");
    await changeEventStatus(advisor.actor, { id: eventId, version: eventVersion, to: "OPEN_EMPLOYERS" });
    await refused(applyToEvent(a.candidate.actor, { eventVacancyIds: [eventVacancyId], cvFileId: a.cvFileId, letter: LETTER }), "events.errors.notOpenForCandidates");
    expect((await countRows()).applications).toBe(0);
  });

  it("a candidate sees only their own applications and CVs", async () => {
    const { eventVacancyId } = await openEventWithVacancy();
    const a = await applicant([eventVacancyId]);
    const b = await applicant([]);
    const mine = await listMyApplications(a.candidate.actor, "fr");
    expect(mine.map((x) => x.id)).toEqual([a.applications[0].id]);
    expect(await listMyApplications(b.candidate.actor, "fr")).toEqual([]);
    await refused(getMyCvFile(b.candidate.actor, a.cvFileId), "events.errors.cvMissing");
    await refused(listBookableSlots(b.candidate.actor, a.applications[0].id), "events.errors.applicationNotFound");
    const employer = await createEmployer({ municipalityCode: ROUYN_NORANDA });
    await refused(listMyApplications(employer.actor, "fr"), "errors.forbidden");
  });

  it("an organisation sees only the applications to its own vacancies", async () => {
    const { advisor, eventId, eventVacancyId, employer } = await openEventWithVacancy();
    const other = await addOrganisation(advisor.actor, eventId);
    const a = await applicant([eventVacancyId, other.eventVacancyId]);
    const appToA = a.applications.find((x) => x.eventVacancyId === eventVacancyId)!;
    const own = await listApplicationsForEmployer(employer.actor, eventVacancyId);
    expect(own.rows.map((r) => r.id)).toEqual([appToA.id]);
    expect(own.rows[0].candidateProfile.firstName).toBe(a.candidate.firstName); // the person applied to it: named
    await refused(listApplicationsForEmployer(other.employer.actor, eventVacancyId), "events.errors.vacancyNotFound");
    await refused(getApplicationCvForEmployer(other.employer.actor, appToA.id), "events.errors.applicationNotFound");
    await refused(decideApplication(other.employer.actor, { applicationId: appToA.id, version: 0, status: "PRESELECTED" }), "events.errors.applicationNotFound");
    await refused(makeOffer(other.employer.actor, { applicationId: appToA.id, note: null }), "events.errors.applicationNotFound");
    const cv = await getApplicationCvForEmployer(employer.actor, appToA.id);
    expect(new TextDecoder().decode(cv.bytes)).toContain("%PDF-1.4");
    const view = await getEventForEmployer(other.employer.actor, eventId);
    expect(view.participation?.vacancies.map((v) => v.id)).toEqual([other.eventVacancyId]);
  });
});

describe("events: file checks", () => {
  it("accepts a real PDF and stores it; refuses a renamed text file, a truncated PDF and an empty body", async () => {
    const ok = await readPdfUpload(streamOf(pdfBytes().subarray(0, 3), pdfBytes().subarray(3)));
    expect(ok.sha256).toMatch(/^[0-9a-f]{64}$/);
    const c = await createCandidate();
    const stored = await storeCvFile(c.actor, { ...ok, fileName: "../../etc/Mon CV.pdf" });
    expect(stored.fileName).toBe("Mon CV.pdf");
    expect((await getMyCvFile(c.actor, stored.id)).bytes).toEqual(ok.bytes);

    const text = new TextEncoder().encode("Ceci n'est pas un PDF, malgré son nom cv.pdf\n%%EOF");
    await expect(readPdfUpload(streamOf(text))).rejects.toMatchObject({ messageKey: "events.errors.notPdf" });
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    await expect(readPdfUpload(streamOf(png))).rejects.toMatchObject({ messageKey: "events.errors.notPdf" });
    await expect(readPdfUpload(streamOf(pdfBytes().subarray(0, 40)))).rejects.toMatchObject({ messageKey: "events.errors.pdfIncomplete" });
    await expect(readPdfUpload(streamOf())).rejects.toMatchObject({ messageKey: "events.errors.fileEmpty" });
  });

  it("refuses a 20 MB file after reading just past 5 MB, and at once when its declared length is too large", async () => {
    const chunk = new Uint8Array(1024 * 1024).fill(0x20);
    chunk.set(new TextEncoder().encode("%PDF-1.7\n"));
    let pulled = 0;
    const twentyMb = new ReadableStream<Uint8Array>({
      pull(controller) {
        if (pulled >= 20) return controller.close();
        pulled++;
        controller.enqueue(pulled === 1 ? chunk : chunk.slice());
      },
    });
    await expect(readPdfUpload(twentyMb)).rejects.toBeInstanceOf(UploadError);
    expect(pulled).toBeLessThanOrEqual(Math.ceil(CV_MAX_BYTES / chunk.byteLength) + 2);
    await expect(readPdfUpload(streamOf(pdfBytes()), { declaredLength: 20 * 1024 * 1024 })).rejects.toMatchObject({ messageKey: "events.errors.fileTooLarge" });
    // Exactly at the limit is accepted.
    const body = pdfBytes();
    const exact = new Uint8Array(CV_MAX_BYTES);
    exact.set(body.subarray(0, body.length - 7));
    exact.set(body.subarray(body.length - 7), CV_MAX_BYTES - 7);
    await expect(readPdfUpload(streamOf(exact))).resolves.toMatchObject({ bytes: expect.any(Uint8Array) });
  });
});

describe("events: preselection, interviews, offers", () => {
  it("ranks applicants with the engine's explanations; preselecting tells the candidate", async () => {
    const { employer, eventVacancyId } = await openEventWithVacancy();
    const a = await applicant([eventVacancyId]);
    const view = await rankEventApplicants(employer.actor, eventVacancyId, { locale: "fr" });
    expect(view.applicants).toHaveLength(1);
    expect(view.applicants[0].factors.length).toBeGreaterThan(0);
    expect(view.applicants[0].factors.every((f) => f.detail.length > 0)).toBe(true);
    const r = await decideApplication(employer.actor, { applicationId: a.applications[0].id, version: 0, status: "PRESELECTED" });
    expect(r.status).toBe("PRESELECTED");
    expect(mails.map((m) => m.to)).toEqual([(await db.user.findUniqueOrThrow({ where: { id: a.candidate.userId } })).email]);
    expect(mails[0].subject).toMatch(/présélection/i);
    await refused(decideApplication(employer.actor, { applicationId: a.applications[0].id, version: 0, status: "NOT_RETAINED" }), "events.errors.conflict");
  });

  it("two candidates booking the same slot at the same moment: exactly one booking", async () => {
    const { employer, eventId, eventVacancyId } = await openEventWithVacancy();
    const people = await Promise.all([applicant([eventVacancyId]), applicant([eventVacancyId]), applicant([eventVacancyId])]);
    for (const p of people) await decideApplication(employer.actor, { applicationId: p.applications[0].id, version: 0, status: "PRESELECTED" });
    const slotId = await slotAt(employer.actor, eventId, "10:00");
    const results = await Promise.allSettled(people.map((p) => bookSlot(p.candidate.actor, { applicationId: p.applications[0].id, slotId })));
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    const failures = results.filter((r): r is PromiseRejectedResult => r.status === "rejected");
    expect(failures).toHaveLength(2);
    for (const f of failures) expect((f.reason as AppError).messageKey).toBe("events.errors.slotTaken");
    expect(await db.interviewBooking.count({ where: { slotId, cancelledAt: null } })).toBe(1);
  });

  it("a candidate cannot be in two interviews at once, even with two organisations clicking at the same moment", async () => {
    const { advisor, employer, eventId, eventVacancyId } = await openEventWithVacancy();
    const other = await addOrganisation(advisor.actor, eventId);
    const a = await applicant([eventVacancyId, other.eventVacancyId]);
    for (const app of a.applications) {
      const owner = app.eventVacancyId === eventVacancyId ? employer : other.employer;
      await decideApplication(owner.actor, { applicationId: app.id, version: 0, status: "PRESELECTED" });
    }
    const s1 = await slotAt(employer.actor, eventId, "10:00");
    const s2 = await slotAt(other.employer.actor, eventId, "10:15");
    const appFor = (evId: string) => a.applications.find((x) => x.eventVacancyId === evId)!.id;
    const results = await Promise.allSettled([
      bookSlot(a.candidate.actor, { applicationId: appFor(eventVacancyId), slotId: s1 }),
      bookSlot(a.candidate.actor, { applicationId: appFor(other.eventVacancyId), slotId: s2 }),
    ]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    expect(((results.find((r) => r.status === "rejected") as PromiseRejectedResult).reason as AppError).messageKey).toBe("events.errors.candidateOverlap");
    // The database refuses it whoever writes: a raw overlapping insert fails too.
    await expect(db.interviewBooking.create({ data: { slotId: s2, applicationId: appFor(other.eventVacancyId), eventId, employerId: "x", interviewerId: "x", candidateProfileId: a.candidate.profileId, startsAt: new Date(), endsAt: new Date(Date.now() + 1) } })).rejects.toThrow();
    expect(await db.interviewBooking.count({ where: { candidateProfileId: a.candidate.profileId, cancelledAt: null } })).toBe(1);
  });

  it("an interviewer's slots cannot overlap; slots outside the event's days are refused", async () => {
    const { employer, eventId } = await openEventWithVacancy();
    await slotAt(employer.actor, eventId, "10:00", { length: 60 });
    await refused(slotAt(employer.actor, eventId, "10:30"), "events.errors.slotOverlap");
    const e = await db.event.findUniqueOrThrow({ where: { id: eventId } });
    const dayBefore = new Date(e.startDate.getTime() - 86_400_000).toISOString().slice(0, 10);
    await refused(openSlots(employer.actor, ZOpenSlots.parse({ eventId, date: dayBefore, fromTime: "10:00", toTime: "11:00", lengthMinutes: "30", mode: "VIDEO", location: "", interviewerId: "" })), "errors.invalidInput");
    expect(await db.interviewSlot.count({ where: { eventId } })).toBe(1);
  });

  it("books, reschedules (same .ics UID, higher SEQUENCE) and cancels; the organisation's cancelled slot tells the candidate", async () => {
    const { employer, eventId, eventVacancyId } = await openEventWithVacancy();
    const a = await applicant([eventVacancyId]);
    const appId = a.applications[0].id;
    await refused(bookSlot(a.candidate.actor, { applicationId: appId, slotId: "nope" }), "events.errors.notPreselected");
    await decideApplication(employer.actor, { applicationId: appId, version: 0, status: "PRESELECTED" });
    const s1 = await slotAt(employer.actor, eventId, "09:00");
    const s2 = await slotAt(employer.actor, eventId, "14:00");
    expect((await listBookableSlots(a.candidate.actor, appId)).slots.map((s) => s.id)).toEqual([s1, s2]);
    const booked = await bookSlot(a.candidate.actor, { applicationId: appId, slotId: s1 });
    const e = await db.event.findUniqueOrThrow({ where: { id: eventId } });
    expect(booked.startsAt).toBe(localToUtc(e.startDate.toISOString().slice(0, 10), "09:00", "Europe/Paris").toISOString());
    await refused(bookSlot(a.candidate.actor, { applicationId: appId, slotId: s2 }), "events.errors.alreadyBooked");
    const ics1 = (await getBookingIcs(a.candidate.actor, booked.id, "fr")).text;
    await rescheduleBooking(a.candidate.actor, { bookingId: booked.id, version: booked.version, slotId: s2 });
    const ics2 = (await getBookingIcs(a.candidate.actor, booked.id, "fr")).text;
    const uid = (ics: string) => /UID:(.+)\r\n/.exec(ics)?.[1];
    expect(uid(ics2)).toBe(uid(ics1));
    expect(ics2).toContain("SEQUENCE:1");
    expect(ics2).toContain(`DTSTART:${localToUtc(e.startDate.toISOString().slice(0, 10), "14:00", "Europe/Paris").toISOString().replace(/[-:]/g, "").replace(".000", "")}`);
    expect((await getBookingIcs(employer.actor, booked.id, "en")).text).toContain(a.candidate.firstName);
    const other = await createEmployer({ municipalityCode: ROUYN_NORANDA });
    await refused(getBookingIcs(other.actor, booked.id, "fr"), "events.errors.bookingNotFound");
    const slots = await listSlotsForEmployer(employer.actor, eventId);
    expect(slots.find((s) => s.id === s2)?.booking?.applicationId).toBe(appId);
    mails.length = 0;
    await cancelSlot(employer.actor, s2);
    expect(mails).toHaveLength(1);
    expect((await getBookingIcs(a.candidate.actor, booked.id, "fr")).text).toContain("STATUS:CANCELLED");
    const again = await bookSlot(a.candidate.actor, { applicationId: appId, slotId: s1 });
    await cancelBooking(a.candidate.actor, { bookingId: again.id, version: again.version });
    expect((await countRows()).bookings).toBe(0);
  });

  it("an accepted offer enters the recruiting pipeline as HIRED (source EVENT), filling a position, in one transaction", async () => {
    const { employer, eventId, eventVacancyId, vacancy, advisor } = await openEventWithVacancy({ positions: 1 });
    const a = await applicant([eventVacancyId]);
    const b = await applicant([eventVacancyId]);
    const appA = a.applications[0].id;
    await refused(makeOffer(employer.actor, { applicationId: appA, note: null }), "events.errors.offerNeedsPreselection");
    await decideApplication(employer.actor, { applicationId: appA, version: 0, status: "PRESELECTED" });
    await decideApplication(employer.actor, { applicationId: b.applications[0].id, version: 0, status: "PRESELECTED" });
    const offer = await makeOffer(employer.actor, { applicationId: appA, note: "Début le 1er juin" });
    await refused(makeOffer(employer.actor, { applicationId: appA, note: null }), "events.errors.offerExists");
    await refused(answerOffer(b.candidate.actor, { offerId: offer.id, version: 0, answer: "ACCEPTED" }), "events.errors.offerNotFound");
    const accepted = await answerOffer(employer.actor, { offerId: offer.id, version: 0, answer: "ACCEPTED" });
    const entry = await db.pipelineEntry.findUniqueOrThrow({ where: { id: accepted.pipelineEntryId! }, select: { stage: true, source: true, sourceRef: true, candidateProfileId: true, jobPostingId: true, moves: { select: { toStage: true } } } });
    expect(entry).toMatchObject({ stage: "HIRED", source: "EVENT", sourceRef: eventId, candidateProfileId: a.candidate.profileId, jobPostingId: vacancy.id });
    expect(entry.moves.map((m) => m.toStage).sort()).toEqual(["HIRED", "SHORTLISTED"]);
    expect(await db.jobPosting.findUniqueOrThrow({ where: { id: vacancy.id }, select: { positionsFilled: true, status: true } })).toEqual({ positionsFilled: 1, status: "FILLED" });
    await refused(answerOffer(employer.actor, { offerId: offer.id, version: 1, answer: "DECLINED" }), "events.errors.offerAnswered");

    // The only position is filled: accepting a second offer is refused and nothing of it is kept.
    const offerB = await makeOffer(employer.actor, { applicationId: b.applications[0].id, note: null });
    await refused(answerOffer(b.candidate.actor, { offerId: offerB.id, version: 0, answer: "ACCEPTED" }), "recruiting.errors.noPositionLeft");
    expect((await db.eventOffer.findUniqueOrThrow({ where: { id: offerB.id } })).status).toBe("MADE");
    expect(await db.pipelineEntry.count({ where: { candidateProfileId: b.candidate.profileId } })).toBe(0);

    const d = await getEventDashboard(advisor.actor, eventId);
    expect(d.figures).toMatchObject({ employers: 1, vacancies: 1, applications: 2, preselected: 2, offers: 2, offersAccepted: 1, offersOutsideCmm: 2, offersOutsideCmmShare: 1 });
    expect(d.figures.vacanciesByRegion).toEqual([{ regionCode: "08", count: 1 }]);
    await refused(getEventDashboard(employer.actor, eventId), "errors.forbidden");
  });
});

describe("events: pre-matching", () => {
  it("ranks the consenting pool for an event vacancy and invites the best to apply, once each", async () => {
    const { advisor, eventVacancyId, employer } = await openEventWithVacancy();
    const visible = await createFilledCandidate({ visible: true, regions: ["08"] });
    await db.candidateProfile.update({ where: { id: visible.profileId }, data: { includedInMatching: true } });
    const hidden = await createFilledCandidate({ visible: false, regions: ["08"] });
    const r = await prematchEventVacancy(advisor.actor, eventVacancyId, { locale: "fr" });
    const ids = r.items.map((i) => i.card.id);
    expect(ids).toContain(visible.profileId);
    expect(ids).not.toContain(hidden.profileId);
    await refused(prematchEventVacancy(employer.actor, eventVacancyId), "errors.forbidden");
    expect((await inviteToApply(advisor.actor, { eventVacancyId, candidateProfileIds: [visible.profileId, hidden.profileId] })).invited).toBe(1);
    expect(mails).toHaveLength(1);
    expect((await inviteToApply(advisor.actor, { eventVacancyId, candidateProfileIds: [visible.profileId] })).invited).toBe(0);
    const invitations = await listMyApplyInvitations(visible.actor, "fr");
    expect(invitations).toHaveLength(1);
    expect(invitations[0].open).toBe(true);
    expect((await prematchEventVacancy(advisor.actor, eventVacancyId)).items.find((i) => i.card.id === visible.profileId)?.invited).toBe(true);
  });
});
