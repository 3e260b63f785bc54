"use client";
import { useForm, useWatch } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { ZIncidentFields, type TIncidentFields } from "@/lib/schemas/privacy";
import { createIncidentAction, updateIncidentAction } from "@/lib/server/actions/incident";
import { TextAreaField, TextField, Fieldset } from "@/components/ui/field";
import { Checkbox } from "@/components/ui/checkbox";
import { Button } from "@/components/ui/button";
import { FormAlert } from "@/components/forms/form-alert";
import { useActionForm } from "@/components/forms/use-action-form";
import { useToast } from "@/components/ui/toast";
import { useT } from "@/lib/i18n/client";

type Existing = { id: string; version: number; values: TIncidentFields };

const EMPTY: TIncidentFields = {
  occurredFrom: "", occurredTo: "", occurredApproximate: false, discoveredOn: "", circumstances: "", personalInfoConcerned: "", personsConcerned: 0,
  personsApproximate: false, riskAssessment: "", seriousInjuryRisk: false, measuresTaken: "", commissionNotifiedOn: "", personsNotifiedOn: "", publicNotice: false, publicNoticeReason: "",
};

/** An entry of the register of confidentiality incidents: the fields of the regulation, in its order. */
export function IncidentForm({ existing }: { existing?: Existing }) {
  const t = useT();
  const router = useRouter();
  const { toast } = useToast();
  const form = useForm<TIncidentFields>({ resolver: zodResolver(ZIncidentFields) as never, defaultValues: existing?.values ?? EMPTY });
  const { submit, formError, fieldError } = useActionForm(form, (v) => (existing ? updateIncidentAction({ id: existing.id, version: existing.version, fields: v }) : createIncidentAction(v)));
  const serious = useWatch({ control: form.control, name: "seriousInjuryRisk" });
  const publicNotice = useWatch({ control: form.control, name: "publicNotice" });
  const onSubmit = submit(() => {
    toast({ variant: "success", title: t("admin.incidents.saved") });
    router.push("/admin/incidents");
    router.refresh();
  });
  const f = (k: keyof TIncidentFields) => fieldError(k);
  return (
    <form onSubmit={onSubmit} noValidate className="flex flex-col gap-6">
      <FormAlert message={formError} />
      <Fieldset legend={t("admin.incidents.when")}>
        <div className="grid gap-4 sm:grid-cols-3 sm:items-end">
          <TextField type="date" label={t("admin.incidents.occurredFrom")} required error={f("occurredFrom")} {...form.register("occurredFrom")} />
          <TextField type="date" label={t("admin.incidents.occurredTo")} optional error={f("occurredTo")} {...form.register("occurredTo")} />
          <TextField type="date" label={t("admin.incidents.discoveredOn")} required error={f("discoveredOn")} {...form.register("discoveredOn")} />
        </div>
        <Checkbox label={t("admin.incidents.occurredApproximate")} {...form.register("occurredApproximate")} />
      </Fieldset>
      <TextAreaField label={t("admin.incidents.circumstances")} hint={t("admin.incidents.circumstancesHint")} required rows={4} error={f("circumstances")} {...form.register("circumstances")} />
      <TextAreaField label={t("admin.incidents.personalInfoConcerned")} hint={t("admin.incidents.personalInfoHint")} required rows={3} error={f("personalInfoConcerned")} {...form.register("personalInfoConcerned")} />
      <div className="flex flex-col gap-2">
        <TextField type="number" min={0} inputMode="numeric" label={t("admin.incidents.personsConcerned")} required error={f("personsConcerned")} containerClassName="max-w-xs" {...form.register("personsConcerned")} />
        <Checkbox label={t("admin.incidents.personsApproximate")} {...form.register("personsApproximate")} />
      </div>
      <TextAreaField label={t("admin.incidents.riskAssessment")} hint={t("admin.incidents.riskHint")} required rows={4} error={f("riskAssessment")} {...form.register("riskAssessment")} />
      <Checkbox label={t("admin.incidents.seriousInjuryRisk")} hint={t("admin.incidents.seriousInjuryHint")} {...form.register("seriousInjuryRisk")} />
      <TextAreaField label={t("admin.incidents.measuresTaken")} required rows={4} error={f("measuresTaken")} {...form.register("measuresTaken")} />
      <Fieldset legend={t("admin.incidents.notices")} hint={serious ? t("admin.incidents.noticesRequired") : t("admin.incidents.noticesHint")}>
        <div className="grid gap-4 sm:grid-cols-2 sm:items-end">
          <TextField type="date" label={t("admin.incidents.commissionNotifiedOn")} optional error={f("commissionNotifiedOn")} {...form.register("commissionNotifiedOn")} />
          <TextField type="date" label={t("admin.incidents.personsNotifiedOn")} optional error={f("personsNotifiedOn")} {...form.register("personsNotifiedOn")} />
        </div>
        <Checkbox label={t("admin.incidents.publicNotice")} {...form.register("publicNotice")} />
        {!!publicNotice && <TextAreaField label={t("admin.incidents.publicNoticeReason")} required rows={2} error={f("publicNoticeReason")} {...form.register("publicNoticeReason")} />}
      </Fieldset>
      <div>
        <Button type="submit" loading={form.formState.isSubmitting}>{existing ? t("admin.incidents.save") : t("admin.incidents.create")}</Button>
      </div>
    </form>
  );
}
