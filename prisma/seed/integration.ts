import { DEMO_ACCOUNTS } from "./generate";
import { OCCUPATION_BY_NOC } from "./catalog";
import { Rng, stableId } from "./prng";
import { inTransaction, q, sqlOf, type SeedClient, type Sql } from "./sql";
import { addWorkingDays, quebecDateOf } from "../../lib/domain/integration/working-days";
import { addMonths } from "../../lib/domain/integration/follow-ups";
import { PLAN_AREAS, TASK_TEMPLATES, type PlanArea } from "../../lib/domain/integration/areas";
import { createTranslator } from "../../lib/i18n/translate";
import { normalizeText } from "../../lib/domain/text";

// Accompagnement Québec demo data (issue 8): partner organisations (all marked isDemo, shown as examples), hires of
// demo candidates on demo vacancies (with their pipeline history), the hand-overs of those who share their profile
// with advisors, action plans, follow-ups at 3, 6 and 12 months, and services to businesses. A few "historic" demo
// vacancies filled 13 to 17 months ago give the dashboard a year of retention, and four open vacancies in occupations
// no demo candidate has give it unmet demand. Deterministic (stableId, Rng, dates
// from the seed's day); created once: nothing is done when a demo partner organisation exists.

const DAY = 86_400_000;

type PartnerSpec = { region: string; name: string; kind: string; municipality: string; description: string };
const PARTNERS: PartnerSpec[] = [
  { region: "09", name: "Carrefour d'accueil Côte-Nord (exemple)", kind: "RECEPTION_INTEGRATION", municipality: "Baie-Comeau", description: "Accueil des personnes immigrantes, aide à l'installation, jumelage avec des familles de la région." },
  { region: "09", name: "Francisation Manicouagan (exemple)", kind: "FRANCISATION", municipality: "Baie-Comeau", description: "Cours de français à temps plein et à temps partiel, de jour et de soir." },
  { region: "09", name: "Logis Sept-Îles (exemple)", kind: "HOUSING", municipality: "Sept-Îles", description: "Recherche de logement, visites virtuelles, aide à la signature du bail." },
  { region: "09", name: "Entraide Minganie (exemple)", kind: "COMMUNITY_LIFE", municipality: "Havre-Saint-Pierre", description: "Activités d'accueil, bénévolat et réseautage." },
  { region: "04", name: "Accueil Mauricie (exemple)", kind: "RECEPTION_INTEGRATION", municipality: "Trois-Rivières", description: "Séances d'information, démarches d'installation, soutien aux familles." },
  { region: "04", name: "Centre de francisation du Saint-Maurice (exemple)", kind: "FRANCISATION", municipality: "Shawinigan", description: "Francisation à temps partiel et en milieu de travail." },
  { region: "04", name: "Emploi Plus Mauricie (exemple)", kind: "EMPLOYMENT", municipality: "Trois-Rivières", description: "Emploi du conjoint ou de la conjointe, reconnaissance des acquis." },
  { region: "02", name: "Accueil Saguenay–Lac-Saint-Jean (exemple)", kind: "RECEPTION_INTEGRATION", municipality: "Saguenay", description: "Accueil et intégration des personnes immigrantes." },
  { region: "08", name: "Intégration Abitibi (exemple)", kind: "RECEPTION_INTEGRATION", municipality: "Rouyn-Noranda", description: "Accueil, installation et vie collective." },
  { region: "01", name: "Accueil Bas-Saint-Laurent (exemple)", kind: "RECEPTION_INTEGRATION", municipality: "Rimouski", description: "Accueil et accompagnement des nouveaux arrivants." },
];

/** Vacancies filled last year (demo, status FILLED), for a year of follow-ups: [employer key, NOC, days since publication]. */
const HISTORIC: [string, string, number][] = [
  ["metaux-baie-comeau", "94100", 520], ["metaux-baie-comeau", "72400", 470], ["transport-minier-sept-iles", "73300", 450], ["residence-minganie", "33102", 430],
  ["metallurgie-st-maurice", "72106", 510], ["scierie-haute-mauricie", "94120", 460], ["berges-st-maurice", "33102", 420], ["fonderie-fjord", "94100", 490],
  ["services-miniers-harricana", "72401", 440], ["logistique-laval", "75101", 480], ["cuisine-longueuil", "63200", 415],
];

/**
 * Open vacancies in occupations no demo candidate has (so that "unmet demand" has something to show):
 * [employer key, NOC, title, positions, minimum French level].
 */
const UNMET: [string, string, string, number, number | null][] = [
  ["metaux-baie-comeau", "22310", "Technologue en génie électrique", 2, 7],
  ["residence-minganie", "32120", "Technologiste de laboratoire médical", 1, 8],
  ["metallurgie-st-maurice", "22310", "Technicien ou technicienne en électrotechnique", 1, 6],
  ["services-miniers-harricana", "72302", "Monteur ou monteuse d'installations au gaz", 2, null],
];

export interface IntegrationSeedResult {
  skipped: boolean;
  inserted: Record<string, number>;
}

const iso = (d: Date) => d.toISOString();
const isoDate = (d: Date) => d.toISOString().slice(0, 10);

async function insert(sql: Sql, table: string, rows: Record<string, unknown>[]) {
  for (const row of rows) {
    const cols = Object.keys(row);
    await sql.query(`INSERT INTO ${q(table)} (${cols.map(q).join(", ")}) VALUES (${cols.map((_, k) => `$${k + 1}`).join(", ")}) ON CONFLICT DO NOTHING`, cols.map((c) => row[c]));
  }
  return rows.length;
}

type Posting = { id: string; employerId: string; regionCode: string; inCmm: boolean; title: string; nocCode: string; municipalityCode: string; municipalityName: string; employerName: string; startDate: Date | null; publishedAt: Date; closedAt: Date | null; status: string; positions: number; positionsFilled: number };
type Profile = { id: string; userId: string; sharedWithAdvisors: boolean; availableFrom: Date | null; familyComing: boolean | null; needsHousingHelp: boolean | null };

export async function seedIntegrationDemo(client: SeedClient, opts: { now?: Date } = {}): Promise<IntegrationSeedResult> {
  const sql = sqlOf(client);
  const [present] = await sql.query<{ present: boolean }>(`SELECT EXISTS (SELECT 1 FROM "PartnerOrganisation" WHERE "isDemo") AS present`);
  if (present.present) return { skipped: true, inserted: {} };
  const [advisor] = await sql.query<{ id: string }>(`SELECT id FROM "User" WHERE email = $1`, [DEMO_ACCOUNTS.advisor]);
  if (!advisor) return { skipped: true, inserted: {} };
  const now = new Date(`${isoDate(opts.now ?? new Date())}T15:00:00.000Z`); // the seed's day, mid-day in Québec
  const ago = (days: number) => new Date(now.getTime() - days * DAY);
  const rng = Rng.of("integration-demo", 2026);

  return inTransaction(client, async (tx) => {
    const n: Record<string, number> = {};
    // Partner organisations (examples).
    const partners = PARTNERS.map((p, k) => ({
      id: stableId("integration", "partner", k),
      regionCode: p.region, name: p.name, kind: p.kind, municipalityName: p.municipality, description: p.description,
      phone: `418 555-01${String(10 + k).padStart(2, "0")}`, email: `info-${k}@organismes.demo.passerelle.ca`, website: `https://organisme-${k}.example`,
      isDemo: true, active: true, createdById: advisor.id, createdAt: iso(ago(300)), updatedAt: iso(ago(300)),
    }));
    n.PartnerOrganisation = await insert(tx, "PartnerOrganisation", partners);

    // Historic vacancies, filled last year.
    const municipalities = new Map((await tx.query<{ employerId: string; code: string; name: string; regionCode: string; inCmm: boolean }>(
      `SELECT e.id AS "employerId", m.code, m.name, m."regionCode", m."inCmm" FROM "Employer" e JOIN "Municipality" m ON m.code = e."municipalityCode" WHERE e."isDemo"`,
    )).map((r) => [r.employerId, r]));
    const historic = HISTORIC.flatMap(([key, noc, days], k) => {
      const employerId = stableId("demo", "employer", key);
      const m = municipalities.get(employerId);
      if (!m) return [];
      return [{
        id: stableId("integration", "posting", k), employerId, externalRef: `HIST-${String(k + 1).padStart(3, "0")}`, title: OCCUPATION_BY_NOC.get(noc)?.titles[0] ?? noc, nocCode: noc,
        municipalityCode: m.code, regionCode: m.regionCode, inCmm: m.inCmm, positions: 1, positionsFilled: 1, employmentType: "permanent", status: "FILLED",
        publishedAt: iso(ago(days)), firstPublishedAt: iso(ago(days)), expiresAt: iso(ago(days - 60)), closedAt: iso(ago(days - 40)), startDate: isoDate(ago(days - 60)),
        description: "Poste pourvu (données de démonstration).", isDemo: true, createdAt: iso(ago(days + 2)), updatedAt: iso(ago(days - 40)),
      }];
    });
    const unmet = UNMET.flatMap(([key, noc, title, positions, minFrench], k) => {
      const employerId = stableId("demo", "employer", key);
      const m = municipalities.get(employerId);
      if (!m) return [];
      const published = ago(12 + k * 3);
      const description = `Poste à pourvoir à ${m.name} : ${title.toLowerCase()}. Nous offrons de l'aide à l'installation dans la région.`;
      return [{
        id: stableId("integration", "open-posting", k), employerId, externalRef: `RARE-${String(k + 1).padStart(3, "0")}`, title, nocCode: noc, municipalityCode: m.code, regionCode: m.regionCode,
        inCmm: m.inCmm, positions, positionsFilled: 0, employmentType: "permanent", minFrenchLevel: minFrench, status: "PUBLISHED", publishedAt: iso(published), firstPublishedAt: iso(published),
        expiresAt: iso(new Date(published.getTime() + 60 * DAY)), startDate: isoDate(ago(-45)), description, offersHousingHelp: true,
        searchText: normalizeText([title, m.name, description].join(" ")), isDemo: true, createdAt: iso(published), updatedAt: iso(published),
      }];
    });
    n.JobPosting = await insert(tx, "JobPosting", [...historic, ...unmet]);

    const postings = await tx.query<Posting>(
      `SELECT j.id, j."employerId", j."regionCode", j."inCmm", j.title, j."nocCode", j."municipalityCode", m.name AS "municipalityName", e."legalName" AS "employerName",
              j."startDate", coalesce(j."firstPublishedAt", j."publishedAt") AS "publishedAt", j."closedAt", j.status::text AS status, j.positions, j."positionsFilled"
       FROM "JobPosting" j JOIN "Municipality" m ON m.code = j."municipalityCode" JOIN "Employer" e ON e.id = j."employerId"
       WHERE j."isDemo" AND j.status IN ('PUBLISHED', 'FILLED') AND coalesce(j."firstPublishedAt", j."publishedAt") IS NOT NULL
         AND coalesce(j."externalRef", '') NOT LIKE 'RARE-%' ORDER BY j.id`,
    );
    const demoCandidateUser = stableId("demo", "account", "candidate");
    const profiles = await tx.query<Profile>(
      `SELECT id, "userId", "sharedWithAdvisors", "availableFrom", "familyComing", "needsHousingHelp" FROM "CandidateProfile"
       WHERE "isDemo" AND "userId" <> $1 AND "visibleToEmployers" ORDER BY id LIMIT 300`,
      [demoCandidateUser],
    );
    const shared = profiles.filter((p) => p.sharedWithAdvisors);
    const notShared = profiles.filter((p) => !p.sharedWithAdvisors);
    const owners = new Map((await tx.query<{ employerId: string; userId: string }>(`SELECT "employerId", "userId" FROM "EmployerMember" WHERE role = 'OWNER'`)).map((r) => [r.employerId, r.userId]));

    // Hires: every filled vacancy (historic and demo), and about one published vacancy in six hired recently.
    const hires: { posting: Posting; profile: Profile; at: Date }[] = [];
    let s = 0;
    let u = 0;
    for (const p of postings) {
      const recent = p.status === "PUBLISHED";
      // Recent hires: more of them in the demo advisor's regions (Mauricie, Côte-Nord), so that their queue is not empty.
      if (recent && !rng.chance(p.regionCode === "04" || p.regionCode === "09" ? 0.4 : 0.15)) continue;
      const at = recent ? new Date(Math.min(now.getTime() - DAY, p.publishedAt.getTime() + rng.int(5, 25) * DAY)) : new Date((p.closedAt ?? p.publishedAt).getTime() - rng.int(0, 4) * DAY);
      if (at <= p.publishedAt) continue;
      // Two out of three hired people share their profile with advisors.
      const profile = rng.chance(0.67) ? shared[s++ % shared.length] : notShared[u++ % notShared.length];
      if (!profile) continue;
      hires.push({ posting: p, profile, at });
    }

    const entries: Record<string, unknown>[] = [];
    const moves: Record<string, unknown>[] = [];
    const invitations: Record<string, unknown>[] = [];
    const disclosures: Record<string, unknown>[] = [];
    const handOvers: Record<string, unknown>[] = [];
    const plans: Record<string, unknown>[] = [];
    const tasks: Record<string, unknown>[] = [];
    const followUps: Record<string, unknown>[] = [];
    const filled = new Map<string, number>();
    hires.forEach(({ posting: p, profile, at }, k) => {
      const entryId = stableId("integration", "entry", k);
      const invitedAt = new Date(at.getTime() - rng.int(8, 20) * DAY);
      const acceptedAt = new Date(invitedAt.getTime() + rng.int(1, 4) * DAY);
      const owner = owners.get(p.employerId) ?? advisor.id;
      entries.push({ id: entryId, employerId: p.employerId, jobPostingId: p.id, candidateProfileId: profile.id, stage: "HIRED", source: "SEARCH", addedById: owner, stageChangedAt: iso(at), version: 4, createdAt: iso(new Date(invitedAt.getTime() - DAY)), updatedAt: iso(at) });
      const steps: [string | null, string, Date, string | null][] = [[null, "SHORTLISTED", new Date(invitedAt.getTime() - DAY), "EMPLOYER"], ["SHORTLISTED", "INVITED", invitedAt, "EMPLOYER"], ["INVITED", "ACCEPTED", acceptedAt, "CANDIDATE"], ["ACCEPTED", "INTERVIEW", new Date(acceptedAt.getTime() + 2 * DAY), "EMPLOYER"], ["INTERVIEW", "HIRED", at, "EMPLOYER"]];
      steps.forEach(([from, to, when, role], j) => moves.push({ id: stableId("integration", "move", k, j), entryId, fromStage: from, toStage: to, actorId: role === "CANDIDATE" ? profile.userId : owner, actorRole: role, at: iso(when) }));
      const invitationId = stableId("integration", "invitation", k);
      invitations.push({ id: invitationId, entryId, employerId: p.employerId, jobPostingId: p.id, candidateProfileId: profile.id, message: "Bonjour, votre profil correspond à notre poste. Au plaisir d'échanger!", status: "ACCEPTED", invitedById: owner, respondedAt: iso(acceptedAt), createdAt: iso(invitedAt), version: 1 });
      disclosures.push({ id: stableId("integration", "disclosure", k), candidateProfileId: profile.id, employerId: p.employerId, invitationId, grantedAt: iso(acceptedAt) });
      if (p.status === "PUBLISHED") filled.set(p.id, (filled.get(p.id) ?? p.positionsFilled) + 1);
      if (!profile.sharedWithAdvisors) return;

      // The hand-over, as onCandidateHired would have opened it.
      const handOverId = stableId("integration", "handover", k);
      const requestedOn = quebecDateOf(at);
      const dueOn = addWorkingDays(requestedOn, 5);
      const ageDays = Math.floor((now.getTime() - at.getTime()) / DAY);
      const advisorRegion = p.regionCode === "04" || p.regionCode === "09";
      const met = ageDays > 14 || (ageDays > 7 && rng.chance(0.4));
      const arrived = ageDays > 25 ? isoDate(new Date(at.getTime() + rng.int(10, 25) * DAY)) : null;
      const closed = ageDays > 400;
      handOvers.push({
        id: handOverId, source: "HIRE", status: closed ? "CLOSED" : met ? "IN_PROGRESS" : "OPEN", candidateProfileId: profile.id, pipelineEntryId: entryId, regionCode: p.regionCode,
        jobPostingId: p.id, employerId: p.employerId, employerName: p.employerName, jobTitle: p.title, municipalityCode: p.municipalityCode, municipalityName: p.municipalityName,
        jobStartDate: p.startDate ? isoDate(p.startDate) : null, availableFrom: profile.availableFrom ? isoDate(profile.availableFrom) : null, familyComing: profile.familyComing, needsHousingHelp: profile.needsHousingHelp,
        requestedAt: iso(at), firstMeetingDueOn: dueOn, firstMeetingAt: met ? `${addWorkingDays(requestedOn, rng.int(1, 5))}T14:00:00.000Z` : null, arrivedOn: arrived,
        assignedAdvisorId: met && advisorRegion ? advisor.id : null, closedAt: closed ? iso(ago(ageDays - 380)) : null, version: met ? 2 : 0, createdAt: iso(at), updatedAt: iso(at),
        advisorsNotifiedAt: iso(at), // the demo's history: its advisors were told when it happened
      });
      // A plan for those met in the demo advisor's regions: needs, and tasks from the suggestions.
      if (met && advisorRegion) {
        const planId = stableId("integration", "plan", k);
        const needs = Object.fromEntries(PLAN_AREAS.map((a) => [a, { level: rng.pick(["none", "some", "some", "high"] as const), note: null }]));
        plans.push({ id: planId, handOverId, needs: JSON.stringify(needs), summary: "Plan établi lors de la première rencontre.", assessedAt: iso(new Date(at.getTime() + 6 * DAY)), createdById: advisor.id, version: 1, createdAt: iso(new Date(at.getTime() + 6 * DAY)), updatedAt: iso(new Date(at.getTime() + 6 * DAY)) });
        const areas: PlanArea[] = rng.sample([...PLAN_AREAS], rng.int(3, 5));
        const regionPartners = partners.filter((x) => x.regionCode === p.regionCode);
        areas.forEach((area, j) => {
          const templateKey = rng.pick(TASK_TEMPLATES[area]);
          const created = new Date(at.getTime() + 6 * DAY);
          const due = new Date(created.getTime() + rng.int(7, 60) * DAY);
          const partner = j === 0 && regionPartners.length ? rng.pick(regionPartners) : null;
          const done = due < now && rng.chance(0.7);
          tasks.push({
            id: stableId("integration", "task", k, j), planId, area, templateKey, title: templateKey, owner: partner ? "PARTNER" : rng.pick(["PERSON", "PERSON", "ADVISOR"]), partnerId: partner?.id ?? null,
            dueOn: isoDate(due), status: done ? "DONE" : "TODO", completedAt: done ? iso(due) : null, createdById: advisor.id, version: done ? 1 : 0, createdAt: iso(created), updatedAt: iso(created),
          });
        });
      }
      // Follow-ups at 3, 6 and 12 months after arrival, recorded by the advisor (and sometimes answered by the person).
      if (arrived) {
        for (const [milestone, months] of [["M3", 3], ["M6", 6], ["M12", 12]] as const) {
          const on = addMonths(arrived, months);
          if (on > isoDate(ago(3))) continue;
          const stayed = rng.chance(milestone === "M3" ? 0.95 : milestone === "M6" ? 0.88 : 0.8);
          followUps.push({ id: stableId("integration", "followup", k, milestone), handOverId, milestone, source: "ADVISOR", stillWithEmployer: stayed && rng.chance(0.9), stillInRegion: stayed, tasksLeft: rng.int(0, 3), recordedById: advisor.id, recordedAt: `${on}T16:00:00.000Z` });
          if (rng.chance(0.4)) followUps.push({ id: stableId("integration", "followup", k, milestone, "self"), handOverId, milestone, source: "SELF", stillWithEmployer: stayed, stillInRegion: stayed, tasksLeft: rng.int(0, 3), recordedById: profile.userId, recordedAt: `${on}T20:00:00.000Z` });
        }
      }
    });
    n.PipelineEntry = await insert(tx, "PipelineEntry", entries);
    n.PipelineMove = await insert(tx, "PipelineMove", moves);
    n.Invitation = await insert(tx, "Invitation", invitations);
    n.ContactDisclosure = await insert(tx, "ContactDisclosure", disclosures);
    for (const [id, count] of filled) await tx.query(`UPDATE "JobPosting" SET "positionsFilled" = LEAST(positions, $2) WHERE id = $1`, [id, count]);
    n.HandOver = await insert(tx, "HandOver", handOvers);
    n.ActionPlan = await insert(tx, "ActionPlan", plans);
    // Suggested tasks keep their French title (as the app stores them).
    const fr = createTranslator("fr");
    n.PlanTask = await insert(tx, "PlanTask", tasks.map((t) => ({ ...t, title: fr(`integration.templates.${t.templateKey as string}`) })));
    n.FollowUp = await insert(tx, "FollowUp", followUps);

    // Services to businesses: the demo employer (Trois-Rivières) and two Côte-Nord organisations.
    const services: [string, string, string, number][] = [
      ["metallurgie-st-maurice", "INFORMATION", "Présentation des programmes d'immigration permanente et temporaire pour les soudeurs.", 120],
      ["metallurgie-st-maurice", "RECRUITING_HELP", "Aide à la rédaction de trois offres d'emploi et au choix des critères de français.", 60],
      ["metallurgie-st-maurice", "EVENT", "Inscription aux Journées Québec de Paris et préparation des entrevues.", 20],
      ["metaux-baie-comeau", "REFERRAL", "Référence vers Carrefour d'accueil Côte-Nord pour l'accueil de deux familles.", 45],
      ["transport-minier-sept-iles", "INFORMATION", "Séance d'information sur le permis de travail et l'EIMT.", 90],
    ];
    const rows = services.flatMap(([key, kind, summary, days], k) => {
      const employerId = stableId("demo", "employer", key);
      const m = municipalities.get(employerId);
      return m ? [{ id: stableId("integration", "service", k), employerId, regionCode: m.regionCode, kind, summary, occurredOn: isoDate(ago(days)), advisorId: advisor.id, createdAt: iso(ago(days)) }] : [];
    });
    n.BusinessService = await insert(tx, "BusinessService", rows);
    return { skipped: false, inserted: n };
  });
}

export function formatIntegrationResult(r: IntegrationSeedResult): string {
  if (r.skipped) return "Accompagnement Québec demo: already present (or no demo advisor), nothing done.";
  return `Accompagnement Québec demo: ${Object.entries(r.inserted).map(([t, c]) => `${c} ${t}`).join(", ")}.`;
}
