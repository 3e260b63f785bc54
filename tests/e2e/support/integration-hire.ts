// Test-only seed step for the @integration journey (tests/e2e/integration.spec.ts), run against the journey's
// database: a new vacancy in Baie-Comeau (Côte-Nord, 09) of the demo organisation "Métaux nordiques de Baie-Comeau",
// and a new candidate (English-speaking, sharing their profile with integration advisors) who accepted its invitation.
// The hire itself is then recorded by the employer in the pipeline's UI. Prints one JSON line.
import { randomUUID } from "node:crypto";
import pg from "pg";
import { hashPassword } from "../../../lib/security/password";
import { stableId } from "../../../prisma/seed/prng";
import { CONSENT_WORDING_VERSIONS } from "../../../lib/domain/candidate/consent";

const PASSWORD = "Un-renard-roux-a-Baie-Comeau-2026";

async function main() {
  const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await client.connect();
  try {
    const id = randomUUID().slice(0, 8);
    const now = new Date();
    const day = (n: number) => new Date(now.getTime() + n * 86_400_000);
    const employerId = stableId("demo", "employer", "metaux-baie-comeau");
    const { rows: [owner] } = await client.query<{ id: string; email: string }>(
      `SELECT u.id, u.email FROM "EmployerMember" m JOIN "User" u ON u.id = m."userId" WHERE m."employerId" = $1 AND m.role = 'OWNER' ORDER BY m."createdAt" LIMIT 1`,
      [employerId],
    );
    if (!owner) throw new Error("demo organisation metaux-baie-comeau not seeded");
    await client.query("BEGIN");
    const vacancyId = `e2e${id}vacancy`;
    const title = `Opérateur ou opératrice de cuve ${id}`;
    await client.query(
      `INSERT INTO "JobPosting" (id, "employerId", title, "nocCode", "municipalityCode", "regionCode", "inCmm", positions, "employmentType", "startDate", description, status,
         "publishedAt", "firstPublishedAt", "expiresAt", "offersHousingHelp", "searchText", "createdAt", "updatedAt")
       VALUES ($1, $2, $3, '94100', '96020', '09', false, 2, 'permanent', $4::date, 'Opération des cuves d''électrolyse, quart de jour.', 'PUBLISHED', $5, $5, $6, true, $7, $5, $5)`,
      [vacancyId, employerId, title, day(45).toISOString().slice(0, 10), day(-10), day(50), `operateur operatrice cuve ${id} baie-comeau`],
    );
    const userId = `e2e${id}user`;
    const profileId = `e2e${id}profile`;
    const email = `amina.diallo.${id}@e2e.passerelle.ca`;
    await client.query(`INSERT INTO "User" (id, email, "passwordHash", role, name, locale, "createdAt", "updatedAt") VALUES ($1, $2, $3, 'CANDIDATE', $4, 'en', $5, $5)`, [userId, email, await hashPassword(PASSWORD), `Amina Diallo ${id}`, day(-30)]);
    await client.query(
      `INSERT INTO "CandidateProfile" (id, "userId", "firstName", "lastName", phone, "countryOfResidence", "cityOfResidence", "inQuebec", citizenship, "frenchLevel", "frenchOral", "frenchWritten", "englishLevel",
         "familyComing", "needsHousingHelp", "preferredRegionCodes", "availableFrom", "workTypes", "nocCodes", "visibleToEmployers", "includedInMatching", "sharedWithAdvisors", "confirmedAt", "createdAt", "updatedAt")
       VALUES ($1, $2, 'Amina', $3, '+221 77 555 01 23', 'SN', 'Dakar', false, 'SN', 7, 8, 7, 9, true, true, '{09}', $4::date, '{permanent}', '{94100}', true, true, true, $5, $6, $5)`,
      [profileId, userId, `Diallo ${id}`, day(40).toISOString().slice(0, 10), day(-2), day(-30)],
    );
    for (const purpose of ["visible_to_employers", "included_in_matching", "shared_with_advisors"] as const) {
      await client.query(`INSERT INTO "ConsentEvent" (id, "userId", purpose, granted, "wordingVersion", at) VALUES ($1, $2, $3, true, $4, $5)`, [`e2e${id}${purpose}`, userId, purpose, CONSENT_WORDING_VERSIONS[purpose], day(-30)]);
    }
    const entryId = `e2e${id}entry`;
    await client.query(
      `INSERT INTO "PipelineEntry" (id, "employerId", "jobPostingId", "candidateProfileId", stage, source, "addedById", "stageChangedAt", version, "createdAt", "updatedAt")
       VALUES ($1, $2, $3, $4, 'ACCEPTED', 'SEARCH', $5, $6, 2, $7, $6)`,
      [entryId, employerId, vacancyId, profileId, owner.id, day(-1), day(-5)],
    );
    const moves: [string | null, string, Date, string][] = [[null, "SHORTLISTED", day(-5), owner.id], ["SHORTLISTED", "INVITED", day(-4), owner.id], ["INVITED", "ACCEPTED", day(-1), userId]];
    for (const [k, [from, to, at, actor]] of moves.entries()) {
      await client.query(`INSERT INTO "PipelineMove" (id, "entryId", "fromStage", "toStage", "actorId", "actorRole", at) VALUES ($1, $2, $3, $4, $5, $6, $7)`, [`e2e${id}move${k}`, entryId, from, to, actor, actor === userId ? "CANDIDATE" : "EMPLOYER", at]);
    }
    const invitationId = `e2e${id}invitation`;
    await client.query(
      `INSERT INTO "Invitation" (id, "entryId", "employerId", "jobPostingId", "candidateProfileId", message, status, "invitedById", "respondedAt", "createdAt", version)
       VALUES ($1, $2, $3, $4, $5, 'Bonjour, votre profil correspond à notre poste à Baie-Comeau.', 'ACCEPTED', $6, $7, $8, 1)`,
      [invitationId, entryId, employerId, vacancyId, profileId, owner.id, day(-1), day(-4)],
    );
    await client.query(`INSERT INTO "ContactDisclosure" (id, "candidateProfileId", "employerId", "invitationId", "grantedAt") VALUES ($1, $2, $3, $4, $5)`, [`e2e${id}disclosure`, profileId, employerId, invitationId, day(-1)]);
    await client.query("COMMIT");
    console.log(JSON.stringify({ employerEmail: owner.email, candidateEmail: email, candidatePassword: PASSWORD, candidateName: `Amina Diallo ${id}`, vacancyId, vacancyTitle: title, entryId }));
  } finally {
    await client.end();
  }
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
