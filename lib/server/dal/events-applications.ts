import "server-only";
import crypto from "node:crypto";
import { db } from "@/lib/server/db";
import { audit } from "@/lib/server/audit";
import { assertRole, type SessionUser } from "@/lib/server/auth";
import { ConflictError, ForbiddenError, InvalidError, NotFoundError } from "@/lib/server/errors";
import { getEmployerMembershipOrThrow } from "@/lib/server/dal/employers";
import { eventName, eventSelect, publicEventVacancyWhere, toEventDto } from "@/lib/server/dal/events";
import { unsafeEnsurePipelineEntry, unsafeMarkHiredInTransaction } from "@/lib/server/dal/pipeline";
import { getStorage } from "@/lib/server/storage";
import { tellCandidates } from "@/lib/server/services/events-mail";
import { Prisma } from "@/lib/generated/prisma/client";
import { applicationRefusal, canAnswerOffer, canDecide, employersCanAct } from "@/lib/domain/events/rules";
import type { TApply } from "@/lib/schemas/event";
import type { Locale } from "@/lib/i18n/config";

// Applications to event vacancies, their CVs, the organisation's decisions and the offers that follow.
// A candidate sees only their own applications; an organisation only the applications to its own vacancies (every
// query below is scoped by the candidate's profile or by employerId). Applying is a choice to share one's CV and
// name with that organisation: the organisation sees them on its applications, unlike the anonymous pool.

type Tx = Prisma.TransactionClient;

/** The signed-in candidate's profile id (a candidate without a profile has nothing here). */
export async function getMyProfileIdOrThrow(actor: SessionUser, client: Tx | typeof db = db): Promise<string> {
  assertRole(actor, "CANDIDATE");
  const p = await client.candidateProfile.findUnique({ where: { userId: actor.id }, select: { id: true } });
  if (!p) throw new ForbiddenError("events.errors.noProfile");
  return p.id;
}

// ---------- CV files ----------

/** A safe display name for an uploaded file (no path, no control characters, .pdf at the end). */
export function cleanFileName(raw: string): string {
  const base = raw.split(/[\\/]/).pop() ?? "";
  const cleaned = base.normalize("NFC").replace(/[\u0000-\u001f\u007f"<>|:*?]/g, "").trim().slice(0, 120);
  if (!cleaned) return "cv.pdf";
  return /\.pdf$/i.test(cleaned) ? cleaned : `${cleaned}.pdf`;
}

/**
 * Stores a CV the caller has already checked (readPdfUpload: a real PDF of at most 5 MB) and records it for the
 * candidate. The bytes go to storage first: a row never points at a missing file.
 */
export async function storeCvFile(actor: SessionUser, file: { bytes: Uint8Array; sha256: string; fileName: string }) {
  const profileId = await getMyProfileIdOrThrow(actor);
  const storageKey = `cv/${profileId.toLowerCase()}/${crypto.randomUUID()}.pdf`;
  await getStorage().put(storageKey, file.bytes, "application/pdf");
  try {
    return await db.$transaction(async (tx) => {
      const row = await tx.eventCvFile.create({
        data: { candidateProfileId: profileId, storageKey, fileName: cleanFileName(file.fileName), sizeBytes: file.bytes.byteLength, sha256: file.sha256 },
        select: { id: true, fileName: true, sizeBytes: true, createdAt: true },
      });
      await audit({ actorId: actor.id, actorRole: actor.role, action: "event.cv_upload", subject: `cv:${row.id}`, details: { sizeBytes: row.sizeBytes } }, tx);
      return { id: row.id, fileName: row.fileName, sizeBytes: row.sizeBytes, createdAt: row.createdAt.toISOString() };
    });
  } catch (e) {
    await getStorage().delete(storageKey).catch(() => {});
    throw e;
  }
}

/** The candidate's CVs, newest first (to reuse one for another application). */
export async function listMyCvFiles(actor: SessionUser) {
  const profileId = await getMyProfileIdOrThrow(actor);
  const rows = await db.eventCvFile.findMany({ where: { candidateProfileId: profileId }, orderBy: { createdAt: "desc" }, take: 10, select: { id: true, fileName: true, sizeBytes: true, createdAt: true } });
  return rows.map((r) => ({ ...r, createdAt: r.createdAt.toISOString() }));
}

async function readCv(storageKey: string) {
  const bytes = await getStorage().get(storageKey);
  if (!bytes) throw new NotFoundError("events.errors.cvMissing");
  return bytes;
}

/** One of the candidate's own CVs. */
export async function getMyCvFile(actor: SessionUser, cvFileId: string) {
  const profileId = await getMyProfileIdOrThrow(actor);
  const f = await db.eventCvFile.findFirst({ where: { id: cvFileId, candidateProfileId: profileId }, select: { storageKey: true, fileName: true } });
  if (!f) throw new NotFoundError("events.errors.cvMissing");
  return { fileName: f.fileName, bytes: await readCv(f.storageKey) };
}

/** The CV of an application to one of the organisation's vacancies (each opening is in the audit log). */
export async function getApplicationCvForEmployer(actor: SessionUser, applicationId: string) {
  const { employerId } = await getEmployerMembershipOrThrow(actor);
  const a = await db.eventApplication.findFirst({ where: { id: applicationId, employerId }, select: { id: true, cvFile: { select: { storageKey: true, fileName: true } } } });
  if (!a) throw new NotFoundError("events.errors.applicationNotFound");
  const bytes = await readCv(a.cvFile.storageKey);
  await audit({ actorId: actor.id, actorRole: actor.role, action: "event.cv_view", subject: `application:${a.id}`, details: { employerId } });
  return { fileName: a.cvFile.fileName, bytes };
}

// ---------- applying ----------

function uniqueViolation(e: unknown) {
  return e instanceof Prisma.PrismaClientKnownRequestError && e.code === "P2002";
}

/**
 * Applies to one or more vacancies of one event with a CV and a letter. All or nothing: any refusal (deadline passed,
 * event not open to candidates, a vacancy not offered, already applied, a CV that is not the candidate's) writes
 * nothing. The deadline is checked here, on the server, against `now`.
 */
export async function applyToEvent(actor: SessionUser, input: TApply, now = new Date()) {
  const profileId = await getMyProfileIdOrThrow(actor);
  const ids = [...new Set(input.eventVacancyIds)];
  const created = await db.$transaction(async (tx) => {
    const cv = await tx.eventCvFile.findFirst({ where: { id: input.cvFileId, candidateProfileId: profileId }, select: { id: true } });
    if (!cv) throw new InvalidError("events.errors.cvRequired", { cvFileId: "events.errors.cvRequired" });
    const vacancies = await tx.eventVacancy.findMany({
      where: { AND: [{ id: { in: ids } }, publicEventVacancyWhere()] },
      select: { id: true, eventId: true, employerId: true, event: { select: { status: true, applicationDeadline: true } } },
    });
    if (vacancies.length !== ids.length) throw new NotFoundError("events.errors.vacancyNotFound");
    const eventIds = new Set(vacancies.map((v) => v.eventId));
    if (eventIds.size !== 1) throw new InvalidError("events.errors.oneEventAtATime");
    const refusal = applicationRefusal(vacancies[0].event, now);
    if (refusal) throw new InvalidError(refusal);
    const already = await tx.eventApplication.findFirst({ where: { candidateProfileId: profileId, eventVacancyId: { in: ids } }, select: { id: true } });
    if (already) throw new ConflictError("events.errors.alreadyApplied");
    const rows = [];
    for (const v of vacancies) {
      rows.push(
        await tx.eventApplication.create({
          data: { eventId: v.eventId, eventVacancyId: v.id, employerId: v.employerId, candidateProfileId: profileId, cvFileId: cv.id, letter: input.letter, createdAt: now },
          select: { id: true, eventVacancyId: true },
        }),
      );
    }
    await audit({ actorId: actor.id, actorRole: actor.role, action: "event.apply", subject: `event:${vacancies[0].eventId}`, details: { applications: rows.length } }, tx);
    return { eventId: vacancies[0].eventId, applications: rows };
  }).catch((e: unknown) => {
    // Two submissions at the same moment: the unique pair keeps the first, the second is told it already applied.
    if (uniqueViolation(e)) throw new ConflictError("events.errors.alreadyApplied");
    throw e;
  });
  return created;
}

/** The candidate's own applications, newest event first, with their interview and offer. */
export async function listMyApplications(actor: SessionUser, locale: Locale) {
  const profileId = await getMyProfileIdOrThrow(actor);
  const rows = await db.eventApplication.findMany({
    where: { candidateProfileId: profileId },
    orderBy: [{ createdAt: "desc" }, { id: "asc" }],
    select: {
      id: true, status: true, createdAt: true, eventId: true, cvFile: { select: { id: true, fileName: true } },
      eventVacancy: { select: { event: { select: eventSelect }, jobPosting: { select: { id: true, title: true, regionCode: true, municipality: { select: { name: true } }, employer: { select: { legalName: true } } } } } },
      bookings: { where: { cancelledAt: null }, select: { id: true, version: true, startsAt: true, endsAt: true, slot: { select: { mode: true, location: true } } } },
      offer: { select: { id: true, status: true, version: true, note: true, madeAt: true } },
    },
  });
  return rows.map((r) => {
    const event = toEventDto(r.eventVacancy.event);
    const b = r.bookings[0];
    return {
      id: r.id, status: r.status, createdAt: r.createdAt.toISOString(), cvFile: r.cvFile,
      event: { id: event.id, name: eventName(event, locale), timeZone: event.timeZone, startDate: event.startDate, endDate: event.endDate, status: event.status, city: event.city, countryCode: event.countryCode, format: event.format },
      vacancy: { jobPostingId: r.eventVacancy.jobPosting.id, title: r.eventVacancy.jobPosting.title, regionCode: r.eventVacancy.jobPosting.regionCode, municipalityName: r.eventVacancy.jobPosting.municipality.name, employerName: r.eventVacancy.jobPosting.employer.legalName },
      booking: b ? { id: b.id, version: b.version, startsAt: b.startsAt.toISOString(), endsAt: b.endsAt.toISOString(), mode: b.slot.mode, location: b.slot.location } : null,
      offer: r.offer ? { id: r.offer.id, status: r.offer.status, version: r.offer.version, note: r.offer.note, madeAt: r.offer.madeAt.toISOString() } : null,
      canBook: r.status === "PRESELECTED" && employersCanAct(event.status) && !r.offer,
    };
  });
}
export type MyApplication = Awaited<ReturnType<typeof listMyApplications>>[number];

/** Which of an event's vacancies the candidate already applied to (to mark them on the event page). */
export async function myAppliedVacancyIds(actor: SessionUser, eventId: string): Promise<Set<string>> {
  const profileId = await getMyProfileIdOrThrow(actor);
  const rows = await db.eventApplication.findMany({ where: { candidateProfileId: profileId, eventId }, select: { eventVacancyId: true } });
  return new Set(rows.map((r) => r.eventVacancyId));
}

/** The advisor's invitations to apply that the candidate received (and has not yet acted on). */
export async function listMyApplyInvitations(actor: SessionUser, locale: Locale, now = new Date()) {
  const profileId = await getMyProfileIdOrThrow(actor);
  const rows = await db.eventApplyInvitation.findMany({
    where: { candidateProfileId: profileId, eventVacancy: { event: { status: { in: ["OPEN_EMPLOYERS", "OPEN_CANDIDATES"] } } } },
    orderBy: { createdAt: "desc" },
    take: 50,
    select: { id: true, createdAt: true, eventVacancyId: true, eventVacancy: { select: { event: { select: eventSelect }, jobPosting: { select: { title: true, municipality: { select: { name: true } }, employer: { select: { legalName: true } } } } } } },
  });
  const applied = new Set((await db.eventApplication.findMany({ where: { candidateProfileId: profileId }, select: { eventVacancyId: true } })).map((a) => a.eventVacancyId));
  return rows
    .filter((r) => !applied.has(r.eventVacancyId))
    .map((r) => {
      const e = toEventDto(r.eventVacancy.event);
      return {
        id: r.id, eventId: e.id, eventName: eventName(e, locale), deadline: e.applicationDeadline, timeZone: e.timeZone, open: applicationRefusal({ status: e.status, applicationDeadline: new Date(e.applicationDeadline) }, now) === null,
        title: r.eventVacancy.jobPosting.title, municipalityName: r.eventVacancy.jobPosting.municipality.name, employerName: r.eventVacancy.jobPosting.employer.legalName,
      };
    });
}

// ---------- the organisation's side ----------

/** One of the organisation's event vacancies (NotFound for another organisation's). */
export async function getEventVacancyForEmployer(actor: SessionUser, eventVacancyId: string) {
  const { employerId } = await getEmployerMembershipOrThrow(actor);
  const ev = await db.eventVacancy.findFirst({
    where: { id: eventVacancyId, employerId },
    select: {
      id: true, eventId: true, participation: { select: { status: true } }, event: { select: eventSelect },
      jobPosting: {
        select: {
          id: true, title: true, nocCode: true, regionCode: true, municipalityCode: true, inCmm: true, requiredSkills: true, assetSkills: true, minFrenchLevel: true, minEnglishLevel: true,
          minExperienceYears: true, minEducation: true, startDate: true, positions: true, positionsFilled: true, status: true, municipality: { select: { name: true } },
        },
      },
    },
  });
  if (!ev) throw new NotFoundError("events.errors.vacancyNotFound");
  return { employerId, ...ev, event: toEventDto(ev.event) };
}

/**
 * The applications to one of the organisation's event vacancies: identity (the person applied to this organisation),
 * letter, what the engine reads of the profile, the decision, the interview and the offer. Ranking is the caller's
 * (lib/server/services/events-matching.ts).
 */
export async function listApplicationsForEmployer(actor: SessionUser, eventVacancyId: string) {
  const ev = await getEventVacancyForEmployer(actor, eventVacancyId);
  const rows = await db.eventApplication.findMany({
    where: { eventVacancyId: ev.id, employerId: ev.employerId },
    orderBy: { createdAt: "asc" },
    select: {
      id: true, status: true, version: true, letter: true, createdAt: true, cvFile: { select: { fileName: true, sizeBytes: true } },
      candidateProfile: {
        select: {
          id: true, firstName: true, lastName: true, phone: true, countryOfResidence: true, user: { select: { email: true } },
          occupations: { select: { nocCode: true, years: true } }, skillLabels: true, frenchLevel: true, englishLevel: true, education: true,
          preferredRegionCodes: true, openToAnyRegionOutsideCmm: true, availableFrom: true,
        },
      },
      bookings: { where: { cancelledAt: null }, select: { id: true, startsAt: true, endsAt: true } },
      offer: { select: { id: true, status: true, version: true, note: true } },
    },
  });
  return { eventVacancy: ev, rows };
}

/**
 * The organisation marks an application preselected or not retained (a person decides; the candidate is told by
 * e-mail and on their page). Refused once an offer exists; an interview booked with a candidate set aside is
 * cancelled with the decision.
 */
export async function decideApplication(actor: SessionUser, input: { applicationId: string; version: number; status: "PRESELECTED" | "NOT_RETAINED" }, now = new Date()) {
  const { employerId } = await getEmployerMembershipOrThrow(actor);
  const result = await db.$transaction(async (tx) => {
    const a = await tx.eventApplication.findFirst({
      where: { id: input.applicationId, employerId },
      select: { id: true, status: true, version: true, eventId: true, candidateProfileId: true, offer: { select: { id: true } }, eventVacancy: { select: { event: { select: { status: true, nameFr: true, nameEn: true } }, jobPosting: { select: { title: true, employer: { select: { legalName: true } } } } } } },
    });
    if (!a) throw new NotFoundError("events.errors.applicationNotFound");
    if (!employersCanAct(a.eventVacancy.event.status)) throw new InvalidError("events.errors.eventNotActive");
    if (a.version !== input.version) throw new ConflictError("events.errors.conflict");
    if (!canDecide(a.status, input.status, !!a.offer)) throw new InvalidError(a.offer ? "events.errors.offerExists" : "events.errors.sameDecision");
    const { count } = await tx.eventApplication.updateMany({ where: { id: a.id, version: input.version }, data: { status: input.status, decidedById: actor.id, decidedAt: now, version: { increment: 1 } } });
    if (count === 0) throw new ConflictError("events.errors.conflict");
    if (input.status === "NOT_RETAINED") {
      await tx.interviewBooking.updateMany({ where: { applicationId: a.id, cancelledAt: null }, data: { cancelledAt: now, cancelledBy: "EMPLOYER", version: { increment: 1 } } });
    }
    await audit({ actorId: actor.id, actorRole: actor.role, action: `event.application_${input.status.toLowerCase()}`, subject: `application:${a.id}`, details: { employerId, eventId: a.eventId } }, tx);
    return { id: a.id, version: a.version + 1, status: input.status, candidateProfileId: a.candidateProfileId, event: a.eventVacancy.event, title: a.eventVacancy.jobPosting.title, employerName: a.eventVacancy.jobPosting.employer.legalName };
  });
  await tellCandidates([result.candidateProfileId], input.status === "PRESELECTED" ? "preselected" : "notRetained", (_id, locale) => ({
    event: locale === "en" ? result.event.nameEn : result.event.nameFr,
    title: result.title,
    employer: result.employerName,
  }));
  return { id: result.id, version: result.version, status: result.status };
}

// ---------- offers ----------

/** The organisation records a job offer to a preselected applicant (one per application); the candidate is told. */
export async function makeOffer(actor: SessionUser, input: { applicationId: string; note: string | null }, now = new Date()) {
  const { employerId } = await getEmployerMembershipOrThrow(actor);
  const r = await db.$transaction(async (tx) => {
    const a = await tx.eventApplication.findFirst({
      where: { id: input.applicationId, employerId },
      select: { id: true, status: true, eventId: true, candidateProfileId: true, offer: { select: { id: true } }, eventVacancy: { select: { jobPostingId: true, event: { select: { status: true, nameFr: true, nameEn: true } }, jobPosting: { select: { title: true, employer: { select: { legalName: true } } } } } } },
    });
    if (!a) throw new NotFoundError("events.errors.applicationNotFound");
    if (!employersCanAct(a.eventVacancy.event.status)) throw new InvalidError("events.errors.eventNotActive");
    if (a.status !== "PRESELECTED") throw new InvalidError("events.errors.offerNeedsPreselection");
    if (a.offer) throw new ConflictError("events.errors.offerExists");
    const offer = await tx.eventOffer.create({
      data: { eventId: a.eventId, applicationId: a.id, employerId, jobPostingId: a.eventVacancy.jobPostingId, candidateProfileId: a.candidateProfileId, note: input.note, madeById: actor.id, madeAt: now },
      select: { id: true, status: true, version: true },
    });
    await audit({ actorId: actor.id, actorRole: actor.role, action: "event.offer_made", subject: `application:${a.id}`, details: { employerId, eventId: a.eventId, offerId: offer.id } }, tx);
    return { offer, candidateProfileId: a.candidateProfileId, event: a.eventVacancy.event, title: a.eventVacancy.jobPosting.title, employerName: a.eventVacancy.jobPosting.employer.legalName };
  }).catch((e: unknown) => {
    if (uniqueViolation(e)) throw new ConflictError("events.errors.offerExists");
    throw e;
  });
  await tellCandidates([r.candidateProfileId], "offerMade", (_id, locale) => ({ event: locale === "en" ? r.event.nameEn : r.event.nameFr, title: r.title, employer: r.employerName }));
  return r.offer;
}

/**
 * Records the answer to an offer, by the candidate (their own offer) or by the organisation (what the candidate told
 * it). An accepted offer enters the recruiting pipeline in the same transaction: the entry (source EVENT, sourceRef the
 * event) is created or found, then hired through the pipeline's own hire (position filled, integration hand-over).
 * Nothing is written when the hire is refused (e.g. no position left).
 */
export async function answerOffer(actor: SessionUser, input: { offerId: string; version: number; answer: "ACCEPTED" | "DECLINED" }, now = new Date()) {
  assertRole(actor, "CANDIDATE", "EMPLOYER");
  const scope: Prisma.EventOfferWhereInput =
    actor.role === "CANDIDATE" ? { candidateProfileId: await getMyProfileIdOrThrow(actor) } : { employerId: (await getEmployerMembershipOrThrow(actor)).employerId };
  return db.$transaction(async (tx) => {
    const offer = await tx.eventOffer.findFirst({ where: { id: input.offerId, ...scope }, select: { id: true, status: true, version: true, eventId: true, employerId: true, jobPostingId: true, candidateProfileId: true, madeById: true } });
    if (!offer) throw new NotFoundError("events.errors.offerNotFound");
    if (offer.version !== input.version) throw new ConflictError("events.errors.conflict");
    if (!canAnswerOffer(offer.status)) throw new InvalidError("events.errors.offerAnswered");
    const { count } = await tx.eventOffer.updateMany({
      where: { id: offer.id, version: input.version, status: "MADE" },
      data: { status: input.answer, respondedAt: now, respondedBy: actor.role, version: { increment: 1 } },
    });
    if (count === 0) throw new ConflictError("events.errors.conflict");
    let pipelineEntryId: string | null = null;
    if (input.answer === "ACCEPTED") {
      // The hire is recorded in the organisation's name: the member answering, or the one who made the offer.
      const hirer = actor.role === "EMPLOYER" ? { id: actor.id, role: actor.role } : { id: offer.madeById, role: "EMPLOYER" };
      const entry = await unsafeEnsurePipelineEntry(tx, { employerId: offer.employerId, jobPostingId: offer.jobPostingId, candidateProfileId: offer.candidateProfileId, source: "EVENT", sourceRef: offer.eventId, addedById: hirer.id, now });
      await unsafeMarkHiredInTransaction(tx, { employerId: offer.employerId, entryId: entry.id, actor: hirer, note: null, now, acceptedElsewhere: true });
      pipelineEntryId = entry.id;
      await tx.eventOffer.update({ where: { id: offer.id }, data: { pipelineEntryId } });
    }
    await audit({ actorId: actor.id, actorRole: actor.role, action: `event.offer_${input.answer.toLowerCase()}`, subject: `offer:${offer.id}`, details: { employerId: offer.employerId, eventId: offer.eventId, pipelineEntryId } }, tx);
    return { id: offer.id, version: offer.version + 1, status: input.answer, pipelineEntryId };
  });
}
