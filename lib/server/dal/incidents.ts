import "server-only";
import { db } from "@/lib/server/db";
import { audit } from "@/lib/server/audit";
import { assertRole, type SessionUser } from "@/lib/server/auth";
import { ConflictError, NotFoundError } from "@/lib/server/errors";
import type { TIncident } from "@/lib/schemas/privacy";

// The register of confidentiality incidents (Loi 25, art. 3.8; Règlement sur les incidents de confidentialité,
// art. 11): administrators only. Entries are kept at least five years after discovery (the retention job never
// touches them). Every write is audited; edits are optimistic (version) and keep who changed the entry last.

const day = (iso: string | null) => (iso ? new Date(`${iso}T00:00:00Z`) : null);
const iso = (d: Date | null) => (d ? d.toISOString().slice(0, 10) : null);

const SELECT = {
  id: true, occurredFrom: true, occurredTo: true, occurredApproximate: true, discoveredOn: true, circumstances: true, personalInfoConcerned: true,
  personsConcerned: true, personsApproximate: true, riskAssessment: true, seriousInjuryRisk: true, measuresTaken: true, commissionNotifiedOn: true,
  personsNotifiedOn: true, publicNotice: true, publicNoticeReason: true, version: true, createdAt: true, updatedAt: true,
} as const;

type Row = { occurredFrom: Date; occurredTo: Date | null; discoveredOn: Date; commissionNotifiedOn: Date | null; personsNotifiedOn: Date | null };
function toDto<T extends Row>(r: T) {
  return { ...r, occurredFrom: iso(r.occurredFrom)!, occurredTo: iso(r.occurredTo), discoveredOn: iso(r.discoveredOn)!, commissionNotifiedOn: iso(r.commissionNotifiedOn), personsNotifiedOn: iso(r.personsNotifiedOn) };
}

function data(input: TIncident) {
  return {
    ...input,
    occurredFrom: day(input.occurredFrom)!,
    occurredTo: day(input.occurredTo),
    discoveredOn: day(input.discoveredOn)!,
    commissionNotifiedOn: day(input.commissionNotifiedOn),
    personsNotifiedOn: day(input.personsNotifiedOn),
  };
}

/** The register, newest discovery first; flags entries with a risk of serious injury whose notices are missing. */
export async function listIncidents(actor: SessionUser) {
  assertRole(actor, "ADMIN");
  const rows = await db.confidentialityIncident.findMany({ select: SELECT, orderBy: [{ discoveredOn: "desc" }, { createdAt: "desc" }] });
  return rows.map((r) => ({ ...toDto(r), noticesMissing: r.seriousInjuryRisk && (!r.commissionNotifiedOn || !r.personsNotifiedOn) }));
}

export async function getIncident(actor: SessionUser, id: string) {
  assertRole(actor, "ADMIN");
  const r = await db.confidentialityIncident.findUnique({ where: { id }, select: SELECT });
  if (!r) throw new NotFoundError();
  return toDto(r);
}

export async function createIncident(actor: SessionUser, input: TIncident) {
  assertRole(actor, "ADMIN");
  return db.$transaction(async (tx) => {
    const r = await tx.confidentialityIncident.create({ data: { ...data(input), createdById: actor.id }, select: { id: true } });
    await audit({ actorId: actor.id, actorRole: actor.role, action: "admin.incident.create", subject: `incident:${r.id}`, details: { seriousInjuryRisk: input.seriousInjuryRisk } }, tx);
    return r;
  });
}

/** Saves an entry read at `version`; another administrator's save in between is a ConflictError. */
export async function updateIncident(actor: SessionUser, input: { id: string; version: number; fields: TIncident }) {
  assertRole(actor, "ADMIN");
  return db.$transaction(async (tx) => {
    const { count } = await tx.confidentialityIncident.updateMany({ where: { id: input.id, version: input.version }, data: { ...data(input.fields), updatedById: actor.id, version: { increment: 1 } } });
    if (count === 0) {
      if (!(await tx.confidentialityIncident.findUnique({ where: { id: input.id }, select: { id: true } }))) throw new NotFoundError();
      throw new ConflictError();
    }
    await audit({ actorId: actor.id, actorRole: actor.role, action: "admin.incident.update", subject: `incident:${input.id}` }, tx);
    return { id: input.id, version: input.version + 1 };
  });
}

export type IncidentDto = Awaited<ReturnType<typeof getIncident>>;
