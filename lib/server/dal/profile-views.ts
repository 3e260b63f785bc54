import "server-only";
import { db } from "@/lib/server/db";
import { audit } from "@/lib/server/audit";
import { assertRole, type SessionUser } from "@/lib/server/auth";
import { NotFoundError } from "@/lib/server/errors";
import { getVerifiedMembershipOrThrow } from "@/lib/server/dal/employers";
import { CARD_SELECT, visibleToEmployersWhere } from "@/lib/server/dal/candidate-pool";
import { getUnitGroupTitles } from "@/lib/server/dal/occupations";
import { enforceRecruitingLimit, requestIp } from "@/lib/server/dal/recruiting-limits";
import { toAnonymousCard, type AnonymousCandidateCard } from "@/lib/domain/candidate/anonymous-card";
import type { PipelineStage } from "@/lib/domain/recruiting/pipeline";
import type { Locale } from "@/lib/i18n/config";

// A candidate's profile as an organisation opens it: the anonymous card, plus name and contact only when the
// candidate accepted one of its invitations and has not withdrawn that. Every opening counts against the
// organisation's limit (300 an hour), is written to the audit log, and is listed to the candidate
// ("who viewed my profile": the organisation and the date, never the member).

export type ViewedProfile = {
  card: AnonymousCandidateCard;
  identity: { firstName: string | null; lastName: string | null; email: string; phone: string | null } | null;
  /** This candidate in the organisation's pipelines. */
  entries: { id: string; jobPostingId: string; vacancyTitle: string; stage: PipelineStage; invitationStatus: string | null }[];
};

/**
 * Opens a profile for a member of a VERIFIED organisation. A profile that is hidden (consent withdrawn, not
 * confirmed for 12 months) is "not found", unless the candidate already shared their identity with this organisation.
 */
export async function viewCandidateProfile(actor: SessionUser, profileId: string, opts: { locale?: Locale; now?: Date; ip?: string | null } = {}): Promise<ViewedProfile> {
  const { employerId } = await getVerifiedMembershipOrThrow(actor);
  const now = opts.now ?? new Date();
  const locale = opts.locale ?? actor.locale;
  const ip = opts.ip === undefined ? await requestIp() : opts.ip;
  await enforceRecruitingLimit("profileView", employerId, ip, actor);
  const p = await db.candidateProfile.findFirst({
    where: { id: profileId, OR: [visibleToEmployersWhere(now), { contactDisclosures: { some: { employerId, revokedAt: null } } }] },
    select: {
      ...CARD_SELECT,
      contactDisclosures: { where: { employerId, revokedAt: null }, select: { id: true } },
      pipelineEntries: { where: { employerId }, select: { id: true, jobPostingId: true, stage: true, jobPosting: { select: { title: true } }, invitation: { select: { status: true } } } },
    },
  });
  if (!p) throw new NotFoundError("recruiting.errors.candidateUnavailable");
  await db.$transaction(async (tx) => {
    await tx.profileView.create({ data: { candidateProfileId: p.id, employerId, viewerId: actor.id, at: now } });
    await audit({ actorId: actor.id, actorRole: actor.role, action: "candidate.profile_view", subject: `candidate:${p.id}`, ip, details: { employerId } }, tx);
  });
  const disclosed = p.contactDisclosures.length > 0;
  // Identity is read in a second query, only when the candidate shared it with this organisation.
  const identity = disclosed
    ? await db.candidateProfile.findUniqueOrThrow({ where: { id: p.id }, select: { firstName: true, lastName: true, phone: true, user: { select: { email: true } } } }).then((r) => ({ firstName: r.firstName, lastName: r.lastName, phone: r.phone, email: r.user.email }))
    : null;
  const titles = await getUnitGroupTitles(p.occupations.map((o) => o.nocCode), locale);
  return {
    card: toAnonymousCard(p, { locale, now, unitGroupTitles: titles }),
    identity,
    entries: p.pipelineEntries.map((e) => ({ id: e.id, jobPostingId: e.jobPostingId, vacancyTitle: e.jobPosting.title, stage: e.stage, invitationStatus: e.invitation?.status ?? null })),
  };
}

export type ProfileViewSummary = { organisation: string; verified: boolean; regionCode: string | null; municipality: string | null; views: number; lastViewedAt: string; firstViewedAt: string };

/** For the signed-in candidate: which organisations opened their profile, how often and when (last 12 months). */
export async function listMyProfileViews(actor: SessionUser, opts: { now?: Date } = {}): Promise<ProfileViewSummary[]> {
  assertRole(actor, "CANDIDATE");
  const now = opts.now ?? new Date();
  const profile = await db.candidateProfile.findUnique({ where: { userId: actor.id }, select: { id: true } });
  if (!profile) return [];
  const since = new Date(now.getTime() - 365 * 86_400_000);
  const groups = await db.profileView.groupBy({
    by: ["employerId"],
    where: { candidateProfileId: profile.id, at: { gte: since } },
    _count: { _all: true },
    _max: { at: true },
    _min: { at: true },
  });
  if (groups.length === 0) return [];
  const employers = await db.employer.findMany({ where: { id: { in: groups.map((g) => g.employerId) } }, select: { id: true, legalName: true, verificationStatus: true, municipality: { select: { name: true, regionCode: true } } } });
  const byId = new Map(employers.map((e) => [e.id, e]));
  return groups
    .map((g) => {
      const e = byId.get(g.employerId);
      return {
        organisation: e?.legalName ?? "",
        verified: e?.verificationStatus === "VERIFIED",
        regionCode: e?.municipality?.regionCode ?? null,
        municipality: e?.municipality?.name ?? null,
        views: g._count._all,
        lastViewedAt: g._max.at!.toISOString(),
        firstViewedAt: g._min.at!.toISOString(),
      };
    })
    .sort((a, b) => b.lastViewedAt.localeCompare(a.lastViewedAt));
}
