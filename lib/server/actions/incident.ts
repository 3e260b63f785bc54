"use server";
import { revalidatePath } from "next/cache";
import { action } from "@/lib/server/actions/safe-action";
import { ZCreateIncident, ZUpdateIncident } from "@/lib/schemas/privacy";
import { requireUser } from "@/lib/server/auth";
import { createIncident, updateIncident } from "@/lib/server/dal/incidents";

export const createIncidentAction = action(ZCreateIncident, async (input) => {
  const r = await createIncident(await requireUser(), input);
  revalidatePath("/admin/incidents");
  return r;
});

export const updateIncidentAction = action(ZUpdateIncident, async (input) => {
  const r = await updateIncident(await requireUser(), input);
  revalidatePath("/admin/incidents");
  return r;
});
