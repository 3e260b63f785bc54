"use server";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { env } from "@/lib/env";
import { action } from "@/lib/server/actions/safe-action";
import { requireUser } from "@/lib/server/auth";
import { makeUpdateVacancySchema, makeVacancyInputSchema, ZBulkVacancies, ZVacancyLifecycle, ZVacancyRef } from "@/lib/schemas/vacancy";
import { bulkChangeVacancies, changeVacancyStatus, createVacancy, deleteDraftVacancy, duplicateVacancy, updateVacancy } from "@/lib/server/dal/vacancies";

// Vacancy actions: the same schemas as the form (built with the configured minimum wage), authorization and
// scoping in the data layer, then the pages that show vacancies are refreshed.

const wage = () => ({ minHourlyWageCents: env().MIN_HOURLY_WAGE_CENTS });

function refresh(id?: string) {
  revalidatePath("/employeur", "layout");
  revalidatePath("/emplois", "layout");
  if (id) revalidatePath(`/employeur/postes/${id}`);
}

export async function createVacancyAction(raw: unknown) {
  return action(makeVacancyInputSchema(wage()), async (input) => {
    const v = await createVacancy(await requireUser(), input);
    refresh();
    return v;
  })(raw);
}

export async function updateVacancyAction(raw: unknown) {
  return action(makeUpdateVacancySchema(wage()), async (input) => {
    const v = await updateVacancy(await requireUser(), input);
    refresh(input.id);
    return v;
  })(raw);
}

export const changeVacancyStatusAction = action(ZVacancyLifecycle, async (input) => {
  const r = await changeVacancyStatus(await requireUser(), input);
  refresh(input.id);
  return { ...r, expiresAt: r.expiresAt?.toISOString() ?? null };
});

export const bulkVacanciesAction = action(ZBulkVacancies, async (input) => {
  const r = await bulkChangeVacancies(await requireUser(), input);
  refresh();
  return r;
});

export const duplicateVacancyAction = action(z.object({ id: z.string().min(1).max(64) }), async ({ id }) => {
  const copy = await duplicateVacancy(await requireUser(), id);
  refresh();
  return copy;
});

export const deleteDraftVacancyAction = action(ZVacancyRef, async (input) => {
  await deleteDraftVacancy(await requireUser(), input);
  refresh();
  return {};
});
