import type { AnonymousCandidateCard } from "@/lib/domain/candidate/anonymous-card";
import type { PipelineSource, PipelineStage } from "@/lib/domain/recruiting/pipeline";

/** One entry of a vacancy's pipeline as the board and the table show it (a small DTO built by the page). */
export type PipelineCardData = {
  id: string;
  version: number;
  stage: PipelineStage;
  source: PipelineSource;
  stageChangedAt: string;
  /** The person's name once they accepted; null while anonymous. */
  name: string | null;
  /** What an anonymous card is called: the main occupation. */
  occupation: string;
  card: Pick<AnonymousCandidateCard, "id" | "frenchLevel" | "confirmedDaysAgo">;
  threadId: string | null;
  allowedTargets: PipelineStage[];
};
