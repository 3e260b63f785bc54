import "server-only";
import { db } from "@/lib/server/db";
import { audit } from "@/lib/server/audit";
import { assertRole, type SessionUser } from "@/lib/server/auth";
import { ConflictError, ForbiddenError, InvalidError, NotFoundError } from "@/lib/server/errors";
import { getAdvisorScope, getScopedHandOverOrThrow, handOverScopeWhere, type AdvisorScope } from "@/lib/server/dal/handovers";
import { Prisma } from "@/lib/generated/prisma/client";
import { createTranslator } from "@/lib/i18n/translate";
import type { Locale } from "@/lib/i18n/config";
import { NEED_LEVELS, PLAN_AREAS, type NeedLevel, type PlanArea, type TaskOwner, type TaskStatus } from "@/lib/domain/integration/areas";
import { checkTask, isTaskOverdue, personCanTick, progressByArea } from "@/lib/domain/integration/plan";
import { currentCheckIn, followUpStart, type FollowUpMilestone } from "@/lib/domain/integration/follow-ups";
import { quebecDateOf } from "@/lib/domain/integration/working-days";
import { toIsoDate } from "@/lib/domain/vacancy/dates";
import type { TNeeds } from "@/lib/schemas/integration";

// Individual action plans: one per hand-over, a needs assessment and tasks in six areas. Advisors work on the plans
// of their scope (lib/server/dal/handovers.ts: regions AND consent); the person reads their own plans and ticks the
// tasks that are theirs. A task may be referred to a partner organisation of the plan's region.

type Tx = Prisma.TransactionClient;

const asDate = (iso: string | null) => (iso ? new Date(`${iso}T00:00:00Z`) : null);

/** The stored needs, with every area present (an area never assessed reads as "none", no note). */
export function needsOf(json: Prisma.JsonValue): TNeeds {
  const raw = json && typeof json === "object" && !Array.isArray(json) ? (json as Record<string, { level?: unknown; note?: unknown }>) : {};
  return Object.fromEntries(
    PLAN_AREAS.map((a) => {
      const v = raw[a];
      const level = (NEED_LEVELS as readonly string[]).includes(String(v?.level)) ? (v!.level as NeedLevel) : "none";
      return [a, { level, note: typeof v?.note === "string" ? v.note : null }];
    }),
  ) as TNeeds;
}

const TASK_SELECT = {
  id: true, area: true, templateKey: true, title: true, owner: true, partnerId: true, dueOn: true, status: true, notes: true,
  completedAt: true, createdAt: true, version: true,
  partner: { select: { id: true, name: true, kind: true, phone: true, email: true, website: true, isDemo: true } },
} satisfies Prisma.PlanTaskSelect;

type TaskRow = Prisma.PlanTaskGetPayload<{ select: typeof TASK_SELECT }>;

export type PlanTaskView = {
  id: string;
  area: PlanArea;
  templateKey: string | null;
  /** In the reader's language for a suggested task, as typed otherwise. */
  title: string;
  owner: TaskOwner;
  partner: { id: string; name: string; kind: string; phone: string | null; email: string | null; website: string | null; isDemo: boolean } | null;
  dueOn: string | null;
  status: TaskStatus;
  notes: string | null;
  completedAt: string | null;
  createdOn: string;
  overdue: boolean;
  version: number;
};

function taskView(t: TaskRow, translate: (key: string) => string, today: string): PlanTaskView {
  const dueOn = t.dueOn && toIsoDate(t.dueOn);
  return {
    id: t.id,
    area: t.area,
    templateKey: t.templateKey,
    title: t.templateKey ? translate(`integration.templates.${t.templateKey}`) : t.title,
    owner: t.owner,
    partner: t.partner,
    dueOn,
    status: t.status,
    notes: t.notes,
    completedAt: t.completedAt?.toISOString() ?? null,
    createdOn: quebecDateOf(t.createdAt),
    overdue: isTaskOverdue({ status: t.status, dueOn }, today),
    version: t.version,
  };
}

const byAreaThenDue = (a: PlanTaskView, b: PlanTaskView) =>
  PLAN_AREAS.indexOf(a.area) - PLAN_AREAS.indexOf(b.area) || (a.dueOn ?? "9999").localeCompare(b.dueOn ?? "9999") || a.id.localeCompare(b.id);

// ---------- advisors ----------

async function getScopedPlanOrThrow(client: Tx | typeof db, scope: AdvisorScope, planId: string) {
  const plan = await client.actionPlan.findFirst({ where: { id: planId, handOver: handOverScopeWhere(scope) }, select: { id: true, version: true, handOverId: true, handOver: { select: { regionCode: true } } } });
  if (!plan) throw new NotFoundError("integration.errors.planNotFound");
  return plan;
}

/**
 * Opens the plan of a hand-over (or returns the one that exists: two advisors clicking at once get the same plan).
 * An advisor who opens a plan on an unassigned hand-over takes it.
 */
export async function createPlan(actor: SessionUser, handOverId: string) {
  const scope = await getAdvisorScope(actor);
  return db.$transaction(async (tx) => {
    const h = await getScopedHandOverOrThrow(tx, scope, handOverId);
    if (h.status === "CLOSED") throw new InvalidError("integration.errors.handOverClosed");
    const { count } = await tx.actionPlan.createMany({ data: [{ handOverId: h.id, createdById: actor.id }], skipDuplicates: true });
    const plan = await tx.actionPlan.findUniqueOrThrow({ where: { handOverId: h.id }, select: { id: true } });
    if (count > 0) {
      await tx.handOver.updateMany({ where: { id: h.id, status: "OPEN" }, data: { status: "IN_PROGRESS", assignedAdvisorId: actor.id, version: { increment: 1 } } });
      await audit({ actorId: actor.id, actorRole: actor.role, action: "integration.plan.create", subject: `plan:${plan.id}`, details: { handOverId: h.id } }, tx);
    }
    return { planId: plan.id, created: count > 0 };
  });
}

/** The plan as the advisor works on it: hand-over summary, needs, tasks by area, the region's partners. */
export async function getPlanForAdvisor(actor: SessionUser, planId: string, opts: { now?: Date; locale?: Locale } = {}) {
  const scope = await getAdvisorScope(actor);
  const plan = await db.actionPlan.findFirst({
    where: { id: planId, handOver: handOverScopeWhere(scope) },
    select: {
      id: true, version: true, needs: true, summary: true, assessedAt: true, createdAt: true,
      tasks: { select: TASK_SELECT },
      handOver: {
        select: {
          id: true, version: true, status: true, regionCode: true, employerName: true, jobTitle: true, municipalityName: true,
          candidateProfile: { select: { firstName: true, lastName: true, user: { select: { name: true, locale: true } } } },
        },
      },
    },
  });
  if (!plan) throw new NotFoundError("integration.errors.planNotFound");
  const today = quebecDateOf(opts.now ?? new Date());
  const t = createTranslator(opts.locale ?? actor.locale);
  const partners = await db.partnerOrganisation.findMany({
    where: { regionCode: plan.handOver.regionCode, active: true },
    select: { id: true, name: true, kind: true, isDemo: true },
    orderBy: [{ isDemo: "asc" }, { name: "asc" }],
  });
  const tasks = plan.tasks.map((x) => taskView(x, t, today)).sort(byAreaThenDue);
  const p = plan.handOver.candidateProfile;
  return {
    id: plan.id,
    version: plan.version,
    needs: needsOf(plan.needs),
    summary: plan.summary,
    assessedAt: plan.assessedAt?.toISOString() ?? null,
    handOver: {
      id: plan.handOver.id,
      status: plan.handOver.status,
      regionCode: plan.handOver.regionCode,
      employerName: plan.handOver.employerName,
      jobTitle: plan.handOver.jobTitle,
      municipalityName: plan.handOver.municipalityName,
      personName: [p.firstName, p.lastName].filter(Boolean).join(" ") || p.user.name,
      personLocale: p.user.locale,
    },
    tasks,
    progress: progressByArea(tasks),
    partners,
  };
}
export type AdvisorPlanView = Awaited<ReturnType<typeof getPlanForAdvisor>>;

export async function saveNeeds(actor: SessionUser, input: { planId: string; version: number; needs: TNeeds; summary: string | null }, now = new Date()) {
  const scope = await getAdvisorScope(actor);
  return db.$transaction(async (tx) => {
    const plan = await getScopedPlanOrThrow(tx, scope, input.planId);
    const { count } = await tx.actionPlan.updateMany({
      where: { id: plan.id, version: input.version },
      data: { needs: input.needs as unknown as Prisma.InputJsonValue, summary: input.summary, assessedAt: now, version: { increment: 1 } },
    });
    if (count === 0) throw new ConflictError("integration.errors.planChanged");
    await audit({ actorId: actor.id, actorRole: actor.role, action: "integration.plan.needs", subject: `plan:${plan.id}` }, tx);
    return { version: input.version + 1 };
  });
}

/** A partner organisation a task may be referred to: active, and of the plan's region. */
async function assertPartnerUsable(tx: Tx, partnerId: string | null, regionCode: string) {
  if (!partnerId) return;
  const p = await tx.partnerOrganisation.findFirst({ where: { id: partnerId, regionCode, active: true }, select: { id: true } });
  if (!p) throw new InvalidError("errors.invalidInput", { partnerId: "integration.errors.partnerNotInRegion" });
}

function refuseUnless(check: ReturnType<typeof checkTask>) {
  if (!check.ok) throw new InvalidError("errors.invalidInput", { [check.field]: check.reason });
}

export type TaskInput = { area: PlanArea; templateKey: string | null; title: string | null; owner: TaskOwner; partnerId: string | null; dueOn: string | null; notes: string | null };

export async function addTask(actor: SessionUser, input: TaskInput & { planId: string }, now = new Date()) {
  const scope = await getAdvisorScope(actor);
  refuseUnless(checkTask(input, quebecDateOf(now)));
  return db.$transaction(async (tx) => {
    const plan = await getScopedPlanOrThrow(tx, scope, input.planId);
    await assertPartnerUsable(tx, input.partnerId, plan.handOver.regionCode);
    // A suggested task keeps its French title too, for exports and searches; it is shown from templateKey.
    const title = input.templateKey ? createTranslator("fr")(`integration.templates.${input.templateKey}`) : input.title!;
    const task = await tx.planTask.create({
      data: { planId: plan.id, area: input.area, templateKey: input.templateKey, title, owner: input.owner, partnerId: input.partnerId, dueOn: asDate(input.dueOn), notes: input.notes, createdById: actor.id },
      select: { id: true },
    });
    await audit({ actorId: actor.id, actorRole: actor.role, action: "integration.task.add", subject: `plan:${plan.id}`, details: { taskId: task.id, area: input.area, owner: input.owner, partnerId: input.partnerId } }, tx);
    return { id: task.id };
  });
}

/** Status, owner, partner, due date and notes of a task, at the version read. */
export async function updateTask(actor: SessionUser, input: { taskId: string; version: number; status: TaskStatus; owner: TaskOwner; partnerId: string | null; dueOn: string | null; notes: string | null }, now = new Date()) {
  const scope = await getAdvisorScope(actor);
  return db.$transaction(async (tx) => {
    const task = await tx.planTask.findFirst({ where: { id: input.taskId, plan: { handOver: handOverScopeWhere(scope) } }, select: { id: true, planId: true, status: true, createdAt: true, plan: { select: { handOver: { select: { regionCode: true } } } } } });
    if (!task) throw new NotFoundError("integration.errors.taskNotFound");
    refuseUnless(checkTask(input, quebecDateOf(task.createdAt)));
    await assertPartnerUsable(tx, input.partnerId, task.plan.handOver.regionCode);
    const completing = input.status === "DONE" && task.status !== "DONE";
    const { count } = await tx.planTask.updateMany({
      where: { id: task.id, version: input.version },
      data: {
        status: input.status, owner: input.owner, partnerId: input.partnerId, dueOn: asDate(input.dueOn), notes: input.notes, version: { increment: 1 },
        ...(completing ? { completedAt: now, completedById: actor.id } : input.status !== "DONE" ? { completedAt: null, completedById: null } : {}),
      },
    });
    if (count === 0) throw new ConflictError("integration.errors.taskChanged");
    await audit({ actorId: actor.id, actorRole: actor.role, action: "integration.task.update", subject: `plan:${task.planId}`, details: { taskId: task.id, status: input.status, owner: input.owner } }, tx);
    return { id: task.id, version: input.version + 1 };
  });
}

// ---------- the person ----------

/**
 * The person's own plans (normally one), in their language, with the check-in due now if any. Read whatever the
 * consent: the plan is theirs.
 */
export async function getMyPlans(actor: SessionUser, opts: { now?: Date; locale?: Locale } = {}) {
  assertRole(actor, "CANDIDATE");
  const now = opts.now ?? new Date();
  const today = quebecDateOf(now);
  const t = createTranslator(opts.locale ?? actor.locale);
  const rows = await db.handOver.findMany({
    where: { candidateProfile: { userId: actor.id } },
    orderBy: { requestedAt: "desc" },
    select: {
      id: true, source: true, status: true, regionCode: true, employerName: true, jobTitle: true, municipalityName: true,
      requestedAt: true, firstMeetingAt: true, arrivedOn: true, jobStartDate: true, availableFrom: true, assignedAdvisorId: true,
      followUps: { where: { source: "SELF" }, select: { milestone: true, recordedAt: true } },
      plan: { select: { id: true, tasks: { select: TASK_SELECT } } },
    },
  });
  const advisorIds = [...new Set(rows.map((r) => r.assignedAdvisorId).filter((x): x is string => !!x))];
  const advisors = advisorIds.length ? await db.user.findMany({ where: { id: { in: advisorIds } }, select: { id: true, name: true, email: true } }) : [];
  const advisorOf = new Map(advisors.map((a) => [a.id, a]));
  return rows.map((h) => {
    const tasks = (h.plan?.tasks ?? []).map((x) => taskView(x, t, today)).sort(byAreaThenDue);
    const start = followUpStart({ arrivedOn: h.arrivedOn && toIsoDate(h.arrivedOn), jobStartDate: h.jobStartDate && toIsoDate(h.jobStartDate), availableFrom: h.availableFrom && toIsoDate(h.availableFrom), requestedOn: quebecDateOf(h.requestedAt) });
    const answered = new Set(h.followUps.map((f) => f.milestone as FollowUpMilestone));
    const advisor = h.assignedAdvisorId ? advisorOf.get(h.assignedAdvisorId) : undefined;
    return {
      handOverId: h.id,
      source: h.source,
      status: h.status,
      regionCode: h.regionCode,
      employerName: h.employerName,
      jobTitle: h.jobTitle,
      municipalityName: h.municipalityName,
      requestedAt: h.requestedAt.toISOString(),
      firstMeetingAt: h.firstMeetingAt?.toISOString() ?? null,
      advisor: advisor ? { name: advisor.name, email: advisor.email } : null,
      planId: h.plan?.id ?? null,
      tasks: tasks.map((x) => ({ ...x, canTick: personCanTick(x) })),
      progress: progressByArea(tasks),
      // Check-ins are for people who moved for a hire (a request without a job has no employer to stay with).
      checkIn: h.source === "HIRE" && h.status !== "CLOSED" ? currentCheckIn(start, answered, today) : null,
      answeredCheckIns: [...answered],
    };
  });
}
export type MyPlan = Awaited<ReturnType<typeof getMyPlans>>[number];

/** The person marks one of their own tasks done (or not done), at the version read. */
export async function tickMyTask(actor: SessionUser, input: { taskId: string; version: number; done: boolean }, now = new Date()) {
  assertRole(actor, "CANDIDATE");
  return db.$transaction(async (tx) => {
    const task = await tx.planTask.findFirst({ where: { id: input.taskId, plan: { handOver: { candidateProfile: { userId: actor.id } } } }, select: { id: true, planId: true, owner: true, status: true } });
    if (!task) throw new NotFoundError("integration.errors.taskNotFound");
    if (!personCanTick(task)) throw new ForbiddenError("integration.errors.notYourTask");
    const { count } = await tx.planTask.updateMany({
      where: { id: task.id, version: input.version },
      data: input.done ? { status: "DONE", completedAt: now, completedById: actor.id, version: { increment: 1 } } : { status: "TODO", completedAt: null, completedById: null, version: { increment: 1 } },
    });
    if (count === 0) throw new ConflictError("integration.errors.taskChanged");
    await audit({ actorId: actor.id, actorRole: actor.role, action: input.done ? "integration.task.tick" : "integration.task.untick", subject: `plan:${task.planId}`, details: { taskId: task.id } }, tx);
    return { id: task.id, version: input.version + 1, status: input.done ? ("DONE" as const) : ("TODO" as const) };
  });
}
