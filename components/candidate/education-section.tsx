"use client";
import { TextField } from "@/components/ui/field";
import { SelectField } from "@/components/ui/select";
import { RadioGroup } from "@/components/ui/radio-group";
import { ZEducationSection } from "@/lib/schemas/candidate";
import { saveEducationAction } from "@/lib/server/actions/candidate-profile";
import { CREDENTIAL_STATUSES } from "@/lib/domain/candidate/options";
import { ALL_PROFESSIONAL_ORDERS_URL, regulatedOccupations } from "@/lib/domain/candidate/regulated-occupations";
import { EDUCATION_LEVELS } from "@/lib/domain/education";
import { useI18n } from "@/lib/i18n/client";
import { ProfileSection } from "./profile-section";
import type { CountryOption } from "./identity-section";
import { useSectionForm } from "./use-section-form";

export type EducationInitial = { education: string | null; educationField: string | null; educationCountry: string | null; credentialStatus: string | null };

type Values = { version: number; education: string; educationField: string; educationCountry: string; credentialStatus: string };

/** Highest level of education, field, country, and where the recognition of the credentials stands. */
export function EducationSection({ initial, version, occupations, countries }: { initial: EducationInitial; version: number; occupations: { nocCode: string; title: string }[]; countries: readonly CountryOption[] }) {
  const { t } = useI18n();
  const { form, onSubmit, formError, fieldError, status } = useSectionForm<Values>(
    ZEducationSection as never,
    { version, education: initial.education ?? "", educationField: initial.educationField ?? "", educationCountry: initial.educationCountry ?? "", credentialStatus: initial.credentialStatus ?? "" },
    saveEducationAction,
  );
  const regulated = regulatedOccupations(occupations.map((o) => o.nocCode));
  const titleOf = (code: string) => occupations.find((o) => o.nocCode === code)?.title ?? code;
  return (
    <ProfileSection section="education" onSubmit={onSubmit} submitting={form.formState.isSubmitting} dirty={form.formState.isDirty} status={status} formError={formError}>
      <SelectField
        label={t("candidate.fields.education")}
        placeholder={t("candidate.fields.notSpecified")}
        options={EDUCATION_LEVELS.map((l) => ({ value: l, label: t(`candidate.options.education.${l}`) }))}
        error={fieldError("education")}
        {...form.register("education")}
      />
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField label={t("candidate.fields.educationField")} optional hint={t("candidate.fields.educationFieldHint")} error={fieldError("educationField")} {...form.register("educationField")} />
        <SelectField label={t("candidate.fields.educationCountry")} optional placeholder={t("candidate.fields.notSpecified")} options={countries} error={fieldError("educationCountry")} {...form.register("educationCountry")} />
      </div>
      <RadioGroup
        legend={t("candidate.fields.credentialStatus")}
        hint={t("candidate.fields.credentialStatusHint")}
        name="credentialStatus"
        value={form.watch("credentialStatus")}
        onValueChange={(v) => form.setValue("credentialStatus", v, { shouldDirty: true })}
        options={CREDENTIAL_STATUSES.map((s) => ({ value: s, label: t(`candidate.options.credentialStatus.${s}`) }))}
        error={fieldError("credentialStatus")}
      />
      <div className="rounded border-s-4 border-brand-600 bg-brand-50 p-3 text-sm" data-testid="regulated-info">
        {regulated.length > 0 ? (
          <>
            <p className="font-semibold">{t("candidate.regulated.title")}</p>
            <ul className="mt-1 list-disc ps-5">
              {regulated.map((r) => (
                <li key={r.nocCode}>
                  {t("candidate.regulated.item", { title: titleOf(r.nocCode), code: r.nocCode })}{" "}
                  <a href={r.body.url} target="_blank" rel="noopener noreferrer">
                    {r.body.name}
                    <span className="sr-only"> {t("candidate.regulated.newWindow")}</span>
                  </a>
                </li>
              ))}
            </ul>
          </>
        ) : (
          <p>
            {t("candidate.regulated.none")}{" "}
            <a href={ALL_PROFESSIONAL_ORDERS_URL} target="_blank" rel="noopener noreferrer">
              {t("candidate.regulated.allOrders")}
              <span className="sr-only"> {t("candidate.regulated.newWindow")}</span>
            </a>
          </p>
        )}
      </div>
    </ProfileSection>
  );
}
