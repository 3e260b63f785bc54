"use client";
import { Controller } from "react-hook-form";
import { TextField, Fieldset } from "@/components/ui/field";
import { Checkbox } from "@/components/ui/checkbox";
import { ZAvailabilitySection, todayInQuebec } from "@/lib/schemas/candidate";
import { saveAvailabilityAction } from "@/lib/server/actions/candidate-profile";
import { WORK_TYPES } from "@/lib/domain/candidate/options";
import { useI18n } from "@/lib/i18n/client";
import { ProfileSection } from "./profile-section";
import { useSectionForm } from "./use-section-form";

export type AvailabilityInitial = { availableFrom: string | null; workTypes: string[] };

type Values = { version: number; availableFrom: string; workTypes: string[] };

/** From when the person can start, and the kinds of work accepted. */
export function AvailabilitySection({ initial, version }: { initial: AvailabilityInitial; version: number }) {
  const { t } = useI18n();
  const today = todayInQuebec();
  // A date already past means "available now": it is shown as today, the earliest date a save accepts.
  const from = initial.availableFrom && initial.availableFrom < today ? today : (initial.availableFrom ?? "");
  const { form, onSubmit, formError, fieldError, status } = useSectionForm<Values>(ZAvailabilitySection as never, { version, availableFrom: from, workTypes: initial.workTypes }, saveAvailabilityAction);
  return (
    <ProfileSection section="availability" onSubmit={onSubmit} submitting={form.formState.isSubmitting} dirty={form.formState.isDirty} status={status} formError={formError}>
      <TextField label={t("candidate.fields.availableFrom")} hint={t("candidate.fields.availableFromHint")} type="date" min={today} error={fieldError("availableFrom")} {...form.register("availableFrom")} />
      <Controller
        control={form.control}
        name="workTypes"
        render={({ field }) => (
          <Fieldset legend={t("candidate.fields.workTypes")} hint={t("candidate.fields.workTypesHint")} error={fieldError("workTypes")}>
            {WORK_TYPES.map((w) => (
              <Checkbox
                key={w}
                label={t(`candidate.options.workType.${w}`)}
                checked={field.value.includes(w)}
                onChange={(e) => field.onChange(e.target.checked ? [...field.value, w] : field.value.filter((x) => x !== w))}
                onBlur={field.onBlur}
              />
            ))}
          </Fieldset>
        )}
      />
    </ProfileSection>
  );
}
