"use client";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { ZRequestHumanReview, type TRequestHumanReview } from "@/lib/schemas/privacy";
import { requestHumanReviewAction } from "@/lib/server/actions/human-review";
import { Dialog } from "@/components/ui/dialog";
import { Button } from "@/components/ui/button";
import { TextAreaField } from "@/components/ui/field";
import { FormAlert } from "@/components/forms/form-alert";
import { useActionForm } from "@/components/forms/use-action-form";
import { useI18n } from "@/lib/i18n/client";
import { formatDate } from "@/lib/i18n/format";

/** What the page knows of the candidate's earlier request for this recommendation (getMyHumanReviews()). */
export type HumanReviewState = { status: "OPEN" | "ANSWERED"; createdAt: Date | string; answer: string | null; answeredAt: Date | string | null } | null;

/**
 * "Ask a person to review" on an automated recommendation (Loi 25, art. 12.1), for candidates. Put it next to each
 * recommended vacancy (vacancyId) and once for the whole list (vacancyId null). With `existing` (from
 * getMyHumanReviews(actor)[vacancyId ?? "list"]) it shows the request's status and the advisor's answer instead.
 */
export function HumanReviewButton({ vacancyId, existing = null, label }: { vacancyId: string | null; existing?: HumanReviewState; label?: string }) {
  const { t, locale } = useI18n();
  const [open, setOpen] = useState(false);
  // The dialog and its form are mounted at the first opening only (a page lists twenty of these buttons), then kept,
  // so that a message typed, closed and reopened is still there.
  const [mounted, setMounted] = useState(false);
  const [state, setState] = useState<HumanReviewState>(existing);
  const date = (d: Date | string) => formatDate(locale, new Date(d), { dateStyle: "long", timeZone: "America/Toronto" });

  if (state?.status === "ANSWERED") {
    return (
      <div className="flex flex-col gap-1 rounded border border-line bg-surface p-3 text-sm" data-testid="human-review">
        <p className="font-semibold">{t("privacy.review.answered", { date: date(state.answeredAt ?? state.createdAt) })}</p>
        <p className="whitespace-pre-line">{state.answer}</p>
      </div>
    );
  }
  if (state?.status === "OPEN") {
    return <p className="text-sm text-ink-muted" role="status" data-testid="human-review">{t("privacy.review.pending", { date: date(state.createdAt) })}</p>;
  }
  return (
    <>
      <Button
        variant="secondary"
        size="sm"
        onClick={() => {
          setMounted(true);
          setOpen(true);
        }}
        data-testid="human-review-button"
      >
        {label ?? t("privacy.review.button")}
      </Button>
      {mounted && (
        <HumanReviewDialog
          vacancyId={vacancyId}
          open={open}
          onClose={() => setOpen(false)}
          onSent={(createdAt) => {
            setState({ status: "OPEN", createdAt, answer: null, answeredAt: null });
            setOpen(false);
          }}
        />
      )}
    </>
  );
}

function HumanReviewDialog({ vacancyId, open, onClose, onSent }: { vacancyId: string | null; open: boolean; onClose: () => void; onSent: (createdAt: Date | string) => void }) {
  const { t } = useI18n();
  const form = useForm<TRequestHumanReview>({ resolver: zodResolver(ZRequestHumanReview), defaultValues: { vacancyId, reason: "" } });
  const { submit, formError, fieldError } = useActionForm(form, requestHumanReviewAction);
  const formId = `human-review-${vacancyId ?? "list"}`;
  return (
    <Dialog
      open={open}
      onClose={onClose}
      title={t("privacy.review.title")}
      description={t("privacy.review.intro")}
      footer={
        <>
          <Button variant="ghost" onClick={onClose}>{t("privacy.review.cancel")}</Button>
          <Button type="submit" form={formId} loading={form.formState.isSubmitting}>{t("privacy.review.submit")}</Button>
        </>
      }
    >
      <form id={formId} noValidate className="flex flex-col gap-4" onSubmit={submit((d) => onSent(d.createdAt))}>
        <FormAlert message={formError} />
        <p className="text-sm">{t("privacy.review.whatAdvisorSees")}</p>
        <TextAreaField data-autofocus label={t("privacy.review.reason")} hint={t("privacy.review.reasonHint")} required rows={5} maxLength={2000} error={fieldError("reason")} {...form.register("reason")} />
      </form>
    </Dialog>
  );
}
