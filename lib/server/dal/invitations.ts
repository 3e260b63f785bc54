import "server-only";
import { db } from "@/lib/server/db";
import { audit } from "@/lib/server/audit";
import { assertRole, type SessionUser } from "@/lib/server/auth";
import { ConflictError, InvalidError, NotFoundError } from "@/lib/server/errors";
import { getVerifiedMembershipOrThrow } from "@/lib/server/dal/employers";
import { applyMove, canReachCandidate, unsafeEnsurePipelineEntry } from "@/lib/server/dal/pipeline";
import { enforceRecruitingLimit, requestIp } from "@/lib/server/dal/recruiting-limits";
import { absoluteUrl, queueMail } from "@/lib/server/services/mailer";
import { acceptanceMail, invitationMail } from "@/lib/email/templates";
import { Prisma } from "@/lib/generated/prisma/client";
import { isExpired } from "@/lib/domain/vacancy/lifecycle";
import { REGION_NAMES } from "@/lib/domain/matching/regions";
import { toLocale } from "@/lib/i18n/config";
import type { TRespondInvitation, TSendInvitation } from "@/lib/schemas/recruiting";
import type { PipelineSource } from "@/lib/domain/recruiting/pipeline";

// Invitations: an organisation invites an anonymous candidate to one of its vacancies; the candidate accepts or
// declines. Acceptance is the candidate's consent that THIS organisation sees their name and contact
// (ContactDisclosure, and a ConsentEvent in their consent history), and opens a message thread. Nothing about the
// person is revealed by an invitation that is pending, declined or withdrawn.

/** Wording version of the consent given by accepting (shown on the acceptance form; kept in the consent history). */
export const DISCLOSURE_WORDING_VERSION = "identity-to-employer-2026-11";
export const DISCLOSURE_PURPOSE = "identity_to_employer";

function isUniqueViolation(e: unknown) {
  return e instanceof Prisma.PrismaClientKnownRequestError && e.code === "P2002";
}

/**
 * Invites a candidate to one of the actor's published vacancies (verified organisations only), with a message. The
 * candidate's pipeline entry moves to INVITED (created when needed). Refused, changing nothing: a vacancy that is not
 * published (or has expired), a profile hidden meanwhile, a second invitation to the same vacancy. A repeat of the
 * same submission (same idempotency key) returns the first invitation; two at once still make one row (unique
 * constraints). The candidate is e-mailed in their language.
 */
export async function sendInvitation(actor: SessionUser, input: TSendInvitation & { source?: PipelineSource }, opts: { now?: Date; ip?: string | null } = {}) {
  const { employerId } = await getVerifiedMembershipOrThrow(actor);
  const now = opts.now ?? new Date();
  const replay = () => db.invitation.findUnique({ where: { employerId_idempotencyKey: { employerId, idempotencyKey: input.idempotencyKey } }, select: { id: true, jobPostingId: true, candidateProfileId: true } });

  const earlier = await replay();
  if (earlier) return { id: earlier.id, created: false };
  await enforceRecruitingLimit("invitation", employerId, opts.ip === undefined ? await requestIp() : opts.ip, actor);

  let created: { id: string; vacancy: { title: string; regionCode: string; municipality: { name: string } } };
  try {
    created = await db.$transaction(async (tx) => {
      const vacancy = await tx.jobPosting.findFirst({
        where: { id: input.jobPostingId, employerId },
        select: { id: true, title: true, status: true, expiresAt: true, regionCode: true, municipality: { select: { name: true } } },
      });
      if (!vacancy) throw new NotFoundError("recruiting.errors.vacancyNotFound");
      if (vacancy.status !== "PUBLISHED" || isExpired(vacancy, now)) throw new InvalidError("recruiting.errors.vacancyNotOpen", { jobPostingId: "recruiting.errors.vacancyNotOpen" });
      if (!(await canReachCandidate(tx, employerId, input.candidateProfileId, now))) throw new InvalidError("recruiting.errors.candidateUnavailable");
      const already = await tx.invitation.findUnique({ where: { jobPostingId_candidateProfileId: { jobPostingId: vacancy.id, candidateProfileId: input.candidateProfileId } }, select: { id: true } });
      if (already) throw new ConflictError("recruiting.errors.alreadyInvited");

      const ensured = await unsafeEnsurePipelineEntry(tx, { employerId, jobPostingId: vacancy.id, candidateProfileId: input.candidateProfileId, source: input.source ?? "SEARCH", addedById: actor.id, now });
      const entry = await tx.pipelineEntry.findUniqueOrThrow({ where: { id: ensured.id }, select: { id: true, stage: true, version: true, invitation: { select: { status: true } } } });
      // A concurrent invitation may have committed between the check above and this read.
      if (entry.invitation) throw new ConflictError("recruiting.errors.alreadyInvited");
      await applyMove(tx, { entry, to: "INVITED", by: "invitation", actor, now, employerId });
      const inv = await tx.invitation.create({
        data: {
          entryId: entry.id, employerId, jobPostingId: vacancy.id, candidateProfileId: input.candidateProfileId, message: input.message,
          invitedById: actor.id, idempotencyKey: input.idempotencyKey, createdAt: now,
        },
        select: { id: true },
      });
      await audit({ actorId: actor.id, actorRole: actor.role, action: "invitation.send", subject: `invitation:${inv.id}`, details: { employerId, jobPostingId: vacancy.id, candidateProfileId: input.candidateProfileId } }, tx);
      return { id: inv.id, vacancy };
    });
  } catch (e) {
    // A concurrent twin of this submission got there first: answer as it did (or refuse a different submission).
    const twin = await replay();
    if (twin) return { id: twin.id, created: false };
    if (isUniqueViolation(e) || (e instanceof ConflictError && e.messageKey === "recruiting.errors.pipelineConflict")) {
      const exists = await db.invitation.findUnique({ where: { jobPostingId_candidateProfileId: { jobPostingId: input.jobPostingId, candidateProfileId: input.candidateProfileId } }, select: { id: true } });
      if (exists) throw new ConflictError("recruiting.errors.alreadyInvited");
    }
    throw e;
  }

  const [org, candidate] = await Promise.all([
    db.employer.findUniqueOrThrow({ where: { id: employerId }, select: { legalName: true } }),
    db.candidateProfile.findUniqueOrThrow({ where: { id: input.candidateProfileId }, select: { user: { select: { email: true, locale: true } } } }),
  ]);
  const locale = toLocale(candidate.user.locale);
  const region = REGION_NAMES[created.vacancy.regionCode]?.[locale] ?? created.vacancy.regionCode;
  const mail = invitationMail(locale, {
    organisation: org.legalName,
    vacancyTitle: created.vacancy.title,
    place: `${created.vacancy.municipality.name}, ${region}`,
    message: input.message,
    url: absoluteUrl(`/candidat/invitations/${created.id}`),
  });
  await queueMail({ to: candidate.user.email, ...mail });
  return { id: created.id, created: true };
}

// ---------- the candidate's side ----------

async function myProfileId(actor: SessionUser): Promise<string> {
  assertRole(actor, "CANDIDATE");
  const p = await db.candidateProfile.findUnique({ where: { userId: actor.id }, select: { id: true } });
  if (!p) throw new NotFoundError("recruiting.errors.invitationNotFound");
  return p.id;
}

const invitationForCandidateSelect = {
  id: true, message: true, status: true, declineReason: true, createdAt: true, respondedAt: true,
  thread: { select: { id: true } },
  entry: {
    select: {
      jobPosting: {
        select: {
          id: true, title: true, nocCode: true, regionCode: true, employmentType: true, hoursPerWeek: true, wageMinCents: true, wageMaxCents: true, startDate: true, status: true,
          offersHousingHelp: true, offersRelocation: true, offersFrancisation: true, offersImmigrationHelp: true, description: true,
          municipality: { select: { name: true } },
        },
      },
      employer: { select: { id: true, legalName: true, verificationStatus: true, website: true, municipality: { select: { name: true, regionCode: true } } } },
    },
  },
} satisfies Prisma.InvitationSelect;

type InvitationRow = Prisma.InvitationGetPayload<{ select: typeof invitationForCandidateSelect }>;

function toCandidateInvitation(r: InvitationRow) {
  const v = r.entry.jobPosting;
  const e = r.entry.employer;
  return {
    id: r.id,
    message: r.message,
    status: r.status,
    declineReason: r.declineReason,
    createdAt: r.createdAt.toISOString(),
    respondedAt: r.respondedAt?.toISOString() ?? null,
    threadId: r.thread?.id ?? null,
    employer: { name: e.legalName, verified: e.verificationStatus === "VERIFIED", website: e.website, municipality: e.municipality?.name ?? null, regionCode: e.municipality?.regionCode ?? null },
    vacancy: {
      id: v.id, title: v.title, nocCode: v.nocCode, regionCode: v.regionCode, municipality: v.municipality.name, employmentType: v.employmentType, hoursPerWeek: v.hoursPerWeek,
      wageMinCents: v.wageMinCents, wageMaxCents: v.wageMaxCents, startDate: v.startDate ? v.startDate.toISOString().slice(0, 10) : null, open: v.status === "PUBLISHED",
      description: v.description,
      settlement: { housing: v.offersHousingHelp, relocation: v.offersRelocation, francisation: v.offersFrancisation, immigration: v.offersImmigrationHelp },
    },
  };
}
export type CandidateInvitation = ReturnType<typeof toCandidateInvitation>;

/** The invitations the signed-in candidate received, pending first, newest first. */
export async function listMyInvitations(actor: SessionUser): Promise<CandidateInvitation[]> {
  const profileId = await myProfileId(actor);
  const rows = await db.invitation.findMany({ where: { candidateProfileId: profileId, status: { not: "WITHDRAWN" } }, orderBy: [{ createdAt: "desc" }], select: invitationForCandidateSelect, take: 200 });
  const order = { PENDING: 0, ACCEPTED: 1, DECLINED: 2, WITHDRAWN: 3 } as const;
  return rows.map(toCandidateInvitation).sort((a, b) => order[a.status] - order[b.status]);
}

/** One of the signed-in candidate's invitations (another person's is "not found"). */
export async function getMyInvitation(actor: SessionUser, invitationId: string): Promise<CandidateInvitation> {
  const profileId = await myProfileId(actor);
  const r = await db.invitation.findFirst({ where: { id: invitationId, candidateProfileId: profileId, status: { not: "WITHDRAWN" } }, select: invitationForCandidateSelect });
  if (!r) throw new NotFoundError("recruiting.errors.invitationNotFound");
  return toCandidateInvitation(r);
}

export async function countMyPendingInvitations(actor: SessionUser): Promise<number> {
  const profileId = await myProfileId(actor);
  return db.invitation.count({ where: { candidateProfileId: profileId, status: "PENDING" } });
}

/**
 * The candidate answers an invitation, once. Accepting records their consent that this organisation sees their
 * name and contact (ContactDisclosure + ConsentEvent), moves the pipeline entry to ACCEPTED and opens the message
 * thread; declining (with an optional reason) moves it to DECLINED and reveals nothing. The member who invited is
 * e-mailed on acceptance.
 */
export async function respondToInvitation(actor: SessionUser, input: Pick<TRespondInvitation, "invitationId" | "answer" | "reasonCode" | "reason">, opts: { now?: Date } = {}) {
  const profileId = await myProfileId(actor);
  const now = opts.now ?? new Date();
  const accept = input.answer === "accept";
  const result = await db.$transaction(async (tx) => {
    const inv = await tx.invitation.findFirst({
      where: { id: input.invitationId, candidateProfileId: profileId },
      select: { id: true, status: true, employerId: true, jobPostingId: true, invitedById: true, version: true, entry: { select: { id: true, stage: true, version: true, invitation: { select: { status: true } } } } },
    });
    if (!inv || inv.status === "WITHDRAWN") throw new NotFoundError("recruiting.errors.invitationNotFound");
    if (inv.status !== "PENDING") throw new InvalidError("recruiting.errors.alreadyAnswered");
    const reason = accept ? null : [input.reasonCode, input.reason].filter(Boolean).join(" — ") || null;
    const { count } = await tx.invitation.updateMany({
      where: { id: inv.id, status: "PENDING", version: inv.version },
      data: { status: accept ? "ACCEPTED" : "DECLINED", respondedAt: now, declineReason: reason, version: { increment: 1 } },
    });
    if (count === 0) throw new InvalidError("recruiting.errors.alreadyAnswered");
    await applyMove(tx, { entry: inv.entry, to: accept ? "ACCEPTED" : "DECLINED", by: "candidate", actor, note: reason, now, employerId: inv.employerId });
    let threadId: string | null = null;
    if (accept) {
      await tx.contactDisclosure.upsert({
        where: { candidateProfileId_employerId: { candidateProfileId: profileId, employerId: inv.employerId } },
        create: { candidateProfileId: profileId, employerId: inv.employerId, invitationId: inv.id, grantedAt: now },
        update: { invitationId: inv.id, grantedAt: now, revokedAt: null },
      });
      await tx.consentEvent.create({ data: { userId: actor.id, purpose: `${DISCLOSURE_PURPOSE}:${inv.employerId}`, granted: true, wordingVersion: DISCLOSURE_WORDING_VERSION, at: now } });
      const thread = await tx.messageThread.create({ data: { invitationId: inv.id, employerId: inv.employerId, candidateProfileId: profileId, jobPostingId: inv.jobPostingId, lastMessageAt: now }, select: { id: true } });
      threadId = thread.id;
    }
    await audit({ actorId: actor.id, actorRole: actor.role, action: accept ? "invitation.accept" : "invitation.decline", subject: `invitation:${inv.id}`, details: { employerId: inv.employerId } }, tx);
    return { status: accept ? ("ACCEPTED" as const) : ("DECLINED" as const), threadId, invitedById: inv.invitedById, jobPostingId: inv.jobPostingId, employerId: inv.employerId };
  });

  if (accept) {
    const inviter = await db.employerMember.findFirst({ where: { employerId: result.employerId, userId: result.invitedById }, select: { user: { select: { email: true, locale: true } } } });
    const vacancy = await db.jobPosting.findUnique({ where: { id: result.jobPostingId }, select: { title: true } });
    if (inviter && vacancy) {
      const mail = acceptanceMail(toLocale(inviter.user.locale), { vacancyTitle: vacancy.title, url: absoluteUrl(`/employeur/postes/${result.jobPostingId}/pipeline`) });
      await queueMail({ to: inviter.user.email, ...mail });
    }
  }
  return { status: result.status, threadId: result.threadId };
}

/**
 * The candidate withdraws what they shared with an organisation: it no longer sees their name and contact, and the
 * threads with it close. The pipeline keeps its history (who moved what, when), with the anonymous card only.
 */
export async function revokeDisclosure(actor: SessionUser, employerId: string, opts: { now?: Date } = {}) {
  const profileId = await myProfileId(actor);
  const now = opts.now ?? new Date();
  await db.$transaction(async (tx) => {
    const { count } = await tx.contactDisclosure.updateMany({ where: { candidateProfileId: profileId, employerId, revokedAt: null }, data: { revokedAt: now } });
    if (count === 0) throw new NotFoundError("recruiting.errors.disclosureNotFound");
    await tx.consentEvent.create({ data: { userId: actor.id, purpose: `${DISCLOSURE_PURPOSE}:${employerId}`, granted: false, wordingVersion: DISCLOSURE_WORDING_VERSION, at: now } });
    await audit({ actorId: actor.id, actorRole: actor.role, action: "invitation.disclosure_revoke", details: { employerId } }, tx);
  });
}

/** The organisations that see the candidate's identity (for the candidate's own page). */
export async function listMyDisclosures(actor: SessionUser) {
  const profileId = await myProfileId(actor);
  const rows = await db.contactDisclosure.findMany({ where: { candidateProfileId: profileId, revokedAt: null }, orderBy: { grantedAt: "desc" }, select: { employerId: true, grantedAt: true, employer: { select: { legalName: true } } } });
  return rows.map((r) => ({ employerId: r.employerId, organisation: r.employer.legalName, grantedAt: r.grantedAt.toISOString() }));
}
