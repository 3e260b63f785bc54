import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { prepareVacancy, rankVacancies, type MatchCandidate, type MatchContext, type MatchVacancy } from "@/lib/domain/matching";
import { prepareCandidate } from "@/lib/domain/matching/prepare";
import {
  missesEveryRequiredSkill,
  rankVacanciesThroughKinds,
  upperBoundVacancy,
  type KindRequiredSkills,
  type VacancyKind,
  type VacancySource,
} from "@/lib/domain/matching-vacancy-plan";
import { EDUCATION_LEVELS } from "@/lib/domain/education";

// Recommended vacancies through kinds must never change an answer: the top k read kind by kind, best bound first,
// is exactly the engine's top k over the whole board (rankVacancies over every vacancy). Checked on random boards
// and candidates against an in-memory board grouped the way the data layer's GROUP BY groups it.

const CODES = ["72106", "72105", "72100", "72110", "72201", "72310", "73300", "75101", "21232", "31301", "63200", "94141"];
const SKILLS = ["Soudage MIG", "soudage TIG", "Soudage", "Lecture de plans", "Travail d'équipe", "Cariste", "Python", "Soins infirmiers", "Cuisine"];
const REGIONS = Array.from({ length: 17 }, (_, i) => String(i + 1).padStart(2, "0"));
const VECTORS: ReadonlyMap<string, number[]> = new Map(CODES.map((c, i) => [c, Array.from({ length: 12 }, (_, k) => ((i * 7 + k * 3) % 11) / 2)]));
const CONTEXT: MatchContext = { occupationVectors: VECTORS, today: "2027-01-01" };

type BoardVacancy = { vacancy: MatchVacancy & { nocCode: string; regionCode: string }; inCmm: boolean };

const arbVacancy = (id: string): fc.Arbitrary<BoardVacancy> =>
  fc.record({
    vacancy: fc.record({
      id: fc.constant(id),
      // Few codes and regions: vacancies share kinds, as on the real board.
      nocCode: fc.constantFrom(...CODES.slice(0, 6)),
      regionCode: fc.constantFrom("04", "06", "02", "13"),
      requiredSkills: fc.uniqueArray(fc.constantFrom(...SKILLS), { maxLength: 3 }),
      assetSkills: fc.uniqueArray(fc.constantFrom(...SKILLS), { maxLength: 2 }),
      minFrenchLevel: fc.option(fc.constantFrom(5, 7), { nil: null }),
      minEnglishLevel: fc.option(fc.constant(5), { nil: null, freq: 4 }),
      minExperienceYears: fc.option(fc.integer({ min: 1, max: 5 }), { nil: null }),
      minEducation: fc.option(fc.constantFrom(...EDUCATION_LEVELS), { nil: null }),
      startDate: fc.option(fc.constantFrom("2026-12-01", "2027-02-01", "2027-06-01"), { nil: null }),
    }),
    inCmm: fc.boolean(),
  }) as fc.Arbitrary<BoardVacancy>;

const arbBoard = fc.integer({ min: 0, max: 150 }).chain((n) => fc.tuple(...Array.from({ length: n }, (_, i) => arbVacancy(`v-${String(i).padStart(3, "0")}`))));

const arbCandidate: fc.Arbitrary<MatchCandidate> = fc.record({
  id: fc.constant("c-1"),
  occupations: fc.uniqueArray(fc.record({ nocCode: fc.constantFrom(...CODES), years: fc.integer({ min: 0, max: 30 }) }), { maxLength: 3, selector: (o) => o.nocCode }),
  skills: fc.uniqueArray(fc.constantFrom(...SKILLS), { maxLength: 5 }),
  frenchLevel: fc.option(fc.integer({ min: 1, max: 12 }), { nil: null }),
  englishLevel: fc.option(fc.integer({ min: 1, max: 12 }), { nil: null }),
  education: fc.option(fc.constantFrom(...EDUCATION_LEVELS), { nil: null }),
  preferredRegionCodes: fc.uniqueArray(fc.constantFrom(...REGIONS), { maxLength: 3 }),
  openToAnyRegionOutsideCmm: fc.boolean(),
  availableFrom: fc.option(fc.constantFrom("2026-11-01", "2027-01-01", "2027-03-01", "2027-09-01"), { nil: null }),
}) as fc.Arbitrary<MatchCandidate>;

const kindKey = (v: BoardVacancy) => [v.vacancy.nocCode, v.vacancy.regionCode, v.inCmm, v.vacancy.minFrenchLevel ?? null, v.vacancy.minEnglishLevel ?? null].join("|");

/** The data layer's aggregate of a kind's required skills (getRequiredSkillsOfKinds), in memory. */
function requiredSkillsOf(vacancies: readonly BoardVacancy[]): KindRequiredSkills | undefined {
  if (!vacancies.length) return undefined;
  return {
    someWithoutRequired: vacancies.some((v) => !v.vacancy.requiredSkills?.length),
    labels: [...new Set(vacancies.flatMap((v) => v.vacancy.requiredSkills ?? []))],
  };
}

/** The data layer's GROUP BY and its reads by kind, in memory; with `withSkills`, its required-skills aggregate too. */
function boardSource(board: readonly BoardVacancy[], withSkills = false): { kinds: VacancyKind[]; source: VacancySource; reads: string[][] } {
  const groups = new Map<string, BoardVacancy[]>();
  for (const v of board) groups.set(kindKey(v), [...(groups.get(kindKey(v)) ?? []), v]);
  const kinds = [...groups.values()].map(([first, ...rest]): VacancyKind => {
    const all = [first!, ...rest];
    const starts = all.map((v) => v.vacancy.startDate ?? null).filter((d): d is string => d !== null).sort();
    return {
      nocCode: first!.vacancy.nocCode,
      regionCode: first!.vacancy.regionCode,
      inCmm: first!.inCmm,
      minFrenchLevel: first!.vacancy.minFrenchLevel ?? null,
      minEnglishLevel: first!.vacancy.minEnglishLevel ?? null,
      latestStartDate: starts.at(-1) ?? null,
      someWithoutStartDate: starts.length < all.length,
      count: all.length,
    };
  });
  const reads: string[][] = [];
  const source: VacancySource = {
    vacancies: async (batch) => {
      const wanted = new Set(batch.map((k) => [k.nocCode, k.regionCode, k.inCmm, k.minFrenchLevel, k.minEnglishLevel].join("|")));
      const rows = board.filter((v) => wanted.has(kindKey(v)));
      reads.push(rows.map((r) => r.vacancy.id));
      return rows;
    },
    ...(withSkills && {
      requiredSkills: async (batch) =>
        batch.map((k) => requiredSkillsOf(board.filter((v) => kindKey(v) === [k.nocCode, k.regionCode, k.inCmm, k.minFrenchLevel, k.minEnglishLevel].join("|")))),
    }),
  };
  return { kinds, source, reads };
}

/** The reference: the engine over every vacancy of the board. */
function rankNaively(candidate: MatchCandidate, board: readonly BoardVacancy[], limit: number, eligibleOnly: boolean) {
  const prepared = board.map((v) => prepareVacancy(v.vacancy, { ...CONTEXT, vacancyInCmm: v.inCmm }));
  const ranked = rankVacancies(candidate, prepared, { limit: prepared.length, locale: "fr" });
  return (eligibleOnly ? ranked.filter((r) => r.eligible) : ranked).slice(0, limit).map((r, i) => ({ ...r, rank: i + 1 }));
}

describe("recommended vacancies through kinds", () => {
  it("a kind's bound is never below the score of one of its vacancies", () => {
    fc.assert(
      fc.property(arbCandidate, arbBoard, (candidate, board) => {
        const { kinds } = boardSource(board);
        for (const v of board) {
          const kind = kinds.find((k) => [k.nocCode, k.regionCode, k.inCmm, k.minFrenchLevel, k.minEnglishLevel].join("|") === kindKey(v))!;
          const [real] = rankVacancies(candidate, [prepareVacancy(v.vacancy, { ...CONTEXT, vacancyInCmm: v.inCmm })], { context: CONTEXT });
          const [bound] = rankVacancies(candidate, [prepareVacancy(upperBoundVacancy(kind, "bound", CONTEXT.today), { ...CONTEXT, vacancyInCmm: kind.inCmm })], { context: CONTEXT });
          expect(bound!.eligible).toBe(real!.eligible);
          expect(bound!.score).toBeGreaterThanOrEqual(real!.score);
        }
      }),
      { numRuns: 150 },
    );
  });

  it("a bound lowered for required skills the candidate misses is never below the score of one of the kind's vacancies", () => {
    fc.assert(
      fc.property(arbCandidate, arbBoard, (candidate, board) => {
        const { kinds } = boardSource(board);
        const pc = prepareCandidate(candidate);
        for (const kind of kinds) {
          const ofKind = board.filter((v) => kindKey(v) === [kind.nocCode, kind.regionCode, kind.inCmm, kind.minFrenchLevel, kind.minEnglishLevel].join("|"));
          if (!missesEveryRequiredSkill(pc, requiredSkillsOf(ofKind)!)) continue;
          for (const v of ofKind) {
            const [real] = rankVacancies(candidate, [prepareVacancy(v.vacancy, { ...CONTEXT, vacancyInCmm: v.inCmm })], { context: CONTEXT });
            expect(real!.factors.find((f) => f.key === "skills")!.score).toBeLessThanOrEqual(0.2);
          }
        }
      }),
      { numRuns: 150 },
    );
  });

  it("gives exactly the engine's top k over the whole board, with or without the eligibility filter and the skill bounds", async () => {
    await fc.assert(
      fc.asyncProperty(
        arbCandidate, arbBoard, fc.integer({ min: 1, max: 30 }), fc.boolean(), fc.option(fc.integer({ min: 0, max: 2 }), { nil: undefined }),
        async (candidate, board, limit, eligibleOnly, skillBoundsAfter) => {
          const { kinds, source } = boardSource(board, skillBoundsAfter !== undefined);
          const got = await rankVacanciesThroughKinds(candidate, kinds, source, { limit, locale: "fr", context: CONTEXT, eligibleOnly, batchesBeforeSkillBounds: skillBoundsAfter });
          expect(got.ranked).toEqual(rankNaively(candidate, board, limit, eligibleOnly));
        },
      ),
      { numRuns: 400 },
    );
  });

  it("a candidate holding none of the board's required skills no longer reads the whole board", async () => {
    // A cook wanting Mauricie; the board: welders' vacancies there (welding required, never held), and a few cooks'
    // vacancies in Montréal asking for two skills the cook lacks. Counting skills as held, every welders' kind the
    // cook's French allows could beat the cooks' vacancies (about 75 against 67); with the skills they score about 59.
    const cook: MatchCandidate = {
      id: "c-1", occupations: [{ nocCode: "63200", years: 6 }], skills: ["Cuisine"], frenchLevel: 8, englishLevel: null,
      education: null, preferredRegionCodes: ["04"], openToAnyRegionOutsideCmm: false, availableFrom: "2027-01-01",
    };
    const board: BoardVacancy[] = [];
    for (let i = 0; i < 600; i++) {
      board.push({ vacancy: { id: `w-${String(i).padStart(3, "0")}`, nocCode: CODES[i % 6]!, regionCode: "04", minFrenchLevel: 1 + (i % 11), requiredSkills: ["Soudage MIG"], startDate: "2027-02-01" }, inCmm: false });
    }
    for (let i = 0; i < 30; i++) board.push({ vacancy: { id: `k-${String(i).padStart(2, "0")}`, nocCode: "63200", regionCode: "06", requiredSkills: ["Cuisine", "Cariste", "Python"] }, inCmm: true });
    const want = rankNaively(cook, board, 20, false);
    const plain = await rankVacanciesThroughKinds(cook, boardSource(board).kinds, boardSource(board).source, { limit: 20, locale: "fr", context: CONTEXT });
    const withSkills = boardSource(board, true);
    const lowered = await rankVacanciesThroughKinds(cook, withSkills.kinds, withSkills.source, { limit: 20, locale: "fr", context: CONTEXT });
    expect(plain.ranked).toEqual(want);
    expect(lowered.ranked).toEqual(want);
    expect(want.every((r) => r.vacancyId.startsWith("k-"))).toBe(true);
    expect(plain.vacanciesRead).toBeGreaterThan(400);
    expect(lowered.boundsLowered).toBeGreaterThan(0);
    expect(lowered.vacanciesRead).toBeLessThan(300);
  });

  it("a kind's required skills lower its bound only when each of its vacancies requires one and the candidate holds none, even in part", () => {
    const welder = prepareCandidate({ id: "c", skills: ["Soudage MIG"] });
    const of = (labels: string[], someWithoutRequired = false) => missesEveryRequiredSkill(welder, { labels, someWithoutRequired });
    expect(of(["Cuisine", "Cariste"])).toBe(true);
    expect(of(["Cuisine", "soudage mig"])).toBe(false); // held (same key)
    expect(of(["Soudage"])).toBe(false); // a narrower skill held
    expect(of(["Cuisine"], true)).toBe(false); // a vacancy of the kind requires nothing
    expect(of(["Cuisine", "  "])).toBe(false); // a label without a key: the engine drops it, the vacancy may require nothing
    expect(of([])).toBe(false);
  });

  it("reads only the kinds that can still enter: a welder wanting Mauricie does not read the board's cooks", async () => {
    const welder: MatchCandidate = {
      id: "c-1", occupations: [{ nocCode: "72106", years: 8 }], skills: ["Soudage MIG", "Lecture de plans"], frenchLevel: 8, englishLevel: null,
      education: null, preferredRegionCodes: ["04"], openToAnyRegionOutsideCmm: false, availableFrom: "2027-01-01",
    };
    const board: BoardVacancy[] = [];
    for (let i = 0; i < 45; i++) board.push({ vacancy: { id: `w-${String(i).padStart(2, "0")}`, nocCode: "72106", regionCode: "04", requiredSkills: ["Soudage MIG"], startDate: "2027-02-01" }, inCmm: false });
    for (let i = 0; i < 300; i++) board.push({ vacancy: { id: `k-${i}`, nocCode: "63200", regionCode: REGIONS[i % 17]!, requiredSkills: ["Cuisine"] }, inCmm: i % 2 === 0 });
    const { kinds, source, reads } = boardSource(board);
    const got = await rankVacanciesThroughKinds(welder, kinds, source, { limit: 20, locale: "fr", context: CONTEXT });
    expect(got.ranked).toEqual(rankNaively(welder, board, 20, false));
    expect(got.ranked.every((r) => r.vacancyId.startsWith("w-"))).toBe(true);
    expect(reads.flat().filter((id) => id.startsWith("k-"))).toEqual([]);
    expect(got).toMatchObject({ kindsRead: 1, vacanciesRead: 45 }); // the first batch asks for 2k = 40 vacancies: one kind holds them
  });

  it("an empty board, or a limit of 0, reads nothing", async () => {
    const { kinds, source, reads } = boardSource([]);
    expect((await rankVacanciesThroughKinds({ id: "c" }, kinds, source, { limit: 20 })).ranked).toEqual([]);
    const full = boardSource([{ vacancy: { id: "v", nocCode: "72106", regionCode: "04" }, inCmm: false }]);
    expect((await rankVacanciesThroughKinds({ id: "c" }, full.kinds, full.source, { limit: 0 })).ranked).toEqual([]);
    expect([...reads, ...full.reads]).toEqual([]);
  });
});
