"use client";
import { TextField } from "@/components/ui/field";
import { SelectField } from "@/components/ui/select";
import { RadioGroup } from "@/components/ui/radio-group";
import { ZLocationSection } from "@/lib/schemas/candidate";
import { saveLocationAction } from "@/lib/server/actions/candidate-profile";
import { IMMIGRATION_STATUSES } from "@/lib/domain/candidate/options";
import { useI18n } from "@/lib/i18n/client";
import { ProfileSection } from "./profile-section";
import type { CountryOption } from "./identity-section";
import { useSectionForm } from "./use-section-form";

export type LocationInitial = { inQuebec: boolean | null; countryOfResidence: string | null; cityOfResidence: string | null; immigrationStatus: string | null };

type Values = { version: number; inQuebec: "yes" | "no" | ""; countryOfResidence: string; cityOfResidence: string; immigrationStatus: string };

const yesNo = (v: boolean | null): "yes" | "no" | "" => (v === true ? "yes" : v === false ? "no" : "");

/** Where the person lives now; the immigration situation is optional and sensitive. */
export function LocationSection({ initial, version, countries }: { initial: LocationInitial; version: number; countries: readonly CountryOption[] }) {
  const { t } = useI18n();
  const { form, onSubmit, formError, fieldError, status } = useSectionForm<Values>(
    ZLocationSection as never,
    { version, inQuebec: yesNo(initial.inQuebec), countryOfResidence: initial.countryOfResidence ?? "", cityOfResidence: initial.cityOfResidence ?? "", immigrationStatus: initial.immigrationStatus ?? "" },
    saveLocationAction,
  );
  const inQuebec = form.watch("inQuebec");
  return (
    <ProfileSection section="location" onSubmit={onSubmit} submitting={form.formState.isSubmitting} dirty={form.formState.isDirty} status={status} formError={formError} privateNote>
      <RadioGroup
        legend={t("candidate.fields.inQuebec")}
        name="inQuebec"
        value={inQuebec}
        onValueChange={(v) => {
          form.setValue("inQuebec", v as Values["inQuebec"], { shouldDirty: true });
          if (v === "yes") form.setValue("countryOfResidence", "CA", { shouldDirty: true });
        }}
        options={[
          { value: "yes", label: t("candidate.fields.inQuebecYes") },
          { value: "no", label: t("candidate.fields.inQuebecNo") },
        ]}
        error={fieldError("inQuebec")}
      />
      <div className="grid gap-4 sm:grid-cols-2">
        <SelectField label={t("candidate.fields.countryOfResidence")} placeholder={t("candidate.fields.notSpecified")} options={countries} error={fieldError("countryOfResidence")} {...form.register("countryOfResidence")} />
        <TextField label={t("candidate.fields.cityOfResidence")} optional autoComplete="address-level2" error={fieldError("cityOfResidence")} {...form.register("cityOfResidence")} />
      </div>
      <SelectField
        label={t("candidate.fields.immigrationStatus")}
        optional
        hint={t("candidate.fields.immigrationStatusHint")}
        placeholder={t("candidate.fields.preferNotToSay")}
        options={IMMIGRATION_STATUSES.map((s) => ({ value: s, label: t(`candidate.options.immigrationStatus.${s}`) }))}
        error={fieldError("immigrationStatus")}
        {...form.register("immigrationStatus")}
      />
    </ProfileSection>
  );
}
