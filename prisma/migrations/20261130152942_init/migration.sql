-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateEnum
CREATE TYPE "CmmStatus" AS ENUM ('OUTSIDE', 'PARTIAL', 'INSIDE');

-- CreateEnum
CREATE TYPE "Role" AS ENUM ('CANDIDATE', 'EMPLOYER', 'ADVISOR', 'ADMIN');

-- CreateEnum
CREATE TYPE "VerificationStatus" AS ENUM ('PENDING', 'VERIFIED', 'REJECTED');

-- CreateEnum
CREATE TYPE "EmployerRole" AS ENUM ('OWNER', 'RECRUITER');

-- CreateEnum
CREATE TYPE "Education" AS ENUM ('none', 'secondary', 'vocational', 'college', 'bachelor', 'master', 'doctorate');

-- CreateEnum
CREATE TYPE "PostingStatus" AS ENUM ('DRAFT', 'PUBLISHED', 'CLOSED', 'FILLED');

-- CreateTable
CREATE TABLE "Region" (
    "code" VARCHAR(2) NOT NULL,
    "nameFr" TEXT NOT NULL,
    "nameEn" TEXT NOT NULL,
    "population" INTEGER NOT NULL,
    "cmmStatus" "CmmStatus" NOT NULL,

    CONSTRAINT "Region_pkey" PRIMARY KEY ("code")
);

-- CreateTable
CREATE TABLE "Municipality" (
    "code" VARCHAR(5) NOT NULL,
    "name" TEXT NOT NULL,
    "nameSearch" TEXT NOT NULL,
    "designation" TEXT NOT NULL,
    "regionCode" VARCHAR(2) NOT NULL,
    "mrcCode" TEXT,
    "mrcName" TEXT,
    "population" INTEGER NOT NULL,
    "inCmm" BOOLEAN NOT NULL,

    CONSTRAINT "Municipality_pkey" PRIMARY KEY ("code")
);

-- CreateTable
CREATE TABLE "NocUnitGroup" (
    "code" VARCHAR(5) NOT NULL,
    "titleEn" TEXT NOT NULL,
    "titleFr" TEXT NOT NULL,
    "teer" INTEGER NOT NULL,
    "broadCategoryCode" VARCHAR(1) NOT NULL,
    "majorGroupCode" VARCHAR(2) NOT NULL,
    "subMajorGroupCode" VARCHAR(3) NOT NULL,
    "minorGroupCode" VARCHAR(4) NOT NULL,
    "minorGroupTitleEn" TEXT NOT NULL,
    "leadStatementEn" TEXT NOT NULL,

    CONSTRAINT "NocUnitGroup_pkey" PRIMARY KEY ("code")
);

-- CreateTable
CREATE TABLE "NocExampleTitle" (
    "id" SERIAL NOT NULL,
    "nocCode" VARCHAR(5) NOT NULL,
    "lang" VARCHAR(2) NOT NULL,
    "title" TEXT NOT NULL,
    "titleSearch" TEXT NOT NULL,

    CONSTRAINT "NocExampleTitle_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "OasisProfile" (
    "nocCode" VARCHAR(5) NOT NULL,
    "labels" TEXT[],
    "skills" DOUBLE PRECISION[],
    "abilities" DOUBLE PRECISION[],
    "knowledges" DOUBLE PRECISION[],
    "workActivities" DOUBLE PRECISION[],

    CONSTRAINT "OasisProfile_pkey" PRIMARY KEY ("nocCode")
);

-- CreateTable
CREATE TABLE "OasisDescriptor" (
    "kind" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "nameEn" TEXT NOT NULL,

    CONSTRAINT "OasisDescriptor_pkey" PRIMARY KEY ("kind","position")
);

-- CreateTable
CREATE TABLE "User" (
    "id" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "passwordHash" TEXT NOT NULL,
    "role" "Role" NOT NULL,
    "name" TEXT NOT NULL,
    "locale" VARCHAR(2) NOT NULL DEFAULT 'fr',
    "sessionVersion" INTEGER NOT NULL DEFAULT 0,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "lastSignInAt" TIMESTAMP(3),

    CONSTRAINT "User_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AdvisorRegion" (
    "userId" TEXT NOT NULL,
    "regionCode" VARCHAR(2) NOT NULL,

    CONSTRAINT "AdvisorRegion_pkey" PRIMARY KEY ("userId","regionCode")
);

-- CreateTable
CREATE TABLE "Employer" (
    "id" TEXT NOT NULL,
    "legalName" TEXT NOT NULL,
    "neq" VARCHAR(10),
    "sectorCode" VARCHAR(2),
    "municipalityCode" VARCHAR(5),
    "size" TEXT,
    "website" TEXT,
    "description" TEXT,
    "verificationStatus" "VerificationStatus" NOT NULL DEFAULT 'PENDING',
    "verifiedAt" TIMESTAMP(3),
    "rejectionReason" TEXT,
    "isDemo" BOOLEAN NOT NULL DEFAULT false,
    "version" INTEGER NOT NULL DEFAULT 0,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Employer_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "EmployerMember" (
    "employerId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "role" "EmployerRole" NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "EmployerMember_pkey" PRIMARY KEY ("employerId","userId")
);

-- CreateTable
CREATE TABLE "CandidateProfile" (
    "id" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "firstName" TEXT,
    "lastName" TEXT,
    "phone" TEXT,
    "countryOfResidence" VARCHAR(2),
    "cityOfResidence" TEXT,
    "inQuebec" BOOLEAN,
    "citizenship" VARCHAR(2),
    "immigrationStatus" TEXT,
    "frenchLevel" INTEGER,
    "frenchOral" INTEGER,
    "frenchWritten" INTEGER,
    "englishLevel" INTEGER,
    "education" "Education",
    "educationField" TEXT,
    "educationCountry" VARCHAR(2),
    "credentialStatus" TEXT,
    "preferredRegionCodes" TEXT[],
    "openToAnyRegionOutsideCmm" BOOLEAN NOT NULL DEFAULT false,
    "availableFrom" DATE,
    "workTypes" TEXT[],
    "nocCodes" TEXT[],
    "skillLabels" TEXT[],
    "skillKeys" TEXT[],
    "visibleToEmployers" BOOLEAN NOT NULL DEFAULT false,
    "includedInMatching" BOOLEAN NOT NULL DEFAULT false,
    "sharedWithAdvisors" BOOLEAN NOT NULL DEFAULT false,
    "confirmedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "isDemo" BOOLEAN NOT NULL DEFAULT false,
    "version" INTEGER NOT NULL DEFAULT 0,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "CandidateProfile_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CandidateOccupation" (
    "id" TEXT NOT NULL,
    "profileId" TEXT NOT NULL,
    "nocCode" VARCHAR(5) NOT NULL,
    "title" TEXT,
    "years" DOUBLE PRECISION NOT NULL,

    CONSTRAINT "CandidateOccupation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "JobPosting" (
    "id" TEXT NOT NULL,
    "employerId" TEXT NOT NULL,
    "externalRef" TEXT,
    "title" TEXT NOT NULL,
    "nocCode" VARCHAR(5) NOT NULL,
    "municipalityCode" VARCHAR(5) NOT NULL,
    "regionCode" VARCHAR(2) NOT NULL,
    "inCmm" BOOLEAN NOT NULL,
    "positions" INTEGER NOT NULL DEFAULT 1,
    "positionsFilled" INTEGER NOT NULL DEFAULT 0,
    "employmentType" TEXT NOT NULL,
    "hoursPerWeek" DOUBLE PRECISION,
    "wageMinCents" INTEGER,
    "wageMaxCents" INTEGER,
    "requiredSkills" TEXT[],
    "assetSkills" TEXT[],
    "minFrenchLevel" INTEGER,
    "minEnglishLevel" INTEGER,
    "minExperienceYears" DOUBLE PRECISION,
    "minEducation" "Education",
    "startDate" DATE,
    "description" TEXT NOT NULL DEFAULT '',
    "offersHousingHelp" BOOLEAN NOT NULL DEFAULT false,
    "offersRelocation" BOOLEAN NOT NULL DEFAULT false,
    "offersFrancisation" BOOLEAN NOT NULL DEFAULT false,
    "offersImmigrationHelp" BOOLEAN NOT NULL DEFAULT false,
    "lmiaStatus" TEXT NOT NULL DEFAULT 'not_needed',
    "status" "PostingStatus" NOT NULL DEFAULT 'DRAFT',
    "publishedAt" TIMESTAMP(3),
    "expiresAt" TIMESTAMP(3),
    "isDemo" BOOLEAN NOT NULL DEFAULT false,
    "version" INTEGER NOT NULL DEFAULT 0,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "JobPosting_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AuditLog" (
    "id" BIGSERIAL NOT NULL,
    "at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "actorId" TEXT,
    "actorRole" TEXT,
    "action" TEXT NOT NULL,
    "subject" TEXT,
    "ip" TEXT,
    "details" JSONB,

    CONSTRAINT "AuditLog_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "RateLimit" (
    "key" TEXT NOT NULL,
    "count" INTEGER NOT NULL,
    "resetAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "RateLimit_pkey" PRIMARY KEY ("key")
);

-- CreateTable
CREATE TABLE "ConsentEvent" (
    "id" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "purpose" TEXT NOT NULL,
    "granted" BOOLEAN NOT NULL,
    "wordingVersion" TEXT NOT NULL,
    "at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ConsentEvent_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "Municipality_regionCode_idx" ON "Municipality"("regionCode");

-- CreateIndex
CREATE INDEX "Municipality_nameSearch_idx" ON "Municipality"("nameSearch");

-- CreateIndex
CREATE INDEX "NocExampleTitle_titleSearch_idx" ON "NocExampleTitle"("titleSearch");

-- CreateIndex
CREATE UNIQUE INDEX "NocExampleTitle_nocCode_lang_title_key" ON "NocExampleTitle"("nocCode", "lang", "title");

-- CreateIndex
CREATE UNIQUE INDEX "User_email_key" ON "User"("email");

-- CreateIndex
CREATE UNIQUE INDEX "Employer_neq_key" ON "Employer"("neq");

-- CreateIndex
CREATE INDEX "Employer_verificationStatus_idx" ON "Employer"("verificationStatus");

-- CreateIndex
CREATE INDEX "EmployerMember_userId_idx" ON "EmployerMember"("userId");

-- CreateIndex
CREATE UNIQUE INDEX "CandidateProfile_userId_key" ON "CandidateProfile"("userId");

-- CreateIndex
CREATE INDEX "CandidateProfile_nocCodes_idx" ON "CandidateProfile" USING GIN ("nocCodes");

-- CreateIndex
CREATE INDEX "CandidateProfile_preferredRegionCodes_idx" ON "CandidateProfile" USING GIN ("preferredRegionCodes");

-- CreateIndex
CREATE INDEX "CandidateProfile_visibleToEmployers_includedInMatching_conf_idx" ON "CandidateProfile"("visibleToEmployers", "includedInMatching", "confirmedAt");

-- CreateIndex
CREATE INDEX "CandidateOccupation_profileId_idx" ON "CandidateOccupation"("profileId");

-- CreateIndex
CREATE INDEX "CandidateOccupation_nocCode_idx" ON "CandidateOccupation"("nocCode");

-- CreateIndex
CREATE INDEX "JobPosting_status_regionCode_idx" ON "JobPosting"("status", "regionCode");

-- CreateIndex
CREATE INDEX "JobPosting_employerId_status_idx" ON "JobPosting"("employerId", "status");

-- CreateIndex
CREATE INDEX "JobPosting_nocCode_idx" ON "JobPosting"("nocCode");

-- CreateIndex
CREATE UNIQUE INDEX "JobPosting_employerId_externalRef_key" ON "JobPosting"("employerId", "externalRef");

-- CreateIndex
CREATE INDEX "AuditLog_actorId_at_idx" ON "AuditLog"("actorId", "at");

-- CreateIndex
CREATE INDEX "AuditLog_action_at_idx" ON "AuditLog"("action", "at");

-- CreateIndex
CREATE INDEX "ConsentEvent_userId_at_idx" ON "ConsentEvent"("userId", "at");

-- AddForeignKey
ALTER TABLE "Municipality" ADD CONSTRAINT "Municipality_regionCode_fkey" FOREIGN KEY ("regionCode") REFERENCES "Region"("code") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "NocExampleTitle" ADD CONSTRAINT "NocExampleTitle_nocCode_fkey" FOREIGN KEY ("nocCode") REFERENCES "NocUnitGroup"("code") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OasisProfile" ADD CONSTRAINT "OasisProfile_nocCode_fkey" FOREIGN KEY ("nocCode") REFERENCES "NocUnitGroup"("code") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AdvisorRegion" ADD CONSTRAINT "AdvisorRegion_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Employer" ADD CONSTRAINT "Employer_municipalityCode_fkey" FOREIGN KEY ("municipalityCode") REFERENCES "Municipality"("code") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EmployerMember" ADD CONSTRAINT "EmployerMember_employerId_fkey" FOREIGN KEY ("employerId") REFERENCES "Employer"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EmployerMember" ADD CONSTRAINT "EmployerMember_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CandidateProfile" ADD CONSTRAINT "CandidateProfile_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CandidateOccupation" ADD CONSTRAINT "CandidateOccupation_profileId_fkey" FOREIGN KEY ("profileId") REFERENCES "CandidateProfile"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "JobPosting" ADD CONSTRAINT "JobPosting_employerId_fkey" FOREIGN KEY ("employerId") REFERENCES "Employer"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "JobPosting" ADD CONSTRAINT "JobPosting_municipalityCode_fkey" FOREIGN KEY ("municipalityCode") REFERENCES "Municipality"("code") ON DELETE RESTRICT ON UPDATE CASCADE;
