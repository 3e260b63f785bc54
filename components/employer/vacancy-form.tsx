"use client";
import { useMemo, useRef, useState, type ReactNode } from "react";
import { useRouter } from "next/navigation";
import { Controller, useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { EMPLOYMENT_TYPES, LMIA_STATUSES, SETTLEMENT_OFFERS, makeUpdateVacancySchema, makeVacancyInputSchema, type TVacancyFormValues } from "@/lib/schemas/vacancy";
import { EDUCATION_LEVELS } from "@/lib/domain/education";
import { createVacancyAction, updateVacancyAction } from "@/lib/server/actions/vacancy";
import type { ActionResult } from "@/lib/server/actions/safe-action";
import { TextAreaField, TextField, Fieldset } from "@/components/ui/field";
import { SelectField } from "@/components/ui/select";
import { RadioGroup } from "@/components/ui/radio-group";
import { Checkbox } from "@/components/ui/checkbox";
import { Button } from "@/components/ui/button";
import { Alert } from "@/components/ui/alert";
import { useToast } from "@/components/ui/toast";
import { FormAlert } from "@/components/forms/form-alert";
import { useActionForm } from "@/components/forms/use-action-form";
import { newSubmissionId } from "@/components/forms/submission-id";
import { MunicipalityCombobox, type MunicipalityValue } from "@/components/reference/municipality-combobox";
import { OccupationCombobox, type OccupationValue } from "@/components/reference/occupation-combobox";
import { SkillsInput } from "@/components/reference/skills-input";
import { FrenchLevelSelect, type LanguageLevelOption } from "@/components/reference/french-level-select";
import { useI18n } from "@/lib/i18n/client";
import { formatMoney } from "@/lib/i18n/format";

type FormValues = TVacancyFormValues & { id?: string; version?: number };

export type VacancyFormProps = {
  mode: "create" | "edit";
  /** What the form starts with (numbers as the person would type them in this locale). */
  initial: FormValues;
  municipality: MunicipalityValue | null;
  occupation: OccupationValue | null;
  minHourlyWageCents: number;
  languageLevels: readonly LanguageLevelOption[];
  /** The organisation is verified (publishing is possible). */
  canPublish: boolean;
  /** In edit mode: the vacancy is a draft (so "save and publish" is offered). */
  isDraft?: boolean;
  /** In edit mode: false for a filled vacancy (read-only). */
  editable?: boolean;
};

function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <section className="flex flex-col gap-5 border-t border-line pt-6 first:border-t-0 first:pt-0">
      <h2 className="text-xl font-bold">{title}</h2>
      {children}
    </section>
  );
}

/**
 * The vacancy form: react-hook-form with the same zod schema as the server action (built with the configured
 * minimum wage). Server field errors go back on their fields; a conflict (someone saved first) says so and offers
 * to reload the latest version.
 */
export function VacancyForm({ mode, initial, municipality: initialMunicipality, occupation: initialOccupation, minHourlyWageCents, languageLevels, canPublish, isDraft = true, editable = true }: VacancyFormProps) {
  const { t, locale } = useI18n();
  const router = useRouter();
  const { toast } = useToast();
  const schema = useMemo(
    () => (mode === "create" ? makeVacancyInputSchema({ minHourlyWageCents }) : makeUpdateVacancySchema({ minHourlyWageCents })),
    [mode, minHourlyWageCents],
  );
  const form = useForm<FormValues>({ resolver: zodResolver(schema) as never, defaultValues: initial });
  const [municipality, setMunicipality] = useState(initialMunicipality);
  const [occupation, setOccupation] = useState(initialOccupation);
  const [conflict, setConflict] = useState(false);
  // Which submit button was pressed: a ref for the action (read when it runs), a state for the buttons' spinners.
  const publish = useRef(false);
  const [intent, setIntent] = useState<"draft" | "publish">("draft");
  // One id for this creation, whatever the number of clicks or retries: the server creates one vacancy for it.
  const [submissionId] = useState(newSubmissionId);
  const choose = (next: "draft" | "publish") => {
    publish.current = next === "publish";
    setIntent(next);
  };

  const run = async (v: FormValues): Promise<ActionResult<{ id: string; version: number; status: string }>> => {
    const payload = { ...v, publish: publish.current };
    const r = mode === "create" ? await createVacancyAction({ ...payload, submissionId }) : await updateVacancyAction(payload);
    setConflict(!r.ok && r.error.code === "CONFLICT");
    return r;
  };
  const { submit, formError, fieldError } = useActionForm(form, run);
  const onSubmit = submit((data) => {
    const published = data.status === "PUBLISHED" && (mode === "create" || isDraft);
    if (mode === "create") {
      toast({ variant: "success", title: t(published ? "vacancy.form.createdPublished" : "vacancy.form.created") });
      router.push(`/employeur/postes/${data.id}`);
      return;
    }
    form.reset({ ...form.getValues(), version: data.version });
    toast({ variant: "success", title: t(published ? "vacancy.actions.done.publish" : "vacancy.form.saved") });
    router.refresh();
  });

  const offerPublish = canPublish && (mode === "create" || isDraft);
  const submitting = form.formState.isSubmitting;

  return (
    <form onSubmit={onSubmit} noValidate className="flex flex-col gap-8" data-testid="vacancy-form">
      {!editable && (
        <Alert variant="info" live="off">
          {t("vacancy.form.filledReadOnly")}
        </Alert>
      )}
      <FormAlert message={formError} />
      {conflict && (
        <div>
          <Button variant="secondary" onClick={() => window.location.reload()}>
            {t("vacancy.form.conflictReload")}
          </Button>
        </div>
      )}
      <fieldset disabled={!editable} className="flex flex-col gap-8">
        <Section title={t("vacancy.form.sections.job")}>
          <TextField label={t("vacancy.form.title")} hint={t("vacancy.form.titleHint")} required maxLength={120} error={fieldError("title")} {...form.register("title")} />
          <Controller
            control={form.control}
            name="nocCode"
            render={({ field }) => (
              <OccupationCombobox
                label={t("vacancy.form.occupation")}
                hint={t("vacancy.form.occupationHint")}
                required
                disabled={!editable}
                error={fieldError("nocCode")}
                value={occupation}
                onChange={(o) => {
                  setOccupation(o);
                  field.onChange(o?.code ?? "");
                }}
                onBlur={field.onBlur}
                inputRef={field.ref}
              />
            )}
          />
          <TextAreaField label={t("vacancy.form.description")} hint={t("vacancy.form.descriptionHint")} required rows={8} maxLength={10_000} error={fieldError("description")} {...form.register("description")} />
          <TextField label={t("vacancy.form.externalRef")} hint={t("vacancy.form.externalRefHint")} optional maxLength={64} autoComplete="off" error={fieldError("externalRef")} {...form.register("externalRef")} containerClassName="max-w-sm" />
        </Section>

        <Section title={t("vacancy.form.sections.place")}>
          <Controller
            control={form.control}
            name="municipalityCode"
            render={({ field }) => (
              <MunicipalityCombobox
                label={t("vacancy.form.municipality")}
                required
                disabled={!editable}
                error={fieldError("municipalityCode")}
                value={municipality}
                onChange={(m) => {
                  setMunicipality(m);
                  field.onChange(m?.code ?? "");
                }}
                onBlur={field.onBlur}
                inputRef={field.ref}
              />
            )}
          />
        </Section>

        <Section title={t("vacancy.form.sections.conditions")}>
          <div className="grid gap-5 sm:grid-cols-2">
            <TextField label={t("vacancy.form.positions")} required inputMode="numeric" error={fieldError("positions")} {...form.register("positions")} />
            <TextField label={t("vacancy.form.hoursPerWeek")} required inputMode="decimal" error={fieldError("hoursPerWeek")} {...form.register("hoursPerWeek")} />
          </div>
          <RadioGroup
            legend={t("vacancy.form.employmentType")}
            required
            inline
            name="employmentType"
            error={fieldError("employmentType")}
            options={EMPLOYMENT_TYPES.map((v) => ({ value: v, label: t(`vacancy.employmentTypes.${v}`) }))}
            inputProps={form.register("employmentType")}
          />
          <div className="grid gap-5 sm:grid-cols-2">
            <TextField
              label={t("vacancy.form.wageMin")}
              hint={t("vacancy.form.wageHint", { min: formatMoney(locale, minHourlyWageCents) })}
              required
              inputMode="decimal"
              error={fieldError("wageMin")}
              {...form.register("wageMin")}
            />
            <TextField label={t("vacancy.form.wageMax")} hint={t("vacancy.form.wageMaxHint")} optional inputMode="decimal" error={fieldError("wageMax")} {...form.register("wageMax")} />
          </div>
          <TextField label={t("vacancy.form.startDate")} hint={t("vacancy.form.startDateHint")} optional type="date" error={fieldError("startDate")} {...form.register("startDate")} containerClassName="max-w-xs" />
        </Section>

        <Section title={t("vacancy.form.sections.requirements")}>
          <Controller
            control={form.control}
            name="requiredSkills"
            render={({ field }) => (
              <SkillsInput label={t("vacancy.form.requiredSkills")} hint={t("vacancy.form.skillsHint")} optional disabled={!editable} error={fieldError("requiredSkills")} value={field.value ?? []} onChange={field.onChange} onBlur={field.onBlur} />
            )}
          />
          <Controller
            control={form.control}
            name="assetSkills"
            render={({ field }) => (
              <SkillsInput label={t("vacancy.form.assetSkills")} hint={t("vacancy.form.skillsHint")} optional disabled={!editable} error={fieldError("assetSkills")} value={field.value ?? []} onChange={field.onChange} onBlur={field.onBlur} />
            )}
          />
          <div className="grid gap-5 md:grid-cols-2">
            <Controller
              control={form.control}
              name="minFrenchLevel"
              render={({ field }) => (
                <FrenchLevelSelect
                  label={t("vacancy.form.minFrenchLevel")}
                  levels={languageLevels}
                  emptyHint={t("vacancy.form.levelHint")}
                  optional
                  name={field.name}
                  error={fieldError("minFrenchLevel")}
                  value={field.value === null || field.value === undefined || field.value === "" ? null : Number(field.value)}
                  onChange={(level) => field.onChange(level === null ? "" : String(level))}
                  onBlur={field.onBlur}
                />
              )}
            />
            <Controller
              control={form.control}
              name="minEnglishLevel"
              render={({ field }) => (
                <FrenchLevelSelect
                  label={t("vacancy.form.minEnglishLevel")}
                  scale="clb"
                  levels={languageLevels}
                  emptyHint={t("vacancy.form.levelHint")}
                  optional
                  name={field.name}
                  error={fieldError("minEnglishLevel")}
                  value={field.value === null || field.value === undefined || field.value === "" ? null : Number(field.value)}
                  onChange={(level) => field.onChange(level === null ? "" : String(level))}
                  onBlur={field.onBlur}
                />
              )}
            />
          </div>
          <div className="grid gap-5 md:grid-cols-2">
            <TextField label={t("vacancy.form.minExperienceYears")} optional inputMode="decimal" error={fieldError("minExperienceYears")} {...form.register("minExperienceYears")} />
            <SelectField
              label={t("vacancy.form.minEducation")}
              optional
              placeholder={t("vacancy.form.noRequirement")}
              error={fieldError("minEducation")}
              options={EDUCATION_LEVELS.map((e) => ({ value: e, label: t(`vacancy.education.${e}`) }))}
              {...form.register("minEducation")}
            />
          </div>
        </Section>

        <Section title={t("vacancy.form.sections.settling")}>
          <Fieldset legend={t("vacancy.form.offersLegend")} hint={t("vacancy.form.offersHint")} optional>
            {SETTLEMENT_OFFERS.map((o) => (
              <Checkbox key={o} label={t(`vacancy.offers.${o}`)} {...form.register(o)} />
            ))}
          </Fieldset>
        </Section>

        <Section title={t("vacancy.form.sections.authorisation")}>
          <SelectField
            label={t("vacancy.form.lmiaStatus")}
            hint={t("vacancy.form.lmiaHint")}
            required
            error={fieldError("lmiaStatus")}
            options={LMIA_STATUSES.map((s) => ({ value: s, label: t(`vacancy.lmiaStatuses.${s}`) }))}
            {...form.register("lmiaStatus")}
            containerClassName="max-w-md"
          />
        </Section>
      </fieldset>

      {editable && (
        <div className="flex flex-col gap-3 border-t border-line pt-6">
          {!canPublish && <p className="text-ink-muted">{t("vacancy.form.publishNeedsVerification")}</p>}
          {/* The draft button comes first: pressing Enter in a field "clicks" the first submit button, and must never publish. */}
          <div className="flex flex-col gap-3 sm:flex-row sm:flex-wrap">
            <Button
              type="submit"
              variant={offerPublish ? "secondary" : "primary"}
              loading={submitting && intent === "draft"}
              disabled={submitting && intent === "publish"}
              onClick={() => choose("draft")}
            >
              {mode === "create" || isDraft ? t("vacancy.form.saveDraft") : t("vacancy.form.save")}
            </Button>
            {offerPublish && (
              <Button type="submit" loading={submitting && intent === "publish"} disabled={submitting && intent === "draft"} onClick={() => choose("publish")}>
                {t("vacancy.form.saveAndPublish")}
              </Button>
            )}
          </div>
        </div>
      )}
    </form>
  );
}
