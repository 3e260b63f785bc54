import { beforeAll, beforeEach, describe, expect, it } from "vitest";
import { db, resetDb } from "./db";
import { createCandidate, createEmployer, ensureReferenceData } from "./factories";
import { createFilledCandidate } from "./candidate-helpers";
import { confirmMyProfile, getMyAnonymousCard, getMyCandidateProfile, listMyConsentEvents, saveProfileSection, setConsent } from "@/lib/server/dal/candidate-profile";
import { ZIdentitySection, ZOccupationsSection, ZSkillsSection } from "@/lib/schemas/candidate";
import { CONSENT_WORDING_VERSIONS } from "@/lib/domain/candidate/consent";
import { AppError } from "@/lib/server/errors";
import { canonicalSkillKey } from "@/lib/domain/skills-vocabulary";

async function appError(p: Promise<unknown>): Promise<AppError> {
  const e = await p.then(() => null, (err: unknown) => err);
  expect(e).toBeInstanceOf(AppError);
  return e as AppError;
}

describe("candidate profile: own data only", () => {
  beforeAll(ensureReferenceData);
  beforeEach(resetDb);

  it("a candidate reads and writes only their own profile", async () => {
    const a = await createFilledCandidate();
    const b = await createCandidate();
    const viewA = await getMyCandidateProfile(a.actor);
    const viewB = await getMyCandidateProfile(b.actor);
    expect(viewA.identity.firstName).toBe(a.firstName);
    expect(viewB.identity.firstName).toBeNull();
    expect(JSON.stringify(viewB)).not.toContain(a.lastName);

    // B saving its identity changes B's row only.
    await saveProfileSection(b.actor, "identity", ZIdentitySection.parse({ version: 0, firstName: "Bintou", lastName: "Sow", phone: "", citizenship: "" }));
    const rows = await db.candidateProfile.findMany({ select: { userId: true, firstName: true } });
    expect(Object.fromEntries(rows.map((r) => [r.userId, r.firstName]))).toEqual({ [a.userId]: a.firstName, [b.userId]: "Bintou" });
  });

  it("refuses anyone but a candidate", async () => {
    const { actor: employer } = await createEmployer();
    expect((await appError(getMyCandidateProfile(employer))).code).toBe("FORBIDDEN");
    expect((await appError(saveProfileSection(employer, "identity", ZIdentitySection.parse({ version: 0, firstName: "X", lastName: "Y" })))).code).toBe("FORBIDDEN");
    expect(await db.candidateProfile.count()).toBe(0);
  });

  it("two tabs saving the same section: the second gets a conflict and overwrites nothing", async () => {
    const c = await createCandidate();
    const openedAt = (await getMyCandidateProfile(c.actor)).sectionVersions.identity;
    await saveProfileSection(c.actor, "identity", ZIdentitySection.parse({ version: openedAt, firstName: "Premier", lastName: "Onglet" }));
    const e = await appError(saveProfileSection(c.actor, "identity", ZIdentitySection.parse({ version: openedAt, firstName: "Second", lastName: "Onglet" })));
    expect(e.code).toBe("CONFLICT");
    expect(e.messageKey).toBe("candidate.errors.sectionChanged");
    expect((await getMyCandidateProfile(c.actor)).identity.firstName).toBe("Premier");
    // Another section opened at the same time is not affected.
    await saveProfileSection(c.actor, "skills", ZSkillsSection.parse({ version: 0, skills: ["Soudage"] }));
  });

  it("concurrent saves of one section from the same version: exactly one wins", async () => {
    const c = await createCandidate();
    const results = await Promise.allSettled(
      ["Un", "Deux", "Trois"].map((firstName) => saveProfileSection(c.actor, "identity", ZIdentitySection.parse({ version: 0, firstName, lastName: "X" }))),
    );
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    expect((await getMyCandidateProfile(c.actor)).sectionVersions.identity).toBe(1);
  });

  it("an unknown NOC code is refused with a field error and nothing is saved", async () => {
    const c = await createCandidate();
    const e = await appError(saveProfileSection(c.actor, "occupations", ZOccupationsSection.parse({ version: 0, occupations: [{ nocCode: "72106", years: 2 }, { nocCode: "99999", years: 1 }] })));
    expect(e.code).toBe("INVALID");
    expect(e.fieldErrors).toEqual({ "occupations.1.nocCode": "candidate.errors.unknownNocCode" });
    expect(await db.candidateOccupation.count()).toBe(0);
    expect((await getMyCandidateProfile(c.actor)).sectionVersions.occupations).toBe(0);
  });

  it("saving occupations replaces them and derives the codes for search", async () => {
    const c = await createCandidate();
    await saveProfileSection(c.actor, "occupations", ZOccupationsSection.parse({ version: 0, occupations: [{ nocCode: "72106", title: "Soudeuse", years: 3 }] }));
    await saveProfileSection(c.actor, "occupations", ZOccupationsSection.parse({ version: 1, occupations: [{ nocCode: "33102", title: null, years: "1,5" }] }));
    const row = await db.candidateProfile.findUniqueOrThrow({ where: { userId: c.userId }, select: { nocCodes: true, occupations: { select: { nocCode: true, years: true } } } });
    expect(row).toEqual({ nocCodes: ["33102"], occupations: [{ nocCode: "33102", years: 1.5 }] });
  });

  it("skills are stored once per skill and counted in SkillTerm", async () => {
    const a = await createCandidate();
    const b = await createCandidate();
    await saveProfileSection(a.actor, "skills", ZSkillsSection.parse({ version: 0, skills: ["Soudage", "soudure", "Taille de pierre"] }));
    await saveProfileSection(b.actor, "skills", ZSkillsSection.parse({ version: 0, skills: ["taille de pierre"] }));
    const profile = await db.candidateProfile.findUniqueOrThrow({ where: { userId: a.userId }, select: { skillLabels: true, skillKeys: true } });
    expect(profile).toEqual({ skillLabels: ["Soudage", "Taille de pierre"], skillKeys: ["welding", canonicalSkillKey("Taille de pierre")] });
    const stone = await db.skillTerm.findUniqueOrThrow({ where: { key: canonicalSkillKey("Taille de pierre") } });
    expect(stone.usageCount).toBe(2);
    // Removing a skill decrements its count, and a label nobody uses any more disappears.
    await saveProfileSection(a.actor, "skills", ZSkillsSection.parse({ version: 1, skills: [] }));
    await saveProfileSection(b.actor, "skills", ZSkillsSection.parse({ version: 1, skills: [] }));
    expect(await db.skillTerm.count()).toBe(0);
  });

  it("consents are off by default, each given and withdrawn separately, with the wording version", async () => {
    const c = await createCandidate();
    expect((await getMyCandidateProfile(c.actor)).consents).toEqual({ visible_to_employers: false, included_in_matching: false, shared_with_advisors: false });
    await setConsent(c.actor, { purpose: "included_in_matching", granted: true, wordingVersion: CONSENT_WORDING_VERSIONS.included_in_matching });
    expect((await getMyCandidateProfile(c.actor)).consents).toEqual({ visible_to_employers: false, included_in_matching: true, shared_with_advisors: false });
    await setConsent(c.actor, { purpose: "included_in_matching", granted: false, wordingVersion: CONSENT_WORDING_VERSIONS.included_in_matching });
    expect((await getMyCandidateProfile(c.actor)).consents.included_in_matching).toBe(false);
    const history = await listMyConsentEvents(c.actor);
    expect(history.map((h) => [h.purpose, h.granted, h.wordingVersion])).toEqual([
      ["included_in_matching", false, CONSENT_WORDING_VERSIONS.included_in_matching],
      ["included_in_matching", true, CONSENT_WORDING_VERSIONS.included_in_matching],
    ]);
  });

  it("a consent given on an outdated wording is refused", async () => {
    const c = await createCandidate();
    const e = await appError(setConsent(c.actor, { purpose: "visible_to_employers", granted: true, wordingVersion: "2001-01-01" }));
    expect(e.code).toBe("CONFLICT");
    expect(await db.consentEvent.count()).toBe(0);
    expect((await getMyCandidateProfile(c.actor)).consents.visible_to_employers).toBe(false);
  });

  it("completeness reaches 100% when every section is filled, and confirming resets freshness", async () => {
    const c = await createFilledCandidate();
    const view = await getMyCandidateProfile(c.actor);
    expect(view.completeness).toEqual({ percent: 100, missing: [] });
    await db.candidateProfile.update({ where: { userId: c.userId }, data: { confirmedAt: new Date(Date.now() - 120 * 86_400_000) } });
    expect((await getMyCandidateProfile(c.actor)).freshness).toMatchObject({ needsConfirmation: true, hiddenFromEmployers: false });
    await confirmMyProfile(c.actor);
    expect((await getMyCandidateProfile(c.actor)).freshness).toMatchObject({ needsConfirmation: false, daysSinceConfirmed: 0 });
  });

  it("the preview card shows no identity", async () => {
    const c = await createFilledCandidate();
    const card = await getMyAnonymousCard(c.actor, "fr");
    const text = JSON.stringify(card);
    for (const secret of [c.firstName, c.lastName, c.phone, c.city, c.actor.email, c.userId]) expect(text).not.toContain(secret);
    expect(card.occupations[0]).toMatchObject({ nocCode: "72106", years: 6 });
    expect(card.frenchLevel).toBe(7);
  });
});
