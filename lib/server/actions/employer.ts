"use server";
import { revalidatePath } from "next/cache";
import { action } from "@/lib/server/actions/safe-action";
import { requireUser } from "@/lib/server/auth";
import { ZOrganisationProfile } from "@/lib/schemas/employer";
import { updateOrganisationProfile } from "@/lib/server/dal/employers";

export const updateOrganisationProfileAction = action(ZOrganisationProfile, async (input) => {
  const r = await updateOrganisationProfile(await requireUser(), input);
  revalidatePath("/employeur", "layout");
  revalidatePath("/conseiller/verifications", "layout");
  revalidatePath("/emplois", "layout");
  return r;
});
