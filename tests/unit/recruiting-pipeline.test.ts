import { describe, expect, it } from "vitest";
import { allowedTargets, checkMove, hireCapacity, PIPELINE_STAGES, type MoveContext, type PipelineStage } from "@/lib/domain/recruiting/pipeline";

const employer = (accepted: boolean, invited = accepted): MoveContext => ({ by: "employer", accepted, invited });

describe("pipeline moves", () => {
  it.each<[PipelineStage | null, PipelineStage, MoveContext, string | true]>([
    // Into INVITED only by sending an invitation, once.
    ["SHORTLISTED", "INVITED", employer(false), "recruiting.errors.inviteThroughInvitation"],
    ["SHORTLISTED", "INVITED", { by: "invitation", accepted: false, invited: false }, true],
    [null, "INVITED", { by: "invitation", accepted: false, invited: false }, true],
    ["NOT_RETAINED", "INVITED", { by: "invitation", accepted: false, invited: true }, "recruiting.errors.alreadyInvited"],
    ["INTERVIEW", "INVITED", { by: "invitation", accepted: true, invited: true }, "recruiting.errors.alreadyInvited"],
    // The answer belongs to the candidate.
    ["INVITED", "ACCEPTED", employer(false, true), "recruiting.errors.candidateAnswers"],
    ["INVITED", "DECLINED", employer(false, true), "recruiting.errors.candidateAnswers"],
    ["INVITED", "ACCEPTED", { by: "candidate", accepted: false, invited: true }, true],
    ["INVITED", "DECLINED", { by: "candidate", accepted: false, invited: true }, true],
    ["SHORTLISTED", "ACCEPTED", { by: "candidate", accepted: false, invited: false }, "recruiting.errors.moveNotAllowed"],
    // Nothing past INVITED without acceptance.
    ["INVITED", "INTERVIEW", employer(false, true), "recruiting.errors.needsAcceptance"],
    ["SHORTLISTED", "HIRED", employer(false), "recruiting.errors.needsAcceptance"],
    ["SHORTLISTED", "OFFER", employer(false), "recruiting.errors.needsAcceptance"],
    ["NOT_RETAINED", "INTERVIEW", employer(false, true), "recruiting.errors.needsAcceptance"],
    ["ACCEPTED", "INTERVIEW", employer(true), true],
    ["INTERVIEW", "HIRED", employer(true), true],
    ["OFFER", "INTERVIEW", employer(true), true],
    ["NOT_RETAINED", "INTERVIEW", employer(true), true],
    // Final stages.
    ["HIRED", "NOT_RETAINED", employer(true), "recruiting.errors.finalStage"],
    ["DECLINED", "NOT_RETAINED", employer(false, true), "recruiting.errors.finalStage"],
    // Setting aside and back.
    ["INVITED", "NOT_RETAINED", employer(false, true), true],
    ["NOT_RETAINED", "SHORTLISTED", employer(false, false), true],
    ["NOT_RETAINED", "SHORTLISTED", employer(false, true), "recruiting.errors.moveNotAllowed"],
    ["SHORTLISTED", "SHORTLISTED", employer(false), "recruiting.errors.sameStage"],
    [null, "SHORTLISTED", employer(false), true],
  ])("%s → %s (%o)", (from, to, ctx, expected) => {
    const r = checkMove(from, to, ctx);
    expect(r.ok ? true : r.reason).toBe(expected);
  });

  it("offers only moves the rules accept, never INVITED/ACCEPTED/DECLINED to an employer", () => {
    for (const from of PIPELINE_STAGES) {
      for (const accepted of [false, true]) {
        const targets = allowedTargets(from, { accepted, invited: accepted });
        for (const t of targets) expect(checkMove(from, t, employer(accepted)).ok).toBe(true);
        expect(targets).not.toContain("INVITED");
        expect(targets).not.toContain("ACCEPTED");
        expect(targets).not.toContain("DECLINED");
        if (!accepted) for (const t of ["INTERVIEW", "OFFER", "HIRED"] as const) expect(targets).not.toContain(t);
      }
    }
    expect(allowedTargets("ACCEPTED", { accepted: true, invited: true })).toEqual(["INTERVIEW", "OFFER", "HIRED", "NOT_RETAINED"]);
  });

  it("counts positions: the last hire fills the vacancy, none beyond", () => {
    expect(hireCapacity({ positions: 2, positionsFilled: 0 })).toEqual({ canHire: true, fillsVacancy: false });
    expect(hireCapacity({ positions: 2, positionsFilled: 1 })).toEqual({ canHire: true, fillsVacancy: true });
    expect(hireCapacity({ positions: 2, positionsFilled: 2 })).toEqual({ canHire: false, fillsVacancy: false });
  });
});
