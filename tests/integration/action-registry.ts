// Who may call each server action and route handler, and a VALID sample input built from the world
// (action-world.ts). The access-control matrix and the fuzzing enumerate the actions and routes from the code and
// fail when one has no entry here, or when an entry names one that no longer exists: a new action cannot be
// forgotten.
import { randomUUID } from "node:crypto";
import { readFileSync } from "node:fs";
import { db } from "./db";
import { INCIDENT, INVITATION_TEXT, LETTER, TROIS_RIVIERES, WORDING, type World } from "./action-world";
import { pdfBytes } from "./events-helpers";
import { vacancyCsv, vacancyInput } from "./vacancy-helpers";
import { CONSENT_WORDING_VERSIONS } from "@/lib/domain/candidate/consent";
import { PLAN_AREAS } from "@/lib/domain/integration/areas";
import { addDaysIso } from "@/lib/domain/events/time";
import { quebecDate } from "@/lib/domain/vacancy/dates";
import { totp } from "@/lib/security/totp";
import type { Role } from "@/lib/generated/prisma/enums";
import type { SessionUser } from "@/lib/server/auth";

export const ROLES: readonly Role[] = ["CANDIDATE", "EMPLOYER", "ADVISOR", "ADMIN"];

/**
 * - public: anyone, signed in or not (registration, password reset, invitation acceptance, language);
 * - session: a session that passed the password, whatever its second-factor state (second-factor actions);
 * - roles: a signed-in user with one of these roles. `others` are actors of an allowed role who must still be
 *   refused because the data belongs to someone else (another organisation, another candidate, an advisor outside
 *   the region, a recruiter where owners only may act, an organisation not verified).
 */
export type Access = { kind: "public" } | { kind: "session" } | { kind: "roles"; roles: readonly Role[] };
type Actor = SessionUser;

export type ActionEntry = {
  access: Access;
  /** The allowed actor of the sample (null for public actions: called signed out). */
  as: (w: World) => Actor | null;
  others?: (w: World) => { label: string; actor: Actor; code?: string }[];
  /** A valid input; read at call time (versions move). Must not write. */
  sample: (w: World) => unknown | Promise<unknown>;
  /** Second-factor actions: the real session row of the allowed actor. */
  session?: (w: World) => { sid: string; status: "active" | "needs-mfa" };
  /** What the allowed call answers when not ok:true (a state the world cannot cheaply provide); documented. */
  allowedCode?: string;
  /** The action returns nothing (a <form action>): the result is not an ActionResult. */
  returnsVoid?: boolean;
};

const today = () => quebecDate();
const version = async (table: "jobPosting" | "event" | "handOver" | "actionPlan" | "planTask" | "savedSearch" | "interviewBooking" | "employer" | "pipelineEntry", id: string) =>
  ((await (db[table] as unknown as { findUniqueOrThrow: (a: unknown) => Promise<{ version: number }> }).findUniqueOrThrow({ where: { id }, select: { version: true } })).version);
const sectionVersion = async (profileId: string, section: string) => {
  const p = await db.candidateProfile.findUniqueOrThrow({ where: { id: profileId }, select: { sectionVersions: true } });
  return Number((p.sectionVersions as Record<string, number> | null)?.[section] ?? 0);
};
const candidate = (pick: (w: World) => Actor, others?: ActionEntry["others"]) => ({ access: { kind: "roles", roles: ["CANDIDATE"] } as Access, as: pick, others });
const employer = (pick: (w: World) => Actor, others?: ActionEntry["others"]) => ({ access: { kind: "roles", roles: ["EMPLOYER"] } as Access, as: pick, others });
const staff = (pick: (w: World) => Actor, others?: ActionEntry["others"]) => ({ access: { kind: "roles", roles: ["ADVISOR", "ADMIN"] } as Access, as: pick, others });
const orgB = (w: World) => [{ label: "member of organisation B", actor: w.orgB.actor }];
const outOfRegion = (w: World) => [{ label: "advisor of another region", actor: w.advisorOut.actor }];
const publicAction = { access: { kind: "public" } as Access, as: () => null };

const section = (name: string, body: (w: World) => Record<string, unknown>): ActionEntry => ({
  ...candidate((w) => w.c1.actor),
  sample: async (w) => ({ version: await sectionVersion(w.c1.profileId, name), ...body(w) }),
});

/** Keyed "<file>.ts#<export>" (files of lib/server/actions). */
export const ACTIONS: Record<string, ActionEntry> = {
  // ---------- admin-accounts ----------
  "admin-accounts.ts#resetSecondFactorAction": { access: { kind: "roles", roles: ["ADMIN"] }, as: (w) => w.admin.actor, sample: (w) => ({ userId: w.orgA.userId, reason: "Identité vérifiée par téléphone au numéro connu." }) },

  // ---------- api-keys ----------
  "api-keys.ts#createApiKeyAction": {
    ...employer((w) => w.orgA.actor, (w) => [{ label: "recruiter (not owner) of A", actor: w.recruiterA.actor }, { label: "owner of an organisation not verified", actor: w.pendingOrg.actor, code: "CONFLICT" }]),
    sample: () => ({ label: "Clé de test" }),
  },
  "api-keys.ts#revokeApiKeyAction": { ...employer((w) => w.orgA.actor, (w) => [...orgB(w), { label: "recruiter (not owner) of A", actor: w.recruiterA.actor }]), sample: (w) => ({ id: w.apiKey.id }) },

  // ---------- auth ----------
  "auth.ts#registerCandidateAction": { ...publicAction, sample: () => ({ name: "Awa Traoré", email: `awa-${randomUUID().slice(0, 8)}@test.passerelle.ca`, password: "Un-cheval-vert-2027", locale: "fr", acceptTerms: true }) },
  "auth.ts#registerEmployerAction": {
    ...publicAction,
    sample: () => ({ name: "Jean Tremblay", email: `rh-${randomUUID().slice(0, 8)}@test.passerelle.ca`, password: "Un-cheval-vert-2027", locale: "fr", acceptTerms: true, organisationName: "Scierie du Nord", neq: String(1_100_000_000 + Math.floor(Math.random() * 899_999_999)) }),
  },
  "auth.ts#signOutEverywhereAction": { access: { kind: "roles", roles: ROLES }, as: (w) => w.c1.actor, sample: () => ({}) },

  // ---------- business-service ----------
  "business-service.ts#recordBusinessServiceAction": { ...staff((w) => w.advisor.actor, outOfRegion), sample: (w) => ({ employerId: w.orgA.employerId, kind: "INFORMATION", summary: "Présentation des services d'accueil.", occurredOn: today() }) },

  // ---------- candidate-profile ----------
  "candidate-profile.ts#saveIdentityAction": section("identity", () => ({ firstName: "Awa", lastName: "Traoré", phone: "+1 819 555-0100", citizenship: "SN" })),
  "candidate-profile.ts#saveLocationAction": section("location", () => ({ inQuebec: "no", countryOfResidence: "SN", cityOfResidence: "Dakar", immigrationStatus: "" })),
  "candidate-profile.ts#saveOccupationsAction": section("occupations", () => ({ occupations: [{ nocCode: "72106", title: "Soudeuse", years: "6" }] })),
  "candidate-profile.ts#saveSkillsAction": section("skills", () => ({ skills: ["Soudage MIG", "Lecture de plans"] })),
  "candidate-profile.ts#saveEducationAction": section("education", () => ({ education: "vocational", educationField: "Soudage-montage", educationCountry: "SN", credentialStatus: "evaluation_requested" })),
  "candidate-profile.ts#saveLanguagesAction": section("languages", () => ({ frenchOral: 8, frenchWritten: 7, englishLevel: 4, languageTestName: "TEF Canada", languageTestDate: "2026-01-15" })),
  "candidate-profile.ts#saveMobilityAction": section("mobility", () => ({ preferredRegionCodes: ["09"], openToAnyRegionOutsideCmm: false, familyComing: "yes", needsHousingHelp: "no", hasDrivingLicence: "no" })),
  "candidate-profile.ts#saveAvailabilityAction": section("availability", () => ({ availableFrom: addDaysIso(today(), 30), workTypes: ["permanent"] })),
  "candidate-profile.ts#setConsentAction": { ...candidate((w) => w.c1.actor), sample: () => ({ purpose: "included_in_matching", granted: true, wordingVersion: CONSENT_WORDING_VERSIONS.included_in_matching }) },
  "candidate-profile.ts#confirmProfileAction": { ...candidate((w) => w.c1.actor), sample: () => ({}) },
  "candidate-profile.ts#deleteAccountAction": { ...candidate((w) => w.c3.actor), sample: () => ({ confirmation: "SUPPRIMER" }) },

  // ---------- employer ----------
  "employer.ts#updateOrganisationProfileAction": {
    ...employer((w) => w.orgA.actor, (w) => [{ label: "recruiter (not owner) of A", actor: w.recruiterA.actor }]),
    sample: async (w) => {
      const e = await db.employer.findUniqueOrThrow({ where: { id: w.orgA.employerId }, select: { legalName: true, neq: true, version: true } });
      return { legalName: e.legalName, neq: e.neq, sectorCode: "31", municipalityCode: TROIS_RIVIERES, size: "10-49", website: "scierie.ca", description: "Transformation du bois.", version: e.version };
    },
  },

  // ---------- event (Journées Québec) ----------
  "event.ts#createEventAction": { ...staff((w) => w.eventAdvisor.actor), sample: (w) => w.eventInput() },
  "event.ts#updateEventAction": { ...staff((w) => w.eventAdvisor.actor), sample: async (w) => ({ ...w.eventInput(), nameFr: "Journées Québec Paris 2027", id: w.event.id, version: await version("event", w.event.id) }) },
  "event.ts#changeEventStatusAction": { ...staff((w) => w.eventAdvisor.actor), sample: async (w) => ({ id: w.event.id, version: await version("event", w.event.id), to: "CLOSED" }) },
  "event.ts#decideParticipationAction": { ...staff((w) => w.eventAdvisor.actor), sample: (w) => ({ participationId: w.participationB.id, version: 0, decision: "APPROVED", reason: null }) },
  "event.ts#inviteToApplyAction": { ...staff((w) => w.eventAdvisor.actor), sample: (w) => ({ eventVacancyId: w.event.eventVacancyId, candidateProfileIds: [w.c1.profileId] }) },
  "event.ts#registerForEventAction": { ...employer((w) => w.orgA.actor, (w) => [{ label: "owner of an organisation not verified", actor: w.pendingOrg.actor }]), sample: (w) => ({ eventId: w.event.id }) },
  "event.ts#attachVacancyAction": { ...employer((w) => w.eventOrg.actor, (w) => [{ label: "organisation A (not taking part)", actor: w.orgA.actor }, { label: "organisation B (not approved)", actor: w.orgB.actor }]), sample: (w) => ({ eventId: w.event.id, jobPostingId: w.spareVacancy.id }) },
  "event.ts#detachVacancyAction": { ...employer((w) => w.eventOrg.actor, (w) => [{ label: "organisation A", actor: w.orgA.actor }, ...orgB(w)]), sample: (w) => ({ eventVacancyId: w.detachableEv.id }) },
  "event.ts#decideApplicationAction": { ...employer((w) => w.eventOrg.actor, (w) => [{ label: "organisation A", actor: w.orgA.actor }, ...orgB(w)]), sample: (w) => ({ applicationId: w.e3.applications[0].id, version: 0, status: "PRESELECTED" }) },
  "event.ts#makeOfferAction": { ...employer((w) => w.eventOrg.actor, (w) => [{ label: "organisation A", actor: w.orgA.actor }]), sample: (w) => ({ applicationId: w.e2.applications[0].id, note: "Poste à pourvoir en mars." }) },
  "event.ts#openSlotsAction": {
    ...employer((w) => w.eventOrg.actor, (w) => [{ label: "organisation A (not taking part)", actor: w.orgA.actor }, { label: "organisation B (not approved)", actor: w.orgB.actor }]),
    sample: (w) => ({ eventId: w.event.id, date: w.event.day, fromTime: "14:00", toTime: "15:00", lengthMinutes: 30, mode: "VIDEO", location: null, interviewerId: null, eventVacancyId: null }),
  },
  "event.ts#cancelSlotAction": { ...employer((w) => w.eventOrg.actor, (w) => [{ label: "organisation A", actor: w.orgA.actor }]), sample: (w) => ({ slotId: w.slots[1].id }) },
  "event.ts#answerOfferAction": {
    access: { kind: "roles", roles: ["CANDIDATE", "EMPLOYER"] },
    as: (w) => w.e4.candidate.actor,
    others: (w) => [{ label: "another candidate", actor: w.c1.actor }, { label: "another organisation", actor: w.orgA.actor }],
    sample: (w) => ({ offerId: w.offer.id, version: 0, answer: "DECLINED" }),
  },
  "event.ts#cancelBookingAction": {
    access: { kind: "roles", roles: ["CANDIDATE", "EMPLOYER"] },
    as: (w) => w.e1.candidate.actor,
    others: (w) => [{ label: "another candidate", actor: w.e2.candidate.actor }, { label: "another organisation", actor: w.orgA.actor }],
    sample: async (w) => ({ bookingId: w.booking.id, version: await version("interviewBooking", w.booking.id) }),
  },
  "event.ts#applyToEventAction": { ...candidate((w) => w.c1.actor), sample: (w) => ({ eventVacancyIds: [w.event.eventVacancyId], cvFileId: w.cvC1.id, letter: LETTER }) },
  "event.ts#bookSlotAction": { ...candidate((w) => w.e2.candidate.actor, (w) => [{ label: "another candidate", actor: w.e3.candidate.actor }]), sample: (w) => ({ applicationId: w.e2.applications[0].id, slotId: w.slots[2].id }) },
  "event.ts#rescheduleBookingAction": {
    ...candidate((w) => w.e1.candidate.actor, (w) => [{ label: "another candidate", actor: w.e2.candidate.actor }]),
    sample: async (w) => ({ bookingId: w.booking.id, version: await version("interviewBooking", w.booking.id), slotId: w.slots[3].id }),
  },

  // ---------- follow-up ----------
  "follow-up.ts#recordFollowUpAction": { ...staff((w) => w.advisor.actor, outOfRegion), sample: (w) => ({ handOverId: w.h1.id, milestone: "M3", stillWithEmployer: "yes", stillInRegion: "yes", comment: null }) },
  "follow-up.ts#selfCheckInAction": { ...candidate((w) => w.c1.actor, (w) => [{ label: "another candidate", actor: w.c2.actor }]), sample: (w) => ({ handOverId: w.h1.id, milestone: "M3", stillWithEmployer: "yes", stillInRegion: "yes", comment: "Tout va bien." }) },

  // ---------- human-review ----------
  "human-review.ts#requestHumanReviewAction": { ...candidate((w) => w.c2.actor), sample: (w) => ({ vacancyId: w.vacancyA.id, reason: "Mon expérience de soudeuse n'a pas été comptée." }) },
  "human-review.ts#answerHumanReviewAction": { ...staff((w) => w.advisor.actor, outOfRegion), sample: (w) => ({ id: w.review.id, version: 0, answer: "Votre niveau 5 est sous le minimum de 6 exigé pour ce poste." }) },

  // ---------- import ----------
  "import.ts#confirmImportAction": { ...employer((w) => w.orgA.actor, orgB), sample: (w) => ({ importId: w.importA.importId, publish: false }) },
  "import.ts#discardImportAction": { ...employer((w) => w.orgA.actor, orgB), sample: (w) => ({ importId: w.importA.importId }) },

  // ---------- incident ----------
  "incident.ts#createIncidentAction": { access: { kind: "roles", roles: ["ADMIN"] }, as: (w) => w.admin.actor, sample: () => INCIDENT },
  "incident.ts#updateIncidentAction": { access: { kind: "roles", roles: ["ADMIN"] }, as: (w) => w.admin.actor, sample: (w) => ({ id: w.incident.id, version: 0, fields: { ...INCIDENT, commissionNotifiedOn: "2026-11-23" } }) },

  // ---------- integration (hand-overs) ----------
  "integration.ts#takeHandOverAction": { ...staff((w) => w.advisor.actor, outOfRegion), sample: async (w) => ({ handOverId: w.h1.id, version: await version("handOver", w.h1.id) }) },
  "integration.ts#recordFirstMeetingAction": { ...staff((w) => w.advisor.actor, outOfRegion), sample: async (w) => ({ handOverId: w.h2.id, version: await version("handOver", w.h2.id), heldOn: today() }) },
  "integration.ts#recordArrivalAction": { ...staff((w) => w.advisor.actor, outOfRegion), sample: async (w) => ({ handOverId: w.h2.id, version: await version("handOver", w.h2.id), arrivedOn: today() }) },
  "integration.ts#closeHandOverAction": { ...staff((w) => w.advisor.actor, outOfRegion), sample: async (w) => ({ handOverId: w.h2.id, version: await version("handOver", w.h2.id) }) },
  "integration.ts#openMyHireHandOverAction": { ...candidate((w) => w.c2.actor, (w) => [{ label: "another candidate", actor: w.c1.actor }]), sample: (w) => ({ entryId: w.hireEntryB.id, consent: true, wordingVersion: WORDING }) },
  "integration.ts#requestAccompanimentAction": { ...candidate((w) => w.c3.actor), sample: () => ({ regionCode: "09", note: "Nous arrivons en mars avec deux enfants.", consent: true, wordingVersion: WORDING }) },

  // ---------- invitation ----------
  "invitation.ts#sendInvitationAction": {
    ...employer((w) => w.orgA.actor, orgB),
    sample: (w) => ({ jobPostingId: w.vacancyA.id, candidateProfileId: w.c2.profileId, message: INVITATION_TEXT, idempotencyKey: "6f1c2a9e-4b7d-4c1e-9a3f-2d5e8b7c6a10" }),
  },
  "invitation.ts#respondToInvitationAction": { ...candidate((w) => w.c1.actor, (w) => [{ label: "another candidate", actor: w.c2.actor }]), sample: (w) => ({ invitationId: w.invitationB.id, answer: "decline", reasonCode: "timing", reason: null }) },
  "invitation.ts#revokeDisclosureAction": { ...candidate((w) => w.c1.actor), sample: (w) => ({ employerId: w.orgA.employerId }) },

  // ---------- locale ----------
  "locale.ts#setLocaleAction": { ...publicAction, sample: () => "en" },
  "locale.ts#setLocaleFormAction": { ...publicAction, sample: () => "en", returnsVoid: true },

  // ---------- message ----------
  "message.ts#sendMessageAction": {
    access: { kind: "roles", roles: ["CANDIDATE", "EMPLOYER"] },
    as: (w) => w.c1.actor,
    others: (w) => [{ label: "another candidate", actor: w.c2.actor }, ...orgB(w)],
    sample: (w) => ({ threadId: w.threadA.id, body: "Bonjour, je suis disponible mardi." }),
  },

  // ---------- mfa (a session that passed the password) ----------
  "mfa.ts#confirmMfaEnrolmentAction": { access: { kind: "session" }, as: (w) => w.orgA.actor, session: (w) => ({ sid: w.sessionA.id, status: "needs-mfa" }), sample: (w) => ({ code: totp(w.enrolment.secret) }) },
  // The owner of A is enrolling, not enrolled: verifying answers "no second factor yet" (CONFLICT), which still proves
  // that the sample passed the schema and the session check.
  "mfa.ts#verifySecondFactorAction": { access: { kind: "session" }, as: (w) => w.orgA.actor, session: (w) => ({ sid: w.sessionA.id, status: "needs-mfa" }), sample: () => ({ code: "123 456" }), allowedCode: "CONFLICT" },
  "mfa.ts#regenerateRecoveryCodesAction": { access: { kind: "session" }, as: (w) => w.orgA.actor, session: (w) => ({ sid: w.sessionA.id, status: "active" }), sample: () => ({}), allowedCode: "CONFLICT" },

  // ---------- partner ----------
  "partner.ts#savePartnerAction": {
    ...staff((w) => w.advisor.actor, outOfRegion),
    sample: () => ({ partnerId: null, version: 0, regionCode: "09", name: "Maison de la famille", kind: "COMMUNITY_LIFE", municipalityName: "Baie-Comeau", website: "famille.ca", email: "info@famille.ca", phone: "418 555-0100", description: null, active: true }),
  },

  // ---------- password-reset ----------
  "password-reset.ts#requestPasswordResetAction": { ...publicAction, sample: () => ({ email: "personne@test.passerelle.ca" }) },
  "password-reset.ts#resetPasswordAction": { ...publicAction, sample: (w) => ({ token: w.resetToken, password: "Un-cheval-vert-2027", confirm: "Un-cheval-vert-2027" }) },

  // ---------- plan ----------
  "plan.ts#createPlanAction": { ...staff((w) => w.advisor.actor, outOfRegion), sample: (w) => ({ handOverId: w.h1.id }) },
  "plan.ts#saveNeedsAction": {
    ...staff((w) => w.advisor.actor, outOfRegion),
    sample: async (w) => ({ planId: w.plan.planId, version: await version("actionPlan", w.plan.planId), needs: Object.fromEntries(PLAN_AREAS.map((a) => [a, { level: "some", note: null }])), summary: "Logement d'abord." }),
  },
  "plan.ts#addTaskAction": { ...staff((w) => w.advisor.actor, outOfRegion), sample: (w) => ({ planId: w.plan.planId, area: "EMPLOI", templateKey: null, title: "Préparer le CV", owner: "ADVISOR", partnerId: null, dueOn: addDaysIso(today(), 7), notes: null }) },
  "plan.ts#updateTaskAction": {
    ...staff((w) => w.advisor.actor, outOfRegion),
    sample: async (w) => ({ taskId: w.advisorTask.id, version: await version("planTask", w.advisorTask.id), status: "IN_PROGRESS", owner: "ADVISOR", partnerId: null, dueOn: addDaysIso(today(), 7), notes: null }),
  },
  "plan.ts#tickMyTaskAction": { ...candidate((w) => w.c2.actor, (w) => [{ label: "another candidate", actor: w.c1.actor }]), sample: async (w) => ({ taskId: w.personTask.id, version: await version("planTask", w.personTask.id), done: true }) },

  // ---------- recruiting (pipeline) ----------
  "recruiting.ts#addToPipelineAction": { ...employer((w) => w.orgA.actor, orgB), sample: (w) => ({ jobPostingId: w.vacancyA.id, candidateProfileId: w.c2.profileId }) },
  "recruiting.ts#moveEntryAction": { ...employer((w) => w.orgA.actor, orgB), sample: async (w) => ({ entryId: w.entryA2.id, version: await version("pipelineEntry", w.entryA2.id), to: "NOT_RETAINED", note: null }) },
  "recruiting.ts#entryHistoryAction": { ...employer((w) => w.orgA.actor, orgB), sample: (w) => ({ entryId: w.entryA2.id }) },

  // ---------- saved-search ----------
  "saved-search.ts#saveSearchAction": { ...employer((w) => w.orgA.actor), sample: () => ({ name: "Caristes", filters: { cnp: "75101" }, alertsEnabled: true }) },
  "saved-search.ts#deleteSavedSearchAction": { ...employer((w) => w.orgA.actor, orgB), sample: (w) => ({ id: w.savedSearch.id }) },
  "saved-search.ts#toggleSavedSearchAlertsAction": { ...employer((w) => w.orgA.actor, orgB), sample: async (w) => ({ id: w.savedSearch.id, version: await version("savedSearch", w.savedSearch.id), alertsEnabled: false }) },

  // ---------- team ----------
  "team.ts#inviteMemberAction": { ...employer((w) => w.orgA.actor, (w) => [{ label: "recruiter (not owner) of A", actor: w.recruiterA.actor }]), sample: () => ({ email: "nouvelle.recrue@test.passerelle.ca", role: "RECRUITER" }) },
  "team.ts#revokeInvitationAction": { ...employer((w) => w.orgA.actor, (w) => [...orgB(w), { label: "recruiter (not owner) of A", actor: w.recruiterA.actor }]), sample: (w) => ({ invitationId: w.teamInvitation.id }) },
  "team.ts#changeMemberRoleAction": { ...employer((w) => w.orgA.actor, (w) => [...orgB(w), { label: "recruiter (not owner) of A", actor: w.recruiterA.actor }]), sample: (w) => ({ userId: w.recruiterA.userId, role: "OWNER" }) },
  "team.ts#removeMemberAction": { ...employer((w) => w.orgA.actor, orgB), sample: (w) => ({ userId: w.recruiterA.userId }) },
  "team.ts#acceptInvitationAction": { ...publicAction, sample: (w) => ({ token: w.teamInvitationToAccept.token, name: "Nouvelle recrue", password: "Un-cheval-vert-2027", locale: "fr" }) },

  // ---------- vacancy ----------
  "vacancy.ts#createVacancyAction": { ...employer((w) => w.orgA.actor), sample: () => vacancyInput({ title: "Opérateur ou opératrice de scie" }) },
  "vacancy.ts#updateVacancyAction": { ...employer((w) => w.orgA.actor, orgB), sample: async (w) => ({ ...vacancyInput({ title: "Cariste de jour" }), id: w.draftA.id, version: await version("jobPosting", w.draftA.id) }) },
  "vacancy.ts#changeVacancyStatusAction": { ...employer((w) => w.orgA.actor, orgB), sample: async (w) => ({ id: w.draftA2.id, version: await version("jobPosting", w.draftA2.id), action: "publish" }) },
  "vacancy.ts#bulkVacanciesAction": { ...employer((w) => w.orgA.actor, orgB), sample: (w) => ({ ids: [w.vacancyA.id], action: "renew" }) },
  "vacancy.ts#duplicateVacancyAction": { ...employer((w) => w.orgA.actor, orgB), sample: (w) => ({ id: w.vacancyA.id }) },
  "vacancy.ts#deleteDraftVacancyAction": { ...employer((w) => w.orgA.actor, orgB), sample: async (w) => ({ id: w.draftA.id, version: await version("jobPosting", w.draftA.id) }) },

  // ---------- verification ----------
  // Verification is one queue for the whole province (a new organisation often has no address yet, so no region;
  // lib/server/dal/verification.ts): any advisor may decide, there is no "advisor of another region" here.
  "verification.ts#decideVerificationAction": { ...staff((w) => w.advisor.actor), sample: async (w) => ({ employerId: w.pendingOrg.employerId, version: await version("employer", w.pendingOrg.employerId), decision: "verify", reason: null }) },
};

// ---------- route handlers ----------

export type RouteCall = { url: string; init?: RequestInit; params?: Record<string, string | string[]> };
export type RouteEntry = {
  access: Access;
  as: (w: World) => Actor | null;
  others?: ActionEntry["others"];
  request: (w: World) => RouteCall;
  /** Status of a refused call: 401 signed out (303 for the after-sign-in redirect), 403/404 otherwise. */
  signedOutStatus?: number;
  /** Status of the allowed call (200 unless said). */
  okStatus?: number;
  /** Why the handler is listed but not called here (it is then proven elsewhere). */
  notCalled?: string;
};

// next-auth's handler reads cookies() through its own CommonJS import of next/headers, which only works inside
// Next's request scope: it is exercised by every Playwright journey that signs in (tests/e2e/helpers/auth.ts) and
// by tests/integration/auth.test.ts (authorize, throttling, identical answers), not here.
const NEXT_AUTH = "next-auth's own handler: needs Next's request scope; covered by the sign-in journeys and auth.test.ts";

const ORIGIN = "http://localhost:3000";
const sameOrigin = (extra: Record<string, string>) => ({ origin: ORIGIN, host: "localhost:3000", ...extra });
const MATCH_BODY = readFileSync("tests/fixtures/matching/contract-example.json", "utf8");

/** Keyed "<route file path>#<METHOD>". */
export const ROUTES: Record<string, RouteEntry> = {
  "app/(advisor)/conseiller/evenements/[id]/tableau-de-bord/export/route.ts#GET": { ...staff((w) => w.eventAdvisor.actor), request: (w) => ({ url: `/conseiller/evenements/${w.event.id}/tableau-de-bord/export`, params: { id: w.event.id } }) },
  "app/(advisor)/conseiller/tableau/export/route.ts#GET": { ...staff((w) => w.advisor.actor), request: () => ({ url: "/conseiller/tableau/export?section=regions" }) },
  "app/(auth)/apres-connexion/route.ts#GET": { access: { kind: "roles", roles: ROLES }, as: (w) => w.c1.actor, request: () => ({ url: "/apres-connexion" }), signedOutStatus: 303, okStatus: 303 },
  "app/(candidate)/candidat/compte/export/route.ts#GET": { ...candidate((w) => w.c1.actor), request: () => ({ url: "/candidat/compte/export" }) },
  "app/(candidate)/candidat/evenements/cv/route.ts#POST": {
    ...candidate((w) => w.c1.actor),
    request: () => ({ url: "/candidat/evenements/cv", init: { method: "POST", headers: sameOrigin({ "content-type": "application/pdf", "x-file-name": "cv.pdf" }), body: pdfBytes() as BodyInit } }),
  },
  "app/(candidate)/candidat/evenements/entrevues/[id]/ics/route.ts#GET": {
    access: { kind: "roles", roles: ["CANDIDATE", "EMPLOYER"] },
    as: (w) => w.e1.candidate.actor,
    others: (w) => [{ label: "another candidate", actor: w.e2.candidate.actor }, { label: "another organisation", actor: w.orgA.actor }],
    request: (w) => ({ url: `/candidat/evenements/entrevues/${w.booking.id}/ics`, params: { id: w.booking.id } }),
  },
  "app/(employer)/employeur/evenements/candidatures/[id]/cv/route.ts#GET": {
    ...employer((w) => w.eventOrg.actor, (w) => [{ label: "organisation A", actor: w.orgA.actor }]),
    request: (w) => ({ url: `/employeur/evenements/candidatures/${w.e1.applications[0].id}/cv`, params: { id: w.e1.applications[0].id } }),
  },
  "app/(employer)/employeur/evenements/entrevues/[id]/ics/route.ts#GET": {
    access: { kind: "roles", roles: ["CANDIDATE", "EMPLOYER"] },
    as: (w) => w.eventOrg.actor,
    others: (w) => [{ label: "another organisation", actor: w.orgA.actor }, { label: "another candidate", actor: w.e2.candidate.actor }],
    request: (w) => ({ url: `/employeur/evenements/entrevues/${w.booking.id}/ics`, params: { id: w.booking.id } }),
  },
  "app/(employer)/employeur/postes/import/modele/route.ts#GET": { ...publicAction, request: () => ({ url: "/employeur/postes/import/modele?langue=fr" }) },
  "app/api/auth/[...nextauth]/route.ts#GET": { ...publicAction, notCalled: NEXT_AUTH, request: () => ({ url: "/api/auth/providers", params: { nextauth: ["providers"] } }) },
  "app/api/auth/[...nextauth]/route.ts#POST": {
    ...publicAction,
    notCalled: NEXT_AUTH,
    // Signing out without the CSRF token: next-auth answers with a redirect and touches nothing.
    request: () => ({ url: "/api/auth/signout", init: { method: "POST", headers: { "content-type": "application/x-www-form-urlencoded" }, body: "" }, params: { nextauth: ["signout"] } }),
  },
  "app/api/health/route.ts#GET": { ...publicAction, request: () => ({ url: "/api/health" }) },
  // An organisation not verified yet may import drafts (it cannot publish them): no "other" to refuse here.
  "app/api/v1/imports/route.ts#POST": {
    ...employer((w) => w.orgA.actor),
    request: () => ({ url: "/api/v1/imports", init: { method: "POST", headers: sameOrigin({ "content-type": "text/csv", "x-file-name": "offres.csv" }), body: vacancyCsv([{ externalRef: "R-1" }]) as BodyInit } }),
  },
  "app/api/v1/imports/[id]/route.ts#GET": { ...employer((w) => w.orgA.actor, orgB), request: (w) => ({ url: `/api/v1/imports/${w.importA.importId}`, params: { id: w.importA.importId } }) },
  "app/api/v1/match/route.ts#POST": {
    ...staff((w) => w.advisor.actor),
    request: () => ({ url: "/api/v1/match?today=2027-01-01", init: { method: "POST", headers: { "content-type": "application/json" }, body: MATCH_BODY } }),
  },
  "app/api/v1/municipalities/route.ts#GET": { ...publicAction, request: () => ({ url: "/api/v1/municipalities?q=trois&limit=5" }) },
  "app/api/v1/occupations/route.ts#GET": { ...publicAction, request: () => ({ url: "/api/v1/occupations?q=soudeur&limit=5" }) },
  "app/api/v1/openapi.json/route.ts#GET": { ...publicAction, request: () => ({ url: "/api/v1/openapi.json" }) },
  "app/api/v1/regions-map/route.ts#GET": { ...publicAction, request: () => ({ url: "/api/v1/regions-map" }) },
  "app/api/v1/skills/route.ts#GET": { ...publicAction, request: () => ({ url: "/api/v1/skills?q=soud&limit=5" }) },
  "app/api/v1/vacancies/route.ts#GET": { ...publicAction, request: () => ({ url: "/api/v1/vacancies?region=09" }) },
  "app/api/v1/vacancies/route.ts#OPTIONS": { ...publicAction, request: () => ({ url: "/api/v1/vacancies", init: { method: "OPTIONS" } }), okStatus: 204 },
};

export const ORIGIN_URL = ORIGIN;
