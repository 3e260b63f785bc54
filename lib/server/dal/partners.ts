import "server-only";
import { db } from "@/lib/server/db";
import { audit } from "@/lib/server/audit";
import type { SessionUser } from "@/lib/server/auth";
import { ConflictError, NotFoundError } from "@/lib/server/errors";
import { getAdvisorScope, regionInScope } from "@/lib/server/dal/handovers";
import type { PartnerKind } from "@/lib/domain/integration/areas";
import type { Prisma } from "@/lib/generated/prisma/client";

// The directory of partner organisations (reception and integration, francisation, housing...), one list per region,
// kept by the advisors of that region (an administrator: every region). Demo entries (isDemo) are examples and are
// always labelled as such.

export type PartnerRow = {
  id: string;
  regionCode: string;
  name: string;
  kind: PartnerKind;
  municipalityName: string | null;
  website: string | null;
  email: string | null;
  phone: string | null;
  description: string | null;
  active: boolean;
  isDemo: boolean;
  version: number;
  openTasks: number;
};

/** The partners of the actor's regions (or of one of them), active ones first, examples after real ones. */
export async function listPartners(actor: SessionUser, opts: { regionCode?: string | null; kind?: PartnerKind | null; includeInactive?: boolean } = {}): Promise<PartnerRow[]> {
  const scope = await getAdvisorScope(actor);
  if (opts.regionCode && !regionInScope(scope, opts.regionCode)) return [];
  const where: Prisma.PartnerOrganisationWhereInput = {
    ...(opts.regionCode ? { regionCode: opts.regionCode } : scope.regions === null ? {} : { regionCode: { in: scope.regions } }),
    ...(opts.kind ? { kind: opts.kind } : {}),
    ...(opts.includeInactive ? {} : { active: true }),
  };
  const rows = await db.partnerOrganisation.findMany({
    where,
    orderBy: [{ regionCode: "asc" }, { active: "desc" }, { isDemo: "asc" }, { name: "asc" }],
    select: {
      id: true, regionCode: true, name: true, kind: true, municipalityName: true, website: true, email: true, phone: true, description: true,
      active: true, isDemo: true, version: true,
      _count: { select: { tasks: { where: { status: { in: ["TODO", "IN_PROGRESS"] } } } } },
    },
  });
  return rows.map(({ _count, ...r }) => ({ ...r, openTasks: _count.tasks }));
}

export type PartnerInput = {
  partnerId: string | null;
  version: number;
  regionCode: string;
  name: string;
  kind: PartnerKind;
  municipalityName: string | null;
  website: string | null;
  email: string | null;
  phone: string | null;
  description: string | null;
  active: boolean;
};

/**
 * Adds a partner to a region of the actor's, or updates one at the version read (moving it to another region needs
 * both regions in the actor's scope). An example entry stays an example.
 */
export async function savePartner(actor: SessionUser, input: PartnerInput) {
  const scope = await getAdvisorScope(actor);
  if (!regionInScope(scope, input.regionCode)) throw new NotFoundError("integration.errors.regionNotYours");
  const data = {
    regionCode: input.regionCode, name: input.name, kind: input.kind, municipalityName: input.municipalityName, website: input.website,
    email: input.email, phone: input.phone, description: input.description, active: input.active,
  };
  return db.$transaction(async (tx) => {
    if (!input.partnerId) {
      const p = await tx.partnerOrganisation.create({ data: { ...data, createdById: actor.id }, select: { id: true, version: true } });
      await audit({ actorId: actor.id, actorRole: actor.role, action: "integration.partner.create", subject: `partner:${p.id}`, details: { regionCode: input.regionCode } }, tx);
      return p;
    }
    const existing = await tx.partnerOrganisation.findUnique({ where: { id: input.partnerId }, select: { id: true, regionCode: true } });
    if (!existing || !regionInScope(scope, existing.regionCode)) throw new NotFoundError("integration.errors.partnerNotFound");
    const { count } = await tx.partnerOrganisation.updateMany({ where: { id: existing.id, version: input.version }, data: { ...data, version: { increment: 1 } } });
    if (count === 0) throw new ConflictError("integration.errors.partnerChanged");
    await audit({ actorId: actor.id, actorRole: actor.role, action: "integration.partner.update", subject: `partner:${existing.id}`, details: { regionCode: input.regionCode, active: input.active } }, tx);
    return { id: existing.id, version: input.version + 1 };
  });
}

/** One partner of the actor's regions, for its edit form. */
export async function getPartner(actor: SessionUser, partnerId: string) {
  const scope = await getAdvisorScope(actor);
  const p = await db.partnerOrganisation.findFirst({
    where: { id: partnerId, ...(scope.regions === null ? {} : { regionCode: { in: scope.regions } }) },
    select: { id: true, regionCode: true, name: true, kind: true, municipalityName: true, website: true, email: true, phone: true, description: true, active: true, isDemo: true, version: true },
  });
  if (!p) throw new NotFoundError("integration.errors.partnerNotFound");
  return p;
}
