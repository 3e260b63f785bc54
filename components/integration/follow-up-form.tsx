"use client";
import { useRouter } from "next/navigation";
import { useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { TextAreaField } from "@/components/ui/field";
import { RadioGroup } from "@/components/ui/radio-group";
import { SelectField } from "@/components/ui/select";
import { Button } from "@/components/ui/button";
import { useToast } from "@/components/ui/toast";
import { FormAlert } from "@/components/forms/form-alert";
import { useActionForm } from "@/components/forms/use-action-form";
import { ZFollowUp, type TFollowUp } from "@/lib/schemas/integration";
import { recordFollowUpAction, selfCheckInAction } from "@/lib/server/actions/follow-up";
import type { FollowUpMilestone } from "@/lib/domain/integration/follow-ups";
import { useT } from "@/lib/i18n/client";

/**
 * The short follow-up: still with the employer? still in the region? a comment. An advisor chooses the milestone;
 * the person answers the one that is open for them.
 */
export function FollowUpForm({ handOverId, mode, milestones, defaultMilestone }: { handOverId: string; mode: "advisor" | "self"; milestones: readonly FollowUpMilestone[]; defaultMilestone: FollowUpMilestone }) {
  const t = useT();
  const router = useRouter();
  const { toast } = useToast();
  const self = mode === "self";
  const form = useForm<TFollowUp>({ resolver: zodResolver(ZFollowUp) as never, defaultValues: { handOverId, milestone: defaultMilestone, comment: "" } });
  const { submit, formError, fieldError } = useActionForm(form, (v) => (self ? selfCheckInAction({ ...v, handOverId }) : recordFollowUpAction({ ...v, handOverId })));
  const onSubmit = submit(() => {
    toast({ variant: "success", title: t(self ? "integration.candidate.checkInThanks" : "integration.followUp.recorded") });
    router.refresh();
  });
  const yesNo = [
    { value: "yes", label: t("integration.handOver.yes") },
    { value: "no", label: t("integration.handOver.no") },
  ];
  return (
    <form onSubmit={onSubmit} noValidate className="flex flex-col gap-4" data-testid={self ? "check-in-form" : "follow-up-form"}>
      <FormAlert message={formError} />
      {self ? (
        <input type="hidden" {...form.register("milestone")} />
      ) : (
        <SelectField label={t("integration.followUp.choose")} required error={fieldError("milestone")} options={milestones.map((m) => ({ value: m, label: t(`integration.milestones.${m}`) }))} {...form.register("milestone")} />
      )}
      <RadioGroup legend={t(self ? "integration.candidate.stillWithEmployer" : "integration.followUp.stillWithEmployer")} name="stillWithEmployer" required inline error={fieldError("stillWithEmployer")} options={yesNo} inputProps={form.register("stillWithEmployer")} />
      <RadioGroup legend={t(self ? "integration.candidate.stillInRegion" : "integration.followUp.stillInRegion")} name="stillInRegion" required inline error={fieldError("stillInRegion")} options={yesNo} inputProps={form.register("stillInRegion")} />
      <TextAreaField label={t(self ? "integration.candidate.comment" : "integration.followUp.comment")} optional rows={3} maxLength={2000} error={fieldError("comment")} {...form.register("comment")} />
      {!self && <p className="text-sm text-ink-muted">{t("integration.followUp.tasksLeftHint")}</p>}
      <div>
        <Button type="submit" loading={form.formState.isSubmitting}>
          {t(self ? "integration.candidate.checkInSend" : "integration.followUp.record")}
        </Button>
      </div>
    </form>
  );
}
