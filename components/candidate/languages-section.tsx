"use client";
import { Controller } from "react-hook-form";
import { TextField } from "@/components/ui/field";
import { FrenchLevelSelect, type LanguageLevelOption } from "@/components/reference/french-level-select";
import { ZLanguagesSection } from "@/lib/schemas/candidate";
import { saveLanguagesAction } from "@/lib/server/actions/candidate-profile";
import { LANGUAGE_TEST_SUGGESTIONS } from "@/lib/domain/candidate/options";
import { useI18n } from "@/lib/i18n/client";
import { ProfileSection } from "./profile-section";
import { useSectionForm } from "./use-section-form";

export type LanguagesInitial = { frenchOral: number | null; frenchWritten: number | null; englishLevel: number | null; languageTestName: string | null; languageTestDate: string | null };

type Values = { version: number; frenchOral: number | null; frenchWritten: number | null; englishLevel: number | null; languageTestName: string; languageTestDate: string };

/** French on the Échelle québécoise (oral and written), English on the CLB, and an optional test. */
export function LanguagesSection({ initial, version, levels }: { initial: LanguagesInitial; version: number; levels: readonly LanguageLevelOption[] }) {
  const { t } = useI18n();
  const { form, onSubmit, formError, fieldError, status } = useSectionForm<Values>(
    ZLanguagesSection as never,
    { version, frenchOral: initial.frenchOral, frenchWritten: initial.frenchWritten, englishLevel: initial.englishLevel, languageTestName: initial.languageTestName ?? "", languageTestDate: initial.languageTestDate ?? "" },
    saveLanguagesAction,
  );
  const level = (name: "frenchOral" | "frenchWritten" | "englishLevel", label: string, scale: "echelle" | "clb") => (
    <Controller
      control={form.control}
      name={name}
      render={({ field }) => <FrenchLevelSelect label={label} scale={scale} levels={levels} value={field.value} onChange={field.onChange} onBlur={field.onBlur} error={fieldError(name)} />}
    />
  );
  return (
    <ProfileSection section="languages" onSubmit={onSubmit} submitting={form.formState.isSubmitting} dirty={form.formState.isDirty} status={status} formError={formError}>
      <div className="grid gap-4 md:grid-cols-2">
        {level("frenchOral", t("candidate.fields.frenchOral"), "echelle")}
        {level("frenchWritten", t("candidate.fields.frenchWritten"), "echelle")}
      </div>
      {level("englishLevel", t("candidate.fields.englishLevel"), "clb")}
      <p className="text-sm text-ink-muted">{t("reference.languageLevel.caveat")}</p>
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField
          label={t("candidate.fields.languageTestName")}
          optional
          hint={t("candidate.fields.languageTestNameHint")}
          list="language-tests"
          autoComplete="off"
          error={fieldError("languageTestName")}
          {...form.register("languageTestName")}
        />
        <datalist id="language-tests">
          {LANGUAGE_TEST_SUGGESTIONS.map((x) => (
            <option key={x} value={x} />
          ))}
        </datalist>
        <TextField label={t("candidate.fields.languageTestDate")} optional type="date" error={fieldError("languageTestDate")} {...form.register("languageTestDate")} />
      </div>
    </ProfileSection>
  );
}
