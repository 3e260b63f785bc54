import { beforeAll, beforeEach, describe, expect, it } from "vitest";
import { db, resetDb } from "./db";
import { ensureReferenceData } from "./factories";
import { confirmedDaysAgo, createFilledCandidate } from "./candidate-helpers";
import { acceptedInvitation, createRecruiter, invite, publishedVacancy } from "./recruiting-helpers";
import { SEARCH_COUNT_MAX, searchCandidates } from "@/lib/server/dal/candidate-search";
import { visibleToEmployersWhere } from "@/lib/server/dal/candidate-pool";
import { seedScaleCandidates } from "@/prisma/seed/scale";
import { viewCandidateProfile, listMyProfileViews } from "@/lib/server/dal/profile-views";
import { listPipeline } from "@/lib/server/dal/pipeline";
import { ZCandidateSearchFilters } from "@/lib/schemas/recruiting";
import { setConsent } from "@/lib/server/dal/candidate-profile";
import { CONSENT_WORDING_VERSIONS } from "@/lib/domain/candidate/consent";

const CARD_KEYS = [
  "id", "occupations", "skills", "frenchLevel", "frenchOral", "frenchWritten", "englishLevel", "education", "credentialStatus", "preferredRegionCodes",
  "openToAnyRegionOutsideCmm", "availableFrom", "workTypes", "inQuebec", "familyComing", "needsHousingHelp", "hasDrivingLicence", "confirmedAt", "confirmedDaysAgo",
].sort();

const filters = (raw: Record<string, string> = {}) => ZCandidateSearchFilters.parse(raw);
const opts = { ip: "203.0.113.10" };

describe("candidate search", () => {
  beforeAll(ensureReferenceData);
  beforeEach(resetDb);

  it("returns anonymous cards only: no name, contact, city, nationality or free text, before any acceptance", async () => {
    const { actor } = await createRecruiter();
    const c = await createFilledCandidate({ visible: true });
    const page = await searchCandidates(actor, filters(), opts);
    expect(page.total).toBe(1);
    const [item] = page.items;
    expect(Object.keys(item!).sort()).toEqual(["card", "pipelineStage", "score"]);
    expect(Object.keys(item!.card).sort()).toEqual(CARD_KEYS);
    const json = JSON.stringify(page);
    for (const secret of [c.firstName, c.lastName, c.phone, c.city, "SN", "@test.passerelle.ca", "asylum_claimant", "Soudage-montage"]) expect(json).not.toContain(secret);
  });

  it("is for verified organisations only", async () => {
    const { actor } = await createRecruiter({ verified: false });
    await createFilledCandidate({ visible: true });
    await expect(searchCandidates(actor, filters(), opts)).rejects.toMatchObject({ code: "FORBIDDEN", messageKey: "employer.errors.notVerified" });
    const candidate = await createFilledCandidate({ visible: true });
    await expect(searchCandidates(candidate.actor, filters(), opts)).rejects.toMatchObject({ code: "FORBIDDEN" });
  });

  it("applies the URL's filters: occupation, region (or open to any region), French, availability, experience, education, skills", async () => {
    const { actor } = await createRecruiter();
    const welderMauricie = await createFilledCandidate({ visible: true, regions: ["04"], french: 8 });
    const welderSaguenay = await createFilledCandidate({ visible: true, regions: ["02"], french: 5 });
    const cook = await createFilledCandidate({ visible: true, regions: ["04"], nocCode: "63200", french: 9 });
    const ids = async (raw: Record<string, string>) => (await searchCandidates(actor, filters(raw), opts)).items.map((i) => i.card.id).sort();

    expect(await ids({ cnp: "72106" })).toEqual([welderMauricie.profileId, welderSaguenay.profileId].sort());
    expect(await ids({ region: "04" })).toEqual([welderMauricie.profileId, cook.profileId].sort());
    expect(await ids({ francais: "7" })).toEqual([welderMauricie.profileId, cook.profileId].sort());
    expect(await ids({ cnp: "72106", francais: "7", region: "04" })).toEqual([welderMauricie.profileId]);
    expect(await ids({ competences: "Soudage MIG,lecture de plans" })).toEqual([welderMauricie.profileId, welderSaguenay.profileId, cook.profileId].sort());
    expect(await ids({ competences: "Cariste" })).toEqual([]);
    expect(await ids({ experience: "6", cnp: "72106" })).toHaveLength(2);
    expect(await ids({ experience: "7" })).toEqual([]);
    expect(await ids({ etudes: "vocational" })).toHaveLength(3);
    expect(await ids({ etudes: "bachelor" })).toEqual([]);
    expect(await ids({ reconnaissance: "evaluation_requested" })).toHaveLength(3);
    expect(await ids({ reconnaissance: "order_member" })).toEqual([]);
    // Everyone is available in 30 days.
    expect(await ids({ dispo: "2099-01-01" })).toHaveLength(3);
    expect(await ids({ dispo: "2000-01-01" })).toEqual([]);
    // "Open to any region outside the Montréal area": nobody here said so.
    expect(await ids({ region: "hors-cmm" })).toEqual([]);
    await db.candidateProfile.update({ where: { id: cook.profileId }, data: { openToAnyRegionOutsideCmm: true } });
    expect(await ids({ region: "hors-cmm" })).toEqual([cook.profileId]);
    expect(await ids({ region: "09" })).toEqual([cook.profileId]);
    // A job title finds the candidates' own titles (all three wrote "Soudeuse") and the unit groups it names.
    expect(await ids({ q: "soudeuse" })).toHaveLength(3);
    expect(await ids({ q: "cuisinier" })).toEqual([cook.profileId]);
  });

  it("counts at most 1,000 matches and pages as far, saying that more match; a narrower search is counted exactly", async () => {
    const { actor } = await createRecruiter();
    await seedScaleCandidates(db, 1600, { passwordHash: "not-a-real-hash" });
    const visible = await db.candidateProfile.count({ where: visibleToEmployersWhere(new Date()) });
    expect(visible).toBeGreaterThan(SEARCH_COUNT_MAX);
    const broad = await searchCandidates(actor, filters(), opts);
    expect(broad).toMatchObject({ total: SEARCH_COUNT_MAX, moreThanTotal: true });
    // The last page is the one holding the 1,000th match; a page asked beyond it answers that last page.
    const last = await searchCandidates(actor, filters(), { ...opts, page: 50, pageSize: 20 });
    const beyond = await searchCandidates(actor, filters(), { ...opts, page: 80, pageSize: 20 });
    expect(last.page).toBe(50);
    expect(beyond.page).toBe(50);
    expect(beyond.items.map((i) => i.card.id)).toEqual(last.items.map((i) => i.card.id));
    const cnp = (await db.candidateOccupation.groupBy({ by: ["nocCode"], _count: { _all: true }, orderBy: { nocCode: "asc" } })).find((g) => g._count._all < 300)!.nocCode;
    const narrow = await searchCandidates(actor, filters({ cnp }), opts);
    expect(narrow.moreThanTotal).toBe(false);
    expect(narrow.total).toBe(await db.candidateProfile.count({ where: { AND: [visibleToEmployersWhere(new Date()), { nocCodes: { has: cnp } }] } }));
  });

  it("drops unusable URL parameters instead of failing", () => {
    expect(filters({ cnp: "abc", francais: "99", region: "zz", dispo: "hier", tri: "hasard" })).toEqual({});
  });

  it("sorts by freshness, or by relevance to one of the organisation's vacancies (matching consent only)", async () => {
    const { actor } = await createRecruiter();
    const vacancy = await publishedVacancy(actor, { minFrenchLevel: 7 });
    const older = await createFilledCandidate({ visible: true, french: 9 });
    const newer = await createFilledCandidate({ visible: true, french: 5 });
    await confirmedDaysAgo(older.profileId, 40);
    expect((await searchCandidates(actor, filters(), opts)).items.map((i) => i.card.id)).toEqual([newer.profileId, older.profileId]);

    for (const c of [older, newer]) await setConsent(c.actor, { purpose: "included_in_matching", granted: true, wordingVersion: CONSENT_WORDING_VERSIONS.included_in_matching });
    const ranked = await searchCandidates(actor, filters({ tri: "pertinence", poste: vacancy.id }), opts);
    expect(ranked.sort).toBe("pertinence");
    // French 9 meets the vacancy's minimum of 7; French 5 does not: the engine puts the eligible one first.
    expect(ranked.items.map((i) => i.card.id)).toEqual([older.profileId, newer.profileId]);
    expect(ranked.items[0]!.score).toBeGreaterThan(0);

    // Another organisation's vacancy cannot be used to rank.
    const other = await createRecruiter();
    await expect(searchCandidates(other.actor, filters({ tri: "pertinence", poste: vacancy.id }), opts)).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});

describe("profile views", () => {
  beforeAll(ensureReferenceData);
  beforeEach(resetDb);

  it("records every view in the audit log and shows the candidate which organisation looked, never revealing identity before acceptance", async () => {
    const { actor, employerId } = await createRecruiter({ legalName: "Métallurgie Laviolette" });
    const c = await createFilledCandidate({ visible: true });
    const viewed = await viewCandidateProfile(actor, c.profileId, opts);
    expect(viewed.identity).toBeNull();
    await viewCandidateProfile(actor, c.profileId, opts);
    const audits = await db.auditLog.findMany({ where: { action: "candidate.profile_view", subject: `candidate:${c.profileId}` } });
    expect(audits).toHaveLength(2);
    expect(audits[0]!.details).toEqual({ employerId });
    const views = await listMyProfileViews(c.actor);
    expect(views).toEqual([expect.objectContaining({ organisation: "Métallurgie Laviolette", verified: true, views: 2 })]);
  });

  it("refuses a profile that was hidden, unless the candidate already shared it with this organisation", async () => {
    const { employer, candidate } = await acceptedInvitation();
    const stranger = await createRecruiter();
    await setConsent(candidate.actor, { purpose: "visible_to_employers", granted: false, wordingVersion: CONSENT_WORDING_VERSIONS.visible_to_employers });
    await expect(viewCandidateProfile(stranger.actor, candidate.profileId, opts)).rejects.toMatchObject({ code: "NOT_FOUND" });
    const shared = await viewCandidateProfile(employer.actor, candidate.profileId, opts);
    expect(shared.identity).toMatchObject({ firstName: candidate.firstName, lastName: candidate.lastName, phone: candidate.phone });
  });
});

describe("pipelines are the organisation's own", () => {
  beforeAll(ensureReferenceData);
  beforeEach(resetDb);

  it("employer B sees nothing of employer A's pipeline, and A sees identity only after acceptance", async () => {
    const a = await createRecruiter();
    const b = await createRecruiter();
    const vacancy = await publishedVacancy(a.actor);
    const c = await createFilledCandidate({ visible: true });
    await invite(a.actor, vacancy.id, c.profileId);
    const before = await listPipeline(a.actor, vacancy.id);
    expect(before.entries).toHaveLength(1);
    expect(before.entries[0]!.identity).toBeNull();
    expect(JSON.stringify(before)).not.toContain(c.lastName);
    await expect(listPipeline(b.actor, vacancy.id)).rejects.toMatchObject({ code: "NOT_FOUND" });
    // B's own search shows the person, but not A's pipeline stage.
    const search = await searchCandidates(b.actor, filters({ poste: vacancy.id }), opts);
    expect(search.items[0]!.pipelineStage).toBeNull();
  });
});
