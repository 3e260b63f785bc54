-- Hand-overs: when the region's advisors were e-mailed about a new one (lib/server/services/handover-notices.ts, a
-- pg-boss job every 5 minutes). The column is the outbox: a hand-over opened in a transaction that rolls back is
-- never e-mailed, and one that commits is picked up by the next scan.
ALTER TABLE "HandOver" ADD COLUMN     "advisorsNotifiedAt" TIMESTAMP(3);

-- Hand-overs opened before this migration were already seen in the advisors' queue: none is e-mailed now.
UPDATE "HandOver" SET "advisorsNotifiedAt" = "createdAt";

-- The scan reads the few rows not yet notified.
CREATE INDEX "HandOver_advisors_not_notified_idx" ON "HandOver" ("createdAt") WHERE "advisorsNotifiedAt" IS NULL;
