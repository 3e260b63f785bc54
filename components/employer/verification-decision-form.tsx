"use client";
import { useRouter } from "next/navigation";
import { useForm, useWatch } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { ZVerificationDecision, type TVerificationDecision } from "@/lib/schemas/employer";
import { decideVerificationAction } from "@/lib/server/actions/verification";
import { TextAreaField } from "@/components/ui/field";
import { RadioGroup } from "@/components/ui/radio-group";
import { Button } from "@/components/ui/button";
import { useToast } from "@/components/ui/toast";
import { FormAlert } from "@/components/forms/form-alert";
import { useActionForm } from "@/components/forms/use-action-form";
import { useT } from "@/lib/i18n/client";

/** Verify or reject a pending organisation; a rejection needs a reason the employer will read. */
export function VerificationDecisionForm({ employerId, version }: { employerId: string; version: number }) {
  const t = useT();
  const router = useRouter();
  const { toast } = useToast();
  const form = useForm<TVerificationDecision>({ resolver: zodResolver(ZVerificationDecision) as never, defaultValues: { employerId, version, decision: "verify", reason: "" } });
  const decision = useWatch({ control: form.control, name: "decision" });
  const { submit, formError, fieldError } = useActionForm(form, (v) => decideVerificationAction({ ...v, employerId, version }));
  const onSubmit = submit((data) => {
    toast({ variant: "success", title: t(data.status === "VERIFIED" ? "employer.verification.verified" : "employer.verification.rejected") });
    router.push("/conseiller/verifications");
    router.refresh();
  });
  return (
    <form onSubmit={onSubmit} noValidate className="flex flex-col gap-5">
      <FormAlert message={formError} />
      <RadioGroup
        legend={t("employer.verification.decision")}
        name="decision"
        required
        error={fieldError("decision")}
        options={[
          { value: "verify", label: t("employer.verification.verify"), hint: t("employer.verification.verifyHint") },
          { value: "reject", label: t("employer.verification.reject"), hint: t("employer.verification.rejectHint") },
        ]}
        inputProps={form.register("decision")}
      />
      {decision === "reject" && (
        <TextAreaField label={t("employer.verification.reason")} hint={t("employer.verification.reasonHint")} required rows={4} maxLength={1000} error={fieldError("reason")} {...form.register("reason")} />
      )}
      <div>
        <Button type="submit" variant={decision === "reject" ? "danger" : "primary"} loading={form.formState.isSubmitting}>
          {t("employer.verification.submit")}
        </Button>
      </div>
    </form>
  );
}
