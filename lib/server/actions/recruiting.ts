"use server";
import { revalidatePath } from "next/cache";
import { action } from "@/lib/server/actions/safe-action";
import { requireUser } from "@/lib/server/auth";
import { z } from "zod";
import { addToPipeline, getEntryHistory, moveEntry } from "@/lib/server/dal/pipeline";
import { ZId } from "@/lib/schemas/fields";
import { ZAddToPipeline, ZMoveEntry } from "@/lib/schemas/recruiting";

// Pipeline actions: add a candidate to a vacancy's shortlist, move an entry (HIRED fills a position).

export const addToPipelineAction = action(ZAddToPipeline, async (input) => {
  const r = await addToPipeline(await requireUser(), { ...input, source: "SEARCH" });
  revalidatePath(`/employeur/postes/${input.jobPostingId}/pipeline`);
  return { id: r.id, created: r.created };
});

export const moveEntryAction = action(ZMoveEntry, async (input) => {
  const r = await moveEntry(await requireUser(), input);
  revalidatePath("/employeur/postes", "layout");
  return r;
});

export const entryHistoryAction = action(z.object({ entryId: ZId }), async ({ entryId }) => getEntryHistory(await requireUser(), entryId));
