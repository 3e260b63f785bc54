-- CreateEnum
CREATE TYPE "PipelineStage" AS ENUM ('SHORTLISTED', 'INVITED', 'ACCEPTED', 'DECLINED', 'INTERVIEW', 'OFFER', 'HIRED', 'NOT_RETAINED');

-- CreateEnum
CREATE TYPE "PipelineSource" AS ENUM ('SEARCH', 'RECOMMENDATION', 'EVENT', 'DIRECT');

-- CreateEnum
CREATE TYPE "InvitationStatus" AS ENUM ('PENDING', 'ACCEPTED', 'DECLINED', 'WITHDRAWN');

-- CreateEnum
CREATE TYPE "MessageSide" AS ENUM ('EMPLOYER', 'CANDIDATE');

-- CreateTable
CREATE TABLE "PipelineEntry" (
    "id" TEXT NOT NULL,
    "employerId" TEXT NOT NULL,
    "jobPostingId" TEXT NOT NULL,
    "candidateProfileId" TEXT NOT NULL,
    "stage" "PipelineStage" NOT NULL DEFAULT 'SHORTLISTED',
    "source" "PipelineSource" NOT NULL DEFAULT 'SEARCH',
    "sourceRef" TEXT,
    "addedById" TEXT,
    "stageChangedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "version" INTEGER NOT NULL DEFAULT 0,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "PipelineEntry_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PipelineMove" (
    "id" TEXT NOT NULL,
    "entryId" TEXT NOT NULL,
    "fromStage" "PipelineStage",
    "toStage" "PipelineStage" NOT NULL,
    "actorId" TEXT,
    "actorRole" TEXT,
    "note" TEXT,
    "at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "PipelineMove_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Invitation" (
    "id" TEXT NOT NULL,
    "entryId" TEXT NOT NULL,
    "employerId" TEXT NOT NULL,
    "jobPostingId" TEXT NOT NULL,
    "candidateProfileId" TEXT NOT NULL,
    "message" TEXT NOT NULL,
    "status" "InvitationStatus" NOT NULL DEFAULT 'PENDING',
    "declineReason" TEXT,
    "invitedById" TEXT NOT NULL,
    "idempotencyKey" TEXT,
    "respondedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "version" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "Invitation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ContactDisclosure" (
    "id" TEXT NOT NULL,
    "candidateProfileId" TEXT NOT NULL,
    "employerId" TEXT NOT NULL,
    "invitationId" TEXT NOT NULL,
    "grantedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "revokedAt" TIMESTAMP(3),

    CONSTRAINT "ContactDisclosure_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "MessageThread" (
    "id" TEXT NOT NULL,
    "invitationId" TEXT NOT NULL,
    "employerId" TEXT NOT NULL,
    "candidateProfileId" TEXT NOT NULL,
    "jobPostingId" TEXT NOT NULL,
    "lastMessageAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "employerReadAt" TIMESTAMP(3),
    "candidateReadAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "MessageThread_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Message" (
    "id" TEXT NOT NULL,
    "threadId" TEXT NOT NULL,
    "authorId" TEXT,
    "authorSide" "MessageSide" NOT NULL,
    "body" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Message_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SavedSearch" (
    "id" TEXT NOT NULL,
    "employerId" TEXT NOT NULL,
    "createdById" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "filters" JSONB NOT NULL,
    "alertsEnabled" BOOLEAN NOT NULL DEFAULT true,
    "lastCheckedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "lastDigestAt" TIMESTAMP(3),
    "version" INTEGER NOT NULL DEFAULT 0,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "SavedSearch_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SearchAlert" (
    "id" TEXT NOT NULL,
    "savedSearchId" TEXT NOT NULL,
    "candidateProfileId" TEXT NOT NULL,
    "confirmedAt" TIMESTAMP(3) NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "seenAt" TIMESTAMP(3),
    "emailedAt" TIMESTAMP(3),

    CONSTRAINT "SearchAlert_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ProfileView" (
    "id" TEXT NOT NULL,
    "candidateProfileId" TEXT NOT NULL,
    "employerId" TEXT NOT NULL,
    "viewerId" TEXT NOT NULL,
    "at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ProfileView_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PasswordResetToken" (
    "id" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "tokenHash" TEXT NOT NULL,
    "expiresAt" TIMESTAMP(3) NOT NULL,
    "usedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "PasswordResetToken_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "PipelineEntry_employerId_stage_idx" ON "PipelineEntry"("employerId", "stage");

-- CreateIndex
CREATE INDEX "PipelineEntry_candidateProfileId_idx" ON "PipelineEntry"("candidateProfileId");

-- CreateIndex
CREATE UNIQUE INDEX "PipelineEntry_jobPostingId_candidateProfileId_key" ON "PipelineEntry"("jobPostingId", "candidateProfileId");

-- CreateIndex
CREATE INDEX "PipelineMove_entryId_at_idx" ON "PipelineMove"("entryId", "at");

-- CreateIndex
CREATE UNIQUE INDEX "Invitation_entryId_key" ON "Invitation"("entryId");

-- CreateIndex
CREATE INDEX "Invitation_candidateProfileId_status_idx" ON "Invitation"("candidateProfileId", "status");

-- CreateIndex
CREATE INDEX "Invitation_employerId_createdAt_idx" ON "Invitation"("employerId", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "Invitation_jobPostingId_candidateProfileId_key" ON "Invitation"("jobPostingId", "candidateProfileId");

-- CreateIndex
CREATE UNIQUE INDEX "Invitation_employerId_idempotencyKey_key" ON "Invitation"("employerId", "idempotencyKey");

-- CreateIndex
CREATE INDEX "ContactDisclosure_employerId_idx" ON "ContactDisclosure"("employerId");

-- CreateIndex
CREATE UNIQUE INDEX "ContactDisclosure_candidateProfileId_employerId_key" ON "ContactDisclosure"("candidateProfileId", "employerId");

-- CreateIndex
CREATE UNIQUE INDEX "MessageThread_invitationId_key" ON "MessageThread"("invitationId");

-- CreateIndex
CREATE INDEX "MessageThread_employerId_lastMessageAt_idx" ON "MessageThread"("employerId", "lastMessageAt");

-- CreateIndex
CREATE INDEX "MessageThread_candidateProfileId_lastMessageAt_idx" ON "MessageThread"("candidateProfileId", "lastMessageAt");

-- CreateIndex
CREATE INDEX "Message_threadId_createdAt_idx" ON "Message"("threadId", "createdAt");

-- CreateIndex
CREATE INDEX "SavedSearch_employerId_idx" ON "SavedSearch"("employerId");

-- CreateIndex
CREATE INDEX "SearchAlert_savedSearchId_seenAt_idx" ON "SearchAlert"("savedSearchId", "seenAt");

-- CreateIndex
CREATE UNIQUE INDEX "SearchAlert_savedSearchId_candidateProfileId_key" ON "SearchAlert"("savedSearchId", "candidateProfileId");

-- CreateIndex
CREATE INDEX "ProfileView_candidateProfileId_at_idx" ON "ProfileView"("candidateProfileId", "at");

-- CreateIndex
CREATE INDEX "ProfileView_employerId_at_idx" ON "ProfileView"("employerId", "at");

-- CreateIndex
CREATE UNIQUE INDEX "PasswordResetToken_tokenHash_key" ON "PasswordResetToken"("tokenHash");

-- CreateIndex
CREATE INDEX "PasswordResetToken_userId_idx" ON "PasswordResetToken"("userId");

-- AddForeignKey
ALTER TABLE "PipelineEntry" ADD CONSTRAINT "PipelineEntry_employerId_fkey" FOREIGN KEY ("employerId") REFERENCES "Employer"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PipelineEntry" ADD CONSTRAINT "PipelineEntry_jobPostingId_fkey" FOREIGN KEY ("jobPostingId") REFERENCES "JobPosting"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PipelineEntry" ADD CONSTRAINT "PipelineEntry_candidateProfileId_fkey" FOREIGN KEY ("candidateProfileId") REFERENCES "CandidateProfile"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PipelineMove" ADD CONSTRAINT "PipelineMove_entryId_fkey" FOREIGN KEY ("entryId") REFERENCES "PipelineEntry"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Invitation" ADD CONSTRAINT "Invitation_entryId_fkey" FOREIGN KEY ("entryId") REFERENCES "PipelineEntry"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ContactDisclosure" ADD CONSTRAINT "ContactDisclosure_candidateProfileId_fkey" FOREIGN KEY ("candidateProfileId") REFERENCES "CandidateProfile"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ContactDisclosure" ADD CONSTRAINT "ContactDisclosure_employerId_fkey" FOREIGN KEY ("employerId") REFERENCES "Employer"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MessageThread" ADD CONSTRAINT "MessageThread_invitationId_fkey" FOREIGN KEY ("invitationId") REFERENCES "Invitation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Message" ADD CONSTRAINT "Message_threadId_fkey" FOREIGN KEY ("threadId") REFERENCES "MessageThread"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SavedSearch" ADD CONSTRAINT "SavedSearch_employerId_fkey" FOREIGN KEY ("employerId") REFERENCES "Employer"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SearchAlert" ADD CONSTRAINT "SearchAlert_savedSearchId_fkey" FOREIGN KEY ("savedSearchId") REFERENCES "SavedSearch"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SearchAlert" ADD CONSTRAINT "SearchAlert_candidateProfileId_fkey" FOREIGN KEY ("candidateProfileId") REFERENCES "CandidateProfile"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProfileView" ADD CONSTRAINT "ProfileView_candidateProfileId_fkey" FOREIGN KEY ("candidateProfileId") REFERENCES "CandidateProfile"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProfileView" ADD CONSTRAINT "ProfileView_employerId_fkey" FOREIGN KEY ("employerId") REFERENCES "Employer"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PasswordResetToken" ADD CONSTRAINT "PasswordResetToken_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;
