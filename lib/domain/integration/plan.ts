import type { IsoDate } from "./working-days";
import { PLAN_AREAS, type PlanArea, type TaskOwner, type TaskStatus } from "./areas";

// Rules of an action plan's tasks. Pure.

export type TaskRuleInput = { owner: TaskOwner; partnerId: string | null; dueOn: IsoDate | null };

export type TaskCheck = { ok: true } | { ok: false; field: "dueOn" | "partnerId"; reason: string };

/**
 * A task is acceptable when its due date is not before the day it was created (`createdOn`, a Québec date: today for
 * a new task), and when a task carried by a partner names that partner (and only such a task does).
 */
export function checkTask(task: TaskRuleInput, createdOn: IsoDate): TaskCheck {
  if (task.dueOn !== null && task.dueOn < createdOn) return { ok: false, field: "dueOn", reason: "integration.errors.dueBeforeCreation" };
  if (task.owner === "PARTNER" && !task.partnerId) return { ok: false, field: "partnerId", reason: "integration.errors.partnerRequired" };
  if (task.owner !== "PARTNER" && task.partnerId) return { ok: false, field: "partnerId", reason: "integration.errors.partnerOnlyForPartnerTasks" };
  return { ok: true };
}

/** The person may tick (or untick) only the tasks that are theirs, and not a cancelled one. */
export function personCanTick(task: { owner: TaskOwner; status: TaskStatus }): boolean {
  return task.owner === "PERSON" && task.status !== "CANCELLED";
}

/** A task still to be done (neither done nor cancelled). */
export const isOpenTask = (status: TaskStatus) => status === "TODO" || status === "IN_PROGRESS";

/** Overdue: still open and past its due date. */
export function isTaskOverdue(task: { status: TaskStatus; dueOn: IsoDate | null }, today: IsoDate): boolean {
  return isOpenTask(task.status) && task.dueOn !== null && task.dueOn < today;
}

export type AreaProgress = { area: PlanArea; total: number; done: number; open: number };

/** Done and open tasks per area, in the areas' order (cancelled tasks count in neither). */
export function progressByArea(tasks: readonly { area: PlanArea; status: TaskStatus }[]): AreaProgress[] {
  return PLAN_AREAS.map((area) => {
    const mine = tasks.filter((t) => t.area === area && t.status !== "CANCELLED");
    const done = mine.filter((t) => t.status === "DONE").length;
    return { area, total: mine.length, done, open: mine.length - done };
  });
}
