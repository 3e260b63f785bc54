import { beforeAll, beforeEach, describe, expect, it } from "vitest";
import { db, resetDb } from "./db";
import { createEmployer, ensureReferenceData } from "./factories";
import { getEmployerDashboard, getMyOrganisation, updateOrganisationProfile } from "@/lib/server/dal/employers";
import { searchMunicipalities, getMunicipality } from "@/lib/server/dal/municipalities";
import { ZOrganisationProfile } from "@/lib/schemas/employer";

const baseProfile = (over: Record<string, unknown> = {}) => ZOrganisationProfile.parse({ legalName: "Scierie du Nord inc.", neq: "1171234567", sectorCode: "31", municipalityCode: "94068", size: "10-49", website: "scierie.ca", description: "", version: 0, ...over });

describe("organisation profile", () => {
  beforeAll(ensureReferenceData);
  beforeEach(resetDb);

  it("saves the profile; region and CMM status come from the municipality directory", async () => {
    const { actor } = await createEmployer();
    await updateOrganisationProfile(actor, baseProfile());
    const org = await getMyOrganisation(actor);
    expect(org).toMatchObject({ legalName: "Scierie du Nord inc.", website: "https://scierie.ca", municipality: { name: "Saguenay", regionCode: "02", inCmm: false }, version: 1 });
    // Laval is in the CMM.
    const laval = (await searchMunicipalities(null, "laval"))[0];
    await updateOrganisationProfile(actor, baseProfile({ municipalityCode: laval.code, version: 1 }));
    expect((await getMyOrganisation(actor)).municipality).toMatchObject({ regionCode: "13", inCmm: true });
  });

  it("refuses an unknown municipality and a stale version; changing the legal name of a verified organisation asks for a new verification", async () => {
    const { actor, employerId } = await createEmployer({ legalName: "Scierie du Nord inc." });
    const { neq } = await db.employer.findUniqueOrThrow({ where: { id: employerId } });
    const profile = (over: Record<string, unknown> = {}) => baseProfile({ neq, ...over });
    await expect(updateOrganisationProfile(actor, profile({ municipalityCode: "99999" }))).rejects.toMatchObject({ fieldErrors: { municipalityCode: "employer.errors.municipalityUnknown" } });
    await updateOrganisationProfile(actor, profile());
    await expect(updateOrganisationProfile(actor, profile({ version: 0 }))).rejects.toMatchObject({ code: "CONFLICT" });
    expect((await getMyOrganisation(actor)).verificationStatus).toBe("VERIFIED");
    await updateOrganisationProfile(actor, profile({ legalName: "Autre nom", version: 1 }));
    expect((await getMyOrganisation(actor)).verificationStatus).toBe("PENDING");
  });

  it("a NEQ already used by another organisation is refused on the NEQ field", async () => {
    const a = await createEmployer();
    const b = await createEmployer();
    const neqOfB = (await db.employer.findUniqueOrThrow({ where: { id: b.employerId } })).neq;
    await expect(updateOrganisationProfile(a.actor, baseProfile({ neq: neqOfB }))).rejects.toMatchObject({ code: "CONFLICT", fieldErrors: { neq: "auth.errors.neqTaken" } });
  });

  it("employer A cannot change employer B's profile, and only sees its own dashboard", async () => {
    const a = await createEmployer();
    const b = await createEmployer({ legalName: "Entreprise B" });
    await updateOrganisationProfile(a.actor, baseProfile());
    expect((await db.employer.findUniqueOrThrow({ where: { id: b.employerId } })).legalName).toBe("Entreprise B");
    expect((await getMyOrganisation(a.actor)).id).toBe(a.employerId);
    expect(await getEmployerDashboard(a.actor)).toMatchObject({ drafts: 0, live: 0, members: 1 });
  });
});

describe("municipality directory", () => {
  beforeAll(ensureReferenceData);

  it("finds names without accents or hyphens, prefix first, with region and CMM status", async () => {
    expect((await searchMunicipalities(null, "trois riv"))[0]).toMatchObject({ code: "37067", name: "Trois-Rivières", regionCode: "04", inCmm: false });
    expect((await searchMunicipalities(null, "VAL-D'OR"))[0]).toMatchObject({ name: "Val-d'Or", regionCode: "08" });
    expect((await searchMunicipalities(null, "saguenay"))[0]).toMatchObject({ code: "94068" });
    // A word inside the name ("rivieres" in Trois-Rivières) and a typo (pg_trgm) still find it.
    expect((await searchMunicipalities(null, "rivieres")).map((m) => m.code)).toContain("37067");
    expect((await searchMunicipalities(null, "rimouky")).map((m) => m.name)).toContain("Rimouski");
    expect(await searchMunicipalities(null, "   ")).toEqual([]);
    expect(await searchMunicipalities(null, "%_'")).toEqual([]);
    expect((await searchMunicipalities(null, "saint", 50)).length).toBe(20);
    expect(await getMunicipality(null, "37067")).toMatchObject({ regionNameFr: "Mauricie" });
    expect(await getMunicipality(null, "00000")).toBeNull();
  });
});
