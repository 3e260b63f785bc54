"use client";
import { Controller } from "react-hook-form";
import { SkillsInput } from "@/components/reference/skills-input";
import { ZSkillsSection } from "@/lib/schemas/candidate";
import { saveSkillsAction } from "@/lib/server/actions/candidate-profile";
import { MAX_SKILLS } from "@/lib/domain/candidate/options";
import { findSkillEntry } from "@/lib/domain/skills-vocabulary";
import { useI18n } from "@/lib/i18n/client";
import { ProfileSection } from "./profile-section";
import { useSectionForm } from "./use-section-form";

type Values = { version: number; skills: string[] };

export function SkillsSection({ initial, version }: { initial: string[]; version: number }) {
  const { t, locale } = useI18n();
  // A skill of the vocabulary is shown in the reader's language (same skill key, so saving changes nothing that matters).
  const skills = initial.map((label) => findSkillEntry(label)?.[locale] ?? label);
  const { form, onSubmit, formError, fieldError, status } = useSectionForm<Values>(ZSkillsSection as never, { version, skills }, saveSkillsAction);
  const skillsError = fieldError("skills") ?? Object.keys(form.formState.errors.skills ?? {}).map((k) => fieldError(`skills.${Number(k)}`)).find(Boolean);
  return (
    <ProfileSection section="skills" onSubmit={onSubmit} submitting={form.formState.isSubmitting} dirty={form.formState.isDirty} status={status} formError={formError}>
      <Controller
        control={form.control}
        name="skills"
        render={({ field }) => <SkillsInput label={t("candidate.fields.skills")} value={field.value} onChange={field.onChange} onBlur={field.onBlur} error={skillsError} maxTags={MAX_SKILLS} />}
      />
    </ProfileSection>
  );
}
