-- Hand-written: what Prisma's schema language cannot say. The matching prefilter's keys
-- (docs/decisions/0006-matching-in-the-app.md, lib/domain/matching-features.ts).
--
-- "matchKeys" is a generated column: PostgreSQL recomputes it on every INSERT and UPDATE of a profile, whoever
-- writes it (the candidate data layer, the seed, tests), so the prefilter can never read stale features and no
-- writer has to remember to call anything. It is not declared in schema.prisma, so Prisma never selects or writes
-- it; only the matching data layer reads it, in SQL. One GIN index answers "consented, French at least 5, an
-- occupation of sub-major group 721 or one of these skills, and wants region 04 or any region" in one scan.
--
-- Keys (the same spelling as lib/domain/matching-features.ts, checked by tests/integration/matching-features.test.ts):
--   o2:72 o3:721 o4:7210 o5:72106   each occupation's major, sub-major, minor and unit group
--   k:<skill key>                   each canonical skill key (skillKeys, as the candidate data layer stores it)
--   r:04 ... r:any                   each wanted region; "any region outside the Montréal area"
--   f:1 .. f:<level>                 French level at least n (Échelle québécoise), likewise e:n for English (CLB)
--   c:match                          visible to employers AND included in matching (both consents)
-- Changing this function does not recompute stored rows: drop and re-add the column in a new migration instead.
CREATE FUNCTION candidate_match_keys(
  noc_codes text[], skill_keys text[], region_codes text[], open_to_any boolean,
  french_level integer, english_level integer, visible_to_employers boolean, included_in_matching boolean
) RETURNS text[] LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT
    ARRAY(SELECT DISTINCT 'o' || n || ':' || left(c, n) FROM unnest(noc_codes) AS c, generate_series(2, 5) AS n WHERE c ~ '^[0-9]{5}$')
    || ARRAY(SELECT DISTINCT 'k:' || k FROM unnest(skill_keys) AS k WHERE k <> '')
    || ARRAY(SELECT DISTINCT 'r:' || r FROM unnest(region_codes) AS r)
    || CASE WHEN open_to_any THEN ARRAY['r:any'] ELSE ARRAY[]::text[] END
    || ARRAY(SELECT 'f:' || n FROM generate_series(1, least(coalesce(french_level, 0), 12)) AS n)
    || ARRAY(SELECT 'e:' || n FROM generate_series(1, least(coalesce(english_level, 0), 12)) AS n)
    || CASE WHEN visible_to_employers AND included_in_matching THEN ARRAY['c:match'] ELSE ARRAY[]::text[] END
$$;

ALTER TABLE "CandidateProfile" ADD COLUMN "matchKeys" text[] GENERATED ALWAYS AS (
  candidate_match_keys("nocCodes", "skillKeys", "preferredRegionCodes", "openToAnyRegionOutsideCmm", "frenchLevel", "englishLevel", "visibleToEmployers", "includedInMatching")
) STORED;

CREATE INDEX "CandidateProfile_matchKeys_idx" ON "CandidateProfile" USING gin ("matchKeys");
