import "server-only";
import { db } from "@/lib/server/db";
import { audit } from "@/lib/server/audit";
import { assertRole, type SessionUser } from "@/lib/server/auth";
import { ConflictError, InvalidError, NotFoundError } from "@/lib/server/errors";
import { setConsent } from "@/lib/server/dal/candidate-profile";
import type { Prisma } from "@/lib/generated/prisma/client";
import { CONSENT_WORDING_VERSIONS } from "@/lib/domain/candidate/consent";
import { firstMeetingDueOn, firstMeetingState, quebecDateOf, type FirstMeetingState } from "@/lib/domain/integration/working-days";
import { followUpStart, milestoneStates, type FollowUpMilestone } from "@/lib/domain/integration/follow-ups";
import type { HandOverStatus } from "@/lib/domain/integration/areas";
import { toIsoDate } from "@/lib/domain/vacancy/dates";

// Hand-overs to the integration advisors of a region (Accompagnement Québec).
//
// Who sees what: an ADVISOR sees the hand-overs of the regions they serve (AdvisorRegion), an ADMIN those of every
// region; both only while the person shares their profile with advisors (CandidateProfile.sharedWithAdvisors). A
// person who withdraws that consent disappears from the advisors' screens at once (their plan stays theirs). Every
// advisor-side function here and in action-plans / follow-ups / partners / business-services / dashboard goes through
// getAdvisorScope() and handOverScopeWhere(); something outside the scope answers "not found", never "forbidden",
// so that ids cannot be probed.
//
// Without consent, a hire opens no hand-over (a hire alone never shares a person's file): the person sees, on their
// plan page, an offer to share their profile with the advisors of the job's region, which opens the hand-over of
// that hire then (openMyHireHandOver). See docs/decisions/0012-accompagnement-quebec.md.

type Tx = Prisma.TransactionClient;

export type AdvisorScope = { actorId: string; role: "ADVISOR" | "ADMIN"; /** null: every region (ADMIN) */ regions: string[] | null };

/** The regions the actor may see: an advisor's own, every region for an administrator. */
export async function getAdvisorScope(actor: SessionUser): Promise<AdvisorScope> {
  assertRole(actor, "ADVISOR", "ADMIN");
  if (actor.role === "ADMIN") return { actorId: actor.id, role: "ADMIN", regions: null };
  const rows = await db.advisorRegion.findMany({ where: { userId: actor.id }, select: { regionCode: true }, orderBy: { regionCode: "asc" } });
  return { actorId: actor.id, role: "ADVISOR", regions: rows.map((r) => r.regionCode) };
}

export function regionInScope(scope: AdvisorScope, regionCode: string): boolean {
  return scope.regions === null || scope.regions.includes(regionCode);
}

/** The hand-overs an advisor may see: in their regions AND of a person who shares their profile with advisors. */
export function handOverScopeWhere(scope: AdvisorScope): Prisma.HandOverWhereInput {
  return { candidateProfile: { sharedWithAdvisors: true }, ...(scope.regions === null ? {} : { regionCode: { in: scope.regions } }) };
}

/** A hand-over in the actor's scope (id and version), or NotFound. */
export async function getScopedHandOverOrThrow(client: Tx | typeof db, scope: AdvisorScope, handOverId: string) {
  const h = await client.handOver.findFirst({ where: { id: handOverId, ...handOverScopeWhere(scope) }, select: { id: true, version: true, regionCode: true, status: true, candidateProfileId: true, requestedAt: true } });
  if (!h) throw new NotFoundError("integration.errors.handOverNotFound");
  return h;
}

// ---------- opening ----------

export type HireForHandOver = { entryId: string; candidateProfileId: string; jobPostingId: string; regionCode: string; actorId: string | null; at: Date };
export type OpenHandOverResult = { status: "opened"; handOverId: string } | { status: "exists"; handOverId: string } | { status: "noConsent" };

/**
 * Opens the hand-over of a hire, in the caller's transaction, when the person shares their profile with advisors;
 * otherwise writes nothing but an audit line. At most one hand-over per hire, whatever the number of concurrent
 * callers: the insert is ON CONFLICT ("pipelineEntryId") DO NOTHING (the unique index makes a concurrent inserter
 * wait for the first one's commit, then skip). `unsafe`: the caller has authorised the hire (markHired) or the person
 * (openMyHireHandOver).
 */
export async function unsafeOpenHireHandOver(tx: Tx, hire: HireForHandOver): Promise<OpenHandOverResult> {
  const profile = await tx.candidateProfile.findUnique({
    where: { id: hire.candidateProfileId },
    select: { sharedWithAdvisors: true, availableFrom: true, familyComing: true, needsHousingHelp: true },
  });
  if (!profile?.sharedWithAdvisors) {
    await audit({ actorId: hire.actorId, action: "integration.handover.noConsent", subject: `pipeline:${hire.entryId}`, details: { regionCode: hire.regionCode } }, tx);
    return { status: "noConsent" };
  }
  const job = await tx.jobPosting.findUnique({
    where: { id: hire.jobPostingId },
    select: { id: true, title: true, employerId: true, startDate: true, regionCode: true, municipalityCode: true, municipality: { select: { name: true } }, employer: { select: { legalName: true } } },
  });
  if (!job) throw new NotFoundError("integration.errors.handOverNotFound");
  const { count } = await tx.handOver.createMany({
    data: [
      {
        source: "HIRE",
        candidateProfileId: hire.candidateProfileId,
        pipelineEntryId: hire.entryId,
        regionCode: job.regionCode,
        jobPostingId: job.id,
        employerId: job.employerId,
        employerName: job.employer.legalName,
        jobTitle: job.title,
        municipalityCode: job.municipalityCode,
        municipalityName: job.municipality.name,
        jobStartDate: job.startDate,
        availableFrom: profile.availableFrom,
        familyComing: profile.familyComing,
        needsHousingHelp: profile.needsHousingHelp,
        requestedAt: hire.at,
        firstMeetingDueOn: new Date(`${firstMeetingDueOn(hire.at)}T00:00:00Z`),
      },
    ],
    skipDuplicates: true,
  });
  const row = await tx.handOver.findUniqueOrThrow({ where: { pipelineEntryId: hire.entryId }, select: { id: true } });
  if (count === 0) return { status: "exists", handOverId: row.id };
  await audit({ actorId: hire.actorId, action: "integration.handover.open", subject: `handover:${row.id}`, details: { source: "HIRE", regionCode: job.regionCode } }, tx);
  return { status: "opened", handOverId: row.id };
}

// ---------- the advisors' queue ----------

export const HANDOVER_PAGE_SIZE = 25;

export type HandOverRow = {
  id: string;
  source: "HIRE" | "REQUEST";
  status: HandOverStatus;
  regionCode: string;
  personName: string;
  employerName: string | null;
  jobTitle: string | null;
  municipalityName: string | null;
  requestedAt: string;
  firstMeetingDueOn: string;
  meeting: FirstMeetingState;
  assignedToMe: boolean;
  assignedAdvisorName: string | null;
  planId: string | null;
};

function personName(p: { firstName: string | null; lastName: string | null; user: { name: string } }) {
  const full = [p.firstName, p.lastName].filter(Boolean).join(" ");
  return full || p.user.name;
}

async function userNames(ids: (string | null)[]): Promise<Map<string, string>> {
  const unique = [...new Set(ids.filter((x): x is string => !!x))];
  if (!unique.length) return new Map();
  const rows = await db.user.findMany({ where: { id: { in: unique } }, select: { id: true, name: true } });
  return new Map(rows.map((r) => [r.id, r.name]));
}

/**
 * The queue: the hand-overs of the actor's regions, the ones needing a first meeting first (by due date, overdue
 * ones at the top), then those in progress, then closed ones. Filters: status ("active" = open or in progress),
 * region, "mine" (assigned to the actor).
 */
export async function listHandOvers(actor: SessionUser, opts: { status?: "active" | HandOverStatus; regionCode?: string | null; mine?: boolean; page?: number } = {}, now = new Date()) {
  const scope = await getAdvisorScope(actor);
  const status = opts.status ?? "active";
  const where: Prisma.HandOverWhereInput = {
    AND: [
      handOverScopeWhere(scope),
      status === "active" ? { status: { in: ["OPEN", "IN_PROGRESS"] } } : { status },
      opts.regionCode ? { regionCode: opts.regionCode } : {},
      opts.mine ? { assignedAdvisorId: actor.id } : {},
    ],
  };
  const page = Math.max(1, opts.page ?? 1);
  const [total, rows] = await Promise.all([
    db.handOver.count({ where }),
    db.handOver.findMany({
      where,
      orderBy: [{ firstMeetingAt: { sort: "desc", nulls: "first" } }, { firstMeetingDueOn: "asc" }, { requestedAt: "asc" }, { id: "asc" }],
      skip: (page - 1) * HANDOVER_PAGE_SIZE,
      take: HANDOVER_PAGE_SIZE,
      select: {
        id: true, source: true, status: true, regionCode: true, employerName: true, jobTitle: true, municipalityName: true,
        requestedAt: true, firstMeetingDueOn: true, firstMeetingAt: true, assignedAdvisorId: true,
        plan: { select: { id: true } },
        candidateProfile: { select: { firstName: true, lastName: true, user: { select: { name: true } } } },
      },
    }),
  ]);
  const today = quebecDateOf(now);
  const names = await userNames(rows.map((r) => r.assignedAdvisorId));
  const out: HandOverRow[] = rows.map((r) => ({
    id: r.id,
    source: r.source,
    status: r.status,
    regionCode: r.regionCode,
    personName: personName(r.candidateProfile),
    employerName: r.employerName,
    jobTitle: r.jobTitle,
    municipalityName: r.municipalityName,
    requestedAt: r.requestedAt.toISOString(),
    firstMeetingDueOn: toIsoDate(r.firstMeetingDueOn),
    meeting: firstMeetingState(toIsoDate(r.firstMeetingDueOn), r.firstMeetingAt, today),
    assignedToMe: r.assignedAdvisorId === actor.id,
    assignedAdvisorName: r.assignedAdvisorId ? (names.get(r.assignedAdvisorId) ?? null) : null,
    planId: r.plan?.id ?? null,
  }));
  const overdue = await db.handOver.count({ where: { AND: [handOverScopeWhere(scope), { status: { in: ["OPEN", "IN_PROGRESS"] }, firstMeetingAt: null, firstMeetingDueOn: { lt: new Date(`${today}T00:00:00Z`) } }] } });
  return { total, page, pageSize: HANDOVER_PAGE_SIZE, rows: out, overdue, regions: scope.regions };
}

/** One hand-over with what the advisor needs to prepare the first meeting (the person's profile, under consent). */
export async function getHandOver(actor: SessionUser, handOverId: string, now = new Date()) {
  const scope = await getAdvisorScope(actor);
  const h = await db.handOver.findFirst({
    where: { id: handOverId, ...handOverScopeWhere(scope) },
    select: {
      id: true, source: true, status: true, regionCode: true, version: true, employerId: true, employerName: true, jobTitle: true,
      municipalityName: true, jobStartDate: true, availableFrom: true, familyComing: true, needsHousingHelp: true, note: true,
      requestedAt: true, firstMeetingDueOn: true, firstMeetingAt: true, arrivedOn: true, assignedAdvisorId: true, closedAt: true,
      plan: { select: { id: true, tasks: { select: { status: true } } } },
      followUps: { select: { milestone: true, source: true, stillWithEmployer: true, stillInRegion: true, tasksLeft: true, comment: true, recordedAt: true }, orderBy: [{ milestone: "asc" }, { source: "asc" }] },
      candidateProfile: {
        select: {
          firstName: true, lastName: true, phone: true, citizenship: true, countryOfResidence: true, cityOfResidence: true, inQuebec: true,
          immigrationStatus: true, frenchLevel: true, englishLevel: true, education: true, credentialStatus: true,
          user: { select: { name: true, email: true, locale: true } },
        },
      },
    },
  });
  if (!h) throw new NotFoundError("integration.errors.handOverNotFound");
  await audit({ actorId: actor.id, actorRole: actor.role, action: "integration.handover.view", subject: `handover:${h.id}` });
  const today = quebecDateOf(now);
  const names = await userNames([h.assignedAdvisorId]);
  const p = h.candidateProfile;
  const start = followUpStart({ arrivedOn: h.arrivedOn && toIsoDate(h.arrivedOn), jobStartDate: h.jobStartDate && toIsoDate(h.jobStartDate), availableFrom: h.availableFrom && toIsoDate(h.availableFrom), requestedOn: quebecDateOf(h.requestedAt) });
  const advisorDone = new Set(h.followUps.filter((f) => f.source === "ADVISOR").map((f) => f.milestone as FollowUpMilestone));
  return {
    id: h.id,
    source: h.source,
    status: h.status,
    version: h.version,
    regionCode: h.regionCode,
    known: {
      employerName: h.employerName,
      jobTitle: h.jobTitle,
      municipalityName: h.municipalityName,
      jobStartDate: h.jobStartDate && toIsoDate(h.jobStartDate),
      availableFrom: h.availableFrom && toIsoDate(h.availableFrom),
      familyComing: h.familyComing,
      needsHousingHelp: h.needsHousingHelp,
      note: h.note,
    },
    person: {
      name: personName(p),
      email: p.user.email,
      phone: p.phone,
      locale: p.user.locale,
      citizenship: p.citizenship,
      countryOfResidence: p.countryOfResidence,
      cityOfResidence: p.cityOfResidence,
      inQuebec: p.inQuebec,
      immigrationStatus: p.immigrationStatus,
      frenchLevel: p.frenchLevel,
      englishLevel: p.englishLevel,
      education: p.education,
      credentialStatus: p.credentialStatus,
    },
    requestedAt: h.requestedAt.toISOString(),
    firstMeetingDueOn: toIsoDate(h.firstMeetingDueOn),
    firstMeetingAt: h.firstMeetingAt?.toISOString() ?? null,
    meeting: firstMeetingState(toIsoDate(h.firstMeetingDueOn), h.firstMeetingAt, today),
    arrivedOn: h.arrivedOn && toIsoDate(h.arrivedOn),
    assignedToMe: h.assignedAdvisorId === actor.id,
    assignedAdvisorName: h.assignedAdvisorId ? (names.get(h.assignedAdvisorId) ?? null) : null,
    closedAt: h.closedAt?.toISOString() ?? null,
    planId: h.plan?.id ?? null,
    openTasks: h.plan ? h.plan.tasks.filter((t) => t.status === "TODO" || t.status === "IN_PROGRESS").length : 0,
    followUpStart: start,
    milestones: milestoneStates(start, advisorDone, today),
    followUps: h.followUps.map((f) => ({ ...f, recordedAt: f.recordedAt.toISOString() })),
  };
}
export type HandOverDetail = Awaited<ReturnType<typeof getHandOver>>;

// ---------- advisor actions ----------

async function updateHandOver(actor: SessionUser, ref: { handOverId: string; version: number }, data: (h: { status: HandOverStatus; requestedAt: Date }) => Prisma.HandOverUpdateManyMutationInput, action: string) {
  const scope = await getAdvisorScope(actor);
  return db.$transaction(async (tx) => {
    const h = await getScopedHandOverOrThrow(tx, scope, ref.handOverId);
    const { count } = await tx.handOver.updateMany({ where: { id: h.id, version: ref.version }, data: { ...data(h), version: { increment: 1 } } });
    if (count === 0) throw new ConflictError("integration.errors.handOverChanged");
    await audit({ actorId: actor.id, actorRole: actor.role, action, subject: `handover:${h.id}` }, tx);
    return { id: h.id, version: ref.version + 1 };
  });
}

/** "I take it": the actor becomes the person's advisor and the hand-over is in progress. */
export function takeHandOver(actor: SessionUser, ref: { handOverId: string; version: number }) {
  return updateHandOver(actor, ref, (h) => {
    if (h.status === "CLOSED") throw new InvalidError("integration.errors.handOverClosed");
    return { assignedAdvisorId: actor.id, status: "IN_PROGRESS" };
  }, "integration.handover.take");
}

/** The first meeting took place on `heldOn` (not before the request, not in the future). */
export function recordFirstMeeting(actor: SessionUser, input: { handOverId: string; version: number; heldOn: string }, now = new Date()) {
  return updateHandOver(actor, input, (h) => {
    if (input.heldOn > quebecDateOf(now)) throw new InvalidError("errors.invalidInput", { heldOn: "integration.errors.meetingInFuture" });
    if (input.heldOn < quebecDateOf(h.requestedAt)) throw new InvalidError("errors.invalidInput", { heldOn: "integration.errors.meetingBeforeRequest" });
    return { firstMeetingAt: new Date(`${input.heldOn}T12:00:00Z`), ...(h.status === "OPEN" ? { status: "IN_PROGRESS" as const, assignedAdvisorId: actor.id } : {}) };
  }, "integration.handover.firstMeeting");
}

/** The person's arrival in the region (follow-ups at 3, 6 and 12 months count from it). */
export function recordArrival(actor: SessionUser, input: { handOverId: string; version: number; arrivedOn: string }) {
  return updateHandOver(actor, input, () => ({ arrivedOn: new Date(`${input.arrivedOn}T00:00:00Z`) }), "integration.handover.arrival");
}

export function closeHandOver(actor: SessionUser, ref: { handOverId: string; version: number }, now = new Date()) {
  return updateHandOver(actor, ref, (h) => {
    if (h.status === "CLOSED") throw new InvalidError("integration.errors.handOverClosed");
    return { status: "CLOSED", closedAt: now };
  }, "integration.handover.close");
}

// ---------- the person's side ----------

async function ownProfileId(actor: SessionUser) {
  assertRole(actor, "CANDIDATE");
  const p = await db.candidateProfile.findUnique({ where: { userId: actor.id }, select: { id: true, sharedWithAdvisors: true, preferredRegionCodes: true } });
  if (!p) throw new NotFoundError();
  return p;
}

/**
 * What the person's accompaniment page starts from: whether they share their profile with advisors, their hires
 * that have no hand-over yet (each one an offer to open it), and whether a request of their own is open.
 */
export async function getMyAccompanimentStatus(actor: SessionUser) {
  const p = await ownProfileId(actor);
  const [hires, openRequest] = await Promise.all([
    db.pipelineEntry.findMany({
      where: { candidateProfileId: p.id, stage: "HIRED", handOver: null },
      select: { id: true, jobPosting: { select: { title: true, regionCode: true, municipality: { select: { name: true } }, employer: { select: { legalName: true } } } } },
      orderBy: { stageChangedAt: "desc" },
    }),
    db.handOver.findFirst({ where: { candidateProfileId: p.id, source: "REQUEST", status: { not: "CLOSED" } }, select: { id: true } }),
  ]);
  return {
    sharedWithAdvisors: p.sharedWithAdvisors,
    preferredRegionCodes: p.preferredRegionCodes,
    consentWordingVersion: CONSENT_WORDING_VERSIONS.shared_with_advisors,
    hiresWithoutHandOver: hires.map((h) => ({ entryId: h.id, jobTitle: h.jobPosting.title, regionCode: h.jobPosting.regionCode, municipalityName: h.jobPosting.municipality.name, employerName: h.jobPosting.employer.legalName })),
    hasOpenRequest: !!openRequest,
  };
}

/** Gives the advisors consent first when the person has not (recorded in ConsentEvent like any consent change). */
async function ensureAdvisorConsent(actor: SessionUser, shared: boolean, wordingVersion: string) {
  if (shared) return;
  await setConsent(actor, { purpose: "shared_with_advisors", granted: true, wordingVersion });
}

/**
 * A hired person who had not shared their profile opens the hand-over of that hire: consent is given (and recorded),
 * then the hand-over opens as it would have at the hire, its first meeting due 5 working days from now.
 */
export async function openMyHireHandOver(actor: SessionUser, input: { entryId: string; wordingVersion: string }, now = new Date()) {
  const p = await ownProfileId(actor);
  const entry = await db.pipelineEntry.findFirst({ where: { id: input.entryId, candidateProfileId: p.id, stage: "HIRED" }, select: { id: true, jobPostingId: true, jobPosting: { select: { regionCode: true } } } });
  if (!entry) throw new NotFoundError("integration.errors.hireNotFound");
  await ensureAdvisorConsent(actor, p.sharedWithAdvisors, input.wordingVersion);
  return db.$transaction(async (tx) => {
    const r = await unsafeOpenHireHandOver(tx, { entryId: entry.id, candidateProfileId: p.id, jobPostingId: entry.jobPostingId, regionCode: entry.jobPosting.regionCode, actorId: actor.id, at: now });
    if (r.status === "noConsent") throw new ConflictError("integration.errors.consentRequired");
    return r;
  });
}

/**
 * The person asks for accompaniment in a region without a hire (one open request at a time). Sharing the profile
 * with advisors is part of the request. The profile row is locked so that two submissions open one request.
 */
export async function requestAccompaniment(actor: SessionUser, input: { regionCode: string; note: string | null; wordingVersion: string }, now = new Date()) {
  const p = await ownProfileId(actor);
  await ensureAdvisorConsent(actor, p.sharedWithAdvisors, input.wordingVersion);
  return db.$transaction(async (tx) => {
    const [locked] = await tx.$queryRaw<{ id: string; availableFrom: Date | null; familyComing: boolean | null; needsHousingHelp: boolean | null }[]>`
      SELECT "id", "availableFrom", "familyComing", "needsHousingHelp" FROM "CandidateProfile" WHERE "id" = ${p.id} AND "userId" = ${actor.id} FOR UPDATE`;
    if (!locked) throw new NotFoundError();
    const existing = await tx.handOver.findFirst({ where: { candidateProfileId: p.id, source: "REQUEST", status: { not: "CLOSED" } }, select: { id: true } });
    if (existing) throw new ConflictError("integration.errors.requestAlreadyOpen");
    const h = await tx.handOver.create({
      data: {
        source: "REQUEST",
        candidateProfileId: p.id,
        regionCode: input.regionCode,
        availableFrom: locked.availableFrom,
        familyComing: locked.familyComing,
        needsHousingHelp: locked.needsHousingHelp,
        note: input.note,
        requestedAt: now,
        firstMeetingDueOn: new Date(`${firstMeetingDueOn(now)}T00:00:00Z`),
      },
      select: { id: true },
    });
    await audit({ actorId: actor.id, actorRole: actor.role, action: "integration.handover.open", subject: `handover:${h.id}`, details: { source: "REQUEST", regionCode: input.regionCode } }, tx);
    return { status: "opened" as const, handOverId: h.id };
  });
}
