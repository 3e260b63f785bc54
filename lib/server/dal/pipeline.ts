import "server-only";
import { db } from "@/lib/server/db";
import { audit } from "@/lib/server/audit";
import type { SessionUser } from "@/lib/server/auth";
import { ConflictError, InvalidError, NotFoundError } from "@/lib/server/errors";
import { getEmployerMembershipOrThrow, getVerifiedMembershipOrThrow } from "@/lib/server/dal/employers";
import { CARD_SELECT, visibleToEmployersWhere } from "@/lib/server/dal/candidate-pool";
import { getUnitGroupTitles } from "@/lib/server/dal/occupations";
import { onCandidateHired } from "@/lib/server/services/hires";
import { Prisma } from "@/lib/generated/prisma/client";
import { toAnonymousCard, type AnonymousCandidateCard } from "@/lib/domain/candidate/anonymous-card";
import { applyLifecycle } from "@/lib/domain/vacancy/lifecycle";
import { allowedTargets, checkMove, hireCapacity, type MoveBy, type PipelineSource, type PipelineStage } from "@/lib/domain/recruiting/pipeline";
import type { Locale } from "@/lib/i18n/config";

// The hiring pipeline of a vacancy: one entry per candidate × vacancy, moved through the stages by organisation
// members (and by the candidate's answer to an invitation, lib/server/dal/invitations.ts). Every move is a
// PipelineMove row (who, from, to, when) and an audit line; the rules are lib/domain/recruiting/pipeline.ts.
// Identity (name, e-mail, phone) appears on an entry only once the candidate accepted that vacancy's invitation.

type Tx = Prisma.TransactionClient;

/** Vacancy states in which candidates can be added to its pipeline (a closed or filled vacancy recruits no more). */
const RECRUITING_STATUSES = ["DRAFT", "PUBLISHED"] as const;

export type EntryState = { id: string; stage: PipelineStage; version: number; invitation: { status: string } | null };

/** The move context of an entry (its invitation decides "accepted" and "invited"). */
export function moveContext(entry: Pick<EntryState, "invitation">, by: MoveBy) {
  return { by, accepted: entry.invitation?.status === "ACCEPTED", invited: entry.invitation !== null };
}

/**
 * Moves an entry within a transaction: checks the rule, updates the entry at the version read (ConflictError when
 * someone moved it meanwhile), writes the move and the audit line. For this file and invitations.ts; callers have
 * authorised the actor and scoped the entry.
 */
export async function applyMove(
  tx: Tx,
  move: { entry: EntryState; to: PipelineStage; by: MoveBy; actor: { id: string; role: string } | null; note?: string | null; now: Date; employerId: string },
) {
  const check = checkMove(move.entry.stage, move.to, moveContext(move.entry, move.by));
  if (!check.ok) throw new InvalidError(check.reason);
  const { count } = await tx.pipelineEntry.updateMany({
    where: { id: move.entry.id, version: move.entry.version, stage: move.entry.stage },
    data: { stage: move.to, stageChangedAt: move.now, version: { increment: 1 } },
  });
  if (count === 0) throw new ConflictError("recruiting.errors.pipelineConflict");
  await tx.pipelineMove.create({
    data: { entryId: move.entry.id, fromStage: move.entry.stage, toStage: move.to, actorId: move.actor?.id ?? null, actorRole: move.actor?.role ?? null, note: move.note ?? null, at: move.now },
  });
  await audit(
    { actorId: move.actor?.id ?? null, actorRole: move.actor?.role ?? null, action: "pipeline.move", subject: `pipeline:${move.entry.id}`, details: { employerId: move.employerId, from: move.entry.stage, to: move.to } },
    tx,
  );
  return { id: move.entry.id, stage: move.to, version: move.entry.version + 1 };
}

/**
 * Creates the entry of a candidate × vacancy in SHORTLISTED, or returns the existing one (the unique pair makes two
 * concurrent calls produce one row). `unsafe`: no authorisation, no visibility check. For services that did both
 * (e.g. an event's registrations, issue 7) and pass their transaction.
 */
export async function unsafeEnsurePipelineEntry(
  tx: Tx,
  data: { employerId: string; jobPostingId: string; candidateProfileId: string; source: PipelineSource; sourceRef?: string | null; addedById: string | null; now?: Date },
): Promise<{ id: string; stage: PipelineStage; version: number; created: boolean }> {
  const now = data.now ?? new Date();
  const existing = await tx.pipelineEntry.findUnique({ where: { jobPostingId_candidateProfileId: { jobPostingId: data.jobPostingId, candidateProfileId: data.candidateProfileId } }, select: { id: true, stage: true, version: true, employerId: true } });
  if (existing) {
    if (existing.employerId !== data.employerId) throw new NotFoundError("recruiting.errors.vacancyNotFound");
    return { id: existing.id, stage: existing.stage, version: existing.version, created: false };
  }
  // ON CONFLICT DO NOTHING: a concurrent creator wins without aborting this transaction.
  const id = await tx.$queryRaw<{ id: string }[]>`
    INSERT INTO "PipelineEntry" ("id", "employerId", "jobPostingId", "candidateProfileId", "stage", "source", "sourceRef", "addedById", "stageChangedAt", "createdAt", "updatedAt")
    VALUES (${cuidLike()}, ${data.employerId}, ${data.jobPostingId}, ${data.candidateProfileId}, 'SHORTLISTED'::"PipelineStage", ${data.source}::"PipelineSource", ${data.sourceRef ?? null}, ${data.addedById}, ${now}, ${now}, ${now})
    ON CONFLICT ("jobPostingId", "candidateProfileId") DO NOTHING
    RETURNING "id"`;
  if (id.length) {
    await tx.pipelineMove.create({ data: { entryId: id[0].id, fromStage: null, toStage: "SHORTLISTED", actorId: data.addedById, actorRole: data.addedById ? "EMPLOYER" : null, at: now } });
    return { id: id[0].id, stage: "SHORTLISTED", version: 0, created: true };
  }
  const row = await tx.pipelineEntry.findUniqueOrThrow({ where: { jobPostingId_candidateProfileId: { jobPostingId: data.jobPostingId, candidateProfileId: data.candidateProfileId } }, select: { id: true, stage: true, version: true } });
  return { ...row, created: false };
}

/** An id for raw inserts: random, url-safe, the same length class as Prisma's cuid (ids are opaque everywhere). */
function cuidLike(): string {
  return "c" + crypto.randomUUID().replace(/-/g, "").slice(0, 24);
}

/** The actor's vacancy in a state that still recruits, or NotFound / Invalid. */
async function getRecruitingVacancy(tx: Tx | typeof db, employerId: string, jobPostingId: string) {
  const v = await tx.jobPosting.findFirst({ where: { id: jobPostingId, employerId }, select: { id: true, status: true, title: true, expiresAt: true } });
  if (!v) throw new NotFoundError("recruiting.errors.vacancyNotFound");
  if (!(RECRUITING_STATUSES as readonly string[]).includes(v.status)) throw new InvalidError("recruiting.errors.vacancyClosed");
  return v;
}

/** Whether the organisation may act on this profile: visible to employers now, or already disclosed to it. */
export async function canReachCandidate(client: Tx | typeof db, employerId: string, candidateProfileId: string, now: Date): Promise<boolean> {
  const found = await client.candidateProfile.findFirst({
    where: { id: candidateProfileId, OR: [visibleToEmployersWhere(now), { contactDisclosures: { some: { employerId, revokedAt: null } } }] },
    select: { id: true },
  });
  return !!found;
}

/**
 * Puts a candidate on a vacancy's shortlist (verified organisations only). Adding a candidate already in the
 * pipeline returns the existing entry unchanged. The profile must be visible to employers (or already shared with
 * this organisation).
 */
export async function addToPipeline(actor: SessionUser, input: { jobPostingId: string; candidateProfileId: string; source: PipelineSource; sourceRef?: string | null }, now = new Date()) {
  const { employerId } = await getVerifiedMembershipOrThrow(actor);
  return db.$transaction(async (tx) => {
    await getRecruitingVacancy(tx, employerId, input.jobPostingId);
    if (!(await canReachCandidate(tx, employerId, input.candidateProfileId, now))) throw new NotFoundError("recruiting.errors.candidateUnavailable");
    const entry = await unsafeEnsurePipelineEntry(tx, { employerId, jobPostingId: input.jobPostingId, candidateProfileId: input.candidateProfileId, source: input.source, sourceRef: input.sourceRef, addedById: actor.id, now });
    if (entry.created) {
      await audit({ actorId: actor.id, actorRole: actor.role, action: "pipeline.add", subject: `pipeline:${entry.id}`, details: { employerId, jobPostingId: input.jobPostingId, source: input.source } }, tx);
    }
    return entry;
  });
}

const entryStateSelect = { id: true, stage: true, version: true, employerId: true, jobPostingId: true, candidateProfileId: true, invitation: { select: { id: true, status: true } } } as const;

async function getEntryForEmployer(tx: Tx, employerId: string, entryId: string) {
  const entry = await tx.pipelineEntry.findFirst({ where: { id: entryId, employerId }, select: entryStateSelect });
  if (!entry) throw new NotFoundError("recruiting.errors.entryNotFound");
  return entry;
}

/**
 * An organisation member moves an entry (board or table), at the version read. HIRED goes through markHired (it
 * fills a position). Setting aside a candidate whose invitation is still unanswered withdraws that invitation.
 */
export async function moveEntry(actor: SessionUser, input: { entryId: string; version: number; to: PipelineStage; note?: string | null }, now = new Date()) {
  if (input.to === "HIRED") return markHired(actor, input, now);
  const { employerId } = await getEmployerMembershipOrThrow(actor);
  return db.$transaction(async (tx) => {
    const entry = await getEntryForEmployer(tx, employerId, input.entryId);
    if (entry.version !== input.version) throw new ConflictError("recruiting.errors.pipelineConflict");
    const moved = await applyMove(tx, { entry, to: input.to, by: "employer", actor, note: input.note, now, employerId });
    if (input.to === "NOT_RETAINED" && entry.invitation?.status === "PENDING") {
      await tx.invitation.updateMany({ where: { id: entry.invitation.id, status: "PENDING" }, data: { status: "WITHDRAWN", respondedAt: now, version: { increment: 1 } } });
    }
    return moved;
  });
}

/**
 * Records a hire: the entry moves to HIRED (only after the candidate's acceptance), one position of the vacancy is
 * filled (the last one makes the vacancy FILLED), and onCandidateHired runs in the same transaction (the hand-over
 * to the region's integration advisor, with the candidate's consent: lib/server/services/hires.ts).
 */
export async function markHired(actor: SessionUser, input: { entryId: string; version: number; note?: string | null }, now = new Date()) {
  const { employerId } = await getEmployerMembershipOrThrow(actor);
  return db.$transaction((tx) => unsafeMarkHiredInTransaction(tx, { employerId, entryId: input.entryId, version: input.version, actor, note: input.note, now }));
}

/**
 * markHired's work in the caller's transaction, for callers that authorised the actor and scoped the entry to
 * `employerId` themselves (`unsafe`: no membership check here). `acceptedElsewhere`: the candidate accepted this job
 * outside an invitation, which stands for the invitation's acceptance (an accepted Journées Québec offer, issue 7:
 * the person applied with their CV and accepted the offer). Everything else is markHired's: the rule, the position,
 * the move, the audit line and onCandidateHired, all in the same transaction.
 */
export async function unsafeMarkHiredInTransaction(
  tx: Tx,
  input: { employerId: string; entryId: string; version?: number; actor: { id: string; role: string }; note?: string | null; now: Date; acceptedElsewhere?: boolean },
) {
  const { employerId, actor, now } = input;
  const found = await getEntryForEmployer(tx, employerId, input.entryId);
  if (input.version !== undefined && found.version !== input.version) throw new ConflictError("recruiting.errors.pipelineConflict");
  const entry = input.acceptedElsewhere ? { ...found, invitation: { id: found.invitation?.id ?? "", status: "ACCEPTED" } } : found;
  // Rule first (a hire before acceptance is refused whatever the vacancy), then the position.
  const check = checkMove(entry.stage, "HIRED", moveContext(entry, "employer"));
  if (!check.ok) throw new InvalidError(check.reason);
  const vacancy = await tx.jobPosting.findFirstOrThrow({
    where: { id: entry.jobPostingId, employerId },
    select: { id: true, status: true, positions: true, positionsFilled: true, firstPublishedAt: true, expiresAt: true, version: true, regionCode: true },
  });
  const capacity = hireCapacity(vacancy);
  if (!capacity.canHire || vacancy.status === "FILLED") throw new InvalidError("recruiting.errors.noPositionLeft");
  const fill = capacity.fillsVacancy ? applyLifecycle(vacancy, "fill", now) : null;
  // Guarded on positionsFilled: two hires recorded at once for the last position cannot both fill it.
  const { count } = await tx.jobPosting.updateMany({
    where: { id: vacancy.id, employerId, positionsFilled: vacancy.positionsFilled },
    data: {
      positionsFilled: { increment: 1 },
      version: { increment: 1 },
      ...(fill?.ok ? { status: "FILLED" as const, closedAt: now } : {}),
    },
  });
  if (count === 0) throw new ConflictError("recruiting.errors.pipelineConflict");
  const moved = await applyMove(tx, { entry, to: "HIRED", by: "employer", actor, note: input.note, now, employerId });
  await audit({ actorId: actor.id, actorRole: actor.role, action: "pipeline.hire", subject: `vacancy:${vacancy.id}`, details: { employerId, entryId: entry.id, positionsFilled: vacancy.positionsFilled + 1, filled: !!fill?.ok } }, tx);
  await onCandidateHired(tx, { entryId: entry.id, candidateProfileId: entry.candidateProfileId, jobPostingId: vacancy.id, employerId, actorId: actor.id, regionCode: vacancy.regionCode, at: now });
  return { ...moved, vacancyFilled: !!fill?.ok };
}

// ---------- reading ----------

/** Name and contact of a candidate who accepted this organisation's invitation; null before. */
export type RevealedIdentity = { firstName: string | null; lastName: string | null; email: string; phone: string | null };

export type PipelineEntryRow = {
  id: string;
  stage: PipelineStage;
  version: number;
  source: PipelineSource;
  stageChangedAt: string;
  invitationStatus: string | null;
  invitationId: string | null;
  threadId: string | null;
  card: AnonymousCandidateCard;
  identity: RevealedIdentity | null;
  allowedTargets: PipelineStage[];
};

/**
 * The pipeline of one of the actor's vacancies: every entry with its anonymous card, the identity of those who
 * accepted, and the moves the board may offer. Verified organisations only (the cards come from the pool).
 */
export async function listPipeline(actor: SessionUser, jobPostingId: string, opts: { locale?: Locale; now?: Date } = {}) {
  const { employerId } = await getVerifiedMembershipOrThrow(actor);
  const now = opts.now ?? new Date();
  const locale = opts.locale ?? actor.locale;
  const vacancy = await db.jobPosting.findFirst({
    where: { id: jobPostingId, employerId },
    select: { id: true, title: true, status: true, positions: true, positionsFilled: true, nocCode: true, regionCode: true, expiresAt: true },
  });
  if (!vacancy) throw new NotFoundError("recruiting.errors.vacancyNotFound");
  const entries = await db.pipelineEntry.findMany({
    where: { jobPostingId, employerId },
    orderBy: [{ stageChangedAt: "desc" }, { id: "asc" }],
    select: {
      id: true, stage: true, version: true, source: true, stageChangedAt: true,
      invitation: { select: { id: true, status: true, thread: { select: { id: true } } } },
      candidateProfile: { select: { ...CARD_SELECT, firstName: true, lastName: true, phone: true, user: { select: { email: true } }, contactDisclosures: { where: { employerId, revokedAt: null }, select: { id: true } } } },
    },
  });
  const titles = await getUnitGroupTitles(entries.flatMap((e) => e.candidateProfile.occupations.map((o) => o.nocCode)), locale);
  const rows: PipelineEntryRow[] = entries.map((e) => {
    const p = e.candidateProfile;
    const accepted = e.invitation?.status === "ACCEPTED";
    // Both conditions: this vacancy's invitation accepted AND the organisation-wide disclosure still in force.
    const identity = accepted && p.contactDisclosures.length > 0 ? { firstName: p.firstName, lastName: p.lastName, email: p.user.email, phone: p.phone } : null;
    return {
      id: e.id, stage: e.stage, version: e.version, source: e.source, stageChangedAt: e.stageChangedAt.toISOString(),
      invitationStatus: e.invitation?.status ?? null, invitationId: e.invitation?.id ?? null, threadId: e.invitation?.thread?.id ?? null,
      card: toAnonymousCard(p, { locale, now, unitGroupTitles: titles }),
      identity,
      allowedTargets: allowedTargets(e.stage, { accepted, invited: e.invitation !== null }),
    };
  });
  return { vacancy: { ...vacancy, expiresAt: vacancy.expiresAt?.toISOString() ?? null }, entries: rows };
}
export type PipelineView = Awaited<ReturnType<typeof listPipeline>>;

/** Every move of an entry, oldest first, with the name of the member who made it ("the candidate" for answers). */
export async function getEntryHistory(actor: SessionUser, entryId: string) {
  const { employerId } = await getEmployerMembershipOrThrow(actor);
  const entry = await db.pipelineEntry.findFirst({ where: { id: entryId, employerId }, select: { id: true, moves: { orderBy: { at: "asc" }, select: { fromStage: true, toStage: true, actorId: true, actorRole: true, note: true, at: true } } } });
  if (!entry) throw new NotFoundError("recruiting.errors.entryNotFound");
  const memberIds = [...new Set(entry.moves.filter((m) => m.actorRole === "EMPLOYER" && m.actorId).map((m) => m.actorId!))];
  const members = memberIds.length ? await db.employerMember.findMany({ where: { employerId, userId: { in: memberIds } }, select: { userId: true, user: { select: { name: true } } } }) : [];
  const names = new Map(members.map((m) => [m.userId, m.user.name]));
  return entry.moves.map((m) => ({
    from: m.fromStage, to: m.toStage, at: m.at.toISOString(), note: m.note,
    by: m.actorRole === "CANDIDATE" ? ("candidate" as const) : m.actorId && names.has(m.actorId) ? names.get(m.actorId)! : null,
  }));
}

/** The actor's vacancies that can take new candidates (for "add to pipeline" and "invite" pickers). */
export async function listRecruitingVacancies(actor: SessionUser) {
  const { employerId } = await getVerifiedMembershipOrThrow(actor);
  return db.jobPosting.findMany({
    where: { employerId, status: { in: [...RECRUITING_STATUSES] } },
    orderBy: [{ status: "desc" }, { updatedAt: "desc" }],
    select: { id: true, title: true, status: true, nocCode: true, regionCode: true, expiresAt: true },
    take: 200,
  });
}
