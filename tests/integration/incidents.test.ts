import { beforeEach, describe, expect, it } from "vitest";
import { db, resetDb } from "./db";
import { createAdvisor, createCandidate, createEmployer, createUser } from "./factories";
import { createIncident, getIncident, listIncidents, updateIncident } from "@/lib/server/dal/incidents";
import { ZCreateIncident } from "@/lib/schemas/privacy";

const valid = {
  occurredFrom: "2026-11-20", occurredTo: "2026-11-21", occurredApproximate: false, discoveredOn: "2026-11-22",
  circumstances: "Un courriel contenant une liste d'adresses a été envoyé au mauvais destinataire.", personalInfoConcerned: "Adresses courriel de candidats",
  personsConcerned: 42, personsApproximate: true, riskAssessment: "Faible sensibilité, destinataire de confiance qui a supprimé le message.",
  seriousInjuryRisk: true, measuresTaken: "Demande de suppression, confirmation écrite reçue.", commissionNotifiedOn: "", personsNotifiedOn: "", publicNotice: false, publicNoticeReason: "",
};

describe("register of confidentiality incidents", () => {
  beforeEach(resetDb);

  it("an administrator records an incident with the regulation's fields; the missing notices are flagged; the entry is audited", async () => {
    const { actor, userId } = await createUser("ADMIN");
    const { id } = await createIncident(actor, ZCreateIncident.parse(valid));
    const [row] = await listIncidents(actor);
    expect(row).toMatchObject({ id, occurredFrom: "2026-11-20", occurredTo: "2026-11-21", discoveredOn: "2026-11-22", personsConcerned: 42, personsApproximate: true, seriousInjuryRisk: true, commissionNotifiedOn: null, noticesMissing: true, version: 0 });
    const updated = await updateIncident(actor, { id, version: 0, fields: ZCreateIncident.parse({ ...valid, commissionNotifiedOn: "2026-11-23", personsNotifiedOn: "2026-11-24" }) });
    expect(updated.version).toBe(1);
    expect(await getIncident(actor, id)).toMatchObject({ commissionNotifiedOn: "2026-11-23", personsNotifiedOn: "2026-11-24" });
    expect((await listIncidents(actor))[0]!.noticesMissing).toBe(false);
    expect((await db.auditLog.findMany({ orderBy: { id: "asc" } })).map((a) => [a.action, a.actorId, a.subject])).toEqual([
      ["admin.incident.create", userId, `incident:${id}`],
      ["admin.incident.update", userId, `incident:${id}`],
    ]);
  });

  it("a stale edit is a conflict and writes nothing", async () => {
    const { actor } = await createUser("ADMIN");
    const { id } = await createIncident(actor, ZCreateIncident.parse(valid));
    await updateIncident(actor, { id, version: 0, fields: ZCreateIncident.parse({ ...valid, personsConcerned: 50 }) });
    await expect(updateIncident(actor, { id, version: 0, fields: ZCreateIncident.parse({ ...valid, personsConcerned: 7 }) })).rejects.toMatchObject({ code: "CONFLICT" });
    expect((await getIncident(actor, id)).personsConcerned).toBe(50);
  });

  it("only administrators: advisors, employers and candidates are refused, and nothing is written", async () => {
    const { actor: admin } = await createUser("ADMIN");
    const { id } = await createIncident(admin, ZCreateIncident.parse(valid));
    for (const { actor } of [await createAdvisor(), await createEmployer(), await createCandidate()]) {
      await expect(listIncidents(actor)).rejects.toMatchObject({ code: "FORBIDDEN" });
      await expect(getIncident(actor, id)).rejects.toMatchObject({ code: "FORBIDDEN" });
      await expect(createIncident(actor, ZCreateIncident.parse(valid))).rejects.toMatchObject({ code: "FORBIDDEN" });
      await expect(updateIncident(actor, { id, version: 0, fields: ZCreateIncident.parse(valid) })).rejects.toMatchObject({ code: "FORBIDDEN" });
    }
    expect(await db.confidentialityIncident.count()).toBe(1);
    expect((await getIncident(admin, id)).version).toBe(0);
  });

  it("bad input is refused field by field with message keys", () => {
    const r = ZCreateIncident.safeParse({ ...valid, occurredTo: "2026-11-01", discoveredOn: "2026-11-10", personsConcerned: -1, publicNotice: true, commissionNotifiedOn: "2026-11-05", circumstances: " " });
    expect(r.success).toBe(false);
    const byPath = Object.fromEntries(r.error!.issues.map((i) => [i.path.join("."), i.message]));
    expect(byPath).toMatchObject({
      personsConcerned: "admin.incidents.errors.count",
      circumstances: "common.form.required",
    });
    const r2 = ZCreateIncident.safeParse({ ...valid, occurredTo: "2026-11-01", discoveredOn: "2026-11-10", publicNotice: true, commissionNotifiedOn: "2026-11-05" });
    expect(Object.fromEntries(r2.error!.issues.map((i) => [i.path.join("."), i.message]))).toEqual({
      occurredTo: "admin.incidents.errors.endBeforeStart",
      discoveredOn: "admin.incidents.errors.discoveredBeforeOccurred",
      commissionNotifiedOn: "admin.incidents.errors.notifiedBeforeDiscovered",
      publicNoticeReason: "admin.incidents.errors.publicNoticeReason",
    });
  });
});
