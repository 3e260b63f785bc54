"use server";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { action } from "@/lib/server/actions/safe-action";
import { requireRole } from "@/lib/server/auth";
import { confirmMyProfile, saveProfileSection, setConsent } from "@/lib/server/dal/candidate-profile";
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
} from "@/lib/schemas/candidate";

// The candidate profile editor's actions: parse with the section's schema, require a signed-in candidate, save
// through the data layer (which scopes everything to the actor's own profile), refresh the profile pages.

const PROFILE_PATH = "/candidat/profil";

export const saveIdentityAction = action(ZIdentitySection, async (input) => {
  const r = await saveProfileSection(await requireRole("CANDIDATE"), "identity", input);
  revalidatePath(PROFILE_PATH);
  return r;
});

export const saveLocationAction = action(ZLocationSection, async (input) => {
  const r = await saveProfileSection(await requireRole("CANDIDATE"), "location", input);
  revalidatePath(PROFILE_PATH);
  return r;
});

export const saveOccupationsAction = action(ZOccupationsSection, async (input) => {
  const r = await saveProfileSection(await requireRole("CANDIDATE"), "occupations", input);
  revalidatePath(PROFILE_PATH);
  return r;
});

export const saveSkillsAction = action(ZSkillsSection, async (input) => {
  const r = await saveProfileSection(await requireRole("CANDIDATE"), "skills", input);
  revalidatePath(PROFILE_PATH);
  return r;
});

export const saveEducationAction = action(ZEducationSection, async (input) => {
  const r = await saveProfileSection(await requireRole("CANDIDATE"), "education", input);
  revalidatePath(PROFILE_PATH);
  return r;
});

export const saveLanguagesAction = action(ZLanguagesSection, async (input) => {
  const r = await saveProfileSection(await requireRole("CANDIDATE"), "languages", input);
  revalidatePath(PROFILE_PATH);
  return r;
});

export const saveMobilityAction = action(ZMobilitySection, async (input) => {
  const r = await saveProfileSection(await requireRole("CANDIDATE"), "mobility", input);
  revalidatePath(PROFILE_PATH);
  return r;
});

export const saveAvailabilityAction = action(ZAvailabilitySection, async (input) => {
  const r = await saveProfileSection(await requireRole("CANDIDATE"), "availability", input);
  revalidatePath(PROFILE_PATH);
  return r;
});

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
