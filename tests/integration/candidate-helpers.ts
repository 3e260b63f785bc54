// Builders for the candidate integration tests: a profile filled section by section through the real data layer.
import { db } from "./db";
import { createCandidate } from "./factories";
import { saveProfileSection } from "@/lib/server/dal/candidate-profile";
import { setConsent } from "@/lib/server/dal/candidate-profile";
import { ZAvailabilitySection, ZEducationSection, ZIdentitySection, ZLanguagesSection, ZLocationSection, ZMobilitySection, ZOccupationsSection, ZSkillsSection, todayInQuebec } from "@/lib/schemas/candidate";
import { CONSENT_WORDING_VERSIONS } from "@/lib/domain/candidate/consent";
import { addCalendarDays } from "@/lib/domain/vacancy/dates";

export type FilledCandidate = Awaited<ReturnType<typeof createCandidate>> & { firstName: string; lastName: string; phone: string; city: string; privateSkill: string };

let n = 0;

/** A candidate with every section saved (through the schemas and the DAL, as the actions do), visible or not. */
export async function createFilledCandidate(over: { visible?: boolean; regions?: string[]; nocCode?: string; french?: number; email?: string } = {}): Promise<FilledCandidate> {
  const c = await createCandidate(over.email ? { email: over.email } : {});
  const k = ++n;
  const firstName = `Prénom${k}Zq`;
  const lastName = `Nom${k}Xw`;
  const phone = `+1 819 555-01${String(k).padStart(2, "0")}`;
  const city = `Ville${k}Kj`;
  const privateSkill = `Savoir-faire unique ${k}Hv`;
  await saveProfileSection(c.actor, "identity", ZIdentitySection.parse({ version: 0, firstName, lastName, phone, citizenship: "SN" }));
  await saveProfileSection(c.actor, "location", ZLocationSection.parse({ version: 0, inQuebec: "no", countryOfResidence: "SN", cityOfResidence: city, immigrationStatus: "asylum_claimant" }));
  await saveProfileSection(c.actor, "occupations", ZOccupationsSection.parse({ version: 0, occupations: [{ nocCode: over.nocCode ?? "72106", title: "Soudeuse", years: "6" }] }));
  await saveProfileSection(c.actor, "skills", ZSkillsSection.parse({ version: 0, skills: ["Soudage MIG", "Lecture de plans", privateSkill] }));
  await saveProfileSection(c.actor, "education", ZEducationSection.parse({ version: 0, education: "vocational", educationField: "Soudage-montage", educationCountry: "SN", credentialStatus: "evaluation_requested" }));
  await saveProfileSection(c.actor, "languages", ZLanguagesSection.parse({ version: 0, frenchOral: over.french ?? 8, frenchWritten: over.french ?? 7, englishLevel: 4, languageTestName: "TEF Canada", languageTestDate: "2026-01-15" }));
  await saveProfileSection(c.actor, "mobility", ZMobilitySection.parse({ version: 0, preferredRegionCodes: over.regions ?? ["04", "02"], openToAnyRegionOutsideCmm: false, familyComing: "yes", needsHousingHelp: "yes", hasDrivingLicence: "no" }));
  await saveProfileSection(c.actor, "availability", ZAvailabilitySection.parse({ version: 0, availableFrom: addCalendarDays(todayInQuebec(), 30), workTypes: ["permanent", "seasonal"] }));
  if (over.visible) await setConsent(c.actor, { purpose: "visible_to_employers", granted: true, wordingVersion: CONSENT_WORDING_VERSIONS.visible_to_employers });
  return { ...c, firstName, lastName, phone, city, privateSkill };
}

/** Moves the last confirmation of a profile back in time (as if nobody had touched it since). */
export async function confirmedDaysAgo(profileId: string, days: number) {
  await db.candidateProfile.update({ where: { id: profileId }, data: { confirmedAt: new Date(Date.now() - days * 86_400_000) } });
}
