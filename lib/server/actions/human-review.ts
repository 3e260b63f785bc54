"use server";
import { revalidatePath } from "next/cache";
import { action } from "@/lib/server/actions/safe-action";
import { ZAnswerHumanReview, ZRequestHumanReview } from "@/lib/schemas/privacy";
import { requireUser } from "@/lib/server/auth";
import { answerHumanReview, requestHumanReview } from "@/lib/server/dal/human-review";

export const requestHumanReviewAction = action(ZRequestHumanReview, async (input) => {
  const r = await requestHumanReview(await requireUser(), input);
  return { id: r.id, createdAt: r.createdAt.toISOString() };
});

export const answerHumanReviewAction = action(ZAnswerHumanReview, async (input) => {
  const r = await answerHumanReview(await requireUser(), input);
  revalidatePath("/conseiller/revisions");
  return r;
});
