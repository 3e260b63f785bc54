import "server-only";
import { db } from "@/lib/server/db";
import { audit } from "@/lib/server/audit";
import type { SessionUser } from "@/lib/server/auth";
import { NotFoundError } from "@/lib/server/errors";
import { getAdvisorScope, regionInScope, type AdvisorScope } from "@/lib/server/dal/handovers";
import { getOwnerMembershipOrThrow } from "@/lib/server/dal/employers";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { BusinessServiceKind } from "@/lib/domain/integration/areas";
import { toIsoDate } from "@/lib/domain/vacancy/dates";

// Services to businesses: an advisor records their accompaniment of an employer of their regions (information,
// referral, help with recruiting, events); the organisation's owner reads them as a history. An employer "of a region"
// is one whose address is in it (an organisation without an address belongs to no region yet).

export const EMPLOYERS_PAGE_SIZE = 25;

function employerScopeWhere(scope: AdvisorScope): Prisma.EmployerWhereInput {
  return scope.regions === null ? { municipalityCode: { not: null } } : { municipality: { regionCode: { in: scope.regions } } };
}

/** The employers of the actor's regions, with their number of services and the last one, searchable by name. */
export async function listEmployersForServices(actor: SessionUser, opts: { q?: string; regionCode?: string | null; page?: number } = {}) {
  const scope = await getAdvisorScope(actor);
  const q = opts.q?.trim();
  const where: Prisma.EmployerWhereInput = {
    AND: [
      employerScopeWhere(scope),
      opts.regionCode ? { municipality: { regionCode: opts.regionCode } } : {},
      q ? { legalName: { contains: q, mode: "insensitive" } } : {},
    ],
  };
  const page = Math.max(1, opts.page ?? 1);
  const [total, rows] = await Promise.all([
    db.employer.count({ where }),
    db.employer.findMany({
      where,
      orderBy: [{ legalName: "asc" }, { id: "asc" }],
      skip: (page - 1) * EMPLOYERS_PAGE_SIZE,
      take: EMPLOYERS_PAGE_SIZE,
      select: {
        id: true, legalName: true, verificationStatus: true, municipality: { select: { name: true, regionCode: true } },
        _count: { select: { businessServices: true } },
        businessServices: { select: { occurredOn: true }, orderBy: { occurredOn: "desc" }, take: 1 },
      },
    }),
  ]);
  return {
    total, page, pageSize: EMPLOYERS_PAGE_SIZE,
    rows: rows.map((e) => ({
      id: e.id, legalName: e.legalName, verificationStatus: e.verificationStatus, municipalityName: e.municipality?.name ?? null, regionCode: e.municipality?.regionCode ?? null,
      services: e._count.businessServices, lastServiceOn: e.businessServices[0] ? toIsoDate(e.businessServices[0].occurredOn) : null,
    })),
  };
}

async function servicesOf(employerId: string) {
  const rows = await db.businessService.findMany({ where: { employerId }, orderBy: [{ occurredOn: "desc" }, { createdAt: "desc" }], select: { id: true, kind: true, summary: true, occurredOn: true, advisorId: true, regionCode: true } });
  const ids = [...new Set(rows.map((r) => r.advisorId))];
  const names = new Map((ids.length ? await db.user.findMany({ where: { id: { in: ids } }, select: { id: true, name: true } }) : []).map((u) => [u.id, u.name]));
  return rows.map((r) => ({ id: r.id, kind: r.kind as BusinessServiceKind, summary: r.summary, occurredOn: toIsoDate(r.occurredOn), regionCode: r.regionCode, advisorName: names.get(r.advisorId) ?? null }));
}
export type BusinessServiceRow = Awaited<ReturnType<typeof servicesOf>>[number];

/** An employer of the actor's regions and its history of services. */
export async function getEmployerServices(actor: SessionUser, employerId: string) {
  const scope = await getAdvisorScope(actor);
  const e = await db.employer.findFirst({ where: { id: employerId, ...employerScopeWhere(scope) }, select: { id: true, legalName: true, verificationStatus: true, municipality: { select: { name: true, regionCode: true } } } });
  if (!e) throw new NotFoundError("integration.errors.employerNotFound");
  return { employer: { id: e.id, legalName: e.legalName, verificationStatus: e.verificationStatus, municipalityName: e.municipality?.name ?? null, regionCode: e.municipality?.regionCode ?? null }, services: await servicesOf(e.id) };
}

export async function recordBusinessService(actor: SessionUser, input: { employerId: string; kind: BusinessServiceKind; summary: string; occurredOn: string }) {
  const scope = await getAdvisorScope(actor);
  return db.$transaction(async (tx) => {
    const e = await tx.employer.findFirst({ where: { id: input.employerId, ...employerScopeWhere(scope) }, select: { id: true, municipality: { select: { regionCode: true } } } });
    if (!e?.municipality || !regionInScope(scope, e.municipality.regionCode)) throw new NotFoundError("integration.errors.employerNotFound");
    const s = await tx.businessService.create({
      data: { employerId: e.id, regionCode: e.municipality.regionCode, kind: input.kind, summary: input.summary, occurredOn: new Date(`${input.occurredOn}T00:00:00Z`), advisorId: actor.id },
      select: { id: true },
    });
    await audit({ actorId: actor.id, actorRole: actor.role, action: "integration.businessService.record", subject: `employer:${e.id}`, details: { kind: input.kind, serviceId: s.id } }, tx);
    return s;
  });
}

/** The actor's organisation's history of services (its owner only). */
export async function listMyOrganisationServices(actor: SessionUser) {
  const { employerId } = await getOwnerMembershipOrThrow(actor);
  return servicesOf(employerId);
}
