import { canonicalSkillKey } from "../../lib/domain/skills-vocabulary";
import { normalizeText } from "../../lib/domain/text";
import {
  CMM_REGION_CHOICES, COUNTRIES, EMPLOYERS, OCCUPATIONS, OCCUPATION_BY_NOC, OUTSIDE_REGION_CHOICES, QUEBEC_CITIES, TRANSVERSAL_SKILLS,
  type CountrySpec, type EmployerSpec, type OccupationSpec,
} from "./catalog";
import { Rng, stableId } from "./prng";

// Pure generation of the demo rows: no I/O, no clock, no Math.random. The same options give the same rows.
// Rows use the database column names and JSON-ready values (ISO strings for dates), ready for bulk insertion.

export const DEMO_PASSWORD = "Demo-Passerelle-2026";

export const DEMO_ACCOUNTS = {
  candidate: "candidat@demo.passerelle.ca",
  employer: "employeur@demo.passerelle.ca",
  pendingEmployer: "employeur.attente@demo.passerelle.ca",
  advisor: "conseiller@demo.passerelle.ca",
  admin: "admin@demo.passerelle.ca",
} as const;

/** Version of the consent wording the demo consents were given under (ConsentEvent.wordingVersion). */
export const DEMO_CONSENT_WORDING = "2026-01";

export type Row = Record<string, unknown>;

export interface MunicipalityInfo {
  name: string;
  regionCode: string;
  inCmm: boolean;
}

export interface GenerateOptions {
  /** Dates are relative to this instant (the seed passes the start of the current UTC day). */
  now: Date;
  passwordHash: string;
  /** Generated candidates besides the demo candidate account (default 3,000). */
  candidates: number;
  /** Municipalities of the demo employers, from the database (for region and CMM flags). */
  municipalities: ReadonlyMap<string, MunicipalityInfo>;
  /** French and English titles of the demo NOC codes, from the database (for JobPosting.searchText). */
  nocTitles: ReadonlyMap<string, { titleFr: string; titleEn: string }>;
}

export interface DemoRows {
  users: Row[];
  employers: Row[];
  employerMembers: Row[];
  advisorRegions: Row[];
  jobPostings: Row[];
  candidateProfiles: Row[];
  candidateOccupations: Row[];
  consentEvents: Row[];
  skillTerms: Row[];
}

const DAY = 86_400_000;
const iso = (d: Date) => d.toISOString();
const isoDate = (d: Date) => d.toISOString().slice(0, 10);
const addDays = (d: Date, days: number) => new Date(d.getTime() + days * DAY);

/** The start of the UTC day of `d`: demo dates move only once a day, so two seeds on the same day are identical. */
export function startOfUtcDay(d: Date): Date {
  return new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate()));
}

export function slug(text: string): string {
  return text
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "");
}

// The demo data reuses a few hundred labels: cache their keys (100,000 scale candidates would otherwise
// normalise the same labels half a million times).
const keyCache = new Map<string, string>();
function keyOf(label: string): string {
  let k = keyCache.get(label);
  if (k === undefined) keyCache.set(label, (k = canonicalSkillKey(label)));
  return k;
}

function skillKeys(labels: readonly string[]): string[] {
  return [...new Set(labels.map(keyOf).filter((k) => k.length > 0))];
}

// Same rule as tidySkills in lib/server/dal/vacancies.ts (server-only, so not importable from a tsx script):
// de-duplicated by canonical key, first label wins, an asset that is also required is dropped; keys parallel labels.
function vacancySkills(required: readonly string[], assets: readonly string[]) {
  const seen = new Set<string>();
  const pick = (labels: readonly string[]) => {
    const out: { label: string; key: string }[] = [];
    for (const label of labels) {
      const key = keyOf(label);
      if (!key || seen.has(key)) continue;
      seen.add(key);
      out.push({ label, key });
    }
    return out;
  };
  const req = pick(required);
  const asset = pick(assets);
  return { requiredSkills: req.map((x) => x.label), requiredSkillKeys: req.map((x) => x.key), assetSkills: asset.map((x) => x.label), assetSkillKeys: asset.map((x) => x.key) };
}

const QC_FIRST = ["Marie-Ève", "Stéphane", "Geneviève", "Martin", "Isabelle", "Sylvain", "Nathalie", "Éric", "Josée", "François", "Mélanie", "Patrick", "Caroline", "Dany", "Annie", "Mathieu", "Karine", "Simon"];
const QC_LAST = ["Tremblay", "Gagnon", "Roy", "Côté", "Bouchard", "Gauthier", "Morin", "Lavoie", "Fortin", "Gagné", "Ouellet", "Pelletier", "Bélanger", "Lévesque", "Bergeron", "Leblanc", "Paquette", "Girard", "Simard", "Boucher"];

// ---------------------------------------------------------------------------------------------------------------
// Candidates

export interface CandidateRows {
  user: Row;
  profile: Row;
  occupations: Row[];
  consentEvents: Row[];
}

export interface CandidateIdentity {
  /** "demo" or "scale": ids and content depend only on (namespace, index). */
  namespace: string;
  index: number;
  email?: string;
}

const COUNTRY_WEIGHTS = COUNTRIES.map((c) => [c, c.weight] as const);
const IMMIGRATION_ABROAD: readonly (readonly [string, number])[] = [["none", 7], ["arrima_expression_of_interest", 2], ["csq_holder", 1]];
const IMMIGRATION_IN_QC: readonly (readonly [string, number])[] = [["work_permit", 4], ["post_graduation_work_permit", 2], ["study_permit", 2], ["permanent_resident", 2], ["asylum_claimant", 1]];
const FRENCH_TESTS = ["TEF Canada", "TCF Canada", "TEFAQ", "TCF Québec", "DELF B2"];

function frenchLevels(rng: Rng, country: CountrySpec): [oral: number, written: number] {
  if (country.french === "native") return [rng.int(11, 12), rng.int(10, 12)];
  if (country.french === "high") {
    const oral = rng.weighted([[12, 3], [11, 3], [10, 3], [9, 2], [8, 2], [7, 1]]);
    return [oral, Math.max(5, oral - rng.int(0, 2))];
  }
  const oral = rng.weighted([[1, 2], [2, 3], [3, 3], [4, 3], [5, 3], [6, 2], [7, 2], [8, 1]]);
  return [oral, Math.max(1, oral - rng.int(0, 2))];
}

function preferredRegions(rng: Rng): { codes: string[]; openToAny: boolean } {
  const r = rng.float();
  if (r < 0.64) {
    // Only the Montréal area: most newcomers' first choice.
    const codes = rng.sampleWeighted(CMM_REGION_CHOICES, rng.weighted([[1, 5], [2, 3], [3, 1]]));
    if (!codes.includes("06") && rng.chance(0.7)) codes.unshift("06");
    return { codes: [...new Set(codes)], openToAny: false };
  }
  if (r < 0.87) {
    const codes = rng.sampleWeighted(OUTSIDE_REGION_CHOICES, rng.weighted([[1, 4], [2, 4], [3, 2]]));
    if (rng.chance(0.3)) codes.push("06");
    return { codes, openToAny: false };
  }
  return { codes: rng.chance(0.5) ? rng.sampleWeighted(OUTSIDE_REGION_CHOICES, 1) : [], openToAny: true };
}

function phoneNumber(rng: Rng, country: CountrySpec, inQuebec: boolean): string {
  // NANP 555-01xx numbers are reserved for fiction; foreign numbers are random digits in the country's format length.
  if (inQuebec) return `+1 ${rng.pick(["514", "438", "450", "418", "819", "873"])} 555-01${String(rng.int(0, 99)).padStart(2, "0")}`;
  const digits = Array.from({ length: 9 }, () => rng.int(0, 9)).join("");
  return `${country.dial} ${digits.slice(0, 3)} ${digits.slice(3, 6)} ${digits.slice(6)}`;
}

function pickOccupation(rng: Rng, country: CountrySpec, exclude?: string): OccupationSpec {
  return rng.weighted(OCCUPATIONS.filter((o) => o.noc !== exclude).map((o) => [o, o.candidateWeight * (country.common.includes(o.noc) ? 3 : 1)] as const));
}

export function generateCandidate(id: CandidateIdentity, now: Date, passwordHash: string): CandidateRows {
  const rng = Rng.of("candidate", id.namespace, id.index);
  const country = rng.weighted(COUNTRY_WEIGHTS);
  const female = rng.chance(0.45);
  const firstName = rng.pick(female ? country.female : country.male);
  const lastName = rng.pick(country.last);
  const userId = stableId(id.namespace, "user", id.index);
  const profileId = stableId(id.namespace, "candidate", id.index);
  const email = id.email ?? `${slug(firstName)}.${slug(lastName)}.${String(id.index).padStart(5, "0")}@candidats.demo.passerelle.ca`;
  const inQuebec = rng.chance(0.3);
  const [oral, written] = frenchLevels(rng, country);
  const frenchLevel = Math.min(oral, written);
  const englishLevel = Math.min(12, rng.int(country.english[0], country.english[1]) + (inQuebec ? 1 : 0));

  const main = pickOccupation(rng, country);
  const occupations: OccupationSpec[] = [main];
  if (rng.chance(0.25)) occupations.push(pickOccupation(rng, country, main.noc));
  const occupationRows = occupations.map((o, k) => ({
    id: stableId(id.namespace, "occupation", id.index, k),
    profileId,
    nocCode: o.noc,
    title: rng.pick(o.titles),
    years: k === 0 ? Math.round(Math.min(25, 0.5 + -Math.log(1 - rng.float() * 0.999) * 5) * 2) / 2 : rng.int(1, 8) / 2,
  }));

  const skills = new Set<string>(rng.sampleFront(main.skills, rng.int(3, 6)));
  if (occupations[1]) for (const s of rng.sampleFront(occupations[1].skills, rng.int(1, 3))) skills.add(s);
  for (const s of rng.sample(TRANSVERSAL_SKILLS, rng.int(0, 2))) skills.add(s);
  if (main.noc === "73300") skills.add(TRANSVERSAL_SKILLS[4]);
  const skillLabels = [...skills];

  const regions = preferredRegions(rng);
  const confirmedAt = new Date(now.getTime() - rng.int(0, 456 * 24) * 3_600_000); // last 15 months
  const createdAt = new Date(confirmedAt.getTime() - rng.int(0, 120) * DAY);
  const consent = rng.weighted([["both", 80], ["visible", 4], ["matching", 6], ["none", 10]] as const);
  const visibleToEmployers = consent === "both" || consent === "visible";
  const includedInMatching = consent === "both" || consent === "matching";
  const sharedWithAdvisors = consent !== "none" && rng.chance(0.6);
  // A tenth of the profiles are unfinished: the engine must cope with unknown values.
  const partial = rng.chance(0.1);
  const education = rng.weighted(main.education);
  const hasTest = frenchLevel >= 4 && rng.chance(0.45);
  const testDate = addDays(now, -rng.int(30, 700));
  const workTypes = main.seasonal && main.seasonal > 0.5 ? ["seasonal", "temporary"] : rng.weighted([[["permanent"], 6], [["permanent", "temporary"], 3], [["permanent", "temporary", "seasonal"], 1]] as const);
  const origin = inQuebec ? rng.weighted(QUEBEC_CITIES) : rng.pick(country.cities);

  const profile: Row = {
    id: profileId,
    userId,
    firstName,
    lastName,
    phone: partial ? null : phoneNumber(rng, country, inQuebec),
    countryOfResidence: inQuebec ? "CA" : country.code,
    cityOfResidence: origin,
    inQuebec,
    citizenship: country.code,
    immigrationStatus: rng.weighted(inQuebec ? IMMIGRATION_IN_QC : IMMIGRATION_ABROAD),
    frenchLevel,
    frenchOral: oral,
    frenchWritten: written,
    englishLevel: partial && rng.chance(0.5) ? null : englishLevel,
    languageTestName: hasTest ? rng.pick(FRENCH_TESTS) : null,
    languageTestDate: hasTest ? isoDate(testDate) : null,
    familyComing: inQuebec ? null : rng.chance(0.4),
    needsHousingHelp: inQuebec ? rng.chance(0.3) : rng.chance(0.75),
    hasDrivingLicence: main.noc === "73300" || main.noc === "73400" ? true : rng.chance(0.6),
    education: partial ? null : education,
    educationField: partial ? null : main.educationField,
    educationCountry: partial ? null : inQuebec && rng.chance(0.3) ? "CA" : country.code,
    credentialStatus: partial ? null : main.regulated ? rng.weighted([["not_started", 3], ["evaluation_requested", 4], ["order_member", 2]]) : rng.weighted([["not_started", 5], ["evaluation_obtained", 3], ["evaluation_requested", 1]]),
    preferredRegionCodes: regions.codes,
    openToAnyRegionOutsideCmm: regions.openToAny,
    availableFrom: partial ? null : isoDate(addDays(now, rng.int(-60, 365))),
    workTypes: [...workTypes],
    nocCodes: [...new Set(occupations.map((o) => o.noc))],
    skillLabels,
    skillKeys: skillKeys(skillLabels),
    visibleToEmployers,
    includedInMatching,
    sharedWithAdvisors,
    confirmedAt: iso(confirmedAt),
    isDemo: true,
    createdAt: iso(createdAt),
    updatedAt: iso(confirmedAt),
  };
  const locale = country.en && rng.chance(0.7) ? "en" : "fr";
  const user: Row = { id: userId, email, passwordHash, role: "CANDIDATE", name: `${firstName} ${lastName}`, locale, createdAt: iso(createdAt), updatedAt: iso(confirmedAt) };
  const granted: [string, boolean][] = [["visible_to_employers", visibleToEmployers], ["included_in_matching", includedInMatching], ["shared_with_advisors", sharedWithAdvisors]];
  const consentEvents = granted
    .filter(([, g]) => g)
    .map(([purpose]) => ({ id: stableId(id.namespace, "consent", id.index, purpose), userId, purpose, granted: true, wordingVersion: DEMO_CONSENT_WORDING, at: iso(confirmedAt) }));
  return { user, profile, occupations: occupationRows, consentEvents };
}

/** The demo candidate account: a Tunisian welder who wants Mauricie or Saguenay–Lac-Saint-Jean. */
function demoCandidateAccount(now: Date, passwordHash: string): CandidateRows {
  const userId = stableId("demo", "account", "candidate");
  const profileId = stableId("demo", "account", "candidate-profile");
  const confirmedAt = addDays(now, -10);
  const createdAt = addDays(now, -40);
  const welder = OCCUPATION_BY_NOC.get("72106")!;
  const millwright = OCCUPATION_BY_NOC.get("72400")!;
  const skillLabels = [welder.skills[0], welder.skills[1], welder.skills[2], welder.skills[3], welder.skills[5], millwright.skills[1], TRANSVERSAL_SKILLS[1]];
  return {
    user: { id: userId, email: DEMO_ACCOUNTS.candidate, passwordHash, role: "CANDIDATE", name: "Karim Ben Salah", locale: "fr", createdAt: iso(createdAt), updatedAt: iso(confirmedAt) },
    profile: {
      id: profileId, userId, firstName: "Karim", lastName: "Ben Salah", phone: "+216 98 123 456", countryOfResidence: "TN", cityOfResidence: "Sfax", inQuebec: false,
      citizenship: "TN", immigrationStatus: "arrima_expression_of_interest", frenchLevel: 7, frenchOral: 8, frenchWritten: 7, englishLevel: 4,
      languageTestName: "TEF Canada", languageTestDate: isoDate(addDays(now, -120)), familyComing: true, needsHousingHelp: true, hasDrivingLicence: true,
      education: "vocational", educationField: "Soudage-montage", educationCountry: "TN", credentialStatus: "evaluation_obtained",
      preferredRegionCodes: ["04", "02"], openToAnyRegionOutsideCmm: false, availableFrom: isoDate(addDays(now, 60)), workTypes: ["permanent"],
      nocCodes: ["72106", "72400"], skillLabels, skillKeys: skillKeys(skillLabels),
      visibleToEmployers: true, includedInMatching: true, sharedWithAdvisors: true, confirmedAt: iso(confirmedAt), isDemo: true, createdAt: iso(createdAt), updatedAt: iso(confirmedAt),
    },
    occupations: [
      { id: stableId("demo", "account", "occupation", 0), profileId, nocCode: "72106", title: "Soudeur-assembleur", years: 7 },
      { id: stableId("demo", "account", "occupation", 1), profileId, nocCode: "72400", title: "Mécanicien industriel", years: 2 },
    ],
    consentEvents: ["visible_to_employers", "included_in_matching", "shared_with_advisors"].map((purpose) => ({
      id: stableId("demo", "account", "consent", purpose), userId, purpose, granted: true, wordingVersion: DEMO_CONSENT_WORDING, at: iso(confirmedAt),
    })),
  };
}

// ---------------------------------------------------------------------------------------------------------------
// Employers and vacancies

const SIZE_WEIGHT: Record<EmployerSpec["size"], number> = { "1-9": 1, "10-49": 2, "50-199": 3, "200-499": 4, "500+": 5 };
const REMOTE_REGIONS = new Set(["01", "02", "08", "09", "10", "11"]);
const TOTAL_POSTINGS = 200;

function neqOf(rng: Rng, used: Set<string>): string {
  // NEQ of a business corporation: 10 digits starting with 11; unique within the demo set.
  for (;;) {
    const neq = `11${String(rng.int(0, 99_999_999)).padStart(8, "0")}`;
    if (!used.has(neq)) {
      used.add(neq);
      return neq;
    }
  }
}

function money(dollars: number): number {
  return Math.max(1610, Math.round(dollars * 4) * 25); // cents, on a quarter dollar, never under the minimum wage
}

/** What a generated vacancy needs from the reference data, and the instant its dates are relative to. */
export interface PostingContext {
  now: Date;
  municipalities: ReadonlyMap<string, MunicipalityInfo>;
  nocTitles: ReadonlyMap<string, { titleFr: string; titleEn: string }>;
}

/**
 * One vacancy of employer `e` (its municipality, description) in `occupation`, drawn from `prng`. `ident` gives the
 * row's id, organisation and external reference (the demo and scale data number them differently).
 */
export function generatePosting(
  ctx: PostingContext, e: EmployerSpec, occupation: OccupationSpec, status: string, prng: Rng, ident: { id: string; employerId: string; externalRef: string },
): Row {
  const { now } = ctx;
  const m = ctx.municipalities.get(e.municipality[0])!;
  const seasonal = prng.chance(occupation.seasonal ?? 0);
  const positions = seasonal ? prng.int(4, 20) : prng.weighted([[1, 6], [2, 3], [3, 2], [5, 1]]);
  const wageMin = occupation.wage[0] + prng.float() * (occupation.wage[1] - occupation.wage[0]) * 0.6;
  const skills = vacancySkills(
    prng.sampleFront(occupation.skills.slice(0, 6), prng.int(2, 4)),
    prng.sample([...occupation.skills.slice(2), ...TRANSVERSAL_SKILLS.slice(0, 4)], prng.int(1, 2)),
  );
  const minFrench = occupation.minFrench && prng.chance(0.85) ? prng.int(occupation.minFrench[0], occupation.minFrench[1]) : null;
  const remote = REMOTE_REGIONS.has(m.regionCode);
  const published = status === "PUBLISHED" ? addDays(now, -prng.int(0, 50) - prng.float()) : status === "DRAFT" ? null : addDays(now, -prng.int(70, 220));
  const renewed = published && status === "PUBLISHED" && prng.chance(0.1);
  const created = published ? addDays(published, -prng.int(0, 5)) : addDays(now, -prng.int(0, 20));
  const title = prng.pick(occupation.titles);
  const offersHousingHelp = prng.chance(remote ? 0.6 : 0.25);
  const offersFrancisation = prng.chance(minFrench !== null && minFrench <= 4 ? 0.7 : 0.35);
  const offersImmigrationHelp = prng.chance(0.55);
  const offersRelocation = prng.chance(remote ? 0.45 : 0.2);
  const offers = [
    offersHousingHelp && "aide au logement", offersRelocation && "frais de déménagement", offersFrancisation && "francisation sur les heures de travail", offersImmigrationHelp && "accompagnement dans les démarches d'immigration",
  ].filter(Boolean);
  const description =
    `${e.description} Nous recherchons ${positions > 1 ? `${positions} personnes` : "une personne"} au poste de ${title.toLowerCase()} à ${m.name}.` +
    (offers.length ? ` Nous offrons : ${offers.join(", ")}.` : "");
  const noc = ctx.nocTitles.get(occupation.noc);
  if (!noc) throw new Error(`demo vacancy: no titles for NOC ${occupation.noc}`);
  const expires = published ? addDays(published, 60) : null;
  return {
    id: ident.id,
    employerId: ident.employerId,
    externalRef: ident.externalRef,
    title,
    nocCode: occupation.noc,
    municipalityCode: e.municipality[0],
    regionCode: m.regionCode,
    inCmm: m.inCmm,
    positions,
    positionsFilled: status === "FILLED" ? positions : status === "CLOSED" ? prng.int(0, positions) : 0,
    employmentType: seasonal ? "seasonal" : prng.chance(0.85) ? "permanent" : "temporary",
    hoursPerWeek: occupation.noc === "73300" ? prng.pick([45, 50, 55]) : prng.pick([35, 37.5, 40, 40, 40, 42]),
    wageMinCents: money(wageMin),
    wageMaxCents: prng.chance(0.7) ? money(wageMin + prng.int(1, 6)) : null,
    ...skills,
    minFrenchLevel: minFrench,
    minEnglishLevel: occupation.noc === "73300" && prng.chance(0.3) ? 4 : null,
    minExperienceYears: prng.weighted([[0, 3], [1, 3], [2, 3], [3, 2], [5, 1]]),
    minEducation: prng.chance(0.7) ? occupation.education[0][0] : null,
    startDate: isoDate(addDays(now, prng.int(14, 150))),
    description,
    offersHousingHelp,
    offersRelocation,
    offersFrancisation,
    offersImmigrationHelp,
    lmiaStatus: prng.weighted([["not_needed", 3], ["not_started", 1], ["in_progress", 3], ["approved", 4]]),
    status,
    publishedAt: published ? iso(published) : null,
    firstPublishedAt: published ? iso(renewed ? addDays(published, -60) : published) : null,
    expiresAt: expires ? iso(expires) : null,
    closedAt: (status === "CLOSED" || status === "FILLED") && published ? iso(addDays(published, prng.int(20, 59))) : null,
    // Same derivation as lib/server/dal/vacancies.ts (title, NOC titles, municipality, skills, description).
    searchText: normalizeText([title, noc.titleFr, noc.titleEn, m.name, ...skills.requiredSkills, ...skills.assetSkills, description].join(" ")).slice(0, 20_000),
    isDemo: true,
    createdAt: iso(created),
    updatedAt: iso(published ?? created),
  };
}

export function generateDemoData(opts: GenerateOptions): DemoRows {
  const { now, passwordHash } = opts;
  const rng = Rng.of("demo-data", 2026);
  const out: DemoRows = { users: [], employers: [], employerMembers: [], advisorRegions: [], jobPostings: [], candidateProfiles: [], candidateOccupations: [], consentEvents: [], skillTerms: [] };
  const userAt = (email: string, role: string, name: string, createdDaysAgo: number, locale = "fr") => {
    const id = stableId("demo", "user", email);
    out.users.push({ id, email, passwordHash, role, name, locale, createdAt: iso(addDays(now, -createdDaysAgo)), updatedAt: iso(addDays(now, -createdDaysAgo)) });
    return id;
  };

  // Staff accounts.
  const advisorId = userAt(DEMO_ACCOUNTS.advisor, "ADVISOR", "Geneviève Lavoie", 300);
  out.advisorRegions.push({ userId: advisorId, regionCode: "04" }, { userId: advisorId, regionCode: "09" });
  userAt(DEMO_ACCOUNTS.admin, "ADMIN", "Martin Côté", 400);

  // Employers, each with an owner; the demo employer account owns the Trois-Rivières one.
  const neqs = new Set<string>();
  const employerIds = new Map<string, string>();
  EMPLOYERS.forEach((e, k) => {
    const m = opts.municipalities.get(e.municipality[0]);
    if (!m) throw new Error(`demo employer ${e.key}: municipality ${e.municipality[0]} (${e.municipality[1]}) not found`);
    const id = stableId("demo", "employer", e.key);
    employerIds.set(e.key, id);
    const status = e.status ?? "VERIFIED";
    const createdDaysAgo = status === "PENDING" ? rng.int(1, 12) : rng.int(60, 700);
    out.employers.push({
      id, legalName: e.legalName, neq: neqOf(rng, neqs), sectorCode: e.sector, municipalityCode: e.municipality[0], size: e.size,
      website: `https://www.${slug(e.legalName).replace(/-(inc|ltee|s-e-n-c)$/, "")}.example`, description: e.description,
      verificationStatus: status, verifiedAt: status === "VERIFIED" ? iso(addDays(now, -createdDaysAgo + 2)) : null, rejectionReason: null, isDemo: true,
      createdAt: iso(addDays(now, -createdDaysAgo)), updatedAt: iso(addDays(now, -createdDaysAgo + 2)),
    });
    const ownerEmail = k === 0 ? DEMO_ACCOUNTS.employer : e.key === "soudure-becancour" ? DEMO_ACCOUNTS.pendingEmployer : `rh.${e.key}@employeurs.demo.passerelle.ca`;
    const ownerName = k === 0 ? "Isabelle Gélinas" : `${rng.pick(QC_FIRST)} ${rng.pick(QC_LAST)}`;
    const ownerId = userAt(ownerEmail, "EMPLOYER", ownerName, createdDaysAgo);
    out.employerMembers.push({ employerId: id, userId: ownerId, role: "OWNER", createdAt: iso(addDays(now, -createdDaysAgo)) });
    if (SIZE_WEIGHT[e.size] >= 3 && rng.chance(0.5)) {
      const recruiterId = userAt(`recrutement.${e.key}@employeurs.demo.passerelle.ca`, "EMPLOYER", `${rng.pick(QC_FIRST)} ${rng.pick(QC_LAST)}`, createdDaysAgo - 1);
      out.employerMembers.push({ employerId: id, userId: recruiterId, role: "RECRUITER", createdAt: iso(addDays(now, -createdDaysAgo + 1)) });
    }
  });

  // Vacancies: the demo employer's first, then drafts for pending employers, then the rest by employer size.
  let ref = 0;
  const posting = (e: EmployerSpec, occupation: OccupationSpec, status: string, prng: Rng) => {
    ref++;
    return generatePosting(opts, e, occupation, status, prng, { id: stableId("demo", "posting", ref), employerId: employerIds.get(e.key)!, externalRef: `AFF-${String(ref).padStart(4, "0")}` });
  };

  const demoEmployer = EMPLOYERS[0];
  const demoPlan: [string, string][] = [
    ["72106", "PUBLISHED"], ["72106", "PUBLISHED"], ["72106", "PUBLISHED"], ["72400", "PUBLISHED"], ["72201", "PUBLISHED"], ["94100", "PUBLISHED"], ["72400", "DRAFT"], ["72106", "CLOSED"],
  ];
  for (const [noc, status] of demoPlan) out.jobPostings.push(posting(demoEmployer, OCCUPATION_BY_NOC.get(noc)!, status, rng));
  for (const e of EMPLOYERS.filter((x) => x.status === "PENDING")) out.jobPostings.push(posting(e, OCCUPATION_BY_NOC.get(e.nocs[0])!, "DRAFT", rng));
  const others = EMPLOYERS.slice(1).filter((e) => (e.status ?? "VERIFIED") === "VERIFIED").map((e) => [e, SIZE_WEIGHT[e.size]] as const);
  // Every verified employer gets one vacancy, then the rest goes by size.
  for (const [e] of others) out.jobPostings.push(posting(e, OCCUPATION_BY_NOC.get(e.nocs[0])!, "PUBLISHED", rng));
  while (out.jobPostings.length < TOTAL_POSTINGS) {
    const e = rng.weighted(others);
    const occupation = rng.weighted(e.nocs.map((n) => [OCCUPATION_BY_NOC.get(n)!, OCCUPATION_BY_NOC.get(n)!.vacancyWeight] as const));
    out.jobPostings.push(posting(e, occupation, rng.weighted([["PUBLISHED", 78], ["DRAFT", 10], ["CLOSED", 8], ["FILLED", 4]]), rng));
  }

  // Candidates: the demo account, then the generated ones.
  const candidates = [demoCandidateAccount(now, passwordHash)];
  for (let i = 1; i <= opts.candidates; i++) candidates.push(generateCandidate({ namespace: "demo", index: i }, now, passwordHash));
  for (const c of candidates) {
    out.users.push(c.user);
    out.candidateProfiles.push(c.profile);
    out.candidateOccupations.push(...c.occupations);
    out.consentEvents.push(...c.consentEvents);
  }

  // SkillTerm: every skill key in use, with how many profiles or vacancies use it and the first label written
  // (the counts lib/server/dal/skills.ts recordSkillUsage keeps up to date afterwards).
  const terms = new Map<string, { label: string; n: number }>();
  const count = (labels: readonly string[]) => {
    const seen = new Set<string>();
    for (const label of labels) {
      const key = keyOf(label);
      if (!key || seen.has(key)) continue;
      seen.add(key);
      const t = terms.get(key) ?? { label, n: 0 };
      t.n++;
      terms.set(key, t);
    }
  };
  for (const p of out.candidateProfiles) count(p.skillLabels as string[]);
  for (const p of out.jobPostings) count([...(p.requiredSkills as string[]), ...(p.assetSkills as string[])]);
  out.skillTerms = [...terms].sort(([a], [b]) => (a < b ? -1 : 1)).map(([key, t]) => ({ key, label: t.label, usageCount: t.n }));
  return out;
}

/** The NOC codes and municipality codes the demo data uses (checked against the reference tables before seeding). */
export function demoReferenceCodes(): { nocCodes: string[]; municipalities: [string, string][] } {
  return {
    nocCodes: OCCUPATIONS.map((o) => o.noc),
    municipalities: [...new Map(EMPLOYERS.map((e) => [e.municipality[0], e.municipality])).values()],
  };
}
