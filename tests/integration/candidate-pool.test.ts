import { beforeAll, beforeEach, describe, expect, it } from "vitest";
import { db, resetDb } from "./db";
import { createCandidate, createEmployer, ensureReferenceData } from "./factories";
import { confirmedDaysAgo, createFilledCandidate } from "./candidate-helpers";
import { listVisibleCandidatesForEmployers } from "@/lib/server/dal/candidate-pool";
import { setConsent } from "@/lib/server/dal/candidate-profile";
import { CONSENT_WORDING_VERSIONS } from "@/lib/domain/candidate/consent";
import { AppError } from "@/lib/server/errors";

const CARD_KEYS = [
  "id", "occupations", "skills", "frenchLevel", "frenchOral", "frenchWritten", "englishLevel", "education", "credentialStatus", "preferredRegionCodes",
  "openToAnyRegionOutsideCmm", "availableFrom", "workTypes", "inQuebec", "familyComing", "needsHousingHelp", "hasDrivingLicence", "confirmedAt", "confirmedDaysAgo",
].sort();

async function appError(p: Promise<unknown>): Promise<AppError> {
  const e = await p.then(() => null, (err: unknown) => err);
  expect(e).toBeInstanceOf(AppError);
  return e as AppError;
}

describe("candidates listed for employers", () => {
  beforeAll(ensureReferenceData);
  beforeEach(resetDb);

  it("lists nobody without the visibility consent, and stops at once when it is withdrawn", async () => {
    const { actor: employer } = await createEmployer({ municipalityCode: "37067" });
    const hidden = await createFilledCandidate({ visible: false });
    const visible = await createFilledCandidate({ visible: true });
    // Matching consent alone does not make anyone visible.
    await setConsent(hidden.actor, { purpose: "included_in_matching", granted: true, wordingVersion: CONSENT_WORDING_VERSIONS.included_in_matching });
    const page = await listVisibleCandidatesForEmployers(employer);
    expect(page.items.map((c) => c.id)).toEqual([visible.profileId]);
    expect(page.total).toBe(1);

    await setConsent(visible.actor, { purpose: "visible_to_employers", granted: false, wordingVersion: CONSENT_WORDING_VERSIONS.visible_to_employers });
    expect((await listVisibleCandidatesForEmployers(employer)).items).toEqual([]);
  });

  it("lists nobody unconfirmed for 12 months, until they confirm", async () => {
    const { actor: employer } = await createEmployer();
    const stale = await createFilledCandidate({ visible: true });
    const recent = await createFilledCandidate({ visible: true });
    await confirmedDaysAgo(stale.profileId, 366);
    await confirmedDaysAgo(recent.profileId, 300);
    const page = await listVisibleCandidatesForEmployers(employer);
    expect(page.items.map((c) => c.id)).toEqual([recent.profileId]);
    expect(page.items[0]!.confirmedDaysAgo).toBe(300);
    // One day short of the limit is still shown; the limit itself is not.
    const now = new Date();
    const justUnder = new Date(now);
    justUnder.setUTCFullYear(now.getUTCFullYear() - 1);
    await db.candidateProfile.update({ where: { id: stale.profileId }, data: { confirmedAt: new Date(justUnder.getTime() + 60_000) } });
    expect((await listVisibleCandidatesForEmployers(employer, {}, { now })).items.map((c) => c.id).sort()).toEqual([recent.profileId, stale.profileId].sort());
    await db.candidateProfile.update({ where: { id: stale.profileId }, data: { confirmedAt: justUnder } });
    expect((await listVisibleCandidatesForEmployers(employer, {}, { now })).items.map((c) => c.id)).toEqual([recent.profileId]);
  });

  it("shows only anonymous fields", async () => {
    const { actor: employer } = await createEmployer();
    const c = await createFilledCandidate({ visible: true });
    const [card] = (await listVisibleCandidatesForEmployers(employer, {}, { locale: "en" })).items;
    expect(Object.keys(card!).sort()).toEqual(CARD_KEYS);
    const text = JSON.stringify(card);
    for (const secret of [c.firstName, c.lastName, c.phone, c.city, c.actor.email, c.userId, "SN", "asylum_claimant", "Soudage-montage"]) expect(text).not.toContain(secret);
    expect(card!.occupations[0]).toMatchObject({ nocCode: "72106", title: "Welders and related machine operators", years: 6 });
    expect(card!.skills).toContain("MIG welding");
  });

  it("is for verified employers only", async () => {
    await createFilledCandidate({ visible: true });
    const { actor: pending } = await createEmployer({ verified: false });
    expect((await appError(listVisibleCandidatesForEmployers(pending))).code).toBe("FORBIDDEN");
    const { actor: candidate } = await createCandidate();
    expect((await appError(listVisibleCandidatesForEmployers(candidate))).code).toBe("FORBIDDEN");
  });

  it("filters by occupation, region and French level", async () => {
    const { actor: employer } = await createEmployer();
    const welder = await createFilledCandidate({ visible: true, nocCode: "72106", regions: ["04"], french: 8 });
    const aide = await createFilledCandidate({ visible: true, nocCode: "33102", regions: ["09"], french: 5 });
    const ids = async (f: Parameters<typeof listVisibleCandidatesForEmployers>[1]) => (await listVisibleCandidatesForEmployers(employer, f)).items.map((c) => c.id).sort();
    expect(await ids({ nocCode: "72106" })).toEqual([welder.profileId]);
    expect(await ids({ regionCode: "09" })).toEqual([aide.profileId]);
    expect(await ids({ minFrenchLevel: 7 })).toEqual([welder.profileId]);
    // "Any region outside the Montréal area" counts for every region outside it.
    await db.candidateProfile.update({ where: { id: aide.profileId }, data: { openToAnyRegionOutsideCmm: true } });
    expect(await ids({ regionCode: "04" })).toEqual([welder.profileId, aide.profileId].sort());
  });
});
