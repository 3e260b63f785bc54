"use client";
import { useRouter } from "next/navigation";
import { useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { TextAreaField } from "@/components/ui/field";
import { RadioGroup } from "@/components/ui/radio-group";
import { Button } from "@/components/ui/button";
import { useToast } from "@/components/ui/toast";
import { FormAlert } from "@/components/forms/form-alert";
import { useActionForm } from "@/components/forms/use-action-form";
import { ZNeedsAssessment, type TNeeds, type TNeedsAssessment } from "@/lib/schemas/integration";
import { saveNeedsAction } from "@/lib/server/actions/plan";
import { NEED_LEVELS, PLAN_AREAS } from "@/lib/domain/integration/areas";
import { useT } from "@/lib/i18n/client";

/** The needs assessment: a level and a note for each of the six areas, and a summary. */
export function NeedsForm({ planId, version, needs, summary }: { planId: string; version: number; needs: TNeeds; summary: string | null }) {
  const t = useT();
  const router = useRouter();
  const { toast } = useToast();
  const form = useForm<TNeedsAssessment>({
    resolver: zodResolver(ZNeedsAssessment) as never,
    defaultValues: { planId, version, needs: Object.fromEntries(PLAN_AREAS.map((a) => [a, { level: needs[a].level, note: needs[a].note ?? "" }])) as TNeedsAssessment["needs"], summary: summary ?? "" },
  });
  const { submit, formError, fieldError } = useActionForm(form, (v) => saveNeedsAction({ ...v, planId }));
  const onSubmit = submit((data) => {
    form.reset({ ...form.getValues(), version: data.version });
    toast({ variant: "success", title: t("integration.plan.needsSaved") });
    router.refresh();
  });
  return (
    <form onSubmit={onSubmit} noValidate className="flex flex-col gap-5">
      <FormAlert message={formError} />
      <div className="grid gap-5 lg:grid-cols-2">
        {PLAN_AREAS.map((area) => (
          <fieldset key={area} className="flex flex-col gap-3 rounded border border-line p-4" data-area={area}>
            <legend className="px-1 text-lg font-bold">{t(`integration.areas.${area}`)}</legend>
            <RadioGroup
              legend={t("integration.plan.needLevel")}
              name={`needs.${area}.level`}
              inline
              error={fieldError(`needs.${area}.level`)}
              options={NEED_LEVELS.map((l) => ({ value: l, label: t(`integration.needLevels.${l}`) }))}
              inputProps={form.register(`needs.${area}.level`)}
            />
            <TextAreaField label={t("integration.plan.needNote")} optional rows={2} maxLength={1000} error={fieldError(`needs.${area}.note`)} {...form.register(`needs.${area}.note`)} />
          </fieldset>
        ))}
      </div>
      <TextAreaField label={t("integration.plan.summary")} optional rows={3} maxLength={2000} error={fieldError("summary")} {...form.register("summary")} />
      <input type="hidden" {...form.register("version", { valueAsNumber: true })} />
      <div>
        <Button type="submit" loading={form.formState.isSubmitting}>
          {t("integration.plan.saveNeeds")}
        </Button>
      </div>
    </form>
  );
}
