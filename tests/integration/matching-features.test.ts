import { beforeAll, beforeEach, describe, expect, it } from "vitest";
import { db, resetDb } from "./db";
import { createUser, ensureReferenceData } from "./factories";
import { createFilledCandidate } from "./candidate-helpers";
import { deriveMatchingFeatures } from "@/lib/domain/matching-features";
import { setConsent } from "@/lib/server/dal/candidate-profile";
import { CONSENT_WORDING_VERSIONS } from "@/lib/domain/candidate/consent";

// The generated column "matchKeys" (migration 20261130161000_matching_keys) is computed by PostgreSQL on every
// write; deriveMatchingFeatures is its specification. They must agree, whoever writes the profile.

async function storedKeys(profileId: string) {
  const [row] = await db.$queryRaw<{ keys: string[]; nocCodes: string[]; skillKeys: string[]; preferredRegionCodes: string[]; openToAnyRegionOutsideCmm: boolean; frenchLevel: number | null; englishLevel: number | null; visibleToEmployers: boolean; includedInMatching: boolean }[]>`
    SELECT "matchKeys" AS "keys", "nocCodes", "skillKeys", "preferredRegionCodes", "openToAnyRegionOutsideCmm", "frenchLevel", "englishLevel", "visibleToEmployers", "includedInMatching"
    FROM "CandidateProfile" WHERE "id" = ${profileId}`;
  return row!;
}

describe("match keys (generated column)", () => {
  beforeAll(ensureReferenceData);
  beforeEach(resetDb);

  it("equal the specification for profiles written through the candidate data layer", async () => {
    const c = await createFilledCandidate({ visible: true, regions: ["04", "02"], nocCode: "72106", french: 6 });
    const before = await storedKeys(c.profileId);
    expect([...before.keys].sort()).toEqual(deriveMatchingFeatures(before).matchKeys);
    expect(before.keys).not.toContain("c:match");
    // Consenting to matching updates the keys on the same write.
    await setConsent(c.actor, { purpose: "included_in_matching", granted: true, wordingVersion: CONSENT_WORDING_VERSIONS.included_in_matching });
    const after = await storedKeys(c.profileId);
    expect(after.keys).toContain("c:match");
    expect([...after.keys].sort()).toEqual(deriveMatchingFeatures(after).matchKeys);
    expect(after.keys).toEqual(expect.arrayContaining(["o5:72106", "o4:7210", "o3:721", "o2:72", "r:04", "r:02", "f:6", "e:4"]));
  });

  it("equal the specification for rows written directly, including empty and unusual values", async () => {
    const cases = [
      {},
      { nocCodes: ["72106", "72106", "21232", "bad"], skillKeys: ["mig-welding", "", "taille de pierre"], preferredRegionCodes: ["17"], openToAnyRegionOutsideCmm: true, frenchLevel: 12, englishLevel: 1, visibleToEmployers: true, includedInMatching: true },
      { frenchLevel: 0, englishLevel: 13, visibleToEmployers: true, includedInMatching: false },
    ];
    for (const data of cases) {
      const { userId } = await createUser("CANDIDATE");
      const p = await db.candidateProfile.create({ data: { userId, ...data }, select: { id: true } });
      const row = await storedKeys(p.id);
      expect([...row.keys].sort()).toEqual(deriveMatchingFeatures(row).matchKeys);
    }
  });
});
