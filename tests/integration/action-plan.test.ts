import { beforeAll, beforeEach, describe, expect, it } from "vitest";
import { db, resetDb } from "./db";
import { createCandidate, ensureReferenceData } from "./factories";
import { advisors, hiredCandidate } from "./integration-helpers";
import { addTask, createPlan, getMyPlans, getPlanForAdvisor, saveNeeds, tickMyTask, updateTask, type TaskInput } from "@/lib/server/dal/action-plans";
import { savePartner } from "@/lib/server/dal/partners";
import { setConsent } from "@/lib/server/dal/candidate-profile";
import { PLAN_AREAS } from "@/lib/domain/integration/areas";
import { addDays, quebecDateOf } from "@/lib/domain/integration/working-days";
import { ZAddTask, ZNeeds } from "@/lib/schemas/integration";
import { CONSENT_WORDING_VERSIONS } from "@/lib/domain/candidate/consent";

const today = () => quebecDateOf(new Date());
const task = (over: Partial<TaskInput> = {}): TaskInput => ({ area: "INSTALLATION", templateKey: null, title: "Visiter deux logements à Baie-Comeau", owner: "PERSON", partnerId: null, dueOn: addDays(today(), 14), notes: null, ...over });
const partner = (regionCode: string, name: string) => ({ partnerId: null, version: 0, regionCode, name, kind: "RECEPTION_INTEGRATION" as const, municipalityName: null, website: null, email: null, phone: null, description: null, active: true });

async function setUp(over: { candidateLocale?: string } = {}) {
  const people = await advisors();
  const h = await hiredCandidate(over);
  const { planId } = await createPlan(people.coteNord.actor, h.handOver!.id);
  return { ...people, h, planId };
}

describe("action plans", () => {
  beforeAll(ensureReferenceData);
  beforeEach(resetDb);

  it("opens one plan per hand-over, even when two advisors click at once, and takes the hand-over", async () => {
    const { coteNord, admin } = await advisors();
    const h = await hiredCandidate();
    const [a, b] = await Promise.all([createPlan(coteNord.actor, h.handOver!.id), createPlan(admin.actor, h.handOver!.id)]);
    expect(a.planId).toBe(b.planId);
    expect([a.created, b.created].sort()).toEqual([false, true]);
    expect(await db.actionPlan.count()).toBe(1);
    expect((await db.handOver.findUniqueOrThrow({ where: { id: h.handOver!.id } })).status).toBe("IN_PROGRESS");
  });

  it("builds a plan: needs in six areas, a task in each area, one referred to a partner of the region", async () => {
    const { coteNord, planId } = await setUp();
    const partner09 = await savePartner(coteNord.actor, partner("09", "Centre d'accueil de la Côte-Nord"));
    const needs = ZNeeds.parse(Object.fromEntries(PLAN_AREAS.map((a) => [a, { level: a === "FRANCISATION" ? "high" : "some", note: a === "INSTALLATION" ? "Famille de quatre, logement pour avril." : "" }])));
    expect(await saveNeeds(coteNord.actor, { planId, version: 0, needs, summary: "Arrivée prévue en avril." })).toEqual({ version: 1 });
    await expect(saveNeeds(coteNord.actor, { planId, version: 0, needs, summary: null })).rejects.toMatchObject({ code: "CONFLICT" });

    for (const area of PLAN_AREAS) await addTask(coteNord.actor, { planId, ...task({ area, title: `Tâche ${area}` }) });
    await addTask(coteNord.actor, { planId, ...task({ area: "FRANCISATION", templateKey: "francisationEnrolment", title: null, owner: "PARTNER", partnerId: partner09.id }) });

    const plan = await getPlanForAdvisor(coteNord.actor, planId);
    expect(plan.needs.FRANCISATION).toEqual({ level: "high", note: null });
    expect(plan.needs.INSTALLATION.note).toBe("Famille de quatre, logement pour avril.");
    expect(new Set(plan.tasks.map((t) => t.area))).toEqual(new Set(PLAN_AREAS));
    const referred = plan.tasks.find((t) => t.partner);
    expect(referred).toMatchObject({ area: "FRANCISATION", owner: "PARTNER", title: "S'inscrire à un cours de francisation", partner: { id: partner09.id, name: "Centre d'accueil de la Côte-Nord" } });
    expect(plan.progress.every((p) => p.total >= 1)).toBe(true);
    expect(await db.auditLog.count({ where: { action: "integration.task.add", subject: `plan:${planId}` } })).toBe(7);
  });

  it("refuses bad tasks and changes nothing: due before creation, a partner of another region, an advisor of another region", async () => {
    const { coteNord, mauricie, planId } = await setUp();
    const partner04 = await savePartner(mauricie.actor, partner("04", "Accueil Mauricie"));
    const yesterday = addDays(today(), -1);
    expect(ZAddTask.safeParse({ planId, ...task({ dueOn: yesterday }) }).error?.issues[0]).toMatchObject({ path: ["dueOn"], message: "integration.errors.dueBeforeCreation" });
    await expect(addTask(coteNord.actor, { planId, ...task({ dueOn: yesterday }) })).rejects.toMatchObject({ code: "INVALID", fieldErrors: { dueOn: "integration.errors.dueBeforeCreation" } });
    await expect(addTask(coteNord.actor, { planId, ...task({ owner: "PARTNER", partnerId: partner04.id }) })).rejects.toMatchObject({ fieldErrors: { partnerId: "integration.errors.partnerNotInRegion" } });
    await expect(addTask(mauricie.actor, { planId, ...task() })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(getPlanForAdvisor(mauricie.actor, planId)).rejects.toMatchObject({ code: "NOT_FOUND", messageKey: "integration.errors.planNotFound" });
    await expect(saveNeeds(mauricie.actor, { planId, version: 0, needs: ZNeeds.parse(Object.fromEntries(PLAN_AREAS.map((a) => [a, { level: "high" }]))), summary: "x" })).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await db.planTask.count()).toBe(0);
    expect((await db.actionPlan.findUniqueOrThrow({ where: { id: planId } })).version).toBe(0);
  });

  it("edits a task at the version read; an old task keeps its due date rule from its creation day", async () => {
    const { coteNord, mauricie, planId } = await setUp();
    const { id } = await addTask(coteNord.actor, { planId, ...task({ owner: "ADVISOR" }) });
    const edit = { taskId: id, version: 0, status: "IN_PROGRESS" as const, owner: "ADVISOR" as const, partnerId: null, dueOn: addDays(today(), 3), notes: "Appel fait" };
    await expect(updateTask(mauricie.actor, edit)).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(updateTask(coteNord.actor, { ...edit, dueOn: addDays(today(), -2) })).rejects.toMatchObject({ fieldErrors: { dueOn: "integration.errors.dueBeforeCreation" } });
    expect(await updateTask(coteNord.actor, edit)).toEqual({ id, version: 1 });
    await expect(updateTask(coteNord.actor, { ...edit, status: "DONE" })).rejects.toMatchObject({ code: "CONFLICT" });
    await updateTask(coteNord.actor, { ...edit, version: 1, status: "DONE" });
    expect(await db.planTask.findUniqueOrThrow({ where: { id } })).toMatchObject({ status: "DONE", notes: "Appel fait", completedById: coteNord.userId });
    // Made three weeks ago, an overdue task can still be edited without moving its date.
    await db.planTask.update({ where: { id }, data: { createdAt: new Date(Date.now() - 21 * 86_400_000), dueOn: new Date(`${addDays(today(), -7)}T00:00:00Z`) } });
    await updateTask(coteNord.actor, { ...edit, version: 2, status: "TODO", dueOn: addDays(today(), -7) });
  });

  it("shows the person their plan in their language; they tick their own tasks only", async () => {
    const { coteNord, h, planId } = await setUp({ candidateLocale: "en" });
    const mine = await addTask(coteNord.actor, { planId, ...task({ templateKey: "findHousing", title: null }) });
    const advisors = await addTask(coteNord.actor, { planId, ...task({ area: "EMPLOI", owner: "ADVISOR", title: "Appeler l'employeur" }) });
    const [plan] = await getMyPlans(h.candidate.actor);
    expect(plan!.planId).toBe(planId);
    expect(plan!.tasks.find((t) => t.id === mine.id)).toMatchObject({ title: "Find a place to live", canTick: true });
    expect(plan!.tasks.find((t) => t.id === advisors.id)).toMatchObject({ title: "Appeler l'employeur", canTick: false });
    expect(plan!.advisor?.name).toBeTruthy();
    expect((await getMyPlans(h.candidate.actor, { locale: "fr" }))[0]!.tasks.find((t) => t.id === mine.id)!.title).toBe("Trouver un logement");

    await expect(tickMyTask(h.candidate.actor, { taskId: advisors.id, version: 0, done: true })).rejects.toMatchObject({ code: "FORBIDDEN", messageKey: "integration.errors.notYourTask" });
    const other = await createCandidate();
    await expect(tickMyTask(other.actor, { taskId: mine.id, version: 0, done: true })).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await getMyPlans(other.actor)).toEqual([]);
    await expect(tickMyTask(coteNord.actor, { taskId: mine.id, version: 0, done: true })).rejects.toMatchObject({ code: "FORBIDDEN" });

    expect(await tickMyTask(h.candidate.actor, { taskId: mine.id, version: 0, done: true })).toMatchObject({ version: 1, status: "DONE" });
    await expect(tickMyTask(h.candidate.actor, { taskId: mine.id, version: 0, done: false })).rejects.toMatchObject({ code: "CONFLICT" });
    expect((await getPlanForAdvisor(coteNord.actor, planId)).tasks.find((t) => t.id === mine.id)!.status).toBe("DONE");
    expect(await db.planTask.findUniqueOrThrow({ where: { id: advisors.id }, select: { status: true } })).toEqual({ status: "TODO" });

    // Consent withdrawn: the advisor loses the plan, the person keeps it.
    await setConsent(h.candidate.actor, { purpose: "shared_with_advisors", granted: false, wordingVersion: CONSENT_WORDING_VERSIONS.shared_with_advisors });
    await expect(getPlanForAdvisor(coteNord.actor, planId)).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(addTask(coteNord.actor, { planId, ...task() })).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect((await getMyPlans(h.candidate.actor))[0]!.tasks).toHaveLength(2);
  });
});
