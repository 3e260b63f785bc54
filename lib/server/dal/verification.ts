import "server-only";
import { db } from "@/lib/server/db";
import { audit } from "@/lib/server/audit";
import { assertRole, type SessionUser } from "@/lib/server/auth";
import { ConflictError, NotFoundError } from "@/lib/server/errors";
import { absoluteUrl, queueMail } from "@/lib/server/services/mailer";
import { verificationMail } from "@/lib/email/templates";
import { toLocale } from "@/lib/i18n/config";
import { logger } from "@/lib/server/logger";

// The advisors' queue of organisations waiting to be verified. Every advisor sees the whole queue (a new
// organisation often has no address yet, so it belongs to no region); "my regions" narrows it to the regions the
// advisor covers, and organisations without an address stay in both views.

export const VERIFICATION_PAGE_SIZE = 25;

export async function listPendingVerifications(actor: SessionUser, opts: { mine?: boolean; page?: number } = {}) {
  assertRole(actor, "ADVISOR", "ADMIN");
  let regionFilter = {};
  if (opts.mine) {
    const regions = (await db.advisorRegion.findMany({ where: { userId: actor.id }, select: { regionCode: true } })).map((r) => r.regionCode);
    regionFilter = { OR: [{ municipalityCode: null }, { municipality: { regionCode: { in: regions } } }] };
  }
  const where = { verificationStatus: "PENDING" as const, ...regionFilter };
  const page = Math.max(1, opts.page ?? 1);
  const [total, rows] = await Promise.all([
    db.employer.count({ where }),
    db.employer.findMany({
      where,
      select: {
        id: true, legalName: true, neq: true, sectorCode: true, createdAt: true, updatedAt: true,
        municipality: { select: { name: true, regionCode: true, inCmm: true } },
        _count: { select: { jobPostings: true } },
      },
      orderBy: { createdAt: "asc" }, // first come, first served
      skip: (page - 1) * VERIFICATION_PAGE_SIZE,
      take: VERIFICATION_PAGE_SIZE,
    }),
  ]);
  return { total, page, pageSize: VERIFICATION_PAGE_SIZE, rows: rows.map(({ _count, ...r }) => ({ ...r, vacancyCount: _count.jobPostings })) };
}

/** What an advisor needs to decide: the organisation as declared, who registered it, and its past decisions. */
export async function getVerificationDetail(actor: SessionUser, employerId: string) {
  assertRole(actor, "ADVISOR", "ADMIN");
  const e = await db.employer.findUnique({
    where: { id: employerId },
    select: {
      id: true, legalName: true, neq: true, sectorCode: true, size: true, website: true, description: true,
      verificationStatus: true, verifiedAt: true, rejectionReason: true, version: true, createdAt: true,
      municipality: { select: { code: true, name: true, regionCode: true, inCmm: true } },
      members: { select: { role: true, user: { select: { name: true, email: true } } }, orderBy: { createdAt: "asc" } },
      _count: { select: { jobPostings: true } },
    },
  });
  if (!e) throw new NotFoundError();
  const history = await db.auditLog.findMany({
    where: { subject: `employer:${employerId}`, action: { in: ["verification.verify", "verification.reject", "employer.profile_update"] } },
    select: { action: true, at: true, details: true },
    orderBy: { at: "desc" },
    take: 20,
  });
  const { _count, members, ...rest } = e;
  return {
    ...rest,
    vacancyCount: _count.jobPostings,
    members: members.map((m) => ({ role: m.role, name: m.user.name, email: m.user.email })),
    history: history.map((h) => ({ action: h.action, at: h.at, reason: (h.details as { reason?: string } | null)?.reason ?? null })),
  };
}

/**
 * Verifies or rejects a pending organisation, with the version the advisor read (two advisors deciding at once:
 * one succeeds, the other is told it was already decided). A rejection keeps its reason, shown to the employer.
 * Once committed, each member of the organisation is told by e-mail, in their language (queued, never throws).
 */
export async function decideVerification(actor: SessionUser, input: { employerId: string; version: number; decision: "verify" | "reject"; reason: string | null }, now = new Date()) {
  assertRole(actor, "ADVISOR", "ADMIN");
  const decided = await recordDecision(actor, input, now);
  // The decision is saved: a failure to tell the members is logged, never answered as the decision's failure.
  await tellMembers(input.employerId, decided.status === "VERIFIED", input.reason).catch((err) => logger.error({ err, employerId: input.employerId }, "verification notice not queued"));
  return decided;
}

async function tellMembers(employerId: string, verified: boolean, reason: string | null) {
  const org = await db.employer.findUnique({ where: { id: employerId }, select: { legalName: true, members: { select: { user: { select: { email: true, locale: true } } } } } });
  for (const m of org?.members ?? []) {
    const mail = verificationMail(toLocale(m.user.locale), { organisation: org!.legalName, verified, reason, url: absoluteUrl("/employeur") });
    await queueMail({ to: m.user.email, ...mail });
  }
}

async function recordDecision(actor: SessionUser, input: Parameters<typeof decideVerification>[1], now: Date) {
  return db.$transaction(async (tx) => {
    const verify = input.decision === "verify";
    const { count } = await tx.employer.updateMany({
      where: { id: input.employerId, version: input.version, verificationStatus: "PENDING" },
      data: verify
        ? { verificationStatus: "VERIFIED", verifiedAt: now, rejectionReason: null, version: { increment: 1 } }
        : { verificationStatus: "REJECTED", verifiedAt: null, rejectionReason: input.reason, version: { increment: 1 } },
    });
    if (count === 0) {
      const exists = await tx.employer.count({ where: { id: input.employerId } });
      if (!exists) throw new NotFoundError();
      throw new ConflictError("employer.errors.alreadyDecided");
    }
    await audit({ actorId: actor.id, actorRole: actor.role, action: verify ? "verification.verify" : "verification.reject", subject: `employer:${input.employerId}`, details: verify ? {} : { reason: input.reason } }, tx);
    return { status: verify ? ("VERIFIED" as const) : ("REJECTED" as const) };
  });
}
