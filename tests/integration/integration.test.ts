import { beforeAll, beforeEach, describe, expect, it } from "vitest";
import { db, resetDb } from "./db";
import { createCandidate, createEmployer, createUser, ensureReferenceData } from "./factories";
import { advisors, hiredCandidate, SHAWINIGAN } from "./integration-helpers";
import { getPartner, listPartners, savePartner } from "@/lib/server/dal/partners";
import { recordFollowUp, selfCheckIn } from "@/lib/server/dal/follow-ups";
import { addTask, createPlan, getMyPlans } from "@/lib/server/dal/action-plans";
import { getEmployerServices, listEmployersForServices, listMyOrganisationServices, recordBusinessService } from "@/lib/server/dal/business-services";
import { addMonths } from "@/lib/domain/integration/follow-ups";
import { quebecDateOf } from "@/lib/domain/integration/working-days";
import { ZPartner } from "@/lib/schemas/integration";

const partnerInput = (over: Record<string, unknown> = {}) =>
  ZPartner.parse({ regionCode: "09", name: "Centre d'accueil Côte-Nord", kind: "RECEPTION_INTEGRATION", municipalityName: "Baie-Comeau", website: "accueil-cote-nord.example", email: "Info@Accueil.example", phone: "418 555-0100", description: "Accueil, installation.", ...over });

describe("partner organisations", () => {
  beforeAll(ensureReferenceData);
  beforeEach(resetDb);

  it("are kept per region by that region's advisors; examples stay marked", async () => {
    const { coteNord, mauricie, admin } = await advisors();
    const p = await savePartner(coteNord.actor, partnerInput());
    expect(await db.partnerOrganisation.findUniqueOrThrow({ where: { id: p.id } })).toMatchObject({ website: "https://accueil-cote-nord.example", email: "info@accueil.example", isDemo: false, regionCode: "09" });
    await db.partnerOrganisation.create({ data: { regionCode: "09", name: "Exemple — Francisation Côte-Nord", kind: "FRANCISATION", isDemo: true } });
    await expect(savePartner(coteNord.actor, partnerInput({ regionCode: "04" }))).rejects.toMatchObject({ code: "NOT_FOUND", messageKey: "integration.errors.regionNotYours" });

    const list = await listPartners(coteNord.actor);
    expect(list.map((x) => [x.name, x.isDemo])).toEqual([["Centre d'accueil Côte-Nord", false], ["Exemple — Francisation Côte-Nord", true]]);
    expect(await listPartners(mauricie.actor)).toEqual([]);
    expect(await listPartners(mauricie.actor, { regionCode: "09" })).toEqual([]);
    expect((await listPartners(admin.actor)).length).toBe(2);
    await expect(getPartner(mauricie.actor, p.id)).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(savePartner(mauricie.actor, { ...partnerInput({ regionCode: "04" }), partnerId: p.id, version: 0 })).rejects.toMatchObject({ code: "NOT_FOUND" });

    // Updates at the version read; deactivated partners leave the default list.
    await savePartner(coteNord.actor, { ...partnerInput({ active: false }), partnerId: p.id, version: 0 });
    await expect(savePartner(coteNord.actor, { ...partnerInput(), partnerId: p.id, version: 0 })).rejects.toMatchObject({ code: "CONFLICT" });
    expect((await listPartners(coteNord.actor)).map((x) => x.name)).toEqual(["Exemple — Francisation Côte-Nord"]);
    expect((await listPartners(coteNord.actor, { includeInactive: true })).length).toBe(2);
    // Neither a candidate nor an employer reads the directory.
    const c = await createCandidate();
    await expect(listPartners(c.actor)).rejects.toMatchObject({ code: "FORBIDDEN" });
  });

  it("refuses bad input in the form's schema", () => {
    expect(ZPartner.safeParse({ regionCode: "09", name: "", kind: "HOUSING" }).success).toBe(false);
    expect(ZPartner.safeParse({ regionCode: "09", name: "A", kind: "BANK" }).success).toBe(false);
    expect(ZPartner.safeParse({ regionCode: "09", name: "A", kind: "HOUSING", email: "pas un courriel" }).success).toBe(false);
    expect(ZPartner.safeParse({ regionCode: "09", name: "<script>", kind: "HOUSING" }).success).toBe(false);
  });
});

describe("follow-ups at 3, 6 and 12 months", () => {
  beforeAll(ensureReferenceData);
  beforeEach(resetDb);

  it("are recorded by the region's advisor with the tasks left counted from the plan", async () => {
    const { coteNord, mauricie } = await advisors();
    const h = await hiredCandidate();
    const { planId } = await createPlan(coteNord.actor, h.handOver!.id);
    for (const area of ["INSTALLATION", "EMPLOI"] as const) await addTask(coteNord.actor, { planId, area, templateKey: null, title: `Tâche ${area}`, owner: "ADVISOR", partnerId: null, dueOn: null, notes: null });
    const input = { handOverId: h.handOver!.id, milestone: "M6" as const, stillWithEmployer: true, stillInRegion: true, comment: "Tout va bien." };
    // Too early: the six months have not come yet.
    await expect(recordFollowUp(coteNord.actor, input)).rejects.toMatchObject({ code: "INVALID", fieldErrors: { milestone: "integration.errors.followUpNotDue" } });
    await db.handOver.update({ where: { id: h.handOver!.id }, data: { arrivedOn: new Date(`${addMonths(quebecDateOf(new Date()), -6)}T00:00:00Z`) } });
    await expect(recordFollowUp(mauricie.actor, input)).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await recordFollowUp(coteNord.actor, input)).toMatchObject({ tasksLeft: 2 });
    await recordFollowUp(coteNord.actor, { ...input, stillInRegion: false }); // a correction, not a second row
    expect(await db.followUp.findMany({ select: { milestone: true, source: true, stillInRegion: true } })).toEqual([{ milestone: "M6", source: "ADVISOR", stillInRegion: false }]);
  });

  it("can be answered by the person when the milestone's window is open, and only then", async () => {
    const h = await hiredCandidate();
    const input = { handOverId: h.handOver!.id, milestone: "M3" as const, stillWithEmployer: true, stillInRegion: true, comment: null };
    await expect(selfCheckIn(h.candidate.actor, input)).rejects.toMatchObject({ code: "INVALID", messageKey: "integration.errors.checkInNotOpen" });
    // Arrived three months ago.
    const arrived = addMonths(quebecDateOf(new Date()), -3);
    await db.handOver.update({ where: { id: h.handOver!.id }, data: { arrivedOn: new Date(`${arrived}T00:00:00Z`) } });
    expect((await getMyPlans(h.candidate.actor))[0]!.checkIn).toBe("M3");
    await expect(selfCheckIn(h.candidate.actor, { ...input, milestone: "M12" })).rejects.toMatchObject({ messageKey: "integration.errors.checkInNotOpen" });
    const other = await createCandidate();
    await expect(selfCheckIn(other.actor, input)).rejects.toMatchObject({ code: "NOT_FOUND" });
    await selfCheckIn(h.candidate.actor, input);
    expect((await getMyPlans(h.candidate.actor))[0]!.checkIn).toBeNull();
    await expect(selfCheckIn(h.candidate.actor, input)).rejects.toMatchObject({ messageKey: "integration.errors.checkInNotOpen" });
    expect(await db.followUp.count({ where: { source: "SELF" } })).toBe(1);
  });
});

describe("services to businesses", () => {
  beforeAll(ensureReferenceData);
  beforeEach(resetDb);

  it("are recorded by the advisors of the employer's region and read by the employer's owner", async () => {
    const { coteNord, mauricie, admin } = await advisors();
    const shawinigan = await createEmployer({ municipalityCode: SHAWINIGAN, legalName: "Résidence Les Berges inc." });
    const other = await createEmployer({ municipalityCode: SHAWINIGAN, legalName: "Autre entreprise inc." });
    const noAddress = await createEmployer({ legalName: "Sans adresse inc." });
    const input = { employerId: shawinigan.employerId, kind: "RECRUITING_HELP" as const, summary: "Présentation des Journées Québec et du portail.", occurredOn: quebecDateOf(new Date()) };

    await expect(recordBusinessService(coteNord.actor, input)).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(recordBusinessService(mauricie.actor, { ...input, employerId: noAddress.employerId })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await recordBusinessService(mauricie.actor, input);
    expect(await db.businessService.count()).toBe(1);
    expect((await db.businessService.findFirstOrThrow()).regionCode).toBe("04");

    expect((await listEmployersForServices(mauricie.actor)).rows.map((r) => [r.legalName, r.services])).toEqual([["Autre entreprise inc.", 0], ["Résidence Les Berges inc.", 1]]);
    expect((await listEmployersForServices(coteNord.actor)).total).toBe(0);
    expect((await listEmployersForServices(mauricie.actor, { q: "berges" })).total).toBe(1);
    await expect(getEmployerServices(coteNord.actor, shawinigan.employerId)).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect((await getEmployerServices(admin.actor, shawinigan.employerId)).services).toHaveLength(1);

    const history = await listMyOrganisationServices(shawinigan.actor);
    expect(history).toEqual([expect.objectContaining({ kind: "RECRUITING_HELP", summary: input.summary, occurredOn: input.occurredOn, advisorName: expect.any(String) })]);
    // Employer B does not see employer A's history.
    expect(await listMyOrganisationServices(other.actor)).toEqual([]);
    // A recruiter of the organisation (not an owner) does not either.
    const recruiter = await createUser("EMPLOYER");
    await db.employerMember.create({ data: { employerId: shawinigan.employerId, userId: recruiter.userId, role: "RECRUITER" } });
    await expect(listMyOrganisationServices(recruiter.actor)).rejects.toMatchObject({ code: "FORBIDDEN" });
  });
});
