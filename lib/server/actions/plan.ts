"use server";
import { revalidatePath } from "next/cache";
import { action } from "@/lib/server/actions/safe-action";
import { requireUser } from "@/lib/server/auth";
import { ZAddTask, ZCreatePlan, ZNeedsAssessment, ZTickTask, ZUpdateTask } from "@/lib/schemas/integration";
import { addTask, createPlan, saveNeeds, tickMyTask, updateTask } from "@/lib/server/dal/action-plans";

// Action plans: advisors open a plan, assess needs and manage tasks; the person ticks their own tasks.

const ADVISOR_PATHS = "/conseiller/accompagnement";

export const createPlanAction = action(ZCreatePlan, async ({ handOverId }) => {
  const r = await createPlan(await requireUser(), handOverId);
  revalidatePath(ADVISOR_PATHS, "layout");
  return r;
});

export const saveNeedsAction = action(ZNeedsAssessment, async (input) => {
  const r = await saveNeeds(await requireUser(), input);
  revalidatePath(`${ADVISOR_PATHS}/plans/${input.planId}`);
  return r;
});

export const addTaskAction = action(ZAddTask, async (input) => {
  const r = await addTask(await requireUser(), input);
  revalidatePath(`${ADVISOR_PATHS}/plans/${input.planId}`);
  revalidatePath("/candidat/plan");
  return r;
});

export const updateTaskAction = action(ZUpdateTask, async (input) => {
  const r = await updateTask(await requireUser(), input);
  revalidatePath(ADVISOR_PATHS, "layout");
  revalidatePath("/candidat/plan");
  return r;
});

export const tickMyTaskAction = action(ZTickTask, async (input) => {
  const r = await tickMyTask(await requireUser(), input);
  revalidatePath("/candidat/plan");
  return r;
});
