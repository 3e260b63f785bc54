"use server";
import { revalidatePath } from "next/cache";
import { action } from "@/lib/server/actions/safe-action";
import { requireUser } from "@/lib/server/auth";
import { createSavedSearch, deleteSavedSearch, setSavedSearchAlerts } from "@/lib/server/dal/saved-searches";
import { ZSavedSearchRef, ZSaveSearch, ZToggleSavedSearchAlerts } from "@/lib/schemas/recruiting";

const refresh = () => revalidatePath("/employeur/recherche", "layout");

export const saveSearchAction = action(ZSaveSearch, async (input) => {
  const r = await createSavedSearch(await requireUser(), input);
  refresh();
  return r;
});

export const deleteSavedSearchAction = action(ZSavedSearchRef, async ({ id }) => {
  await deleteSavedSearch(await requireUser(), id);
  refresh();
  return {};
});

export const toggleSavedSearchAlertsAction = action(ZToggleSavedSearchAlerts, async (input) => {
  const r = await setSavedSearchAlerts(await requireUser(), input);
  refresh();
  return r;
});
