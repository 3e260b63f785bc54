// French is the source of truth; English follows key for key (tests/unit/i18n.test.ts checks parity).
// One file per namespace so that features can be worked on side by side.
import frCommon from "./fr/common.json";
import enCommon from "./en/common.json";
import frAuth from "./fr/auth.json";
import enAuth from "./en/auth.json";
import frErrors from "./fr/errors.json";
import enErrors from "./en/errors.json";
import frHome from "./fr/home.json";
import enHome from "./en/home.json";
import frReference from "./fr/reference.json";
import enReference from "./en/reference.json";
import frEmployer from "./fr/employer.json";
import enEmployer from "./en/employer.json";
import frVacancy from "./fr/vacancy.json";
import enVacancy from "./en/vacancy.json";
import frJobs from "./fr/jobs.json";
import enJobs from "./en/jobs.json";
import frCandidate from "./fr/candidate.json";
import enCandidate from "./en/candidate.json";
import frRecruiting from "./fr/recruiting.json";
import enRecruiting from "./en/recruiting.json";
import frEmail from "./fr/email.json";
import enEmail from "./en/email.json";
import frMatching from "./fr/matching.json";
import enMatching from "./en/matching.json";
import frIntegration from "./fr/integration.json";
import enIntegration from "./en/integration.json";
import frDashboard from "./fr/dashboard.json";
import enDashboard from "./en/dashboard.json";
import frEvents from "./fr/events.json";
import enEvents from "./en/events.json";
import frPrivacy from "./fr/privacy.json";
import enPrivacy from "./en/privacy.json";
import frAdmin from "./fr/admin.json";
import enAdmin from "./en/admin.json";

export const messages = {
  fr: { common: frCommon, auth: frAuth, errors: frErrors, home: frHome, reference: frReference, employer: frEmployer, vacancy: frVacancy, jobs: frJobs, candidate: frCandidate, matching: frMatching, integration: frIntegration, dashboard: frDashboard, recruiting: frRecruiting, email: frEmail, events: frEvents, privacy: frPrivacy, admin: frAdmin },
  en: { common: enCommon, auth: enAuth, errors: enErrors, home: enHome, reference: enReference, employer: enEmployer, vacancy: enVacancy, jobs: enJobs, candidate: enCandidate, matching: enMatching, integration: enIntegration, dashboard: enDashboard, recruiting: enRecruiting, email: enEmail, events: enEvents, privacy: enPrivacy, admin: enAdmin },
};
export type Messages = (typeof messages)["fr"];
