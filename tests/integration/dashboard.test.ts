import { beforeAll, beforeEach, describe, expect, it } from "vitest";
import { db, resetDb } from "./db";
import { createAdvisor, createUser, ensureReferenceData } from "./factories";
import { getDashboard } from "@/lib/server/dal/dashboard";
import { dashboardCsv } from "@/lib/server/dal/dashboard-csv";
import { defaultPeriod, MIN_FOLLOW_UPS_SHOWN, monthsOf, retentionFigure, type Period } from "@/lib/domain/integration/dashboard";
import { addDays, quebecDateOf } from "@/lib/domain/integration/working-days";
import { hiddenIfConfirmedBefore } from "@/lib/domain/candidate/freshness";

// A small known data set, inserted row by row; every expected figure is then computed here in plain TypeScript from
// the same description (the rules of lib/server/dal/dashboard.ts restated), and compared with the SQL's answers.

const DAY = 86_400_000;
const NOW = new Date();
const ago = (days: number) => new Date(NOW.getTime() - days * DAY);

type Region = "04" | "06" | "09";
const MUNICIPALITY: Record<Region, { code: string; inCmm: boolean }> = { "04": { code: "36033", inCmm: false }, "06": { code: "66023", inCmm: true }, "09": { code: "96020", inCmm: false } };

type Vacancy = { key: string; region: Region; noc: string; positions: number; filled: number; status: "PUBLISHED" | "FILLED"; publishedDaysAgo: number; expiresInDays: number; minFrench: number | null };
const VACANCIES: Vacancy[] = [
  { key: "V1", region: "09", noc: "94100", positions: 3, filled: 1, status: "PUBLISHED", publishedDaysAgo: 20, expiresInDays: 40, minFrench: 5 },
  { key: "V2", region: "09", noc: "73300", positions: 2, filled: 1, status: "PUBLISHED", publishedDaysAgo: 10, expiresInDays: 50, minFrench: null },
  { key: "V3", region: "04", noc: "72106", positions: 1, filled: 0, status: "PUBLISHED", publishedDaysAgo: 5, expiresInDays: 55, minFrench: 7 },
  { key: "V4", region: "06", noc: "21232", positions: 4, filled: 1, status: "PUBLISHED", publishedDaysAgo: 60, expiresInDays: 5, minFrench: null },
  { key: "V5", region: "04", noc: "72106", positions: 2, filled: 0, status: "PUBLISHED", publishedDaysAgo: 70, expiresInDays: -1, minFrench: null }, // expired
  { key: "V6", region: "09", noc: "94100", positions: 5, filled: 0, status: "PUBLISHED", publishedDaysAgo: 400, expiresInDays: 30, minFrench: null }, // before the period
  { key: "V7", region: "04", noc: "72106", positions: 1, filled: 1, status: "FILLED", publishedDaysAgo: 45, expiresInDays: 15, minFrench: null },
  { key: "V8", region: "09", noc: "73300", positions: 1, filled: 0, status: "PUBLISHED", publishedDaysAgo: 3, expiresInDays: 57, minFrench: null },
];

type Candidate = { key: string; nocs: string[]; regions: string[]; openToAny: boolean; visible: boolean; matching: boolean; advisors: boolean; french: number | null; confirmedDaysAgo: number };
const CANDIDATES: Candidate[] = [
  { key: "C1", nocs: ["94100"], regions: ["09"], openToAny: false, visible: true, matching: true, advisors: true, french: 6, confirmedDaysAgo: 5 },
  { key: "C2", nocs: ["72106"], regions: ["04"], openToAny: false, visible: true, matching: false, advisors: true, french: 5, confirmedDaysAgo: 0 },
  { key: "C3", nocs: ["73300"], regions: [], openToAny: true, visible: false, matching: true, advisors: false, french: 9, confirmedDaysAgo: 30 },
  { key: "C4", nocs: ["21232"], regions: ["06"], openToAny: false, visible: true, matching: true, advisors: false, french: 11, confirmedDaysAgo: 400 },
  { key: "C5", nocs: ["73300"], regions: ["09"], openToAny: false, visible: false, matching: false, advisors: false, french: null, confirmedDaysAgo: 2 },
];

type Hire = { key: string; candidate: string; vacancy: string; daysAgo: number };
const HIRES: Hire[] = [
  { key: "H1", candidate: "C1", vacancy: "V7", daysAgo: 15 },
  { key: "H2", candidate: "C2", vacancy: "V1", daysAgo: 3 },
  { key: "H3", candidate: "C4", vacancy: "V4", daysAgo: 40 },
  { key: "H4", candidate: "C3", vacancy: "V1", daysAgo: 500 }, // before the period
  { key: "H5", candidate: "C5", vacancy: "V2", daysAgo: 2 },
];

type FollowUp = { hire: string; milestone: "M3" | "M6" | "M12"; source: "ADVISOR" | "SELF"; stillInRegion: boolean; daysAgo: number };
const FOLLOW_UPS: FollowUp[] = [
  { hire: "H1", milestone: "M6", source: "ADVISOR", stillInRegion: true, daysAgo: 1 },
  { hire: "H1", milestone: "M6", source: "SELF", stillInRegion: false, daysAgo: 2 }, // the advisor's answer wins
  { hire: "H1", milestone: "M12", source: "SELF", stillInRegion: false, daysAgo: 2 },
  { hire: "H2", milestone: "M6", source: "SELF", stillInRegion: false, daysAgo: 1 },
  { hire: "H2", milestone: "M3", source: "ADVISOR", stillInRegion: true, daysAgo: 1 }, // not a retention milestone
  { hire: "H3", milestone: "M6", source: "ADVISOR", stillInRegion: true, daysAgo: 1 }, // no consent: not counted
  { hire: "H2", milestone: "M12", source: "ADVISOR", stillInRegion: true, daysAgo: 420 }, // before the period
];

async function insertDataSet() {
  const owner = await createUser("EMPLOYER");
  const employers = new Map<Region, string>();
  for (const region of ["04", "06", "09"] as Region[]) {
    const e = await db.employer.create({ data: { legalName: `Employeur ${region}`, municipalityCode: MUNICIPALITY[region].code, verificationStatus: "VERIFIED", members: region === "04" ? { create: { userId: owner.userId, role: "OWNER" } } : undefined } });
    employers.set(region, e.id);
  }
  const vacancyIds = new Map<string, string>();
  for (const v of VACANCIES) {
    const published = ago(v.publishedDaysAgo);
    const row = await db.jobPosting.create({
      data: {
        employerId: employers.get(v.region)!, title: v.key, nocCode: v.noc, municipalityCode: MUNICIPALITY[v.region].code, regionCode: v.region, inCmm: MUNICIPALITY[v.region].inCmm,
        positions: v.positions, positionsFilled: v.filled, employmentType: "permanent", minFrenchLevel: v.minFrench, status: v.status,
        publishedAt: published, firstPublishedAt: published, expiresAt: new Date(NOW.getTime() + v.expiresInDays * DAY), createdAt: ago(v.publishedDaysAgo + 1),
      },
    });
    vacancyIds.set(v.key, row.id);
  }
  const profileIds = new Map<string, string>();
  for (const c of CANDIDATES) {
    const u = await createUser("CANDIDATE");
    const p = await db.candidateProfile.create({
      data: {
        userId: u.userId, nocCodes: c.nocs, preferredRegionCodes: c.regions, openToAnyRegionOutsideCmm: c.openToAny, visibleToEmployers: c.visible, includedInMatching: c.matching,
        sharedWithAdvisors: c.advisors, frenchLevel: c.french, confirmedAt: ago(c.confirmedDaysAgo),
      },
    });
    profileIds.set(c.key, p.id);
  }
  const handOvers = new Map<string, string>();
  for (const h of HIRES) {
    const v = VACANCIES.find((x) => x.key === h.vacancy)!;
    const entry = await db.pipelineEntry.create({ data: { employerId: employers.get(v.region)!, jobPostingId: vacancyIds.get(v.key)!, candidateProfileId: profileIds.get(h.candidate)!, stage: "HIRED", stageChangedAt: ago(h.daysAgo) } });
    await db.pipelineMove.createMany({ data: [{ entryId: entry.id, fromStage: null, toStage: "SHORTLISTED", at: ago(h.daysAgo + 10) }, { entryId: entry.id, fromStage: "OFFER", toStage: "HIRED", at: ago(h.daysAgo) }] });
    const ho = await db.handOver.create({ data: { source: "HIRE", candidateProfileId: profileIds.get(h.candidate)!, pipelineEntryId: entry.id, regionCode: v.region, requestedAt: ago(h.daysAgo), firstMeetingDueOn: ago(h.daysAgo - 7) } });
    handOvers.set(h.key, ho.id);
  }
  // A pipeline entry that is not a hire does not count.
  await db.pipelineEntry.create({ data: { employerId: employers.get("09")!, jobPostingId: vacancyIds.get("V8")!, candidateProfileId: profileIds.get("C1")!, stage: "OFFER" } });
  for (const f of FOLLOW_UPS) {
    await db.followUp.create({ data: { handOverId: handOvers.get(f.hire)!, milestone: f.milestone, source: f.source, stillWithEmployer: true, stillInRegion: f.stillInRegion, tasksLeft: 0, recordedById: "x", recordedAt: ago(f.daysAgo) } });
  }
}

// ---------- the rules, restated in TypeScript ----------

function expected(period: Period, regions: string[]) {
  const inPeriod = (d: Date) => quebecDateOf(d) >= period.from && quebecDateOf(d) <= period.to;
  const fresh = (c: Candidate) => ago(c.confirmedDaysAgo) > hiddenIfConfirmedBefore(NOW);
  const cand = (k: string) => CANDIDATES.find((c) => c.key === k)!;
  const vac = (k: string) => VACANCIES.find((v) => v.key === k)!;
  const openJobs = VACANCIES.filter((v) => v.status === "PUBLISHED" && v.expiresInDays > 0 && inPeriod(ago(v.publishedDaysAgo)));
  const eligible = (v: Vacancy, c: Candidate) =>
    c.visible && fresh(c) && c.nocs.includes(v.noc) && (c.regions.includes(v.region) || (c.openToAny && !MUNICIPALITY[v.region].inCmm)) && (v.minFrench === null || (c.french !== null && c.french >= v.minFrench));
  const unmet = (v: Vacancy) => !CANDIDATES.some((c) => eligible(v, c));
  const open = (v: Vacancy) => Math.max(0, v.positions - v.filled);
  const hires = HIRES.filter((h) => inPeriod(ago(h.daysAgo)));
  const cmmOnly = new Set(["06", "13"]);
  const chosen = new Map<string, FollowUp>();
  for (const f of FOLLOW_UPS.filter((f) => (f.milestone === "M6" || f.milestone === "M12") && inPeriod(ago(f.daysAgo)) && cand(HIRES.find((h) => h.key === f.hire)!.candidate).advisors)) {
    const k = `${f.hire}/${f.milestone}`;
    const prev = chosen.get(k);
    if (!prev || (f.source === "ADVISOR" && prev.source === "SELF")) chosen.set(k, f);
  }
  const median = (xs: number[]) => {
    if (!xs.length) return null;
    const s = [...xs].sort((a, b) => a - b);
    return s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
  };
  const byRegion = regions.map((r) => {
    const rh = hires.filter((h) => vac(h.vacancy).region === r);
    const follows = [...chosen.values()].filter((f) => vac(HIRES.find((h) => h.key === f.hire)!.vacancy).region === r);
    const rate = (m: string) => {
      const xs = follows.filter((f) => f.milestone === m);
      const { followUps, stayed } = retentionFigure(xs.length, xs.filter((f) => f.stillInRegion).length);
      return { followUps, stayed };
    };
    return {
      regionCode: r,
      openPositions: openJobs.filter((v) => v.region === r).reduce((s, v) => s + open(v), 0),
      unmetPositions: openJobs.filter((v) => v.region === r && unmet(v)).reduce((s, v) => s + open(v), 0),
      candidatesInterested: CANDIDATES.filter((c) => (c.visible || c.matching) && fresh(c) && inPeriod(ago(c.confirmedDaysAgo)) && (c.regions.includes(r) || (c.openToAny && !cmmOnly.has(r)))).length,
      hires: rh.length,
      hiresOutsideCmm: rh.filter((h) => !MUNICIPALITY[vac(h.vacancy).region].inCmm).length,
      medianDaysToFill: median(rh.map((h) => vac(h.vacancy).publishedDaysAgo - h.daysAgo)),
      retention6: rate("M6"),
      retention12: rate("M12"),
    };
  });
  const months = monthsOf(period).map((m) => {
    const xs = HIRES.filter((h) => inPeriod(ago(h.daysAgo)) && quebecDateOf(ago(h.daysAgo)).slice(0, 7) === m);
    return { month: m, hires: xs.length, hiresOutsideCmm: xs.filter((h) => !MUNICIPALITY[vac(h.vacancy).region].inCmm).length };
  });
  const french = new Map<number | null, number>();
  for (const h of hires.filter((h) => regions.includes(vac(h.vacancy).region))) french.set(cand(h.candidate).french, (french.get(cand(h.candidate).french) ?? 0) + 1);
  const occ = new Map<string, number>();
  for (const v of openJobs.filter((v) => unmet(v) && open(v) > 0 && regions.includes(v.region))) occ.set(`${v.region}/${v.noc}`, (occ.get(`${v.region}/${v.noc}`) ?? 0) + open(v));
  return { byRegion, months, french, occupations: [...occ].map(([k, n]) => ({ regionCode: k.slice(0, 2), nocCode: k.slice(3), unmetPositions: n })).sort((a, b) => a.regionCode.localeCompare(b.regionCode) || b.unmetPositions - a.unmetPositions || a.nocCode.localeCompare(b.nocCode)) };
}

const ALL_REGIONS = Array.from({ length: 17 }, (_, k) => String(k + 1).padStart(2, "0"));

describe("regionalisation dashboard", () => {
  beforeAll(ensureReferenceData);
  beforeEach(async () => {
    await resetDb();
    await insertDataSet();
  });

  it("gives an administrator figures equal to counts computed independently, for every region", async () => {
    const admin = await createUser("ADMIN");
    const period = defaultPeriod(quebecDateOf(NOW));
    const d = await getDashboard(admin.actor, period, NOW);
    const e = expected(period, ALL_REGIONS);
    expect(d.scopeRegions).toBeNull();
    expect(d.regions.map((r) => ({ regionCode: r.regionCode, openPositions: r.openPositions, unmetPositions: r.unmetPositions, candidatesInterested: r.candidatesInterested, hires: r.hires, hiresOutsideCmm: r.hiresOutsideCmm, medianDaysToFill: r.medianDaysToFill === null ? null : Math.round(r.medianDaysToFill), retention6: { followUps: r.retention6.followUps, stayed: r.retention6.stayed }, retention12: { followUps: r.retention12.followUps, stayed: r.retention12.stayed } }))).toEqual(
      e.byRegion.map((r) => ({ ...r, medianDaysToFill: r.medianDaysToFill === null ? null : Math.round(r.medianDaysToFill) })),
    );
    expect(d.months.map(({ month, hires, hiresOutsideCmm }) => ({ month, hires, hiresOutsideCmm }))).toEqual(e.months);
    expect(new Map(d.frenchLevels.filter((f) => f.hires > 0).map((f) => [f.level, f.hires]))).toEqual(e.french);
    expect(d.occupations.map(({ regionCode, nocCode, unmetPositions }) => ({ regionCode, nocCode, unmetPositions }))).toEqual(e.occupations);

    // And a few of them by hand, so that a rule wrongly restated on both sides shows.
    const r09 = d.regions.find((r) => r.regionCode === "09")!;
    expect([r09.openPositions, r09.unmetPositions, r09.hires, r09.medianDaysToFill]).toEqual([2 + 1 + 1, 1 + 1, 2, 12.5]);
    // One follow-up each: whether that person stayed is withheld.
    expect(d.regions.find((r) => r.regionCode === "04")!.retention6).toEqual({ followUps: 1, stayed: null, rate: null, tooFew: true });
    expect(d.regions.find((r) => r.regionCode === "04")!.retention12).toEqual({ followUps: 1, stayed: null, rate: null, tooFew: true });
    expect(d.regions.find((r) => r.regionCode === "06")!.retention6).toEqual({ followUps: 0, stayed: 0, rate: null, tooFew: false });
    expect(d.totals).toMatchObject({ hires: 4, hiresProvince: 4, hiresOutsideCmmProvince: 3, shareOutsideCmmProvince: 0.75 });
    expect(d.occupations.find((o) => o.nocCode === "73300")).toMatchObject({ regionCode: "09", unmetPositions: 2, rank: 1, titleFr: expect.any(String) });
  });

  it("shows a region's retention from five follow-ups on, and never the answer of fewer people (nor in the export)", async () => {
    // Four more people hired in Mauricie (V3), followed up at 6 months: with H1's, five answers, three "still here".
    const employerId = (await db.jobPosting.findFirstOrThrow({ where: { title: "V3" }, select: { employerId: true } })).employerId;
    const v3 = (await db.jobPosting.findFirstOrThrow({ where: { title: "V3" }, select: { id: true } })).id;
    for (const [k, stayed] of [true, true, false, false].entries()) {
      const u = await createUser("CANDIDATE");
      const p = await db.candidateProfile.create({ data: { userId: u.userId, sharedWithAdvisors: true, confirmedAt: ago(1) } });
      const entry = await db.pipelineEntry.create({ data: { employerId, jobPostingId: v3, candidateProfileId: p.id, stage: "HIRED", stageChangedAt: ago(20 + k) } });
      const ho = await db.handOver.create({ data: { source: "HIRE", candidateProfileId: p.id, pipelineEntryId: entry.id, regionCode: "04", requestedAt: ago(20 + k), firstMeetingDueOn: ago(13 + k) } });
      await db.followUp.create({ data: { handOverId: ho.id, milestone: "M6", source: "ADVISOR", stillWithEmployer: true, stillInRegion: stayed, tasksLeft: 0, recordedById: "x", recordedAt: ago(1) } });
    }
    const admin = await createUser("ADMIN");
    const d = await getDashboard(admin.actor, defaultPeriod(quebecDateOf(NOW)), NOW);
    const r04 = d.regions.find((r) => r.regionCode === "04")!;
    expect(MIN_FOLLOW_UPS_SHOWN).toBe(5);
    expect(r04.retention6).toEqual({ followUps: 5, stayed: 3, rate: 0.6, tooFew: false });
    expect(r04.retention12).toEqual({ followUps: 1, stayed: null, rate: null, tooFew: true });
    const { text } = dashboardCsv(d, "regions", "fr");
    const row = text.split("\r\n").find((l) => l.startsWith("04,"))!.split(",");
    expect(row.slice(-4)).toEqual(["0.6", "5", "", "1"]);
  });

  it("shows an advisor their regions only, except the province-wide share of hires outside the CMM", async () => {
    const advisor = await createAdvisor(["09"]);
    const period = defaultPeriod(quebecDateOf(NOW));
    const d = await getDashboard(advisor.actor, period, NOW);
    const e = expected(period, ["09"]);
    expect(d.scopeRegions).toEqual(["09"]);
    expect(d.regions.map((r) => [r.regionCode, r.openPositions, r.hires, r.unmetPositions, r.candidatesInterested])).toEqual(e.byRegion.map((r) => [r.regionCode, r.openPositions, r.hires, r.unmetPositions, r.candidatesInterested]));
    expect(new Map(d.frenchLevels.filter((f) => f.hires > 0).map((f) => [f.level, f.hires]))).toEqual(e.french);
    expect(d.occupations.every((o) => o.regionCode === "09")).toBe(true);
    expect(d.totals.hiresProvince).toBe(4);
  });

  it("filters by period", async () => {
    const admin = await createUser("ADMIN");
    const today = quebecDateOf(NOW);
    const period = { from: addDays(today, -7), to: today };
    const d = await getDashboard(admin.actor, period, NOW);
    const e = expected(period, ALL_REGIONS);
    expect(d.regions.map((r) => [r.regionCode, r.openPositions, r.hires, r.unmetPositions, r.candidatesInterested])).toEqual(e.byRegion.map((r) => [r.regionCode, r.openPositions, r.hires, r.unmetPositions, r.candidatesInterested]));
    expect(d.totals.hires).toBe(2); // H2 and H5
    expect(d.regions.find((r) => r.regionCode === "04")!.hires).toBe(0);
    // Long ago: H4 alone.
    const old = await getDashboard(admin.actor, { from: addDays(today, -520), to: addDays(today, -480) }, NOW);
    expect(old.totals.hiresProvince).toBe(1);
    expect(old.regions.find((r) => r.regionCode === "09")!.hires).toBe(1);
  });

  it("is for advisors and administrators only", async () => {
    const employer = await createUser("EMPLOYER");
    const candidate = await createUser("CANDIDATE");
    const period = defaultPeriod(quebecDateOf(NOW));
    await expect(getDashboard(employer.actor, period)).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(getDashboard(candidate.actor, period)).rejects.toMatchObject({ code: "FORBIDDEN" });
  });
});
