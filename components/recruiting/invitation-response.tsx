"use client";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { Button } from "@/components/ui/button";
import { Checkbox } from "@/components/ui/checkbox";
import { SelectField } from "@/components/ui/select";
import { TextAreaField } from "@/components/ui/field";
import { useToast } from "@/components/ui/toast";
import { FormAlert } from "@/components/forms/form-alert";
import { useActionForm } from "@/components/forms/use-action-form";
import { respondToInvitationAction } from "@/lib/server/actions/invitation";
import { DECLINE_REASON_MAX, DECLINE_REASONS, ZRespondInvitation, type TRespondInvitation } from "@/lib/schemas/recruiting";
import { useT } from "@/lib/i18n/client";

/**
 * The candidate's answer. Accepting needs the box that says what is shared, with whom; declining may say why
 * (optional) and shares nothing.
 */
export function InvitationResponse({ invitationId, organisation }: { invitationId: string; organisation: string }) {
  const t = useT();
  const router = useRouter();
  const { toast } = useToast();
  const [mode, setMode] = useState<"accept" | "decline">("accept");
  const form = useForm<TRespondInvitation>({ resolver: zodResolver(ZRespondInvitation), defaultValues: { invitationId, answer: "accept", consentShown: false, reasonCode: null, reason: "" } });
  const { submit, formError, fieldError } = useActionForm(form, (v) => respondToInvitationAction(v));
  const onSubmit = submit((r) => {
    toast({ variant: "success", title: t(r.status === "ACCEPTED" ? "recruiting.candidate.accepted" : "recruiting.candidate.declined") });
    router.refresh();
  });
  const choose = (m: "accept" | "decline") => {
    setMode(m);
    form.setValue("answer", m);
    form.clearErrors();
  };
  return (
    <form onSubmit={onSubmit} noValidate className="flex flex-col gap-4" data-testid="invitation-response">
      <FormAlert message={formError} />
      {mode === "accept" ? (
        <>
          <Checkbox label={t("recruiting.candidate.consent", { organisation })} hint={t("recruiting.candidate.consentNote")} error={fieldError("consentShown")} {...form.register("consentShown")} />
          <div className="flex flex-col gap-3 sm:flex-row">
            <Button type="submit" loading={form.formState.isSubmitting}>
              {t("recruiting.candidate.accept")}
            </Button>
            <Button variant="secondary" onClick={() => choose("decline")}>
              {t("recruiting.candidate.decline")}
            </Button>
          </div>
        </>
      ) : (
        <>
          <SelectField
            label={t("recruiting.candidate.declineReason")}
            optional
            placeholder
            options={DECLINE_REASONS.map((r) => ({ value: r, label: t(`recruiting.candidate.declineReasons.${r}`) }))}
            {...form.register("reasonCode", { setValueAs: (v) => (v ? v : null) })}
          />
          <TextAreaField label={t("recruiting.candidate.declineDetails")} optional rows={3} maxLength={DECLINE_REASON_MAX} error={fieldError("reason")} {...form.register("reason")} />
          <div className="flex flex-col gap-3 sm:flex-row">
            <Button type="submit" variant="danger" loading={form.formState.isSubmitting}>
              {t("recruiting.candidate.declineConfirm")}
            </Button>
            <Button variant="secondary" onClick={() => choose("accept")}>
              {t("common.actions.back")}
            </Button>
          </div>
        </>
      )}
    </form>
  );
}
