import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import { unsafeOpenHireHandOver } from "@/lib/server/dal/handovers";

// What follows a hire. markHired (lib/server/dal/pipeline.ts) calls onCandidateHired inside its transaction, after
// the entry moved to HIRED and the vacancy's position was filled: whatever this hook writes commits or rolls back
// with the hire itself.

export type CandidateHired = {
  entryId: string;
  candidateProfileId: string;
  jobPostingId: string;
  employerId: string;
  /** The organisation member who recorded the hire. */
  actorId: string;
  /** The vacancy's administrative region (01..17): the integration advisors of this region take the hand-over. */
  regionCode: string;
  at: Date;
};

/**
 * Hook run in the hire's transaction: opens the hand-over to the integration advisors of the job's region WHEN the
 * candidate shares their profile with advisors (a hire alone never shares a person's file; without consent the person
 * is offered to open it later from their plan page). One hand-over per hire, even under concurrent calls
 * (lib/server/dal/handovers.ts). It sends no e-mail (the transaction may still roll back) and throws only to refuse
 * the hire as a whole.
 */
export async function onCandidateHired(tx: Prisma.TransactionClient, hire: CandidateHired): Promise<void> {
  await unsafeOpenHireHandOver(tx, { entryId: hire.entryId, candidateProfileId: hire.candidateProfileId, jobPostingId: hire.jobPostingId, regionCode: hire.regionCode, actorId: hire.actorId, at: hire.at });
}
