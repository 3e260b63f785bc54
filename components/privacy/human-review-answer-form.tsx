"use client";
import { useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { ZAnswerHumanReview, type TAnswerHumanReview } from "@/lib/schemas/privacy";
import { answerHumanReviewAction } from "@/lib/server/actions/human-review";
import { TextAreaField } from "@/components/ui/field";
import { Button } from "@/components/ui/button";
import { FormAlert } from "@/components/forms/form-alert";
import { useActionForm } from "@/components/forms/use-action-form";
import { useToast } from "@/components/ui/toast";
import { useT } from "@/lib/i18n/client";

/** An advisor's written answer to a human review request; the candidate reads it next to the recommendation. */
export function HumanReviewAnswerForm({ id, version }: { id: string; version: number }) {
  const t = useT();
  const router = useRouter();
  const { toast } = useToast();
  const form = useForm<TAnswerHumanReview>({ resolver: zodResolver(ZAnswerHumanReview), defaultValues: { id, version, answer: "" } });
  const { submit, formError, fieldError } = useActionForm(form, answerHumanReviewAction);
  return (
    <form
      noValidate
      className="flex flex-col gap-4"
      onSubmit={submit(() => {
        toast({ variant: "success", title: t("privacy.review.answerSent") });
        router.push("/conseiller/revisions");
        router.refresh();
      })}
    >
      <FormAlert message={formError} />
      <TextAreaField label={t("privacy.review.answer")} hint={t("privacy.review.answerHint")} required rows={6} maxLength={4000} error={fieldError("answer")} {...form.register("answer")} />
      <div>
        <Button type="submit" loading={form.formState.isSubmitting}>{t("privacy.review.sendAnswer")}</Button>
      </div>
    </form>
  );
}
