import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";

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
 * Hook run in the hire's transaction. Does nothing yet: the integration-support engineer (issue 8) will make it open a
 * hand-over to the integration advisor of the job's region WHEN the candidate consented to it (a hire alone never
 * shares a person's file with an advisor). It must not send e-mail itself (enqueue instead: the transaction may
 * still roll back) and must throw only to refuse the hire as a whole.
 */
export async function onCandidateHired(tx: Prisma.TransactionClient, hire: CandidateHired): Promise<void> {
  void tx;
  void hire;
}
