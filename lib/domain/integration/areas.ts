// The vocabulary of Accompagnement Québec: the six areas of an individual action plan, who carries a task, the
// kinds of partner organisations and of services to businesses. Pure constants; their labels are messages of the
// "integration" namespace (integration.areas.<AREA>, ...). The enums of prisma/schema.prisma use the same values.

export const PLAN_AREAS = ["INSTALLATION", "VIE_COLLECTIVE", "FRANCISATION", "RECONNAISSANCE_COMPETENCES", "EMPLOI", "DEMARCHES_IMMIGRATION"] as const;
export type PlanArea = (typeof PLAN_AREAS)[number];

export const TASK_OWNERS = ["PERSON", "ADVISOR", "PARTNER"] as const;
export type TaskOwner = (typeof TASK_OWNERS)[number];

export const TASK_STATUSES = ["TODO", "IN_PROGRESS", "DONE", "CANCELLED"] as const;
export type TaskStatus = (typeof TASK_STATUSES)[number];

/** How much help an area needs, from the needs assessment. */
export const NEED_LEVELS = ["none", "some", "high"] as const;
export type NeedLevel = (typeof NEED_LEVELS)[number];

export const PARTNER_KINDS = ["RECEPTION_INTEGRATION", "FRANCISATION", "HOUSING", "EMPLOYMENT", "COMMUNITY_LIFE", "OTHER"] as const;
export type PartnerKind = (typeof PARTNER_KINDS)[number];

export const BUSINESS_SERVICE_KINDS = ["INFORMATION", "REFERRAL", "RECRUITING_HELP", "EVENT"] as const;
export type BusinessServiceKind = (typeof BUSINESS_SERVICE_KINDS)[number];

export const HANDOVER_STATUSES = ["OPEN", "IN_PROGRESS", "CLOSED"] as const;
export type HandOverStatus = (typeof HANDOVER_STATUSES)[number];

/**
 * Suggested tasks per area (integration.templates.<key>): a task made from one is shown in the reader's language,
 * so the person reads "Find a place to live" while the advisor reads « Trouver un logement ».
 */
export const TASK_TEMPLATES: Readonly<Record<PlanArea, readonly string[]>> = {
  INSTALLATION: ["findHousing", "healthInsurance", "socialInsurance", "bankAccount", "schoolEnrolment", "driverLicence"],
  VIE_COLLECTIVE: ["welcomeActivity", "neighbourhoodVisit", "childcare", "volunteering"],
  FRANCISATION: ["francisationEnrolment", "workplaceFrench", "languageAssessment"],
  RECONNAISSANCE_COMPETENCES: ["comparativeEvaluation", "professionalOrder", "qualificationCertificate"],
  EMPLOI: ["employerWelcome", "spouseEmployment", "workplaceIntegration"],
  DEMARCHES_IMMIGRATION: ["workPermitRenewal", "permanentResidence", "familyReunification"],
};

const TEMPLATE_AREA = new Map<string, PlanArea>(PLAN_AREAS.flatMap((a) => TASK_TEMPLATES[a].map((k) => [k, a] as const)));

/** The area a template belongs to, or null for an unknown key. */
export function templateArea(key: string): PlanArea | null {
  return TEMPLATE_AREA.get(key) ?? null;
}

/** Which areas a partner kind usually serves (to put the likely partners first when a task is referred). */
export const PARTNER_KIND_AREAS: Readonly<Record<PartnerKind, readonly PlanArea[]>> = {
  RECEPTION_INTEGRATION: ["INSTALLATION", "VIE_COLLECTIVE", "DEMARCHES_IMMIGRATION"],
  FRANCISATION: ["FRANCISATION"],
  HOUSING: ["INSTALLATION"],
  EMPLOYMENT: ["EMPLOI", "RECONNAISSANCE_COMPETENCES"],
  COMMUNITY_LIFE: ["VIE_COLLECTIVE"],
  OTHER: [],
};
