-- AlterTable
ALTER TABLE "JobPosting" ADD COLUMN     "closedAt" TIMESTAMP(3),
ADD COLUMN     "searchText" TEXT NOT NULL DEFAULT '';

-- CreateIndex
CREATE INDEX "JobPosting_status_expiresAt_idx" ON "JobPosting"("status", "expiresAt");

-- Hand-written: keyword search on the public job board (accent-insensitive words, tolerant of unfinished words).
CREATE INDEX IF NOT EXISTS "JobPosting_searchText_trgm" ON "JobPosting" USING gin ("searchText" gin_trgm_ops);
