import { q, type Sql } from "./sql";

// Bulk inserts of generated rows: one statement per table and batch, rows sent as one JSON parameter.
// ON CONFLICT DO NOTHING everywhere: demo and scale rows have stable ids and e-mails, so re-running inserts nothing.

/** Column name -> PostgreSQL type, in insertion order. */
export type Columns = Readonly<Record<string, string>>;

export const COLUMNS = {
  User: { id: "text", email: "text", passwordHash: "text", role: '"Role"', name: "text", locale: "varchar(2)", createdAt: "timestamp(3)", updatedAt: "timestamp(3)" },
  Employer: {
    id: "text", legalName: "text", neq: "varchar(10)", sectorCode: "varchar(2)", municipalityCode: "varchar(5)", size: "text", website: "text", description: "text",
    verificationStatus: '"VerificationStatus"', verifiedAt: "timestamp(3)", rejectionReason: "text", isDemo: "boolean", createdAt: "timestamp(3)", updatedAt: "timestamp(3)",
  },
  EmployerMember: { employerId: "text", userId: "text", role: '"EmployerRole"', createdAt: "timestamp(3)" },
  AdvisorRegion: { userId: "text", regionCode: "varchar(2)" },
  JobPosting: {
    id: "text", employerId: "text", externalRef: "text", title: "text", nocCode: "varchar(5)", municipalityCode: "varchar(5)", regionCode: "varchar(2)", inCmm: "boolean",
    positions: "int", positionsFilled: "int", employmentType: "text", hoursPerWeek: "float8", wageMinCents: "int", wageMaxCents: "int", requiredSkills: "text[]",
    assetSkills: "text[]", requiredSkillKeys: "text[]", assetSkillKeys: "text[]", minFrenchLevel: "int", minEnglishLevel: "int", minExperienceYears: "float8",
    minEducation: '"Education"', startDate: "date", description: "text", offersHousingHelp: "boolean", offersRelocation: "boolean", offersFrancisation: "boolean",
    offersImmigrationHelp: "boolean", lmiaStatus: "text", status: '"PostingStatus"', publishedAt: "timestamp(3)", firstPublishedAt: "timestamp(3)", expiresAt: "timestamp(3)",
    closedAt: "timestamp(3)", searchText: "text", isDemo: "boolean", createdAt: "timestamp(3)", updatedAt: "timestamp(3)",
  },
  CandidateProfile: {
    id: "text", userId: "text", firstName: "text", lastName: "text", phone: "text", countryOfResidence: "varchar(2)", cityOfResidence: "text", inQuebec: "boolean",
    citizenship: "varchar(2)", immigrationStatus: "text", frenchLevel: "int", frenchOral: "int", frenchWritten: "int", englishLevel: "int", languageTestName: "text",
    languageTestDate: "date", familyComing: "boolean", needsHousingHelp: "boolean", hasDrivingLicence: "boolean", education: '"Education"', educationField: "text",
    educationCountry: "varchar(2)", credentialStatus: "text", preferredRegionCodes: "text[]", openToAnyRegionOutsideCmm: "boolean", availableFrom: "date",
    workTypes: "text[]", nocCodes: "text[]", skillLabels: "text[]", skillKeys: "text[]", visibleToEmployers: "boolean", includedInMatching: "boolean",
    sharedWithAdvisors: "boolean", confirmedAt: "timestamp(3)", isDemo: "boolean", createdAt: "timestamp(3)", updatedAt: "timestamp(3)",
  },
  CandidateOccupation: { id: "text", profileId: "text", nocCode: "varchar(5)", title: "text", years: "float8" },
  ConsentEvent: { id: "text", userId: "text", purpose: "text", granted: "boolean", wordingVersion: "text", at: "timestamp(3)" },
  SkillTerm: { key: "text", label: "text", usageCount: "int" },
} satisfies Record<string, Columns>;

export type TableName = keyof typeof COLUMNS;

/** Inserts rows (in batches), skipping those that conflict with existing ones; returns how many were inserted. */
export async function insertRows(sql: Sql, table: TableName, rows: readonly Record<string, unknown>[], batchSize = 5000): Promise<number> {
  const columns = COLUMNS[table] as Columns;
  const names = Object.keys(columns).map(q).join(", ");
  const recordType = Object.entries(columns).map(([c, t]) => `${q(c)} ${t}`).join(", ");
  const text = `WITH ins AS (
    INSERT INTO ${q(table)} (${names}) SELECT ${names} FROM jsonb_to_recordset($1::jsonb) AS x(${recordType})
    ON CONFLICT DO NOTHING RETURNING 1
  ) SELECT count(*)::int AS n FROM ins`;
  let inserted = 0;
  for (let k = 0; k < rows.length; k += batchSize) {
    const [r] = await sql.query<{ n: number }>(text, [JSON.stringify(rows.slice(k, k + batchSize))]);
    inserted += Number(r.n);
  }
  return inserted;
}
