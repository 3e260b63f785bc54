import "server-only";
import { db } from "@/lib/server/db";
import { audit } from "@/lib/server/audit";
import { assertRole, type SessionUser } from "@/lib/server/auth";
import { ConflictError, InvalidError } from "@/lib/server/errors";
import { findUnknownNocCodes, getUnitGroupTitles } from "@/lib/server/dal/occupations";
import { recordSkillUsage } from "@/lib/server/dal/skills";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { SectionInput } from "@/lib/schemas/candidate";
import { canonicalSkillKey } from "@/lib/domain/skills-vocabulary";
import { tidyLabel } from "@/lib/domain/text";
import type { EducationLevel } from "@/lib/domain/education";
import { combinedFrenchLevel, toAnonymousCard, type AnonymousCandidateCard } from "@/lib/domain/candidate/anonymous-card";
import { profileCompleteness, type Completeness } from "@/lib/domain/candidate/completeness";
import { profileFreshness, type Freshness } from "@/lib/domain/candidate/freshness";
import { CONSENT_FIELDS, CONSENT_PURPOSES, CONSENT_WORDING_VERSIONS, type ConsentPurpose } from "@/lib/domain/candidate/consent";
import { PROFILE_SECTIONS, type ProfileSection } from "@/lib/domain/candidate/options";
import type { Locale } from "@/lib/i18n/config";

// The candidate's own profile: every function takes the actor, requires the CANDIDATE role, and reads or writes only
// the profile whose userId is the actor's id (no profile id is ever taken from the input).

type Tx = Prisma.TransactionClient;

// Everything of the profile the editor, the completeness meter and the card need (identity included: this is the
// owner's own view). Never handed to anyone but the owner.
const OWN_PROFILE_SELECT = {
  id: true,
  firstName: true,
  lastName: true,
  phone: true,
  citizenship: true,
  countryOfResidence: true,
  cityOfResidence: true,
  inQuebec: true,
  immigrationStatus: true,
  frenchLevel: true,
  frenchOral: true,
  frenchWritten: true,
  englishLevel: true,
  languageTestName: true,
  languageTestDate: true,
  familyComing: true,
  needsHousingHelp: true,
  hasDrivingLicence: true,
  education: true,
  educationField: true,
  educationCountry: true,
  credentialStatus: true,
  preferredRegionCodes: true,
  openToAnyRegionOutsideCmm: true,
  availableFrom: true,
  workTypes: true,
  skillLabels: true,
  skillKeys: true,
  visibleToEmployers: true,
  includedInMatching: true,
  sharedWithAdvisors: true,
  confirmedAt: true,
  sectionVersions: true,
  occupations: { select: { nocCode: true, title: true, years: true }, orderBy: { years: "desc" } },
} satisfies Prisma.CandidateProfileSelect;

type OwnProfileRow = Prisma.CandidateProfileGetPayload<{ select: typeof OWN_PROFILE_SELECT }>;

const isoDate = (d: Date | null) => (d ? d.toISOString().slice(0, 10) : null);

function sectionVersionsOf(json: Prisma.JsonValue): Record<ProfileSection, number> {
  const raw = json && typeof json === "object" && !Array.isArray(json) ? (json as Record<string, unknown>) : {};
  return Object.fromEntries(PROFILE_SECTIONS.map((s) => [s, typeof raw[s] === "number" ? (raw[s] as number) : 0])) as Record<ProfileSection, number>;
}

/** The owner's view of the profile: what the editor shows, with completeness, freshness and consents. */
export type CandidateProfileView = {
  email: string;
  identity: { firstName: string | null; lastName: string | null; phone: string | null; citizenship: string | null };
  location: { inQuebec: boolean | null; countryOfResidence: string | null; cityOfResidence: string | null; immigrationStatus: string | null };
  occupations: { nocCode: string; title: string; unitGroupTitle: string | null; years: number }[];
  skills: string[];
  education: { education: EducationLevel | null; educationField: string | null; educationCountry: string | null; credentialStatus: string | null };
  languages: { frenchOral: number | null; frenchWritten: number | null; englishLevel: number | null; languageTestName: string | null; languageTestDate: string | null };
  mobility: { preferredRegionCodes: string[]; openToAnyRegionOutsideCmm: boolean; familyComing: boolean | null; needsHousingHelp: boolean | null; hasDrivingLicence: boolean | null };
  availability: { availableFrom: string | null; workTypes: string[] };
  consents: Record<ConsentPurpose, boolean>;
  /** The version each section was read at: sent back with a save (the "two tabs" rule). */
  sectionVersions: Record<ProfileSection, number>;
  confirmedAt: string;
  freshness: Freshness;
  completeness: Completeness;
};

function completenessOf(p: OwnProfileRow): Completeness {
  return profileCompleteness({ ...p, education: p.education, occupations: p.occupations });
}

/** The actor's profile row, created empty if the account has none yet (accounts made before profiles existed). */
async function ownProfile(actor: SessionUser): Promise<OwnProfileRow> {
  assertRole(actor, "CANDIDATE");
  const found = await db.candidateProfile.findUnique({ where: { userId: actor.id }, select: OWN_PROFILE_SELECT });
  if (found) return found;
  return db.candidateProfile.upsert({ where: { userId: actor.id }, create: { userId: actor.id }, update: {}, select: OWN_PROFILE_SELECT });
}

export async function getMyCandidateProfile(actor: SessionUser, opts: { locale?: Locale; now?: Date } = {}): Promise<CandidateProfileView> {
  const now = opts.now ?? new Date();
  const p = await ownProfile(actor);
  const titles = await getUnitGroupTitles(p.occupations.map((o) => o.nocCode), opts.locale ?? actor.locale);
  return {
    email: actor.email,
    identity: { firstName: p.firstName, lastName: p.lastName, phone: p.phone, citizenship: p.citizenship },
    location: { inQuebec: p.inQuebec, countryOfResidence: p.countryOfResidence, cityOfResidence: p.cityOfResidence, immigrationStatus: p.immigrationStatus },
    occupations: p.occupations.map((o) => ({ nocCode: o.nocCode, title: o.title ?? titles.get(o.nocCode) ?? o.nocCode, unitGroupTitle: titles.get(o.nocCode) ?? null, years: o.years })),
    skills: p.skillLabels,
    education: { education: p.education, educationField: p.educationField, educationCountry: p.educationCountry, credentialStatus: p.credentialStatus },
    languages: { frenchOral: p.frenchOral, frenchWritten: p.frenchWritten, englishLevel: p.englishLevel, languageTestName: p.languageTestName, languageTestDate: isoDate(p.languageTestDate) },
    mobility: {
      preferredRegionCodes: p.preferredRegionCodes,
      openToAnyRegionOutsideCmm: p.openToAnyRegionOutsideCmm,
      familyComing: p.familyComing,
      needsHousingHelp: p.needsHousingHelp,
      hasDrivingLicence: p.hasDrivingLicence,
    },
    availability: { availableFrom: isoDate(p.availableFrom), workTypes: p.workTypes },
    consents: Object.fromEntries(CONSENT_PURPOSES.map((purpose) => [purpose, p[CONSENT_FIELDS[purpose]]])) as Record<ConsentPurpose, boolean>,
    sectionVersions: sectionVersionsOf(p.sectionVersions),
    confirmedAt: p.confirmedAt.toISOString(),
    freshness: profileFreshness(p.confirmedAt, now),
    completeness: completenessOf(p),
  };
}

/** The card an employer would see of the actor's profile (whether or not it is visible at the moment). */
export async function getMyAnonymousCard(actor: SessionUser, locale: Locale, now: Date = new Date()): Promise<AnonymousCandidateCard> {
  const p = await ownProfile(actor);
  const titles = await getUnitGroupTitles(p.occupations.map((o) => o.nocCode), locale);
  return toAnonymousCard(p, { locale, now, unitGroupTitles: titles });
}

// ---------- saving a section ----------

type SectionWrite = { data: Prisma.CandidateProfileUpdateInput; after?: (tx: Tx, profileId: string) => Promise<void> };

async function occupationsWrite(input: SectionInput["occupations"]): Promise<SectionWrite> {
  const unknown = new Set(await findUnknownNocCodes(input.occupations.map((o) => o.nocCode)));
  if (unknown.size > 0) {
    const fieldErrors: Record<string, string> = {};
    input.occupations.forEach((o, i) => {
      if (unknown.has(o.nocCode)) fieldErrors[`occupations.${i}.nocCode`] = "candidate.errors.unknownNocCode";
    });
    throw new InvalidError("errors.invalidInput", fieldErrors);
  }
  return {
    data: { nocCodes: input.occupations.map((o) => o.nocCode) },
    after: async (tx, profileId) => {
      await tx.candidateOccupation.deleteMany({ where: { profileId } });
      if (input.occupations.length > 0) {
        await tx.candidateOccupation.createMany({ data: input.occupations.map((o) => ({ profileId, nocCode: o.nocCode, title: o.title, years: o.years ?? 0 })) });
      }
    },
  };
}

/** Skill labels tidied and de-duplicated by canonical key (the first spelling wins), with their keys in the same order. */
export function tidyCandidateSkills(labels: readonly string[]): { labels: string[]; keys: string[] } {
  const seen = new Set<string>();
  const out = { labels: [] as string[], keys: [] as string[] };
  for (const raw of labels) {
    const label = tidyLabel(raw);
    const key = canonicalSkillKey(label);
    if (!key || seen.has(key)) continue;
    seen.add(key);
    out.labels.push(label);
    out.keys.push(key);
  }
  return out;
}

function skillsWrite(input: SectionInput["skills"], before: { skillKeys: string[] }): SectionWrite {
  const { labels, keys } = tidyCandidateSkills(input.skills);
  const old = new Set(before.skillKeys);
  const now = new Set(keys);
  return {
    data: { skillLabels: labels, skillKeys: keys },
    after: (tx) =>
      recordSkillUsage(tx, {
        added: keys.flatMap((k, i) => (old.has(k) ? [] : [{ key: k, label: labels[i]! }])),
        removed: [...old].filter((k) => !now.has(k)),
      }),
  };
}

const toDate = (iso: string | null) => (iso ? new Date(`${iso}T00:00:00Z`) : null);

async function sectionWrite<S extends ProfileSection>(section: S, input: SectionInput[S], before: { skillKeys: string[] }): Promise<SectionWrite> {
  switch (section) {
    case "identity": {
      const v = input as SectionInput["identity"];
      return { data: { firstName: v.firstName, lastName: v.lastName, phone: v.phone, citizenship: v.citizenship } };
    }
    case "location": {
      const v = input as SectionInput["location"];
      return { data: { inQuebec: v.inQuebec, countryOfResidence: v.countryOfResidence, cityOfResidence: v.cityOfResidence, immigrationStatus: v.immigrationStatus } };
    }
    case "occupations":
      return occupationsWrite(input as SectionInput["occupations"]);
    case "skills":
      return skillsWrite(input as SectionInput["skills"], before);
    case "education": {
      const v = input as SectionInput["education"];
      return { data: { education: v.education, educationField: v.educationField, educationCountry: v.educationCountry, credentialStatus: v.credentialStatus } };
    }
    case "languages": {
      const v = input as SectionInput["languages"];
      return {
        data: {
          frenchOral: v.frenchOral,
          frenchWritten: v.frenchWritten,
          frenchLevel: combinedFrenchLevel(v.frenchOral, v.frenchWritten),
          englishLevel: v.englishLevel,
          languageTestName: v.languageTestName,
          languageTestDate: toDate(v.languageTestDate),
        },
      };
    }
    case "mobility": {
      const v = input as SectionInput["mobility"];
      return {
        data: {
          preferredRegionCodes: v.preferredRegionCodes,
          openToAnyRegionOutsideCmm: v.openToAnyRegionOutsideCmm,
          familyComing: v.familyComing,
          needsHousingHelp: v.needsHousingHelp,
          hasDrivingLicence: v.hasDrivingLicence,
        },
      };
    }
    case "availability": {
      const v = input as SectionInput["availability"];
      return { data: { availableFrom: toDate(v.availableFrom), workTypes: v.workTypes } };
    }
  }
  throw new InvalidError("errors.invalidInput");
}

export type SaveSectionResult = { section: ProfileSection; version: number; completeness: Completeness; confirmedAt: string };

/**
 * Saves one section of the actor's profile, if nobody saved that section since the version the form was opened at
 * (otherwise ConflictError "this section changed since you opened it"; nothing is written). The profile row is
 * locked for the transaction, so two saves of the same section cannot both pass the check. Saving also confirms
 * the profile as up to date (see lib/domain/candidate/freshness.ts).
 */
export async function saveProfileSection<S extends ProfileSection>(actor: SessionUser, section: S, input: SectionInput[S] & { version: number }): Promise<SaveSectionResult> {
  assertRole(actor, "CANDIDATE");
  const { id: profileId } = await ownProfile(actor);
  return db.$transaction(async (tx) => {
    const [locked] = await tx.$queryRaw<{ sectionVersions: Prisma.JsonValue; skillKeys: string[]; version: number }[]>`
      SELECT "sectionVersions", "skillKeys", "version" FROM "CandidateProfile" WHERE "id" = ${profileId} AND "userId" = ${actor.id} FOR UPDATE`;
    if (!locked) throw new ConflictError("candidate.errors.sectionChanged");
    const versions = sectionVersionsOf(locked.sectionVersions);
    if (versions[section] !== input.version) throw new ConflictError("candidate.errors.sectionChanged");

    const write = await sectionWrite(section, input, { skillKeys: locked.skillKeys });
    const nextVersion = versions[section] + 1;
    const now = new Date();
    const updated = await tx.candidateProfile.updateMany({
      where: { id: profileId, userId: actor.id, version: locked.version },
      data: { ...(write.data as Prisma.CandidateProfileUpdateManyMutationInput), sectionVersions: { ...versions, [section]: nextVersion }, confirmedAt: now, version: { increment: 1 } },
    });
    if (updated.count === 0) throw new ConflictError("candidate.errors.sectionChanged");
    await write.after?.(tx, profileId);
    await audit({ actorId: actor.id, actorRole: actor.role, action: "candidate.profile.save", details: { section } }, tx);

    const after = await tx.candidateProfile.findUniqueOrThrow({ where: { id: profileId }, select: OWN_PROFILE_SELECT });
    return { section, version: nextVersion, completeness: completenessOf(after), confirmedAt: after.confirmedAt.toISOString() };
  });
}

// ---------- consents and confirmation ----------

/**
 * Gives or withdraws one consent. Takes effect at once (the listing functions read the profile's flag); the change
 * is kept in ConsentEvent with the wording version. A person who read an older wording is asked to read the new one.
 */
export async function setConsent(actor: SessionUser, input: { purpose: ConsentPurpose; granted: boolean; wordingVersion: string }) {
  const { id: profileId } = await ownProfile(actor);
  const current = CONSENT_WORDING_VERSIONS[input.purpose];
  if (input.wordingVersion !== current) throw new ConflictError("candidate.errors.consentWordingChanged");
  const field = CONSENT_FIELDS[input.purpose];
  return db.$transaction(async (tx) => {
    await tx.candidateProfile.update({ where: { id: profileId, userId: actor.id }, data: { [field]: input.granted, version: { increment: 1 } } });
    const event = await tx.consentEvent.create({ data: { userId: actor.id, purpose: input.purpose, granted: input.granted, wordingVersion: current }, select: { at: true } });
    await audit({ actorId: actor.id, actorRole: actor.role, action: input.granted ? "candidate.consent.grant" : "candidate.consent.withdraw", details: { purpose: input.purpose, wordingVersion: current } }, tx);
    return { purpose: input.purpose, granted: input.granted, at: event.at.toISOString() };
  });
}

/** The actor's consent history, newest first. */
export async function listMyConsentEvents(actor: SessionUser) {
  assertRole(actor, "CANDIDATE");
  const rows = await db.consentEvent.findMany({ where: { userId: actor.id }, select: { purpose: true, granted: true, wordingVersion: true, at: true }, orderBy: [{ at: "desc" }, { id: "desc" }] });
  return rows.map((r) => ({ ...r, at: r.at.toISOString() }));
}

/** "My profile is still accurate": one click, resets the freshness clock. */
export async function confirmMyProfile(actor: SessionUser) {
  const { id: profileId } = await ownProfile(actor);
  const now = new Date();
  await db.$transaction(async (tx) => {
    await tx.candidateProfile.update({ where: { id: profileId, userId: actor.id }, data: { confirmedAt: now } });
    await audit({ actorId: actor.id, actorRole: actor.role, action: "candidate.profile.confirm" }, tx);
  });
  return { confirmedAt: now.toISOString() };
}
