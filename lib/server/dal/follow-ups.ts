import "server-only";
import { db } from "@/lib/server/db";
import { audit } from "@/lib/server/audit";
import { assertRole, type SessionUser } from "@/lib/server/auth";
import { InvalidError, NotFoundError } from "@/lib/server/errors";
import { getAdvisorScope, getScopedHandOverOrThrow } from "@/lib/server/dal/handovers";
import type { Prisma } from "@/lib/generated/prisma/client";
import { currentCheckIn, followUpStart, milestoneStates, type FollowUpMilestone } from "@/lib/domain/integration/follow-ups";
import { quebecDateOf } from "@/lib/domain/integration/working-days";
import { toIsoDate } from "@/lib/domain/vacancy/dates";

// Staying: follow-ups at 3, 6 and 12 months after arrival. An advisor records one per milestone (recording it again
// corrects it); the person answers the same short check-in themselves once the milestone's window is open. "Tasks
// left" is not asked: it is counted from the plan at that moment. Retention in the region (lib/server/dal/dashboard.ts)
// reads these rows, the advisor's answer winning over the person's when both exist.

type Tx = Prisma.TransactionClient;

async function openTasksOf(tx: Tx, handOverId: string) {
  return tx.planTask.count({ where: { plan: { handOverId }, status: { in: ["TODO", "IN_PROGRESS"] } } });
}

type FollowUpInput = { handOverId: string; milestone: FollowUpMilestone; stillWithEmployer: boolean; stillInRegion: boolean; comment: string | null };

async function upsertFollowUp(tx: Tx, source: "ADVISOR" | "SELF", actor: SessionUser, input: FollowUpInput, now: Date) {
  const tasksLeft = await openTasksOf(tx, input.handOverId);
  const data = { stillWithEmployer: input.stillWithEmployer, stillInRegion: input.stillInRegion, comment: input.comment, tasksLeft, recordedById: actor.id, recordedAt: now };
  const row = await tx.followUp.upsert({
    where: { handOverId_milestone_source: { handOverId: input.handOverId, milestone: input.milestone, source } },
    create: { handOverId: input.handOverId, milestone: input.milestone, source, ...data },
    update: data,
    select: { id: true, tasksLeft: true },
  });
  await audit({ actorId: actor.id, actorRole: actor.role, action: source === "ADVISOR" ? "integration.followUp.record" : "integration.followUp.selfCheckIn", subject: `handover:${input.handOverId}`, details: { milestone: input.milestone } }, tx);
  return row;
}

/** When follow-ups of a hand-over count from (see lib/domain/integration/follow-ups.ts followUpStart). */
async function startOf(tx: Tx, handOverId: string) {
  const h = await tx.handOver.findUniqueOrThrow({ where: { id: handOverId }, select: { arrivedOn: true, jobStartDate: true, availableFrom: true, requestedAt: true } });
  return followUpStart({ arrivedOn: h.arrivedOn && toIsoDate(h.arrivedOn), jobStartDate: h.jobStartDate && toIsoDate(h.jobStartDate), availableFrom: h.availableFrom && toIsoDate(h.availableFrom), requestedOn: quebecDateOf(h.requestedAt) });
}

/**
 * An advisor records (or corrects) the follow-up of a milestone for a hand-over of their scope, once the milestone's
 * window is open (from 14 days before its date).
 */
export async function recordFollowUp(actor: SessionUser, input: FollowUpInput, now = new Date()) {
  const scope = await getAdvisorScope(actor);
  return db.$transaction(async (tx) => {
    await getScopedHandOverOrThrow(tx, scope, input.handOverId);
    const state = milestoneStates(await startOf(tx, input.handOverId), new Set(), quebecDateOf(now)).find((m) => m.milestone === input.milestone);
    if (!state?.open) throw new InvalidError("errors.invalidInput", { milestone: "integration.errors.followUpNotDue" });
    return upsertFollowUp(tx, "ADVISOR", actor, input, now);
  });
}

/** The person answers the check-in that is open now for one of their hand-overs (only that one). */
export async function selfCheckIn(actor: SessionUser, input: FollowUpInput, now = new Date()) {
  assertRole(actor, "CANDIDATE");
  return db.$transaction(async (tx) => {
    const h = await tx.handOver.findFirst({
      where: { id: input.handOverId, candidateProfile: { userId: actor.id } },
      select: { id: true, source: true, status: true, followUps: { where: { source: "SELF" }, select: { milestone: true } } },
    });
    if (!h) throw new NotFoundError("integration.errors.handOverNotFound");
    const start = await startOf(tx, h.id);
    const open = h.source === "HIRE" && h.status !== "CLOSED" ? currentCheckIn(start, new Set(h.followUps.map((f) => f.milestone as FollowUpMilestone)), quebecDateOf(now)) : null;
    if (open !== input.milestone) throw new InvalidError("integration.errors.checkInNotOpen");
    return upsertFollowUp(tx, "SELF", actor, input, now);
  });
}
