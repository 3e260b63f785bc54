// The hiring pipeline of a vacancy: which stage changes are allowed, and by whom. Pure rules (no I/O): the data layer
// asks `checkMove` and refuses what it refuses, the board shows `allowedTargets` as its buttons.
//
// Invariants:
//  - INVITED is reached only by sending an invitation (it carries a message and notifies the candidate).
//  - ACCEPTED and DECLINED are the candidate's answer: nobody else can put an entry there.
//  - No stage past INVITED (interview, offer, hired) without the candidate's acceptance: before it, the organisation
//    does not even know who the person is.
//  - HIRED and DECLINED are final (a hire filled a position of the vacancy; a refusal is the candidate's decision).

export const PIPELINE_STAGES = ["SHORTLISTED", "INVITED", "ACCEPTED", "DECLINED", "INTERVIEW", "OFFER", "HIRED", "NOT_RETAINED"] as const;
export type PipelineStage = (typeof PIPELINE_STAGES)[number];

export const PIPELINE_SOURCES = ["SEARCH", "RECOMMENDATION", "EVENT", "DIRECT"] as const;
export type PipelineSource = (typeof PIPELINE_SOURCES)[number];

/** Columns of the board, in reading order (ACCEPTED and DECLINED share the "answer" column). */
export const BOARD_COLUMNS: readonly (readonly PipelineStage[])[] = [["SHORTLISTED"], ["INVITED"], ["ACCEPTED", "DECLINED"], ["INTERVIEW"], ["OFFER"], ["HIRED", "NOT_RETAINED"]];

/** Stages that need the candidate's acceptance first. */
export const STAGES_AFTER_ACCEPTANCE: ReadonlySet<PipelineStage> = new Set(["INTERVIEW", "OFFER", "HIRED"]);
export const FINAL_STAGES: ReadonlySet<PipelineStage> = new Set(["HIRED", "DECLINED"]);

/**
 * Who asks for the move: an organisation member moving a card, the candidate answering an invitation, or the
 * invitation being sent (the only way into INVITED).
 */
export type MoveBy = "employer" | "candidate" | "invitation";

export type MoveContext = {
  by: MoveBy;
  /** The candidate accepted this entry's invitation (and has not withdrawn since). */
  accepted: boolean;
  /** An invitation exists for this entry (whatever its answer): a vacancy invites a person once. */
  invited: boolean;
};

export type MoveRefusal =
  | "recruiting.errors.sameStage"
  | "recruiting.errors.finalStage"
  | "recruiting.errors.inviteThroughInvitation"
  | "recruiting.errors.candidateAnswers"
  | "recruiting.errors.needsAcceptance"
  | "recruiting.errors.alreadyInvited"
  | "recruiting.errors.moveNotAllowed";

export type MoveCheck = { ok: true } | { ok: false; reason: MoveRefusal };

const refuse = (reason: MoveRefusal): MoveCheck => ({ ok: false, reason });
const OK: MoveCheck = { ok: true };

/** Whether `from` → `to` is allowed in `ctx` (`from` null: the entry does not exist yet). */
export function checkMove(from: PipelineStage | null, to: PipelineStage, ctx: MoveContext): MoveCheck {
  if (from === to) return refuse("recruiting.errors.sameStage");
  if (from && FINAL_STAGES.has(from)) return refuse("recruiting.errors.finalStage");

  if (ctx.by === "invitation") {
    if (to !== "INVITED") return refuse("recruiting.errors.moveNotAllowed");
    if (ctx.invited) return refuse("recruiting.errors.alreadyInvited");
    return from === null || from === "SHORTLISTED" || from === "NOT_RETAINED" ? OK : refuse("recruiting.errors.moveNotAllowed");
  }

  if (ctx.by === "candidate") {
    if (from !== "INVITED" || (to !== "ACCEPTED" && to !== "DECLINED")) return refuse("recruiting.errors.moveNotAllowed");
    return OK;
  }

  // An organisation member.
  if (to === "INVITED") return refuse("recruiting.errors.inviteThroughInvitation");
  if (to === "ACCEPTED" || to === "DECLINED") return refuse("recruiting.errors.candidateAnswers");
  if (from === null) return to === "SHORTLISTED" ? OK : refuse("recruiting.errors.moveNotAllowed");
  if (STAGES_AFTER_ACCEPTANCE.has(to)) return ctx.accepted ? OK : refuse("recruiting.errors.needsAcceptance");
  if (to === "NOT_RETAINED") return OK;
  // Back to the shortlist: only an entry set aside before any invitation (an invited person is not "un-invited").
  if (to === "SHORTLISTED") return from === "NOT_RETAINED" && !ctx.invited ? OK : refuse("recruiting.errors.moveNotAllowed");
  return refuse("recruiting.errors.moveNotAllowed");
}

/** The stages an organisation member can move an entry to (the board's buttons), in pipeline order. */
export function allowedTargets(from: PipelineStage, ctx: Omit<MoveContext, "by">): PipelineStage[] {
  return PIPELINE_STAGES.filter((to) => checkMove(from, to, { ...ctx, by: "employer" }).ok);
}

/** Whether the organisation may see the candidate's name and contact on this entry (only after acceptance). */
export function revealsIdentity(ctx: Pick<MoveContext, "accepted">): boolean {
  return ctx.accepted;
}

/**
 * A vacancy with `positions` places of which `filled` are taken: whether one more hire fits, and whether that hire
 * fills the vacancy (it then leaves the board as FILLED).
 */
export function hireCapacity(v: { positions: number; positionsFilled: number }): { canHire: boolean; fillsVacancy: boolean } {
  const canHire = v.positionsFilled < v.positions;
  return { canHire, fillsVacancy: canHire && v.positionsFilled + 1 >= v.positions };
}
