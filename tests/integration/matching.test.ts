import { beforeAll, beforeEach, describe, expect, it } from "vitest";
import { db, resetDb } from "./db";
import { createEmployer, createUser, ensureReferenceData } from "./factories";
import { confirmedDaysAgo, createFilledCandidate } from "./candidate-helpers";
import { SAGUENAY, TROIS_RIVIERES, vacancyInput } from "./vacancy-helpers";
import { createVacancy, updateVacancy } from "@/lib/server/dal/vacancies";
import { saveProfileSection, setConsent } from "@/lib/server/dal/candidate-profile";
import { visibleToEmployersWhere } from "@/lib/server/dal/candidate-pool";
import { getMyMatchProfile, getRequiredSkillsOfKinds, getVacanciesOfKinds, listMatchPoolRows, listVacancyKindsForMatching, toEngineVacancy } from "@/lib/server/dal/matching";
import { recommendCandidatesForVacancy, recommendVacanciesForCandidate } from "@/lib/server/services/matching";
import { getMatchContext } from "@/lib/server/services/matching-context";
import { prepareVacancy, rankCandidates, rankVacancies } from "@/lib/domain/matching";
import { addCalendarDays, quebecDate } from "@/lib/domain/vacancy/dates";
import { MatchKey } from "@/lib/domain/matching-features";
import { canonicalSkillKey } from "@/lib/domain/skills-vocabulary";
import { CONSENT_WORDING_VERSIONS } from "@/lib/domain/candidate/consent";
import { ZMobilitySection } from "@/lib/schemas/candidate";
import type { SessionUser } from "@/lib/server/auth";

const MONTREAL = "66023";
const ALL_CONSENTING = [{ all: [MatchKey.consented], anyOf: [], noneOf: [], notAll: [] }];

async function consentToMatching(actor: SessionUser) {
  await setConsent(actor, { purpose: "included_in_matching", granted: true, wordingVersion: CONSENT_WORDING_VERSIONS.included_in_matching });
}

/** A candidate who shows their profile to employers and consented to matching (the usual case). */
async function matchable(over: Parameters<typeof createFilledCandidate>[0] = {}) {
  const c = await createFilledCandidate({ visible: true, ...over });
  await consentToMatching(c.actor);
  return c;
}

/** A published vacancy of a verified organisation in Trois-Rivières (Mauricie, outside the CMM). */
async function mauricieVacancy(over: Record<string, unknown> = {}) {
  const employer = await createEmployer({ municipalityCode: TROIS_RIVIERES });
  const v = await createVacancy(employer.actor, vacancyInput({ municipalityCode: TROIS_RIVIERES, publish: true, ...over }));
  return { ...employer, vacancyId: v.id, version: v.version };
}

describe("recommended candidates", () => {
  beforeAll(ensureReferenceData);
  beforeEach(resetDb);

  it("include only candidates who consented to matching, are visible to employers and confirmed within 12 months", async () => {
    const fresh = await matchable();
    const olderButFresh = await matchable();
    await confirmedDaysAgo(olderButFresh.profileId, 300);
    const noMatchingConsent = await createFilledCandidate({ visible: true });
    const hidden = await createFilledCandidate({ visible: false });
    await consentToMatching(hidden.actor);
    const stale = await matchable();
    await confirmedDaysAgo(stale.profileId, 400);
    const withdrawn = await matchable();
    await setConsent(withdrawn.actor, { purpose: "included_in_matching", granted: false, wordingVersion: CONSENT_WORDING_VERSIONS.included_in_matching });

    const { actor, vacancyId } = await mauricieVacancy();
    const r = await recommendCandidatesForVacancy(actor, vacancyId, { pageSize: 50 });
    expect(r.items.map((i) => i.card.id).sort()).toEqual([fresh.profileId, olderButFresh.profileId].sort());
    for (const excluded of [noMatchingConsent, hidden, stale, withdrawn]) expect(r.items.some((i) => i.card.id === excluded.profileId)).toBe(false);
  });

  it("show anonymous cards with the engine's explanation, and nothing that identifies the person", async () => {
    const c = await matchable({ regions: ["04"] });
    const { actor, vacancyId } = await mauricieVacancy();
    const r = await recommendCandidatesForVacancy(actor, vacancyId, { locale: "fr" });
    const [first] = r.items;
    expect(first).toMatchObject({ rank: 1, eligible: true, card: { id: c.profileId } });
    expect(first!.factors.map((f) => f.key)).toEqual(["occupation", "skills", "region", "french", "experience", "education", "availability"]);
    expect(first!.factors.find((f) => f.key === "region")!.detail).toContain("Mauricie");
    expect(first!.score).toBeCloseTo(first!.factors.reduce((s, f) => s + 100 * f.weight * f.score, 0), 0);
    const text = JSON.stringify(r);
    for (const secret of [c.firstName, c.lastName, c.phone, c.city, "SN"]) expect(text).not.toContain(secret);
    expect(r.vacancy).toMatchObject({ id: vacancyId, regionCode: "04", inCmm: false });
  });

  it("are refused to another organisation, to an unverified one and to other roles", async () => {
    await matchable();
    const a = await mauricieVacancy();
    const b = await createEmployer({ municipalityCode: SAGUENAY });
    await expect(recommendCandidatesForVacancy(b.actor, a.vacancyId)).rejects.toMatchObject({ code: "NOT_FOUND" });
    const pending = await createEmployer({ verified: false });
    await expect(recommendCandidatesForVacancy(pending.actor, a.vacancyId)).rejects.toMatchObject({ code: "FORBIDDEN" });
    const candidate = await createFilledCandidate();
    await expect(recommendCandidatesForVacancy(candidate.actor, a.vacancyId)).rejects.toMatchObject({ code: "FORBIDDEN" });
    const advisor = await createUser("ADVISOR");
    await expect(recommendCandidatesForVacancy(advisor.actor, a.vacancyId)).rejects.toMatchObject({ code: "FORBIDDEN" });
    // The owner still sees them.
    expect((await recommendCandidatesForVacancy(a.actor, a.vacancyId)).items).toHaveLength(1);
  });

  it("follow changes at once: a profile or a vacancy saved now changes the next ranking", async () => {
    const local = await matchable({ regions: ["04"] });
    const away = await matchable({ regions: ["02"] });
    const { actor, vacancyId, version } = await mauricieVacancy();
    const before = await recommendCandidatesForVacancy(actor, vacancyId);
    expect(before.items.map((i) => i.card.id)).toEqual([local.profileId, away.profileId]);
    const awayBefore = before.items[1]!.score;

    // The second candidate now wants to live in Mauricie: same score as the first, and a higher one than before.
    const mobility = await db.candidateProfile.findUniqueOrThrow({ where: { id: away.profileId }, select: { sectionVersions: true } });
    await saveProfileSection(away.actor, "mobility", ZMobilitySection.parse({
      version: (mobility.sectionVersions as Record<string, number>).mobility ?? 0, preferredRegionCodes: ["02", "04"], openToAnyRegionOutsideCmm: false,
      familyComing: "yes", needsHousingHelp: "yes", hasDrivingLicence: "no",
    }));
    const after = await recommendCandidatesForVacancy(actor, vacancyId);
    expect(after.items.find((i) => i.card.id === away.profileId)!.score).toBeGreaterThan(awayBefore);

    // The employer raises the French minimum above both candidates' level (7): both become ineligible.
    await updateVacancy(actor, { ...vacancyInput({ municipalityCode: TROIS_RIVIERES, minFrenchLevel: 9 }), id: vacancyId, version });
    const stricter = await recommendCandidatesForVacancy(actor, vacancyId);
    expect(stricter.items.map((i) => i.eligible)).toEqual([false, false]);
    expect(stricter.items[0]!.gaps[0]).toMatch(/français|French/i);
    expect((await recommendCandidatesForVacancy(actor, vacancyId, { filters: { eligibleOnly: true } })).items).toEqual([]);
  });

  it("read the matching pool with exactly the candidate engineer's visibility rule plus the matching consent", async () => {
    const ids: string[] = [];
    for (let i = 0; i < 6; i++) ids.push((await matchable()).profileId);
    await confirmedDaysAgo(ids[0]!, 366);
    await confirmedDaysAgo(ids[1]!, 364);
    await createFilledCandidate({ visible: true });
    // A profile attached to an account that is not a candidate's never counts, whatever its flags say.
    const employer = await createUser("EMPLOYER");
    await db.candidateProfile.create({ data: { userId: employer.userId, visibleToEmployers: true, includedInMatching: true, nocCodes: ["72106"] } });
    const now = new Date();
    const pool = await listMatchPoolRows(employer.actor, ALL_CONSENTING, now);
    const rule = await db.candidateProfile.findMany({ where: { AND: [visibleToEmployersWhere(now), { includedInMatching: true }] }, select: { id: true } });
    expect(pool.map((p) => p.id).sort()).toEqual(rule.map((p) => p.id).sort());
    expect(pool).toHaveLength(5);
    // The recommendations read the same pool (their cheap first pass skips the account check; the second does it).
    const { actor, vacancyId } = await mauricieVacancy();
    const r = await recommendCandidatesForVacancy(actor, vacancyId, { pageSize: 50, now });
    expect(r.items.map((i) => i.card.id).sort()).toEqual(rule.map((p) => p.id).sort());
  });

  it("rank exactly as the engine over the whole pool, page after page", async () => {
    // Sixty varied profiles written directly (faster than the section forms); the engine's input is the same.
    const codes = ["72106", "72105", "72100", "72310", "73300", "21232", "63200"];
    const skills = ["Soudage MIG", "Soudage TIG", "Lecture de plans", "Travail d'équipe", "Cariste", "Cuisine"];
    for (let i = 0; i < 60; i++) {
      const { userId } = await createUser("CANDIDATE");
      const labels = skills.filter((_, k) => (i + k) % 3 === 0);
      const occupations = [{ nocCode: codes[i % codes.length]!, years: (i * 7) % 15 }, ...(i % 4 === 0 ? [{ nocCode: codes[(i + 3) % codes.length]!, years: 2 }] : [])];
      await db.candidateProfile.create({
        data: {
          userId, visibleToEmployers: true, includedInMatching: i % 10 !== 0, frenchLevel: 3 + (i % 10), englishLevel: i % 5 === 0 ? null : 4,
          education: (["secondary", "vocational", "college", "bachelor"] as const)[i % 4], preferredRegionCodes: [["04"], ["02", "04"], ["06"], [], ["17"]][i % 5]!,
          openToAnyRegionOutsideCmm: i % 7 === 0, availableFrom: new Date(Date.UTC(2026, 11 + (i % 6), 1)), confirmedAt: new Date(Date.now() - (i % 13) * 30 * 86_400_000),
          nocCodes: [...new Set(occupations.map((o) => o.nocCode))], skillLabels: labels, skillKeys: labels.map(canonicalSkillKey),
          occupations: { create: occupations },
        },
      });
    }
    const { actor, vacancyId } = await mauricieVacancy({ minFrenchLevel: 6, minExperienceYears: 2, assetSkills: ["Soudage TIG"] });
    const now = new Date();
    const vacancy = await db.jobPosting.findUniqueOrThrow({ where: { id: vacancyId } });
    const pv = prepareVacancy(
      { id: vacancy.id, nocCode: vacancy.nocCode, regionCode: vacancy.regionCode, municipalityCode: vacancy.municipalityCode, requiredSkills: vacancy.requiredSkills, assetSkills: vacancy.assetSkills, minFrenchLevel: vacancy.minFrenchLevel, minEnglishLevel: vacancy.minEnglishLevel, minExperienceYears: vacancy.minExperienceYears, minEducation: vacancy.minEducation, startDate: vacancy.startDate?.toISOString().slice(0, 10) ?? null },
      { ...(await getMatchContext(now)), vacancyInCmm: vacancy.inCmm },
    );
    const everyone = rankCandidates(pv, await listMatchPoolRows(actor, ALL_CONSENTING, now), { limit: 1000 });
    expect(everyone.length).toBeGreaterThan(20);
    const page1 = await recommendCandidatesForVacancy(actor, vacancyId, { page: 1, pageSize: 10, now });
    const page2 = await recommendCandidatesForVacancy(actor, vacancyId, { page: 2, pageSize: 10, now });
    expect([...page1.items, ...page2.items].map((i) => [i.card.id, i.rank, i.score, i.eligible])).toEqual(everyone.slice(0, 20).map((r) => [r.candidateId, r.rank, r.score, r.eligible]));
    expect(page1.hasMore).toBe(true);
  });
});

describe("recommended vacancies", () => {
  beforeAll(ensureReferenceData);
  beforeEach(resetDb);

  it("rank the board's vacancies for the candidate, with reasons, and only published ones of verified organisations", async () => {
    const c = await createFilledCandidate({ regions: ["04"] });
    const mauricie = await mauricieVacancy();
    const saguenay = await createEmployer({ municipalityCode: SAGUENAY });
    const far = await createVacancy(saguenay.actor, vacancyInput({ publish: true, title: "Soudeur au Saguenay" }));
    const draft = await createVacancy(saguenay.actor, vacancyInput({ title: "Brouillon" }));
    const pending = await createEmployer({ verified: false, municipalityCode: TROIS_RIVIERES });
    const unverified = await createVacancy(pending.actor, vacancyInput({ municipalityCode: TROIS_RIVIERES }));

    const r = await recommendVacanciesForCandidate(c.actor, { locale: "en" });
    expect(r.items.map((i) => i.vacancy.id)).toEqual([mauricie.vacancyId, far.id]);
    expect(r.items.map((i) => i.vacancy.id)).not.toContain(draft.id);
    expect(r.items.map((i) => i.vacancy.id)).not.toContain(unverified.id);
    expect(r.items[0]!.factors.find((f) => f.key === "region")!.detail).toContain("Mauricie");
    expect(r.items[0]!.vacancy).toMatchObject({ regionCode: "04", inCmm: false });
    expect(r.items[1]!.gaps.join(" ")).toMatch(/region/i);
    // Without the matching consent the candidate still sees vacancies, and is told employers cannot see them.
    expect(r).toMatchObject({ includedInMatching: false, visibleToEmployers: false, ranked: 2 });
  });

  it("rank exactly as the engine over the whole board, kinds of vacancy read in SQL (null minimums and start dates included)", async () => {
    const c = await createFilledCandidate({ regions: ["04"], french: 7 });
    const employers = await Promise.all([TROIS_RIVIERES, SAGUENAY, MONTREAL].map((municipalityCode) => createEmployer({ municipalityCode })));
    const soon = addCalendarDays(quebecDate(), 10);
    const later = addCalendarDays(quebecDate(), 120);
    for (let i = 0; i < 36; i++) {
      const municipalityCode = [TROIS_RIVIERES, SAGUENAY, MONTREAL][i % 3]!;
      await createVacancy(employers[i % 3]!.actor, vacancyInput({
        publish: true, title: `Poste ${i}`, municipalityCode, nocCode: ["72106", "72100", "63200"][Math.floor(i / 3) % 3],
        minFrenchLevel: [null, 5, 9][Math.floor(i / 9) % 3], minEnglishLevel: i % 4 === 0 ? 5 : null, startDate: [null, soon, later][i % 3 === 0 ? (i / 3) % 3 : 0] ?? "",
        requiredSkills: i % 2 === 0 ? ["Soudage MIG"] : ["Cuisine"], assetSkills: [], minExperienceYears: i % 5 === 0 ? "3" : "",
      }));
    }
    const now = new Date();
    const context = await getMatchContext(now);
    const board = await db.jobPosting.findMany({ where: { status: "PUBLISHED" }, select: { id: true, title: true, nocCode: true, regionCode: true, municipalityCode: true, inCmm: true, requiredSkills: true, assetSkills: true, minFrenchLevel: true, minEnglishLevel: true, minExperienceYears: true, minEducation: true, startDate: true } });
    expect(board.length).toBe(36);
    const me = (await getMyMatchProfile(c.actor))!.candidate;
    const everyone = rankVacancies(me, board.map((v) => prepareVacancy(toEngineVacancy(v), { ...context, vacancyInCmm: v.inCmm })), { limit: 36, locale: "fr" });
    for (const limit of [1, 5, 20]) {
      const r = await recommendVacanciesForCandidate(c.actor, { limit, locale: "fr", now });
      expect(r.items.map((i) => [i.vacancy.id, i.rank, i.score, i.eligible])).toEqual(everyone.slice(0, limit).map((x) => [x.vacancyId, x.rank, x.score, x.eligible]));
      expect(r.ranked).toBe(36);
    }
    const eligible = await recommendVacanciesForCandidate(c.actor, { limit: 20, locale: "fr", now, filters: { eligibleOnly: true } });
    expect(eligible.items.map((i) => i.vacancy.id)).toEqual(everyone.filter((x) => x.eligible).slice(0, 20).map((x) => x.vacancyId));
    const outside = await recommendVacanciesForCandidate(c.actor, { limit: 20, locale: "fr", now, filters: { outsideCmmOnly: true } });
    const inCmm = new Set(board.filter((v) => v.inCmm).map((v) => v.id));
    expect(inCmm.size).toBe(12);
    expect(outside.items.map((i) => i.vacancy.id)).toEqual(everyone.filter((x) => !inCmm.has(x.vacancyId)).slice(0, 20).map((x) => x.vacancyId));
  });

  it("read the required skills of each kind asked, in its order, from the vacancies on the public board only", async () => {
    const c = await createFilledCandidate({ regions: ["04"], french: 7 });
    const e = await createEmployer({ municipalityCode: TROIS_RIVIERES });
    const at = (over: Record<string, unknown>) => vacancyInput({ municipalityCode: TROIS_RIVIERES, minFrenchLevel: 6, ...over });
    await createVacancy(e.actor, at({ publish: true, requiredSkills: ["Soudage MIG"] }));
    await createVacancy(e.actor, at({ publish: true, requiredSkills: ["Lecture de plans", "Soudage MIG"], assetSkills: ["Cariste"] }));
    await createVacancy(e.actor, at({ requiredSkills: ["Cuisine"] })); // a draft
    const later = await createEmployer({ municipalityCode: TROIS_RIVIERES });
    await createVacancy(later.actor, at({ publish: true, requiredSkills: ["Python"] }));
    await db.employer.update({ where: { id: later.employerId }, data: { verificationStatus: "REJECTED" } }); // its vacancy leaves the board
    await createVacancy(e.actor, at({ publish: true, minFrenchLevel: null, requiredSkills: [] }));
    await createVacancy(e.actor, at({ publish: true, minFrenchLevel: null, requiredSkills: ["Cariste"] }));

    const now = new Date();
    const kinds = await listVacancyKindsForMatching(c.actor, now);
    expect(kinds).toHaveLength(2);
    const welding = kinds.find((k) => k.minFrenchLevel === 6)!;
    const mixed = kinds.find((k) => k.minFrenchLevel === null)!;
    const gone = { ...welding, regionCode: "11" };
    const got = await getRequiredSkillsOfKinds(c.actor, [mixed, gone, welding], now);
    expect(got).toHaveLength(3);
    expect(got[0]).toEqual({ someWithoutRequired: true, labels: ["Cariste"] });
    expect(got[1]).toBeUndefined();
    expect({ ...got[2]!, labels: [...got[2]!.labels].sort() }).toEqual({ someWithoutRequired: false, labels: ["Lecture de plans", "Soudage MIG"] });
    // The same vacancies as the engine reads for the kind (the board's rule in SQL and in Prisma agree).
    const read = await getVacanciesOfKinds(c.actor, [welding], now);
    expect([...new Set(read.flatMap((r) => r.vacancy.requiredSkills ?? []))].sort()).toEqual(["Lecture de plans", "Soudage MIG"]);
    await expect(getRequiredSkillsOfKinds(e.actor, [welding], now)).rejects.toMatchObject({ code: "FORBIDDEN" });
  });

  it("follow the vacancy: a new French minimum above the candidate's level makes it ineligible at once", async () => {
    const c = await createFilledCandidate({ regions: ["04"], french: 7 });
    const { actor, vacancyId, version } = await mauricieVacancy({ minFrenchLevel: 5 });
    expect((await recommendVacanciesForCandidate(c.actor)).items[0]).toMatchObject({ eligible: true });
    await updateVacancy(actor, { ...vacancyInput({ municipalityCode: TROIS_RIVIERES, minFrenchLevel: 10 }), id: vacancyId, version });
    const after = await recommendVacanciesForCandidate(c.actor);
    expect(after.items[0]).toMatchObject({ eligible: false });
    expect((await recommendVacanciesForCandidate(c.actor, { filters: { eligibleOnly: true } })).items).toEqual([]);
  });

  it("are for candidates only", async () => {
    const e = await createEmployer();
    await expect(recommendVacanciesForCandidate(e.actor)).rejects.toMatchObject({ code: "FORBIDDEN" });
  });
});
