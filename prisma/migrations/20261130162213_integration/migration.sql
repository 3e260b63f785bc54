-- CreateEnum
CREATE TYPE "HandOverSource" AS ENUM ('HIRE', 'REQUEST');

-- CreateEnum
CREATE TYPE "HandOverStatus" AS ENUM ('OPEN', 'IN_PROGRESS', 'CLOSED');

-- CreateEnum
CREATE TYPE "PlanArea" AS ENUM ('INSTALLATION', 'VIE_COLLECTIVE', 'FRANCISATION', 'RECONNAISSANCE_COMPETENCES', 'EMPLOI', 'DEMARCHES_IMMIGRATION');

-- CreateEnum
CREATE TYPE "TaskOwner" AS ENUM ('PERSON', 'ADVISOR', 'PARTNER');

-- CreateEnum
CREATE TYPE "TaskStatus" AS ENUM ('TODO', 'IN_PROGRESS', 'DONE', 'CANCELLED');

-- CreateEnum
CREATE TYPE "PartnerKind" AS ENUM ('RECEPTION_INTEGRATION', 'FRANCISATION', 'HOUSING', 'EMPLOYMENT', 'COMMUNITY_LIFE', 'OTHER');

-- CreateEnum
CREATE TYPE "FollowUpMilestone" AS ENUM ('M3', 'M6', 'M12');

-- CreateEnum
CREATE TYPE "FollowUpSource" AS ENUM ('ADVISOR', 'SELF');

-- CreateEnum
CREATE TYPE "BusinessServiceKind" AS ENUM ('INFORMATION', 'REFERRAL', 'RECRUITING_HELP', 'EVENT');

-- CreateTable
CREATE TABLE "HandOver" (
    "id" TEXT NOT NULL,
    "source" "HandOverSource" NOT NULL,
    "status" "HandOverStatus" NOT NULL DEFAULT 'OPEN',
    "candidateProfileId" TEXT NOT NULL,
    "pipelineEntryId" TEXT,
    "regionCode" VARCHAR(2) NOT NULL,
    "jobPostingId" TEXT,
    "employerId" TEXT,
    "employerName" TEXT,
    "jobTitle" TEXT,
    "municipalityCode" VARCHAR(5),
    "municipalityName" TEXT,
    "jobStartDate" DATE,
    "availableFrom" DATE,
    "familyComing" BOOLEAN,
    "needsHousingHelp" BOOLEAN,
    "note" TEXT,
    "requestedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "firstMeetingDueOn" DATE NOT NULL,
    "firstMeetingAt" TIMESTAMP(3),
    "arrivedOn" DATE,
    "assignedAdvisorId" TEXT,
    "closedAt" TIMESTAMP(3),
    "version" INTEGER NOT NULL DEFAULT 0,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "HandOver_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ActionPlan" (
    "id" TEXT NOT NULL,
    "handOverId" TEXT NOT NULL,
    "needs" JSONB NOT NULL DEFAULT '{}',
    "summary" TEXT,
    "assessedAt" TIMESTAMP(3),
    "createdById" TEXT NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 0,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ActionPlan_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PlanTask" (
    "id" TEXT NOT NULL,
    "planId" TEXT NOT NULL,
    "area" "PlanArea" NOT NULL,
    "templateKey" TEXT,
    "title" TEXT NOT NULL,
    "owner" "TaskOwner" NOT NULL,
    "partnerId" TEXT,
    "dueOn" DATE,
    "status" "TaskStatus" NOT NULL DEFAULT 'TODO',
    "notes" TEXT,
    "completedAt" TIMESTAMP(3),
    "completedById" TEXT,
    "createdById" TEXT NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 0,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "PlanTask_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PartnerOrganisation" (
    "id" TEXT NOT NULL,
    "regionCode" VARCHAR(2) NOT NULL,
    "name" TEXT NOT NULL,
    "kind" "PartnerKind" NOT NULL,
    "municipalityName" TEXT,
    "website" TEXT,
    "email" TEXT,
    "phone" TEXT,
    "description" TEXT,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "isDemo" BOOLEAN NOT NULL DEFAULT false,
    "createdById" TEXT,
    "version" INTEGER NOT NULL DEFAULT 0,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "PartnerOrganisation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "FollowUp" (
    "id" TEXT NOT NULL,
    "handOverId" TEXT NOT NULL,
    "milestone" "FollowUpMilestone" NOT NULL,
    "source" "FollowUpSource" NOT NULL,
    "stillWithEmployer" BOOLEAN NOT NULL,
    "stillInRegion" BOOLEAN NOT NULL,
    "tasksLeft" INTEGER NOT NULL,
    "comment" TEXT,
    "recordedById" TEXT NOT NULL,
    "recordedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "FollowUp_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "BusinessService" (
    "id" TEXT NOT NULL,
    "employerId" TEXT NOT NULL,
    "regionCode" VARCHAR(2) NOT NULL,
    "kind" "BusinessServiceKind" NOT NULL,
    "summary" TEXT NOT NULL,
    "occurredOn" DATE NOT NULL,
    "advisorId" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "BusinessService_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "HandOver_pipelineEntryId_key" ON "HandOver"("pipelineEntryId");

-- CreateIndex
CREATE INDEX "HandOver_regionCode_status_idx" ON "HandOver"("regionCode", "status");

-- CreateIndex
CREATE INDEX "HandOver_candidateProfileId_idx" ON "HandOver"("candidateProfileId");

-- CreateIndex
CREATE UNIQUE INDEX "ActionPlan_handOverId_key" ON "ActionPlan"("handOverId");

-- CreateIndex
CREATE INDEX "PlanTask_planId_area_idx" ON "PlanTask"("planId", "area");

-- CreateIndex
CREATE INDEX "PlanTask_partnerId_idx" ON "PlanTask"("partnerId");

-- CreateIndex
CREATE INDEX "PartnerOrganisation_regionCode_kind_idx" ON "PartnerOrganisation"("regionCode", "kind");

-- CreateIndex
CREATE UNIQUE INDEX "FollowUp_handOverId_milestone_source_key" ON "FollowUp"("handOverId", "milestone", "source");

-- CreateIndex
CREATE INDEX "BusinessService_employerId_occurredOn_idx" ON "BusinessService"("employerId", "occurredOn");

-- CreateIndex
CREATE INDEX "BusinessService_regionCode_occurredOn_idx" ON "BusinessService"("regionCode", "occurredOn");

-- AddForeignKey
ALTER TABLE "HandOver" ADD CONSTRAINT "HandOver_candidateProfileId_fkey" FOREIGN KEY ("candidateProfileId") REFERENCES "CandidateProfile"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "HandOver" ADD CONSTRAINT "HandOver_pipelineEntryId_fkey" FOREIGN KEY ("pipelineEntryId") REFERENCES "PipelineEntry"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ActionPlan" ADD CONSTRAINT "ActionPlan_handOverId_fkey" FOREIGN KEY ("handOverId") REFERENCES "HandOver"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PlanTask" ADD CONSTRAINT "PlanTask_planId_fkey" FOREIGN KEY ("planId") REFERENCES "ActionPlan"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PlanTask" ADD CONSTRAINT "PlanTask_partnerId_fkey" FOREIGN KEY ("partnerId") REFERENCES "PartnerOrganisation"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FollowUp" ADD CONSTRAINT "FollowUp_handOverId_fkey" FOREIGN KEY ("handOverId") REFERENCES "HandOver"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BusinessService" ADD CONSTRAINT "BusinessService_employerId_fkey" FOREIGN KEY ("employerId") REFERENCES "Employer"("id") ON DELETE CASCADE ON UPDATE CASCADE;
