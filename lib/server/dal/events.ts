import "server-only";
import { db } from "@/lib/server/db";
import { audit } from "@/lib/server/audit";
import { assertRole, type SessionUser } from "@/lib/server/auth";
import { ConflictError, ForbiddenError, InvalidError, NotFoundError } from "@/lib/server/errors";
import { getEmployerMembershipOrThrow, getVerifiedMembershipOrThrow } from "@/lib/server/dal/employers";
import { getUnitGroupTitles } from "@/lib/server/dal/occupations";
import { Prisma } from "@/lib/generated/prisma/client";
import { localToUtc, utcToLocal } from "@/lib/domain/events/time";
import { canMoveEvent, employersCanAct, employersCanRegister, isPublic, type EventStatus } from "@/lib/domain/events/rules";
import { eventFigures, toCsv, type EventFigures } from "@/lib/domain/events/dashboard";
import { toIsoDate } from "@/lib/domain/vacancy/dates";
import type { TEventInput, TEventVacancyFilters, TUpdateEvent } from "@/lib/schemas/event";
import type { Locale } from "@/lib/i18n/config";

// Journées Québec events: advisors create and run them; verified organisations register and attach vacancies; the
// public sees open events and the vacancies of approved organisations. Applications, interviews and offers are in
// events-applications.ts and events-interviews.ts.

type Tx = Prisma.TransactionClient;

const ADVISOR_ROLES = ["ADVISOR", "ADMIN"] as const;

export const eventSelect = {
  id: true, nameFr: true, nameEn: true, descriptionFr: true, descriptionEn: true, format: true, city: true, countryCode: true, timeZone: true,
  startDate: true, endDate: true, applicationDeadline: true, sectorCodes: true, regionCodes: true, status: true, version: true,
} as const;
type EventRow = Prisma.EventGetPayload<{ select: typeof eventSelect }>;

/** What every page shows of an event (dates as YYYY-MM-DD, the deadline as an ISO instant and in the event's zone). */
export function toEventDto(e: EventRow) {
  const deadline = utcToLocal(e.applicationDeadline, e.timeZone);
  return {
    id: e.id, nameFr: e.nameFr, nameEn: e.nameEn, descriptionFr: e.descriptionFr, descriptionEn: e.descriptionEn, format: e.format,
    city: e.city, countryCode: e.countryCode, timeZone: e.timeZone, startDate: toIsoDate(e.startDate), endDate: toIsoDate(e.endDate),
    applicationDeadline: e.applicationDeadline.toISOString(), deadlineDate: deadline.date, deadlineTime: deadline.time,
    sectorCodes: e.sectorCodes, regionCodes: e.regionCodes, status: e.status as EventStatus, version: e.version,
  };
}
export type EventDto = ReturnType<typeof toEventDto>;

export const eventName = (e: { nameFr: string; nameEn: string }, locale: Locale) => (locale === "en" ? e.nameEn : e.nameFr);

function eventColumns(input: TEventInput) {
  return {
    nameFr: input.nameFr, nameEn: input.nameEn, descriptionFr: input.descriptionFr, descriptionEn: input.descriptionEn, format: input.format,
    city: input.city, countryCode: input.countryCode, timeZone: input.timeZone,
    startDate: new Date(`${input.startDate}T00:00:00Z`), endDate: new Date(`${input.endDate}T00:00:00Z`),
    applicationDeadline: localToUtc(input.deadlineDate, input.deadlineTime, input.timeZone),
    sectorCodes: [...new Set(input.sectorCodes)], regionCodes: [...new Set(input.regionCodes)],
  };
}

// ---------- advisors ----------

/** Creates an event as a draft (advisors). */
export async function createEvent(actor: SessionUser, input: TEventInput) {
  assertRole(actor, ...ADVISOR_ROLES);
  return db.$transaction(async (tx) => {
    const e = await tx.event.create({ data: { ...eventColumns(input), createdById: actor.id }, select: { id: true, version: true } });
    await audit({ actorId: actor.id, actorRole: actor.role, action: "event.create", subject: `event:${e.id}` }, tx);
    return e;
  });
}

/** Saves an edit made from the version read (ConflictError when someone saved first). A DONE event is read-only. */
export async function updateEvent(actor: SessionUser, input: TUpdateEvent) {
  assertRole(actor, ...ADVISOR_ROLES);
  return db.$transaction(async (tx) => {
    const { count } = await tx.event.updateMany({ where: { id: input.id, version: input.version, status: { not: "DONE" } }, data: { ...eventColumns(input), version: { increment: 1 } } });
    if (count === 0) {
      const current = await tx.event.findUnique({ where: { id: input.id }, select: { status: true } });
      if (!current) throw new NotFoundError("events.errors.eventNotFound");
      if (current.status === "DONE") throw new InvalidError("events.errors.eventDone");
      throw new ConflictError("events.errors.conflict");
    }
    await audit({ actorId: actor.id, actorRole: actor.role, action: "event.update", subject: `event:${input.id}` }, tx);
    return { id: input.id, version: input.version + 1 };
  });
}

/** Moves an event to another stage (eventTransitions), at the version read. */
export async function changeEventStatus(actor: SessionUser, input: { id: string; version: number; to: EventStatus }) {
  assertRole(actor, ...ADVISOR_ROLES);
  return db.$transaction(async (tx) => {
    const current = await tx.event.findUnique({ where: { id: input.id }, select: { status: true, version: true } });
    if (!current) throw new NotFoundError("events.errors.eventNotFound");
    if (current.version !== input.version) throw new ConflictError("events.errors.conflict");
    if (!canMoveEvent(current.status, input.to)) throw new InvalidError("events.errors.statusNotAllowed");
    const { count } = await tx.event.updateMany({ where: { id: input.id, version: input.version }, data: { status: input.to, version: { increment: 1 } } });
    if (count === 0) throw new ConflictError("events.errors.conflict");
    await audit({ actorId: actor.id, actorRole: actor.role, action: "event.status", subject: `event:${input.id}`, details: { from: current.status, to: input.to } }, tx);
    return { id: input.id, version: input.version + 1, status: input.to };
  });
}

/** Every event, the latest first, with what needs the advisor's attention (registrations awaiting approval). */
export async function listEventsForAdvisor(actor: SessionUser) {
  assertRole(actor, ...ADVISOR_ROLES);
  const rows = await db.event.findMany({
    orderBy: [{ startDate: "desc" }, { id: "asc" }],
    take: 200,
    select: { ...eventSelect, _count: { select: { vacancies: true } }, participations: { select: { status: true } } },
  });
  const applications = await db.eventApplication.groupBy({ by: ["eventId"], where: { eventId: { in: rows.map((r) => r.id) } }, _count: { _all: true } });
  const appCount = new Map(applications.map((a) => [a.eventId, a._count._all]));
  return rows.map((r) => ({
    ...toEventDto(r),
    vacancies: r._count.vacancies,
    employers: r.participations.filter((p) => p.status === "APPROVED").length,
    pendingParticipations: r.participations.filter((p) => p.status === "PENDING").length,
    applications: appCount.get(r.id) ?? 0,
  }));
}

/** An event with its registrations (organisation, place, decision, vacancies attached), for advisors. */
export async function getEventForAdvisor(actor: SessionUser, id: string) {
  assertRole(actor, ...ADVISOR_ROLES);
  const e = await db.event.findUnique({
    where: { id },
    select: {
      ...eventSelect,
      participations: {
        orderBy: [{ status: "asc" }, { createdAt: "asc" }],
        select: {
          id: true, status: true, version: true, createdAt: true, rejectionReason: true, decidedAt: true,
          employer: { select: { id: true, legalName: true, sectorCode: true, verificationStatus: true, municipality: { select: { name: true, regionCode: true, inCmm: true } } } },
          vacancies: { select: { id: true, jobPosting: { select: { id: true, title: true, regionCode: true, positions: true, municipality: { select: { name: true } } } } } },
        },
      },
    },
  });
  if (!e) throw new NotFoundError("events.errors.eventNotFound");
  const { participations, ...event } = e;
  return {
    event: toEventDto(event),
    participations: participations.map((p) => ({
      id: p.id, status: p.status, version: p.version, createdAt: p.createdAt.toISOString(), rejectionReason: p.rejectionReason,
      employer: { id: p.employer.id, name: p.employer.legalName, sectorCode: p.employer.sectorCode, verified: p.employer.verificationStatus === "VERIFIED", municipalityName: p.employer.municipality?.name ?? null, regionCode: p.employer.municipality?.regionCode ?? null },
      vacancies: p.vacancies.map((v) => ({ id: v.id, jobPostingId: v.jobPosting.id, title: v.jobPosting.title, regionCode: v.jobPosting.regionCode, municipalityName: v.jobPosting.municipality.name, positions: v.jobPosting.positions })),
    })),
  };
}
export type AdvisorEventView = Awaited<ReturnType<typeof getEventForAdvisor>>;

/** An advisor approves or refuses an organisation's registration (the version read). */
export async function decideParticipation(actor: SessionUser, input: { participationId: string; version: number; decision: "APPROVED" | "REJECTED"; reason: string | null }, now = new Date()) {
  assertRole(actor, ...ADVISOR_ROLES);
  return db.$transaction(async (tx) => {
    const p = await tx.eventParticipation.findUnique({ where: { id: input.participationId }, select: { id: true, eventId: true, employerId: true, status: true, version: true } });
    if (!p) throw new NotFoundError("events.errors.participationNotFound");
    if (p.version !== input.version) throw new ConflictError("events.errors.conflict");
    if (p.status === input.decision) return { id: p.id, version: p.version, status: p.status };
    const { count } = await tx.eventParticipation.updateMany({
      where: { id: p.id, version: input.version },
      data: { status: input.decision, decidedById: actor.id, decidedAt: now, rejectionReason: input.decision === "REJECTED" ? input.reason : null, version: { increment: 1 } },
    });
    if (count === 0) throw new ConflictError("events.errors.conflict");
    await audit({ actorId: actor.id, actorRole: actor.role, action: `event.participation_${input.decision.toLowerCase()}`, subject: `event:${p.eventId}`, details: { employerId: p.employerId, participationId: p.id } }, tx);
    return { id: p.id, version: p.version + 1, status: input.decision };
  });
}

// ---------- organisations ----------

/** Events open to organisations, and the actor's organisation's registration for each (any member may look). */
export async function listEventsForEmployer(actor: SessionUser) {
  const { employerId } = await getEmployerMembershipOrThrow(actor);
  const rows = await db.event.findMany({
    where: { OR: [{ status: { in: ["OPEN_EMPLOYERS", "OPEN_CANDIDATES"] } }, { participations: { some: { employerId } } }], NOT: { status: "DRAFT" } },
    orderBy: [{ startDate: "asc" }, { id: "asc" }],
    take: 100,
    select: { ...eventSelect, participations: { where: { employerId }, select: { id: true, status: true, _count: { select: { vacancies: true } } } } },
  });
  return rows.map(({ participations, ...e }) => ({
    ...toEventDto(e),
    participation: participations[0] ? { id: participations[0].id, status: participations[0].status, vacancies: participations[0]._count.vacancies } : null,
    canRegister: employersCanRegister(e.status),
  }));
}

async function getEventOrThrow(client: Tx | typeof db, id: string) {
  const e = await client.event.findUnique({ where: { id }, select: eventSelect });
  if (!e || e.status === "DRAFT") throw new NotFoundError("events.errors.eventNotFound");
  return e;
}

/** A verified organisation registers for an event open to organisations (twice is once). Pending until approved. */
export async function registerForEvent(actor: SessionUser, eventId: string) {
  const { employerId } = await getVerifiedMembershipOrThrow(actor);
  return db.$transaction(async (tx) => {
    const e = await getEventOrThrow(tx, eventId);
    if (!employersCanRegister(e.status)) throw new InvalidError("events.errors.registrationClosed");
    const existing = await tx.eventParticipation.findUnique({ where: { eventId_employerId: { eventId, employerId } }, select: { id: true, status: true } });
    if (existing) return existing;
    // A concurrent registration by a colleague: the unique pair keeps one row, the loser reads it.
    const rows = await tx.$queryRaw<{ id: string; status: string }[]>`
      INSERT INTO "EventParticipation" ("id", "eventId", "employerId", "status", "registeredById", "createdAt")
      VALUES (${newId()}, ${eventId}, ${employerId}, 'PENDING', ${actor.id}, now())
      ON CONFLICT ("eventId", "employerId") DO NOTHING RETURNING "id", "status"::text AS "status"`;
    if (rows.length === 0) return tx.eventParticipation.findUniqueOrThrow({ where: { eventId_employerId: { eventId, employerId } }, select: { id: true, status: true } });
    await audit({ actorId: actor.id, actorRole: actor.role, action: "event.register", subject: `event:${eventId}`, details: { employerId } }, tx);
    return rows[0];
  });
}

export function newId(): string {
  return "c" + crypto.randomUUID().replace(/-/g, "").slice(0, 24);
}

/** The actor's organisation's registration for an event, or ForbiddenError (not registered) / when not yet approved. */
export async function getParticipationOrThrow(client: Tx | typeof db, employerId: string, eventId: string, opts: { approved?: boolean } = {}) {
  const p = await client.eventParticipation.findUnique({ where: { eventId_employerId: { eventId, employerId } }, select: { id: true, status: true } });
  if (!p) throw new ForbiddenError("events.errors.notRegistered");
  if (opts.approved && p.status !== "APPROVED") throw new ForbiddenError("events.errors.notApproved");
  return p;
}

/**
 * Attaches one of the organisation's published vacancies to the event (registered organisations; attaching twice is
 * once). The vacancy is offered to candidates once the registration is approved.
 */
export async function attachVacancy(actor: SessionUser, input: { eventId: string; jobPostingId: string }) {
  const { employerId } = await getVerifiedMembershipOrThrow(actor);
  return db.$transaction(async (tx) => {
    const e = await getEventOrThrow(tx, input.eventId);
    if (!employersCanRegister(e.status)) throw new InvalidError("events.errors.registrationClosed");
    const p = await getParticipationOrThrow(tx, employerId, input.eventId);
    if (p.status === "REJECTED") throw new ForbiddenError("events.errors.notApproved");
    const v = await tx.jobPosting.findFirst({ where: { id: input.jobPostingId, employerId }, select: { id: true, status: true } });
    if (!v) throw new NotFoundError("events.errors.vacancyNotFound");
    if (v.status !== "PUBLISHED") throw new InvalidError("events.errors.vacancyNotPublished", { jobPostingId: "events.errors.vacancyNotPublished" });
    const existing = await tx.eventVacancy.findUnique({ where: { eventId_jobPostingId: { eventId: input.eventId, jobPostingId: v.id } }, select: { id: true } });
    if (existing) return existing;
    const created = await tx.eventVacancy.create({ data: { eventId: input.eventId, participationId: p.id, employerId, jobPostingId: v.id }, select: { id: true } });
    await audit({ actorId: actor.id, actorRole: actor.role, action: "event.vacancy_attach", subject: `event:${input.eventId}`, details: { employerId, jobPostingId: v.id } }, tx);
    return created;
  });
}

/** Takes a vacancy back from the event, while nobody has applied to it there. */
export async function detachVacancy(actor: SessionUser, eventVacancyId: string) {
  const { employerId } = await getEmployerMembershipOrThrow(actor);
  return db.$transaction(async (tx) => {
    const ev = await tx.eventVacancy.findFirst({ where: { id: eventVacancyId, employerId }, select: { id: true, eventId: true, jobPostingId: true, _count: { select: { applications: true } } } });
    if (!ev) throw new NotFoundError("events.errors.vacancyNotFound");
    if (ev._count.applications > 0) throw new InvalidError("events.errors.vacancyHasApplications");
    await tx.eventVacancy.delete({ where: { id: ev.id } });
    await audit({ actorId: actor.id, actorRole: actor.role, action: "event.vacancy_detach", subject: `event:${ev.eventId}`, details: { employerId, jobPostingId: ev.jobPostingId } }, tx);
    return { id: ev.id };
  });
}

/**
 * An event as an organisation member sees it: the registration, the vacancies attached (with applicant counts) and
 * the published vacancies that could still be attached.
 */
export async function getEventForEmployer(actor: SessionUser, eventId: string) {
  const { employerId } = await getEmployerMembershipOrThrow(actor);
  const e = await getEventOrThrow(db, eventId);
  const participation = await db.eventParticipation.findUnique({
    where: { eventId_employerId: { eventId, employerId } },
    select: {
      id: true, status: true, rejectionReason: true,
      vacancies: {
        orderBy: { createdAt: "asc" },
        select: {
          id: true, jobPosting: { select: { id: true, title: true, nocCode: true, regionCode: true, inCmm: true, positions: true, status: true, municipality: { select: { name: true } } } },
          applications: { select: { status: true } },
        },
      },
    },
  });
  const attachedIds = new Set(participation?.vacancies.map((v) => v.jobPosting.id) ?? []);
  const attachable = participation
    ? (await db.jobPosting.findMany({ where: { employerId, status: "PUBLISHED" }, orderBy: { updatedAt: "desc" }, take: 200, select: { id: true, title: true, regionCode: true, municipality: { select: { name: true } } } }))
        .filter((v) => !attachedIds.has(v.id))
        .map((v) => ({ id: v.id, title: v.title, regionCode: v.regionCode, municipalityName: v.municipality.name }))
    : [];
  return {
    event: toEventDto(e),
    canRegister: employersCanRegister(e.status),
    canAct: employersCanAct(e.status),
    participation: participation
      ? {
          id: participation.id,
          status: participation.status,
          rejectionReason: participation.rejectionReason,
          vacancies: participation.vacancies.map((v) => ({
            id: v.id, jobPostingId: v.jobPosting.id, title: v.jobPosting.title, nocCode: v.jobPosting.nocCode, regionCode: v.jobPosting.regionCode, inCmm: v.jobPosting.inCmm,
            municipalityName: v.jobPosting.municipality.name, positions: v.jobPosting.positions, postingStatus: v.jobPosting.status,
            applications: v.applications.length, preselected: v.applications.filter((a) => a.status === "PRESELECTED").length,
          })),
        }
      : null,
    attachable,
  };
}
export type EmployerEventView = Awaited<ReturnType<typeof getEventForEmployer>>;

// ---------- public ----------

/** What the public may see of event vacancies: approved organisations' published vacancies (verified organisations). */
export function publicEventVacancyWhere(eventId?: string): Prisma.EventVacancyWhereInput {
  return {
    ...(eventId ? { eventId } : {}),
    participation: { status: "APPROVED" },
    jobPosting: { status: "PUBLISHED", employer: { verificationStatus: "VERIFIED" } },
  };
}

/** Events open to candidates (and those just closed), the soonest first, with their number of vacancies. */
export async function listPublicEvents() {
  const rows = await db.event.findMany({
    where: { status: { in: ["OPEN_CANDIDATES", "CLOSED"] } },
    orderBy: [{ startDate: "asc" }, { id: "asc" }],
    take: 50,
    select: { ...eventSelect, vacancies: { where: publicEventVacancyWhere(), select: { jobPosting: { select: { regionCode: true } } } } },
  });
  return rows.map(({ vacancies, ...e }) => ({ ...toEventDto(e), vacancies: vacancies.length, regions: [...new Set(vacancies.map((v) => v.jobPosting.regionCode))].sort() }));
}
export type PublicEventSummary = Awaited<ReturnType<typeof listPublicEvents>>[number];

/** A public event and its vacancies (filtered by region and occupation), or null when it is not public. */
export async function getPublicEvent(id: string, filters: TEventVacancyFilters, locale: Locale) {
  const e = await db.event.findUnique({ where: { id }, select: eventSelect });
  if (!e || !isPublic(e.status)) return null;
  const and: Prisma.EventVacancyWhereInput[] = [publicEventVacancyWhere(id)];
  if (filters.region) and.push({ jobPosting: { regionCode: filters.region } });
  if (filters.cnp) and.push({ jobPosting: { nocCode: { startsWith: filters.cnp } } });
  const [vacancies, all] = await Promise.all([
    db.eventVacancy.findMany({
      where: { AND: and },
      orderBy: [{ jobPosting: { regionCode: "asc" } }, { jobPosting: { title: "asc" } }],
      select: {
        id: true,
        jobPosting: {
          select: {
            id: true, title: true, nocCode: true, regionCode: true, inCmm: true, positions: true, employmentType: true, minFrenchLevel: true, wageMinCents: true, wageMaxCents: true,
            offersHousingHelp: true, offersRelocation: true, offersFrancisation: true, offersImmigrationHelp: true,
            municipality: { select: { name: true } }, employer: { select: { legalName: true, verificationStatus: true } },
          },
        },
      },
    }),
    db.eventVacancy.findMany({ where: publicEventVacancyWhere(id), select: { jobPosting: { select: { regionCode: true } } } }),
  ]);
  const titles = await getUnitGroupTitles(vacancies.map((v) => v.jobPosting.nocCode), locale);
  return {
    event: toEventDto(e),
    total: all.length,
    regions: [...new Set(all.map((v) => v.jobPosting.regionCode))].sort(),
    vacancies: vacancies.map((v) => ({
      id: v.id, jobPostingId: v.jobPosting.id, title: v.jobPosting.title, nocCode: v.jobPosting.nocCode, nocTitle: titles.get(v.jobPosting.nocCode) ?? v.jobPosting.nocCode,
      regionCode: v.jobPosting.regionCode, inCmm: v.jobPosting.inCmm, municipalityName: v.jobPosting.municipality.name, positions: v.jobPosting.positions,
      employmentType: v.jobPosting.employmentType, minFrenchLevel: v.jobPosting.minFrenchLevel, wageMinCents: v.jobPosting.wageMinCents, wageMaxCents: v.jobPosting.wageMaxCents,
      employerName: v.jobPosting.employer.legalName, employerVerified: v.jobPosting.employer.verificationStatus === "VERIFIED",
      offersHousingHelp: v.jobPosting.offersHousingHelp, offersRelocation: v.jobPosting.offersRelocation, offersFrancisation: v.jobPosting.offersFrancisation, offersImmigrationHelp: v.jobPosting.offersImmigrationHelp,
    })),
  };
}
export type PublicEventView = NonNullable<Awaited<ReturnType<typeof getPublicEvent>>>;

// ---------- dashboard ----------

/** The event's figures for advisors (dashboard and CSV), at `now`. */
export async function getEventDashboard(actor: SessionUser, eventId: string, now = new Date()): Promise<{ event: EventDto; figures: EventFigures }> {
  assertRole(actor, ...ADVISOR_ROLES);
  const e = await db.event.findUnique({ where: { id: eventId }, select: eventSelect });
  if (!e) throw new NotFoundError("events.errors.eventNotFound");
  const [participations, vacancies, applications, bookings, offers] = await Promise.all([
    db.eventParticipation.findMany({ where: { eventId }, select: { status: true } }),
    db.eventVacancy.findMany({ where: { eventId, participation: { status: "APPROVED" } }, select: { jobPosting: { select: { regionCode: true, inCmm: true, positions: true } } } }),
    db.eventApplication.findMany({ where: { eventId }, select: { status: true } }),
    db.interviewBooking.findMany({ where: { eventId }, select: { endsAt: true, cancelledAt: true } }),
    db.eventOffer.findMany({ where: { eventId }, select: { status: true, jobPostingId: true } }),
  ]);
  const offerPostings = await db.jobPosting.findMany({ where: { id: { in: [...new Set(offers.map((o) => o.jobPostingId))] } }, select: { id: true, inCmm: true } });
  const inCmm = new Map(offerPostings.map((p) => [p.id, p.inCmm]));
  const figures = eventFigures(
    {
      participations,
      vacancies: vacancies.map((v) => v.jobPosting),
      applications,
      bookings: bookings.map((b) => ({ endsAt: b.endsAt, cancelled: b.cancelledAt !== null })),
      offers: offers.map((o) => ({ status: o.status, inCmm: inCmm.get(o.jobPostingId) ?? false })),
    },
    now,
  );
  return { event: toEventDto(e), figures };
}

/** The dashboard as CSV: one line per figure, then vacancies by region (labels in the reader's language). */
export async function exportEventDashboardCsv(actor: SessionUser, eventId: string, t: (key: string, vars?: Record<string, string | number>) => string, regionName: (code: string) => string, now = new Date()) {
  const { event, figures: f } = await getEventDashboard(actor, eventId, now);
  const rows: (string | number | null)[][] = [
    [t("events.dashboard.csv.indicator"), t("events.dashboard.csv.value")],
    [t("events.dashboard.employers"), f.employers],
    [t("events.dashboard.vacancies"), f.vacancies],
    [t("events.dashboard.positions"), f.positions],
    [t("events.dashboard.applications"), f.applications],
    [t("events.dashboard.preselected"), f.preselected],
    [t("events.dashboard.interviewsBooked"), f.interviewsBooked],
    [t("events.dashboard.interviewsHeld"), f.interviewsHeld],
    [t("events.dashboard.offers"), f.offers],
    [t("events.dashboard.offersAccepted"), f.offersAccepted],
    [t("events.dashboard.offersDeclined"), f.offersDeclined],
    [t("events.dashboard.offersOutsideCmm"), f.offersOutsideCmm],
    [t("events.dashboard.offersOutsideCmmShare"), f.offersOutsideCmmShare === null ? null : Math.round(f.offersOutsideCmmShare * 1000) / 10],
    [],
    [t("events.dashboard.csv.region"), t("events.dashboard.csv.vacancies")],
    ...f.vacanciesByRegion.map((r) => [`${r.regionCode} ${regionName(r.regionCode)}`, r.count]),
  ];
  return { fileName: `journees-quebec-${event.startDate}-${event.id}.csv`, text: toCsv(rows) };
}
