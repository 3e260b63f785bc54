-- AlterTable
ALTER TABLE "ImportJob" ADD COLUMN     "publish" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "source" JSONB;
