-- CreateEnum
CREATE TYPE "EventStatus" AS ENUM ('DRAFT', 'OPEN_EMPLOYERS', 'OPEN_CANDIDATES', 'CLOSED', 'DONE');

-- CreateEnum
CREATE TYPE "EventFormat" AS ENUM ('IN_PERSON', 'VIRTUAL');

-- CreateEnum
CREATE TYPE "EventParticipationStatus" AS ENUM ('PENDING', 'APPROVED', 'REJECTED');

-- CreateEnum
CREATE TYPE "EventApplicationStatus" AS ENUM ('SUBMITTED', 'PRESELECTED', 'NOT_RETAINED');

-- CreateEnum
CREATE TYPE "EventOfferStatus" AS ENUM ('MADE', 'ACCEPTED', 'DECLINED');

-- CreateEnum
CREATE TYPE "InterviewMode" AS ENUM ('IN_PERSON', 'VIDEO');

-- CreateTable
CREATE TABLE "Event" (
    "id" TEXT NOT NULL,
    "nameFr" TEXT NOT NULL,
    "nameEn" TEXT NOT NULL,
    "descriptionFr" TEXT NOT NULL DEFAULT '',
    "descriptionEn" TEXT NOT NULL DEFAULT '',
    "format" "EventFormat" NOT NULL,
    "city" TEXT,
    "countryCode" VARCHAR(2),
    "timeZone" TEXT NOT NULL,
    "startDate" DATE NOT NULL,
    "endDate" DATE NOT NULL,
    "applicationDeadline" TIMESTAMP(3) NOT NULL,
    "sectorCodes" TEXT[],
    "regionCodes" TEXT[],
    "status" "EventStatus" NOT NULL DEFAULT 'DRAFT',
    "createdById" TEXT NOT NULL,
    "isDemo" BOOLEAN NOT NULL DEFAULT false,
    "version" INTEGER NOT NULL DEFAULT 0,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Event_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "EventParticipation" (
    "id" TEXT NOT NULL,
    "eventId" TEXT NOT NULL,
    "employerId" TEXT NOT NULL,
    "status" "EventParticipationStatus" NOT NULL DEFAULT 'PENDING',
    "registeredById" TEXT NOT NULL,
    "decidedById" TEXT,
    "decidedAt" TIMESTAMP(3),
    "rejectionReason" TEXT,
    "version" INTEGER NOT NULL DEFAULT 0,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "EventParticipation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "EventVacancy" (
    "id" TEXT NOT NULL,
    "eventId" TEXT NOT NULL,
    "participationId" TEXT NOT NULL,
    "employerId" TEXT NOT NULL,
    "jobPostingId" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "EventVacancy_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "EventCvFile" (
    "id" TEXT NOT NULL,
    "candidateProfileId" TEXT NOT NULL,
    "storageKey" TEXT NOT NULL,
    "fileName" TEXT NOT NULL,
    "sizeBytes" INTEGER NOT NULL,
    "sha256" VARCHAR(64) NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "EventCvFile_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "EventApplication" (
    "id" TEXT NOT NULL,
    "eventId" TEXT NOT NULL,
    "eventVacancyId" TEXT NOT NULL,
    "employerId" TEXT NOT NULL,
    "candidateProfileId" TEXT NOT NULL,
    "cvFileId" TEXT NOT NULL,
    "letter" TEXT NOT NULL,
    "status" "EventApplicationStatus" NOT NULL DEFAULT 'SUBMITTED',
    "decidedById" TEXT,
    "decidedAt" TIMESTAMP(3),
    "version" INTEGER NOT NULL DEFAULT 0,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "EventApplication_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "EventApplyInvitation" (
    "id" TEXT NOT NULL,
    "eventId" TEXT NOT NULL,
    "eventVacancyId" TEXT NOT NULL,
    "candidateProfileId" TEXT NOT NULL,
    "invitedById" TEXT NOT NULL,
    "score" DOUBLE PRECISION NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "EventApplyInvitation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "InterviewSlot" (
    "id" TEXT NOT NULL,
    "eventId" TEXT NOT NULL,
    "employerId" TEXT NOT NULL,
    "interviewerId" TEXT NOT NULL,
    "eventVacancyId" TEXT,
    "startsAt" TIMESTAMPTZ(3) NOT NULL,
    "endsAt" TIMESTAMPTZ(3) NOT NULL,
    "mode" "InterviewMode" NOT NULL,
    "location" TEXT,
    "cancelledAt" TIMESTAMP(3),
    "createdById" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "InterviewSlot_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "InterviewBooking" (
    "id" TEXT NOT NULL,
    "slotId" TEXT NOT NULL,
    "applicationId" TEXT NOT NULL,
    "eventId" TEXT NOT NULL,
    "employerId" TEXT NOT NULL,
    "interviewerId" TEXT NOT NULL,
    "candidateProfileId" TEXT NOT NULL,
    "startsAt" TIMESTAMPTZ(3) NOT NULL,
    "endsAt" TIMESTAMPTZ(3) NOT NULL,
    "cancelledAt" TIMESTAMP(3),
    "cancelledBy" TEXT,
    "sequence" INTEGER NOT NULL DEFAULT 0,
    "version" INTEGER NOT NULL DEFAULT 0,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "InterviewBooking_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "EventOffer" (
    "id" TEXT NOT NULL,
    "eventId" TEXT NOT NULL,
    "applicationId" TEXT NOT NULL,
    "employerId" TEXT NOT NULL,
    "jobPostingId" TEXT NOT NULL,
    "candidateProfileId" TEXT NOT NULL,
    "status" "EventOfferStatus" NOT NULL DEFAULT 'MADE',
    "note" TEXT,
    "madeById" TEXT NOT NULL,
    "madeAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "respondedAt" TIMESTAMP(3),
    "respondedBy" TEXT,
    "pipelineEntryId" TEXT,
    "version" INTEGER NOT NULL DEFAULT 0,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "EventOffer_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "Event_status_startDate_idx" ON "Event"("status", "startDate");

-- CreateIndex
CREATE INDEX "EventParticipation_eventId_status_idx" ON "EventParticipation"("eventId", "status");

-- CreateIndex
CREATE INDEX "EventParticipation_employerId_idx" ON "EventParticipation"("employerId");

-- CreateIndex
CREATE UNIQUE INDEX "EventParticipation_eventId_employerId_key" ON "EventParticipation"("eventId", "employerId");

-- CreateIndex
CREATE INDEX "EventVacancy_employerId_idx" ON "EventVacancy"("employerId");

-- CreateIndex
CREATE INDEX "EventVacancy_participationId_idx" ON "EventVacancy"("participationId");

-- CreateIndex
CREATE UNIQUE INDEX "EventVacancy_eventId_jobPostingId_key" ON "EventVacancy"("eventId", "jobPostingId");

-- CreateIndex
CREATE UNIQUE INDEX "EventCvFile_storageKey_key" ON "EventCvFile"("storageKey");

-- CreateIndex
CREATE INDEX "EventCvFile_candidateProfileId_createdAt_idx" ON "EventCvFile"("candidateProfileId", "createdAt");

-- CreateIndex
CREATE INDEX "EventApplication_eventId_status_idx" ON "EventApplication"("eventId", "status");

-- CreateIndex
CREATE INDEX "EventApplication_employerId_eventId_idx" ON "EventApplication"("employerId", "eventId");

-- CreateIndex
CREATE INDEX "EventApplication_candidateProfileId_idx" ON "EventApplication"("candidateProfileId");

-- CreateIndex
CREATE UNIQUE INDEX "EventApplication_eventVacancyId_candidateProfileId_key" ON "EventApplication"("eventVacancyId", "candidateProfileId");

-- CreateIndex
CREATE INDEX "EventApplyInvitation_candidateProfileId_idx" ON "EventApplyInvitation"("candidateProfileId");

-- CreateIndex
CREATE UNIQUE INDEX "EventApplyInvitation_eventVacancyId_candidateProfileId_key" ON "EventApplyInvitation"("eventVacancyId", "candidateProfileId");

-- CreateIndex
CREATE INDEX "InterviewSlot_eventId_employerId_startsAt_idx" ON "InterviewSlot"("eventId", "employerId", "startsAt");

-- CreateIndex
CREATE INDEX "InterviewBooking_slotId_idx" ON "InterviewBooking"("slotId");

-- CreateIndex
CREATE INDEX "InterviewBooking_applicationId_idx" ON "InterviewBooking"("applicationId");

-- CreateIndex
CREATE INDEX "InterviewBooking_eventId_employerId_idx" ON "InterviewBooking"("eventId", "employerId");

-- CreateIndex
CREATE INDEX "InterviewBooking_candidateProfileId_idx" ON "InterviewBooking"("candidateProfileId");

-- CreateIndex
CREATE UNIQUE INDEX "EventOffer_applicationId_key" ON "EventOffer"("applicationId");

-- CreateIndex
CREATE INDEX "EventOffer_eventId_status_idx" ON "EventOffer"("eventId", "status");

-- CreateIndex
CREATE INDEX "EventOffer_employerId_idx" ON "EventOffer"("employerId");

-- CreateIndex
CREATE INDEX "EventOffer_candidateProfileId_idx" ON "EventOffer"("candidateProfileId");

-- AddForeignKey
ALTER TABLE "EventParticipation" ADD CONSTRAINT "EventParticipation_eventId_fkey" FOREIGN KEY ("eventId") REFERENCES "Event"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EventParticipation" ADD CONSTRAINT "EventParticipation_employerId_fkey" FOREIGN KEY ("employerId") REFERENCES "Employer"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EventVacancy" ADD CONSTRAINT "EventVacancy_eventId_fkey" FOREIGN KEY ("eventId") REFERENCES "Event"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EventVacancy" ADD CONSTRAINT "EventVacancy_participationId_fkey" FOREIGN KEY ("participationId") REFERENCES "EventParticipation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EventVacancy" ADD CONSTRAINT "EventVacancy_jobPostingId_fkey" FOREIGN KEY ("jobPostingId") REFERENCES "JobPosting"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EventCvFile" ADD CONSTRAINT "EventCvFile_candidateProfileId_fkey" FOREIGN KEY ("candidateProfileId") REFERENCES "CandidateProfile"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EventApplication" ADD CONSTRAINT "EventApplication_eventVacancyId_fkey" FOREIGN KEY ("eventVacancyId") REFERENCES "EventVacancy"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EventApplication" ADD CONSTRAINT "EventApplication_candidateProfileId_fkey" FOREIGN KEY ("candidateProfileId") REFERENCES "CandidateProfile"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EventApplication" ADD CONSTRAINT "EventApplication_cvFileId_fkey" FOREIGN KEY ("cvFileId") REFERENCES "EventCvFile"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EventApplyInvitation" ADD CONSTRAINT "EventApplyInvitation_eventVacancyId_fkey" FOREIGN KEY ("eventVacancyId") REFERENCES "EventVacancy"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EventApplyInvitation" ADD CONSTRAINT "EventApplyInvitation_candidateProfileId_fkey" FOREIGN KEY ("candidateProfileId") REFERENCES "CandidateProfile"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "InterviewSlot" ADD CONSTRAINT "InterviewSlot_eventId_fkey" FOREIGN KEY ("eventId") REFERENCES "Event"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "InterviewBooking" ADD CONSTRAINT "InterviewBooking_slotId_fkey" FOREIGN KEY ("slotId") REFERENCES "InterviewSlot"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "InterviewBooking" ADD CONSTRAINT "InterviewBooking_applicationId_fkey" FOREIGN KEY ("applicationId") REFERENCES "EventApplication"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EventOffer" ADD CONSTRAINT "EventOffer_applicationId_fkey" FOREIGN KEY ("applicationId") REFERENCES "EventApplication"("id") ON DELETE CASCADE ON UPDATE CASCADE;
