// Fairness audit of the matching engine (issue 9, item 7). Pure and deterministic: a synthetic population and
// synthetic vacancies from a seeded PRNG, ranked by the real engine; for each attribute the engine must ignore
// (nationality, sex, age band) the selection rate of each group in the top K and the impact ratio (lowest group
// rate over highest; the "four-fifths rule": below 0.8 is adverse impact).
//
// Two populations:
//  - "neutral": the protected attributes are drawn independently of every job-relevant field. The engine never
//    reads them (toMatchCandidate copies only job-relevant fields), so any gap here would be the engine's own doing
//    (e.g. through the tie-break) or chance: this one decides the exit status.
//  - "correlated": French level depends on nationality (francophone countries higher), experience on age. The engine
//    still never reads the attributes, yet the groups' rates differ because the relevant fields do: this shows what
//    the audit measures (outcomes, not intentions) and that it detects a disparity when one exists.
import { prepareCandidates, rankCandidates, type MatchCandidate, type MatchContext, type MatchVacancy } from "@/lib/domain/matching";
import { EDUCATION_LEVELS, type EducationLevel } from "@/lib/domain/education";

export const IMPACT_RATIO_THRESHOLD = 0.8;

export const PROTECTED_GROUPS = {
  nationality: ["FR", "MA", "SN", "CM", "CO", "MX", "PH", "UA"],
  sex: ["F", "M"],
  ageBand: ["18-29", "30-44", "45-64"],
} as const;
export type ProtectedAttribute = keyof typeof PROTECTED_GROUPS;
const FRANCOPHONE = new Set(["FR", "MA", "SN", "CM"]);

export type SyntheticPerson = { candidate: MatchCandidate; groups: Record<ProtectedAttribute, string> };
export type PopulationVariant = "neutral" | "correlated";

/** mulberry32 seeded PRNG (deterministic on every machine). */
function prng(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1));
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(next() * xs.length)]!;
  const sample = <T>(xs: readonly T[], n: number): T[] => {
    const copy = [...xs];
    for (let i = copy.length - 1; i > 0; i--) {
      const j = Math.floor(next() * (i + 1));
      [copy[i], copy[j]] = [copy[j]!, copy[i]!];
    }
    return copy.slice(0, n);
  };
  return { next, int, pick, sample };
}

// Job-relevant vocabulary: occupations in pairs of related codes (same minor group), with skills per occupation.
const OCCUPATIONS: Record<string, string[]> = {
  "72106": ["soudage MIG", "soudage TIG", "lecture de plans", "oxycoupage"],
  "72100": ["usinage", "lecture de plans", "tour conventionnel", "commande numérique"],
  "73300": ["conduite de camion", "permis classe 1", "arrimage", "ronde de sécurité"],
  "75101": ["chariot élévateur", "manutention", "inventaire", "expédition"],
  "33102": ["soins aux patients", "hygiène", "prise de signes vitaux", "mobilisation"],
  "31301": ["soins infirmiers", "pharmacologie", "évaluation clinique", "dossier patient"],
  "63200": ["cuisine", "hygiène alimentaire", "préparation", "mise en place"],
  "65201": ["service à la clientèle", "caisse", "préparation", "hygiène alimentaire"],
  "85100": ["élevage", "traite", "machinerie agricole", "soins aux animaux"],
  "84120": ["machinerie agricole", "récolte", "entretien", "irrigation"],
  "21231": ["développement logiciel", "JavaScript", "bases de données", "tests"],
  "22220": ["réseaux", "soutien technique", "Windows", "sécurité informatique"],
  "72400": ["mécanique industrielle", "hydraulique", "soudage MIG", "entretien préventif"],
  "72410": ["mécanique automobile", "diagnostic", "freins", "moteurs"],
  "94141": ["découpe de viande", "hygiène alimentaire", "couteau", "emballage"],
  "95106": ["manutention", "emballage", "chaîne de production", "hygiène alimentaire"],
};
// Plus synthetic unit groups in pairs under the same minor group (the engine needs no real code: without OaSIS
// vectors it compares codes by their hierarchy), so that vacancies spread over many occupations: with few, the same
// handful of strongest profiles fill every top 20 and the rates measure chance more than the engine.
for (const major of ["11", "12", "13", "14", "41", "42", "43", "52", "62", "64", "73", "74", "75", "82", "92", "93"]) {
  for (const unit of ["100", "101"]) OCCUPATIONS[`${major}${unit}`] = [0, 1, 2, 3].map((k) => `compétence ${major}${unit.slice(0, 2)}-${k + Number(unit[2])}`);
}
const NOC_CODES = Object.keys(OCCUPATIONS);
const REGIONS = ["01", "02", "03", "04", "05", "07", "08", "09", "10", "11", "12", "17"];
const TODAY = "2026-12-01";

function addDays(iso: string, days: number): string {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** `size` people; job-relevant fields drawn first, then the protected attributes (independently, or not). */
export function syntheticPopulation(opts: { size: number; seed: number; variant: PopulationVariant }): SyntheticPerson[] {
  const r = prng(opts.seed);
  const people: SyntheticPerson[] = [];
  for (let i = 0; i < opts.size; i++) {
    const groups = { nationality: r.pick(PROTECTED_GROUPS.nationality), sex: r.pick(PROTECTED_GROUPS.sex), ageBand: r.pick(PROTECTED_GROUPS.ageBand) };
    const noc = r.pick(NOC_CODES);
    const second = r.next() < 0.4 ? r.pick(NOC_CODES) : null;
    let years = r.int(0, 15);
    let french = r.int(1, 12);
    if (opts.variant === "correlated") {
      french = FRANCOPHONE.has(groups.nationality) ? r.int(7, 12) : r.int(1, 6);
      years = groups.ageBand === "18-29" ? r.int(0, 4) : groups.ageBand === "30-44" ? r.int(3, 12) : r.int(8, 20);
    }
    const candidate: MatchCandidate = {
      id: `c${String(i).padStart(6, "0")}`,
      occupations: [{ nocCode: noc, years }, ...(second && second !== noc ? [{ nocCode: second, years: r.int(0, 5) }] : [])],
      skills: r.sample(OCCUPATIONS[noc]!, r.int(1, 4)),
      frenchLevel: french,
      englishLevel: r.int(1, 12),
      education: r.pick(EDUCATION_LEVELS) as EducationLevel,
      preferredRegionCodes: r.sample(REGIONS, r.int(1, 3)),
      openToAnyRegionOutsideCmm: r.next() < 0.3,
      availableFrom: addDays(TODAY, r.int(-60, 180)),
    };
    people.push({ candidate, groups });
  }
  return people;
}

export function syntheticVacancies(opts: { count: number; seed: number }): MatchVacancy[] {
  const r = prng(opts.seed);
  return Array.from({ length: opts.count }, (_, k) => {
    const noc = r.pick(NOC_CODES);
    return {
      id: `v${String(k).padStart(5, "0")}`,
      nocCode: noc,
      regionCode: r.pick(REGIONS),
      requiredSkills: r.sample(OCCUPATIONS[noc]!, r.int(1, 2)),
      assetSkills: r.sample(OCCUPATIONS[noc]!, r.int(0, 2)),
      minFrenchLevel: r.pick([null, 4, 5, 6, 7]),
      minEnglishLevel: r.next() < 0.15 ? r.int(4, 7) : null,
      minExperienceYears: r.pick([null, 1, 2, 3, 5]),
      minEducation: r.pick([null, "secondary", "vocational", "college"] as const),
      startDate: addDays(TODAY, r.int(15, 120)),
    };
  });
}

export type GroupRate = { group: string; members: number; selections: number; rate: number };
export type AttributeReport = { attribute: ProtectedAttribute; groups: GroupRate[]; impactRatio: number; lowest: string; highest: string };
export type FairnessReport = { candidates: number; vacancies: number; topK: number; attributes: AttributeReport[]; pass: boolean };

type Ranker = (vacancy: MatchVacancy, topK: number) => readonly string[];

/** One market's counts: members and selections per (attribute, group). */
export type GroupCounts = Record<ProtectedAttribute, Record<string, { members: number; selections: number; slots: number }>>;

/**
 * Ranks every vacancy of one market and counts, per group, its members and how often they are in the top K.
 * `rank` defaults to the engine; tests pass a biased one to check that the audit notices.
 */
export function countSelections(people: readonly SyntheticPerson[], vacancies: readonly MatchVacancy[], opts: { topK?: number; rank?: Ranker; context?: MatchContext } = {}): GroupCounts {
  const topK = opts.topK ?? 20;
  let rank = opts.rank;
  if (!rank) {
    const pool = prepareCandidates(people.map((p) => p.candidate));
    const context: MatchContext = opts.context ?? { today: TODAY };
    rank = (v, k) => rankCandidates(v, pool, { limit: k, context }).map((r) => r.candidateId);
  }
  const selections = new Map<string, number>();
  for (const v of vacancies) for (const id of rank(v, topK)) selections.set(id, (selections.get(id) ?? 0) + 1);
  const counts = Object.fromEntries((Object.keys(PROTECTED_GROUPS) as ProtectedAttribute[]).map((a) => [a, Object.fromEntries(PROTECTED_GROUPS[a].map((g) => [g, { members: 0, selections: 0, slots: 0 }]))])) as GroupCounts;
  for (const p of people) {
    const n = selections.get(p.candidate.id) ?? 0;
    for (const a of Object.keys(PROTECTED_GROUPS) as ProtectedAttribute[]) {
      const c = counts[a][p.groups[a]]!;
      c.members += 1;
      c.selections += n;
      c.slots += vacancies.length; // each member could have been selected for each vacancy
    }
  }
  return counts;
}

/** Selection rates and impact ratios of counts summed over one or more markets. */
export function fairnessReport(markets: readonly GroupCounts[], meta: { candidates: number; vacancies: number; topK: number }): FairnessReport {
  const attributes = (Object.keys(PROTECTED_GROUPS) as ProtectedAttribute[]).map((attribute): AttributeReport => {
    const groups = PROTECTED_GROUPS[attribute].map((group): GroupRate => {
      const sum = markets.reduce((acc, m) => ({ members: acc.members + m[attribute][group]!.members, selections: acc.selections + m[attribute][group]!.selections, slots: acc.slots + m[attribute][group]!.slots }), { members: 0, selections: 0, slots: 0 });
      return { group, members: sum.members, selections: sum.selections, rate: sum.slots ? sum.selections / sum.slots : 0 };
    });
    const rated = groups.filter((g) => g.members > 0);
    const lowest = rated.reduce((a, b) => (b.rate < a.rate ? b : a));
    const highest = rated.reduce((a, b) => (b.rate > a.rate ? b : a));
    return { attribute, groups, impactRatio: highest.rate > 0 ? lowest.rate / highest.rate : 1, lowest: lowest.group, highest: highest.group };
  });
  return { ...meta, attributes, pass: attributes.every((a) => a.impactRatio >= IMPACT_RATIO_THRESHOLD) };
}

/**
 * The audit: `markets` independent synthetic markets (population and vacancies from seeds derived from `seed`),
 * ranked by the engine, counts pooled. Several markets rather than one big one: in one market the same strongest
 * profiles fill many top 20s, so the rates of small groups vary by chance; pooling independent markets keeps the
 * estimate's noise well below the 0.8 threshold's margin (see the spread the CLI prints over other seeds).
 */
export function auditFairness(opts: { variant: PopulationVariant; candidates: number; vacancies: number; markets: number; seed: number; topK?: number; rank?: Ranker }): FairnessReport {
  const counts: GroupCounts[] = [];
  for (let m = 0; m < opts.markets; m++) {
    const seed = (opts.seed * 1000 + m) >>> 0;
    counts.push(countSelections(syntheticPopulation({ size: opts.candidates, seed, variant: opts.variant }), syntheticVacancies({ count: opts.vacancies, seed: seed ^ 0x5bd1e995 }), { topK: opts.topK, rank: opts.rank }));
  }
  return fairnessReport(counts, { candidates: opts.candidates * opts.markets, vacancies: opts.vacancies * opts.markets, topK: opts.topK ?? 20 });
}
