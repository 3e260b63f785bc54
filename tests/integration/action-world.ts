// The fixtures of the access-control matrix and of the fuzzing of every action: one "world" built through the real
// data functions (two verified organisations A and B with vacancies, candidates, an advisor of some regions and one
// of another region, an administrator, an event with applications, slots, a booking and an offer, hand-overs, a plan
// and its tasks...), then
// - tableChecksums(): one md5 per table of all its rows, to prove that a refused call wrote nothing;
// - saveWorld()/restoreWorld(): a copy of every table in a schema of its own, put back in a few milliseconds after a
//   call that was allowed to write (faster than building the world again for each of ~90 actions).
import { randomUUID } from "node:crypto";
import { db, resetDb } from "./db";
import { actorFor, createAdvisor, createCandidate, createEmployer, createUser, ensureReferenceData } from "./factories";
import { createFilledCandidate } from "./candidate-helpers";
import { acceptedCandidate, BAIE_COMEAU, WORDING } from "./integration-helpers";
import { applicant, eventInput, openEventWithVacancy, pdfBytes, ROUYN_NORANDA, streamOf, useTemporaryStorage } from "./events-helpers";
import { vacancyInput, SAGUENAY, TROIS_RIVIERES, vacancyCsv } from "./vacancy-helpers";
import { INVITATION_TEXT, invite } from "./recruiting-helpers";
import { createVacancy } from "@/lib/server/dal/vacancies";
import { markHired, addToPipeline } from "@/lib/server/dal/pipeline";
import { respondToInvitation } from "@/lib/server/dal/invitations";
import { setConsent } from "@/lib/server/dal/candidate-profile";
import { takeHandOver, requestAccompaniment } from "@/lib/server/dal/handovers";
import { addTask, createPlan } from "@/lib/server/dal/action-plans";
import { savePartner } from "@/lib/server/dal/partners";
import { registerForEvent, attachVacancy } from "@/lib/server/dal/events";
import { decideApplication, makeOffer, storeCvFile } from "@/lib/server/dal/events-applications";
import { bookSlot, openSlots } from "@/lib/server/dal/events-interviews";
import { createApiKey } from "@/lib/server/dal/api-keys";
import { createSavedSearch } from "@/lib/server/dal/saved-searches";
import { inviteMember, acceptInvitation } from "@/lib/server/dal/team";
import { requestPasswordReset } from "@/lib/server/dal/password-reset";
import { requestHumanReview } from "@/lib/server/dal/human-review";
import { createIncident } from "@/lib/server/dal/incidents";
import { startVacancyImport } from "@/lib/server/services/vacancy-import";
import { startEnrolment } from "@/lib/server/dal/mfa";
import { readPdfUpload } from "@/lib/server/storage/pdf";
import { ZOpenSlots } from "@/lib/schemas/event";
import { ZCreateIncident } from "@/lib/schemas/privacy";
import { addMonths } from "@/lib/domain/integration/follow-ups";
import { CONSENT_WORDING_VERSIONS } from "@/lib/domain/candidate/consent";
import { quebecDateOf } from "@/lib/domain/integration/working-days";
import { addDaysIso } from "@/lib/domain/events/time";
import { quebecDate } from "@/lib/domain/vacancy/dates";
import type { SessionUser } from "@/lib/server/auth";

export { BAIE_COMEAU, WORDING, SAGUENAY, TROIS_RIVIERES, ROUYN_NORANDA, INVITATION_TEXT };
export const LETTER = "Madame, Monsieur, soudeuse depuis six ans, je souhaite m'établir en Abitibi-Témiscamingue avec ma famille.";
export const INCIDENT = {
  occurredFrom: "2026-11-20", occurredTo: "2026-11-21", occurredApproximate: false, discoveredOn: "2026-11-22",
  circumstances: "Un courriel contenant une liste d'adresses a été envoyé au mauvais destinataire.", personalInfoConcerned: "Adresses courriel de candidats",
  personsConcerned: 42, personsApproximate: true, riskAssessment: "Faible sensibilité, destinataire de confiance qui a supprimé le message.",
  seriousInjuryRisk: true, measuresTaken: "Demande de suppression, confirmation écrite reçue.", commissionNotifiedOn: "", personsNotifiedOn: "", publicNotice: false, publicNoticeReason: "",
};

type Person = { userId: string; actor: SessionUser };
type Cand = Person & { profileId: string };
type Org = Person & { employerId: string };

export type World = Awaited<ReturnType<typeof buildWorld>>;

/**
 * Builds the world in an empty database (reference data loaded). Each name says who it is for:
 * - orgA (verified, Trois-Rivières, region 04) with vacancyA (published, Baie-Comeau, 09) where c1 was hired
 *   (hand-over h1, region 09, arrived three months ago), draftA (a draft), a second member recruiterA, an API key,
 *   a saved search, a pending team invitation, a shortlisted c2 (entryA2), a thread with c1;
 * - orgB (verified, Saguenay) with vacancyB (published) and a pending invitation of c1;
 * - c1 (hired by A, shares with advisors), c2 (visible; hired by B without sharing: hireEntryB, then asked for
 *   accompaniment in 09: hand-over h2, taken by advisor, plan with an advisor task and a task of the person);
 * - advisor (regions 04, 08, 09), advisorOut (region 01 only), admin, pendingOrg (not verified, Baie-Comeau);
 * - the event (open to candidates) of eventAdvisor and eventOrg, with applications of e1 (preselected, booked),
 *   e2 (preselected, no booking), e3 (submitted), e4 (offer made), slots, and orgB registered (pending).
 */
export async function buildWorld() {
  await ensureReferenceData();
  const storageDir = useTemporaryStorage();
  const advisor = await createAdvisor(["04", "08", "09"]);
  const advisorOut = await createAdvisor(["01"]);
  const admin = await createUser("ADMIN");

  // c1 hired by A (hand-over h1 in 09).
  const hire = await acceptedCandidate({ municipalityCode: BAIE_COMEAU });
  await markHired(hire.employer.actor, { entryId: hire.entry.id, version: hire.entry.version });
  const orgA: Org = hire.employer;
  const vacancyA = hire.vacancy;
  const c1: Cand = hire.candidate;
  const h1 = await db.handOver.findUniqueOrThrow({ where: { pipelineEntryId: hire.entry.id }, select: { id: true } });
  await db.handOver.update({ where: { id: h1.id }, data: { arrivedOn: new Date(`${addMonths(quebecDateOf(new Date()), -3)}T00:00:00Z`) } });
  const threadA = await db.messageThread.findFirstOrThrow({ select: { id: true } });
  // In the matching pool (the advisor's invitation to apply to an event vacancy ranks pool members only).
  await setConsent(c1.actor, { purpose: "included_in_matching", granted: true, wordingVersion: CONSENT_WORDING_VERSIONS.included_in_matching });
  const draftA = await createVacancy(orgA.actor, vacancyInput({ title: "Cariste de nuit" }));
  const draftA2 = await createVacancy(orgA.actor, vacancyInput({ title: "Journalier de cour" }));

  const orgB: Org = await createEmployer({ municipalityCode: SAGUENAY });
  const vacancyB = await createVacancy(orgB.actor, vacancyInput({ publish: true, positions: 3 }));
  const invitationB = await invite(orgB.actor, vacancyB.id, c1.profileId);

  // c2: visible, hired by B without sharing with advisors, then asks for accompaniment in 09.
  const c2: Cand = await createFilledCandidate({ visible: true, regions: ["09", "04"] });
  const invB2 = await invite(orgB.actor, vacancyB.id, c2.profileId);
  await respondToInvitation(c2.actor, { invitationId: invB2.id, answer: "accept" });
  const hireEntryB = await db.pipelineEntry.findFirstOrThrow({ where: { jobPostingId: vacancyB.id, candidateProfileId: c2.profileId }, select: { id: true, version: true } });
  await markHired(orgB.actor, { entryId: hireEntryB.id, version: hireEntryB.version });
  const entryA2 = await addToPipeline(orgA.actor, { jobPostingId: vacancyA.id, candidateProfileId: c2.profileId, source: "SEARCH" });
  const acc = await requestAccompaniment(c2.actor, { regionCode: "09", note: "Nous arrivons en mars avec deux enfants.", wordingVersion: WORDING });
  await takeHandOver(advisor.actor, { handOverId: acc.handOverId, version: 0 });
  const h2 = { id: acc.handOverId };
  const plan = await createPlan(advisor.actor, h2.id);
  const partner = await savePartner(advisor.actor, { partnerId: null, version: 0, regionCode: "09", name: "Centre d'accueil de la Côte-Nord", kind: "RECEPTION_INTEGRATION", municipalityName: null, website: null, email: null, phone: null, description: null, active: true });
  const today = quebecDate();
  const advisorTask = await addTask(advisor.actor, { planId: plan.planId, area: "EMPLOI", templateKey: null, title: "Appeler l'employeur", owner: "ADVISOR", partnerId: null, dueOn: addDaysIso(today, 7), notes: null });
  const personTask = await addTask(advisor.actor, { planId: plan.planId, area: "INSTALLATION", templateKey: null, title: "Chercher un logement", owner: "PERSON", partnerId: null, dueOn: addDaysIso(today, 7), notes: null });

  const c3: Cand = await createCandidate(); // no hire, nothing shared: asks for accompaniment in the sample
  const pendingOrg: Org = await createEmployer({ verified: false, municipalityCode: BAIE_COMEAU });

  // Team of A: a recruiter (accepted invitation) and a pending invitation.
  const invRecruiter = await inviteMember(orgA.actor, { email: `recrue-${randomUUID().slice(0, 8)}@test.passerelle.ca`, role: "RECRUITER" });
  const recruiterAccount = await acceptInvitation({ token: invRecruiter.token, name: "Recrue A", password: "Un-cheval-bleu-2026", locale: "fr" });
  const recruiterA: Person = await (async () => {
    const u = await db.user.findUniqueOrThrow({ where: { email: recruiterAccount.email }, select: { id: true } });
    return { userId: u.id, actor: await actorFor(u.id) };
  })();
  const teamInvitation = await inviteMember(orgA.actor, { email: `attente-${randomUUID().slice(0, 8)}@test.passerelle.ca`, role: "RECRUITER" });
  const teamInvitationToAccept = await inviteMember(orgA.actor, { email: `nouveau-${randomUUID().slice(0, 8)}@test.passerelle.ca`, role: "RECRUITER" });

  const apiKey = await createApiKey(orgA.actor, { label: "Intégration ATS" });
  const apiKeyB = await createApiKey(orgB.actor, { label: "Intégration B" });
  const apiKeyPending = await db.apiKey.count(); // pending organisations cannot create keys: see the route tests
  void apiKeyPending;
  const savedSearch = await createSavedSearch(orgA.actor, { name: "Soudeurs", filters: { cnp: "72106" }, alertsEnabled: true });
  const importA = await startVacancyImport(orgA.actor, { name: "offres.csv", bytes: vacancyCsv([{ externalRef: "S-1", title: "Soudeur" }]) });
  const reset = await requestPasswordReset({ email: (await db.user.findUniqueOrThrow({ where: { id: c3.userId }, select: { email: true } })).email });
  const review = await requestHumanReview(c1.actor, { vacancyId: vacancyA.id, reason: "Mon niveau de français a changé depuis mon dernier test." });
  const incident = await createIncident(admin.actor, ZCreateIncident.parse(INCIDENT));

  // Journées Québec.
  const ev = await openEventWithVacancy({ positions: 5 });
  const eventOrg: Org = ev.employer;
  const eventAdvisor: Person = ev.advisor;
  const e1 = await applicant([ev.eventVacancyId]);
  const e2 = await applicant([ev.eventVacancyId]);
  const e3 = await applicant([ev.eventVacancyId]);
  const e4 = await applicant([ev.eventVacancyId]);
  for (const a of [e1, e2, e4]) await decideApplication(eventOrg.actor, { applicationId: a.applications[0].id, version: 0, status: "PRESELECTED" });
  const offer = await makeOffer(eventOrg.actor, { applicationId: e4.applications[0].id, note: null });
  const event = await db.event.findUniqueOrThrow({ where: { id: ev.eventId }, select: { startDate: true, version: true } });
  const day = (event.startDate instanceof Date ? event.startDate.toISOString() : String(event.startDate)).slice(0, 10);
  await openSlots(eventOrg.actor, ZOpenSlots.parse({ eventId: ev.eventId, date: day, fromTime: "10:00", toTime: "12:00", lengthMinutes: "30", mode: "IN_PERSON", location: "Stand 12", interviewerId: "" }));
  const slots = await db.interviewSlot.findMany({ where: { eventId: ev.eventId }, orderBy: { startsAt: "asc" }, select: { id: true } });
  const booking = await bookSlot(e1.candidate.actor, { applicationId: e1.applications[0].id, slotId: slots[0].id });
  await registerForEvent(orgB.actor, ev.eventId); // pending participation
  const participationB = await db.eventParticipation.findFirstOrThrow({ where: { eventId: ev.eventId, employerId: orgB.employerId }, select: { id: true } });
  const spareVacancy = await createVacancy(eventOrg.actor, vacancyInput({ publish: true, municipalityCode: ROUYN_NORANDA, title: "Mécanicien ou mécanicienne" }));
  const detachable = await createVacancy(eventOrg.actor, vacancyInput({ publish: true, municipalityCode: ROUYN_NORANDA, title: "Électricien ou électricienne" }));
  const detachableEv = await attachVacancy(eventOrg.actor, { eventId: ev.eventId, jobPostingId: detachable.id });
  const cvC1 = await storeCvFile(c1.actor, { ...(await readPdfUpload(streamOf(pdfBytes()))), fileName: "cv.pdf" });

  // Second factor: A's owner has a real session row and an enrolment started (the code is computed in the sample).
  const sessionA = await db.authSession.create({ data: { userId: orgA.userId }, select: { id: true } });
  const enrolment = await startEnrolment({ user: orgA.actor, sid: sessionA.id, status: "needs-mfa" });

  return {
    storageDir, advisor, advisorOut, admin, orgA, orgB, pendingOrg, recruiterA, vacancyA, draftA, draftA2, vacancyB, c1, c2, c3, h1, h2,
    invitationB, threadA, hireEntryB, entryA2, plan, partner, advisorTask, personTask, teamInvitation, teamInvitationToAccept,
    apiKey, apiKeyB, savedSearch, importA, resetToken: reset.token!, review, incident,
    event: { id: ev.eventId, eventVacancyId: ev.eventVacancyId, day }, eventOrg, eventAdvisor, e1, e2, e3, e4, offer, slots, booking, participationB, spareVacancy, detachableEv, cvC1,
    sessionA, enrolment, acceptedEntryA: hire.entry,
    eventInput: () => eventInput(),
  };
}

// ---------- checksums, save and restore ----------

/** Tables that only a migration writes (reference data); left out of checksums and of the copy. */
const REFERENCE = new Set(["Region", "Municipality", "NocUnitGroup", "NocExampleTitle", "OasisProfile", "OasisDescriptor", "_prisma_migrations"]);
const SAVE_SCHEMA = "world_saved";

let tablesCache: { name: string; columns: string[] }[] | null = null;
async function tables() {
  if (tablesCache) return tablesCache;
  const rows = await db.$queryRaw<{ table_name: string; columns: string[] }[]>`
    SELECT c.table_name, array_agg(c.column_name::text ORDER BY c.ordinal_position) AS columns
    FROM information_schema.columns c JOIN pg_tables t ON t.tablename = c.table_name AND t.schemaname = 'public'
    WHERE c.table_schema = 'public' AND c.is_generated = 'NEVER'
    GROUP BY c.table_name ORDER BY c.table_name`;
  tablesCache = rows.filter((r) => !REFERENCE.has(r.table_name) && !r.table_name.startsWith("pgboss")).map((r) => ({ name: r.table_name, columns: r.columns }));
  return tablesCache;
}

/** { table: "count:md5" } of every non-reference table: any insert, update or delete changes its entry. */
export async function tableChecksums(): Promise<Record<string, string>> {
  const ts = await tables();
  const sql = ts.map((t) => `SELECT '${t.name}' AS t, count(*)::text || ':' || coalesce(md5(string_agg(x::text, '|' ORDER BY x::text)), '') AS c FROM "${t.name}" x`).join(" UNION ALL ");
  const rows = await db.$queryRawUnsafe<{ t: string; c: string }[]>(sql);
  return Object.fromEntries(rows.map((r) => [r.t, r.c]));
}

/** The tables whose checksum differs, leaving out `ignore`. */
export function changedTables(before: Record<string, string>, after: Record<string, string>, ignore: readonly string[] = []): string[] {
  return Object.keys({ ...before, ...after }).filter((t) => !ignore.includes(t) && before[t] !== after[t]);
}

/** Copies every non-reference table into a schema of its own. */
export async function saveWorld() {
  const ts = await tables();
  await db.$executeRawUnsafe(`DROP SCHEMA IF EXISTS ${SAVE_SCHEMA} CASCADE`);
  await db.$executeRawUnsafe(`CREATE SCHEMA ${SAVE_SCHEMA}`);
  for (const t of ts) await db.$executeRawUnsafe(`CREATE TABLE ${SAVE_SCHEMA}."${t.name}" AS SELECT * FROM public."${t.name}"`);
}

/**
 * Puts the saved copy back: TRUNCATE, then INSERT with foreign keys and triggers off for this transaction
 * (session_replication_role = replica; the test database's user is its superuser). The audit log's append-only
 * trigger does not stop TRUNCATE (see docs/assurance.md §5).
 */
export async function restoreWorld() {
  const ts = await tables();
  await db.$transaction(async (tx) => {
    await tx.$executeRawUnsafe(`SET LOCAL session_replication_role = replica`);
    await tx.$executeRawUnsafe(`TRUNCATE ${ts.map((t) => `public."${t.name}"`).join(", ")}`);
    for (const t of ts) {
      const cols = t.columns.map((c) => `"${c}"`).join(", ");
      await tx.$executeRawUnsafe(`INSERT INTO public."${t.name}" (${cols}) SELECT ${cols} FROM ${SAVE_SCHEMA}."${t.name}"`);
    }
  }, { timeout: 60_000 });
}

/** Empties the database, builds the world and saves it. */
export async function freshWorld() {
  await resetDb();
  const w = await buildWorld();
  await saveWorld();
  return w;
}
