import "server-only";
import { db } from "@/lib/server/db";
import { oncePerSubmission } from "@/lib/server/idempotency";
import { audit } from "@/lib/server/audit";
import { assertRole, type SessionUser } from "@/lib/server/auth";
import { ForbiddenError, NotFoundError } from "@/lib/server/errors";
import { getEmployerMembershipOrThrow } from "@/lib/server/dal/employers";
import { enforceRecruitingLimit, requestIp } from "@/lib/server/dal/recruiting-limits";
import { Prisma } from "@/lib/generated/prisma/client";
import type { TSendMessage } from "@/lib/schemas/recruiting";
import { absoluteUrl, queueMail } from "@/lib/server/services/mailer";
import { messageMail } from "@/lib/email/templates";
import { toLocale } from "@/lib/i18n/config";
import { logger } from "@/lib/server/logger";

// Messages between an organisation and a candidate: one thread per ACCEPTED invitation (created by the acceptance),
// so nothing can be written, and no contact detail can leak, before the candidate says yes. An organisation reads
// and writes as one (any member); read marks are per side. A thread closes when the candidate withdraws what they
// shared with the organisation.

type Side = { side: "EMPLOYER"; employerId: string } | { side: "CANDIDATE"; profileId: string };

async function sideOf(actor: SessionUser): Promise<Side> {
  assertRole(actor, "EMPLOYER", "CANDIDATE");
  if (actor.role === "EMPLOYER") return { side: "EMPLOYER", employerId: (await getEmployerMembershipOrThrow(actor)).employerId };
  const p = await db.candidateProfile.findUnique({ where: { userId: actor.id }, select: { id: true } });
  if (!p) throw new NotFoundError("recruiting.errors.threadNotFound");
  return { side: "CANDIDATE", profileId: p.id };
}

const scope = (s: Side): Prisma.MessageThreadWhereInput => (s.side === "EMPLOYER" ? { employerId: s.employerId } : { candidateProfileId: s.profileId });

export type ThreadSummary = {
  id: string;
  /** The other party: the organisation (for a candidate) or the person (for an organisation). */
  counterpart: string;
  vacancyTitle: string;
  lastMessageAt: string;
  lastMessagePreview: string | null;
  unread: number;
  open: boolean;
};

/** Unread messages of each thread for a side (one query): the other side's messages after this side's read mark. */
async function unreadByThread(s: Side, threadIds: readonly string[]): Promise<Map<string, number>> {
  if (threadIds.length === 0) return new Map();
  const other = s.side === "EMPLOYER" ? "CANDIDATE" : "EMPLOYER";
  const readCol = s.side === "EMPLOYER" ? Prisma.raw(`t."employerReadAt"`) : Prisma.raw(`t."candidateReadAt"`);
  const rows = await db.$queryRaw<{ threadId: string; n: number }[]>`
    SELECT m."threadId", count(*)::int AS n
    FROM "Message" m JOIN "MessageThread" t ON t."id" = m."threadId"
    WHERE m."threadId" = ANY(${[...threadIds]}::text[]) AND m."authorSide" = ${other}::"MessageSide" AND (${readCol} IS NULL OR m."createdAt" > ${readCol})
    GROUP BY m."threadId"`;
  return new Map(rows.map((r) => [r.threadId, r.n]));
}

/** The actor's threads, most recent first, with unread counts. */
export async function listMyThreads(actor: SessionUser): Promise<ThreadSummary[]> {
  const s = await sideOf(actor);
  const threads = await db.messageThread.findMany({
    where: scope(s),
    orderBy: { lastMessageAt: "desc" },
    take: 200,
    select: {
      id: true, lastMessageAt: true, employerId: true, candidateProfileId: true,
      invitation: {
        select: {
          entry: {
            select: {
              jobPosting: { select: { title: true } },
              employer: { select: { legalName: true } },
              candidateProfile: { select: { firstName: true, lastName: true, contactDisclosures: { where: { revokedAt: null }, select: { employerId: true } } } },
            },
          },
        },
      },
      messages: { orderBy: { createdAt: "desc" }, take: 1, select: { body: true } },
    },
  });
  const unread = await unreadByThread(s, threads.map((t) => t.id));
  return threads.map((t) => {
    const e = t.invitation.entry;
    const open = e.candidateProfile.contactDisclosures.some((d) => d.employerId === t.employerId);
    const person = open ? [e.candidateProfile.firstName, e.candidateProfile.lastName].filter(Boolean).join(" ") : "";
    return {
      id: t.id,
      counterpart: s.side === "EMPLOYER" ? person : e.employer.legalName,
      vacancyTitle: e.jobPosting.title,
      lastMessageAt: t.lastMessageAt.toISOString(),
      lastMessagePreview: t.messages[0] ? t.messages[0].body.slice(0, 140) : null,
      unread: unread.get(t.id) ?? 0,
      open,
    };
  });
}

/** Total unread messages of the actor (the navigation's badge). */
export async function countMyUnreadMessages(actor: SessionUser): Promise<number> {
  const s = await sideOf(actor);
  const ids = (await db.messageThread.findMany({ where: scope(s), select: { id: true }, take: 500 })).map((t) => t.id);
  let n = 0;
  for (const v of (await unreadByThread(s, ids)).values()) n += v;
  return n;
}

/**
 * One of the actor's threads with its messages (oldest first), marking them read for the actor's side. Another
 * organisation's or person's thread is "not found".
 */
export async function getThread(actor: SessionUser, threadId: string, opts: { now?: Date; markRead?: boolean } = {}) {
  const s = await sideOf(actor);
  const now = opts.now ?? new Date();
  const t = await db.messageThread.findFirst({
    where: { id: threadId, ...scope(s) },
    select: {
      id: true, employerId: true, jobPostingId: true, employerReadAt: true, candidateReadAt: true,
      invitation: { select: { id: true, entry: { select: { id: true, jobPosting: { select: { title: true } }, employer: { select: { legalName: true } }, candidateProfile: { select: { firstName: true, lastName: true, phone: true, user: { select: { email: true } }, contactDisclosures: { where: { revokedAt: null }, select: { employerId: true } } } } } } } },
      messages: { orderBy: { createdAt: "asc" }, take: 500, select: { id: true, authorSide: true, body: true, createdAt: true } },
    },
  });
  if (!t) throw new NotFoundError("recruiting.errors.threadNotFound");
  if (opts.markRead !== false) {
    await db.messageThread.update({ where: { id: t.id }, data: s.side === "EMPLOYER" ? { employerReadAt: now } : { candidateReadAt: now } });
  }
  const e = t.invitation.entry;
  const open = e.candidateProfile.contactDisclosures.some((d) => d.employerId === t.employerId);
  const otherReadAt = s.side === "EMPLOYER" ? t.candidateReadAt : t.employerReadAt;
  return {
    id: t.id,
    side: s.side,
    open,
    vacancyTitle: e.jobPosting.title,
    jobPostingId: t.jobPostingId,
    organisation: e.employer.legalName,
    // The person's identity, for the organisation, only while the disclosure stands.
    person: s.side === "EMPLOYER" && open ? { firstName: e.candidateProfile.firstName, lastName: e.candidateProfile.lastName, email: e.candidateProfile.user.email, phone: e.candidateProfile.phone } : null,
    messages: t.messages.map((m) => ({ id: m.id, mine: m.authorSide === s.side, body: m.body, createdAt: m.createdAt.toISOString(), readByOther: m.authorSide === s.side && !!otherReadAt && otherReadAt >= m.createdAt })),
  };
}
export type ThreadView = Awaited<ReturnType<typeof getThread>>;

/**
 * Writes in one of the actor's threads (at most 5,000 characters: the schema refuses more). Refused when the
 * candidate withdrew what they shared with the organisation, or past the message limit. The audit line never holds
 * the text. When the message is the first the other side has not read, they are told by e-mail once it is saved
 * (tellOtherSide); a replayed submission tells nobody again.
 */
export async function sendMessage(actor: SessionUser, input: { threadId: string; body: TSendMessage["body"]; clientId?: string }, opts: { now?: Date; ip?: string | null } = {}) {
  const s = await sideOf(actor);
  const now = opts.now ?? new Date();
  const t = await db.messageThread.findFirst({ where: { id: input.threadId, ...scope(s) }, select: { id: true, employerId: true, candidateProfileId: true, jobPostingId: true, invitationId: true } });
  if (!t) throw new NotFoundError("recruiting.errors.threadNotFound");
  await enforceRecruitingLimit("message", s.side === "EMPLOYER" ? s.employerId : s.profileId, opts.ip === undefined ? await requestIp() : opts.ip, actor);
  let firstUnread = false; // set only when this call wrote the message (not when it gave back a replayed submission's)
  const sent = await oncePerSubmission(actor.id, "message.send", input.clientId, async (tx) => {
    const disclosure = await tx.contactDisclosure.findFirst({ where: { candidateProfileId: t.candidateProfileId, employerId: t.employerId, revokedAt: null }, select: { id: true } });
    if (!disclosure) throw new ForbiddenError("recruiting.errors.threadClosed");
    const marks = await tx.messageThread.findUniqueOrThrow({ where: { id: t.id }, select: { employerReadAt: true, candidateReadAt: true } });
    const theirReadAt = s.side === "EMPLOYER" ? marks.candidateReadAt : marks.employerReadAt;
    const waiting = await tx.message.count({ where: { threadId: t.id, authorSide: s.side, ...(theirReadAt ? { createdAt: { gt: theirReadAt } } : {}) } });
    const m = await tx.message.create({ data: { threadId: t.id, authorId: actor.id, authorSide: s.side, body: input.body, createdAt: now }, select: { id: true, createdAt: true } });
    await tx.messageThread.update({ where: { id: t.id }, data: { lastMessageAt: now, ...(s.side === "EMPLOYER" ? { employerReadAt: now } : { candidateReadAt: now }) } });
    await audit({ actorId: actor.id, actorRole: actor.role, action: "message.send", subject: `thread:${t.id}`, details: { side: s.side, length: input.body.length } }, tx);
    firstUnread = waiting === 0;
    return { id: m.id, createdAt: m.createdAt.toISOString() };
  });
  if (firstUnread) {
    // The message is saved: a failure to tell the other side is logged, never answered as the send's failure.
    await tellOtherSide(t, s.side).catch((err) => logger.error({ err, threadId: t.id }, "message notice not queued"));
  }
  return sent;
}

/**
 * E-mails the other side that a message waits in the thread (queued; never the text): the candidate,
 * or on the organisation's side the member who sent the invitation (its owners if that member has left).
 */
async function tellOtherSide(t: { id: string; employerId: string; candidateProfileId: string; jobPostingId: string; invitationId: string }, from: Side["side"]) {
  const [vacancy, org] = await Promise.all([
    db.jobPosting.findUnique({ where: { id: t.jobPostingId }, select: { title: true } }),
    db.employer.findUnique({ where: { id: t.employerId }, select: { legalName: true } }),
  ]);
  if (!vacancy || !org) return;
  let to: { email: string; locale: string }[];
  if (from === "EMPLOYER") {
    const p = await db.candidateProfile.findUnique({ where: { id: t.candidateProfileId }, select: { user: { select: { email: true, locale: true } } } });
    to = p ? [p.user] : [];
  } else {
    const inv = await db.invitation.findUnique({ where: { id: t.invitationId }, select: { invitedById: true } });
    const members = await db.employerMember.findMany({ where: { employerId: t.employerId }, select: { userId: true, role: true, user: { select: { email: true, locale: true } } } });
    const inviter = members.filter((m) => m.userId === inv?.invitedById);
    to = (inviter.length ? inviter : members.filter((m) => m.role === "OWNER")).map((m) => m.user);
  }
  const path = from === "EMPLOYER" ? `/candidat/messages/${t.id}` : `/employeur/messages/${t.id}`;
  for (const u of to) {
    const mail = messageMail(toLocale(u.locale), { organisation: from === "EMPLOYER" ? org.legalName : null, vacancyTitle: vacancy.title, url: absoluteUrl(path) });
    await queueMail({ to: u.email, ...mail });
  }
}
