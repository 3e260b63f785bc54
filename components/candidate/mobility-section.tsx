"use client";
import { Controller } from "react-hook-form";
import { Checkbox } from "@/components/ui/checkbox";
import { RadioGroup } from "@/components/ui/radio-group";
import { RegionsMap, type RegionsMapShapes } from "@/components/reference/regions-map";
import { ZMobilitySection } from "@/lib/schemas/candidate";
import { saveMobilityAction } from "@/lib/server/actions/candidate-profile";
import { useI18n } from "@/lib/i18n/client";
import { ProfileSection } from "./profile-section";
import { useSectionForm } from "./use-section-form";

export type MobilityInitial = { preferredRegionCodes: string[]; openToAnyRegionOutsideCmm: boolean; familyComing: boolean | null; needsHousingHelp: boolean | null; hasDrivingLicence: boolean | null };

type YesNo = "yes" | "no" | "";
type Values = { version: number; preferredRegionCodes: string[]; openToAnyRegionOutsideCmm: boolean; familyComing: YesNo; needsHousingHelp: YesNo; hasDrivingLicence: YesNo };

const yesNo = (v: boolean | null): YesNo => (v === true ? "yes" : v === false ? "no" : "");

/** Where the person would like to live (map of the 17 regions, or any region outside the Montréal area) and what matters for settling. */
export function MobilitySection({ initial, version, map }: { initial: MobilityInitial; version: number; map: RegionsMapShapes }) {
  const { t } = useI18n();
  const { form, onSubmit, formError, fieldError, status } = useSectionForm<Values>(
    ZMobilitySection as never,
    {
      version,
      preferredRegionCodes: initial.preferredRegionCodes,
      openToAnyRegionOutsideCmm: initial.openToAnyRegionOutsideCmm,
      familyComing: yesNo(initial.familyComing),
      needsHousingHelp: yesNo(initial.needsHousingHelp),
      hasDrivingLicence: yesNo(initial.hasDrivingLicence),
    },
    saveMobilityAction,
  );
  const regionError = fieldError("preferredRegionCodes") ?? Object.keys(form.formState.errors.preferredRegionCodes ?? {}).map((k) => fieldError(`preferredRegionCodes.${Number(k)}`)).find(Boolean);
  const question = (name: "familyComing" | "needsHousingHelp" | "hasDrivingLicence") => (
    <RadioGroup
      legend={t(`candidate.fields.${name}`)}
      name={name}
      inline
      value={form.watch(name)}
      onValueChange={(v) => form.setValue(name, v as YesNo, { shouldDirty: true })}
      options={[
        { value: "yes", label: t("candidate.fields.yes") },
        { value: "no", label: t("candidate.fields.no") },
      ]}
      error={fieldError(name)}
    />
  );
  return (
    <ProfileSection section="mobility" onSubmit={onSubmit} submitting={form.formState.isSubmitting} dirty={form.formState.isDirty} status={status} formError={formError}>
      <Controller
        control={form.control}
        name="preferredRegionCodes"
        render={({ field }) => (
          <RegionsMap mode="select" map={map} legend={t("candidate.fields.preferredRegions")} hint={t("candidate.fields.preferredRegionsHint")} selected={field.value} onChange={field.onChange} error={regionError} />
        )}
      />
      <Controller
        control={form.control}
        name="openToAnyRegionOutsideCmm"
        render={({ field }) => (
          <Checkbox
            label={t("candidate.fields.openToAnyRegion")}
            hint={t("candidate.fields.openToAnyRegionHint")}
            error={fieldError("openToAnyRegionOutsideCmm")}
            checked={field.value}
            onChange={(e) => field.onChange(e.target.checked)}
            onBlur={field.onBlur}
          />
        )}
      />
      <div className="flex flex-col gap-4 border-t border-line pt-4">
        <h3 className="text-lg font-semibold">{t("candidate.fields.settlingTitle")}</h3>
        {question("familyComing")}
        {question("needsHousingHelp")}
        {question("hasDrivingLicence")}
      </div>
    </ProfileSection>
  );
}
