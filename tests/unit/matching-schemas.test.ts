import { describe, expect, it } from "vitest";
import { ZCandidateRecommendationQuery, ZVacancyRecommendationQuery } from "@/lib/schemas/recommendations";
import { ZCreateApiKey, ZRevokeApiKey } from "@/lib/schemas/api-keys";

describe("recommendation query strings", () => {
  it("default to page 1 and no filter when the URL has none", () => {
    expect(ZCandidateRecommendationQuery.parse({})).toEqual({ page: 1, admissibles: false, region: false, "meme-cnp": false });
    expect(ZVacancyRecommendationQuery.parse({})).toEqual({ "hors-cmm": false, admissibles: false });
  });

  it("read checked boxes (value 1, on) and fall back on bad values instead of failing", () => {
    expect(ZCandidateRecommendationQuery.parse({ page: "3", admissibles: "1", region: "on", "meme-cnp": "nope" })).toEqual({ page: 3, admissibles: true, region: true, "meme-cnp": false });
    expect(ZCandidateRecommendationQuery.parse({ page: "-2" }).page).toBe(1);
    expect(ZCandidateRecommendationQuery.parse({ page: "abc" }).page).toBe(1);
    expect(ZVacancyRecommendationQuery.parse({ "hors-cmm": "1" })["hors-cmm"]).toBe(true);
  });
});

describe("API key schemas", () => {
  it("want a label of 2 to 80 characters, trimmed, with an i18n key as message", () => {
    expect(ZCreateApiKey.parse({ label: "  Système RH  " })).toEqual({ label: "Système RH" });
    const r = ZCreateApiKey.safeParse({ label: " x " });
    expect(r.success).toBe(false);
    expect(r.error?.issues[0]?.message).toBe("matching.apiKeys.errors.label");
    expect(ZCreateApiKey.safeParse({ label: "x".repeat(81) }).success).toBe(false);
    expect(ZRevokeApiKey.safeParse({ id: "" }).success).toBe(false);
  });
});
