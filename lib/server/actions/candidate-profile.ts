"use server";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { action } from "@/lib/server/actions/safe-action";
import { requireRole } from "@/lib/server/auth";
import { confirmMyProfile, saveProfileSection, setConsent } from "@/lib/server/dal/candidate-profile";
import type { ProfileSection } from "@/lib/domain/candidate/options";
import { deleteMyAccount } from "@/lib/server/dal/candidate-account";
import {
  ZAvailabilitySection,
  ZDeleteAccount,
  ZEducationSection,
  ZIdentitySection,
  ZLanguagesSection,
  ZLocationSection,
  ZMobilitySection,
  ZOccupationsSection,
  ZSetConsent,
  ZSkillsSection,
  type SectionInput,
} from "@/lib/schemas/candidate";

// The candidate profile editor's actions: parse with the section's schema, require a signed-in candidate, save
// through the data layer (which scopes everything to the actor's own profile), refresh the profile pages.

const PROFILE_PATH = "/candidat/profil";

// A section's save answers the new version only: the form then calls router.refresh(), which renders the page's
// server parts (completeness, card preview) once. (revalidatePath here as well made every save render the whole
// profile page twice: once into the action's answer, once for the refresh.)
const sectionAction = <S extends ProfileSection, Z extends z.ZodType<SectionInput[S] & { version: number }>>(schema: Z, section: S) =>
  action(schema, async (input) => saveProfileSection(await requireRole("CANDIDATE"), section, input as SectionInput[S] & { version: number }));

export const saveIdentityAction = sectionAction(ZIdentitySection, "identity");
export const saveLocationAction = sectionAction(ZLocationSection, "location");
export const saveOccupationsAction = sectionAction(ZOccupationsSection, "occupations");
export const saveSkillsAction = sectionAction(ZSkillsSection, "skills");
export const saveEducationAction = sectionAction(ZEducationSection, "education");
export const saveLanguagesAction = sectionAction(ZLanguagesSection, "languages");
export const saveMobilityAction = sectionAction(ZMobilitySection, "mobility");
export const saveAvailabilityAction = sectionAction(ZAvailabilitySection, "availability");

export const setConsentAction = action(ZSetConsent, async (input) => {
  const r = await setConsent(await requireRole("CANDIDATE"), input);
  revalidatePath(PROFILE_PATH);
  return r;
});

export const confirmProfileAction = action(z.object({}), async () => {
  const r = await confirmMyProfile(await requireRole("CANDIDATE"));
  revalidatePath(PROFILE_PATH);
  return r;
});

export const deleteAccountAction = action(ZDeleteAccount, async () => {
  await deleteMyAccount(await requireRole("CANDIDATE"));
  return { deleted: true };
});
