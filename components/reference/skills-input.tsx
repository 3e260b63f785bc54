"use client";
import { useCallback } from "react";
import { TagsInput } from "@/components/ui/tags-input";
import type { LoadOptions } from "@/components/ui/combobox";
import type { ComboboxOption } from "@/components/ui/combobox-logic";
import { canonicalSkillKey } from "@/lib/domain/skills-vocabulary";
import { useI18n } from "@/lib/i18n/client";

export type SkillsInputProps = {
  label: string;
  hint?: string;
  error?: string | null;
  optional?: boolean;
  disabled?: boolean;
  id?: string;
  className?: string;
  /** The chosen skill labels. */
  value: readonly string[];
  onChange: (labels: string[]) => void;
  onBlur?: () => void;
  maxTags?: number;
};

/** One tag per skill: a label whose key is already chosen ("soudure" after "Soudage") is not added twice. */
function dedupeByKey(labels: readonly string[]): string[] {
  const seen = new Set<string>();
  return labels.filter((l) => {
    const k = canonicalSkillKey(l);
    if (!k || seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

/**
 * Skills as tags, with suggestions from GET /api/v1/skills (the bilingual vocabulary, OaSIS descriptors and labels
 * already in use), so that the same skill is not spelled ten ways. A skill that is not suggested can still be typed.
 */
export function SkillsInput({ label, hint, error, optional, disabled, id, className, value, onChange, onBlur, maxTags = 30 }: SkillsInputProps) {
  const { t, locale } = useI18n();
  const loadOptions: LoadOptions = useCallback(
    async (q, signal) => {
      const res = await fetch(`/api/v1/skills?${new URLSearchParams({ q, locale, limit: "8" })}`, { signal });
      if (!res.ok) throw new Error(`skills: ${res.status}`);
      const items = (await res.json()) as { key: string; label: string }[];
      return items.map((s) => ({ value: s.key, label: s.label }));
    },
    [locale],
  );
  const tags: ComboboxOption[] = value.map((l) => ({ value: canonicalSkillKey(l) || l, label: l }));
  return (
    <TagsInput
      label={label}
      labelText={label}
      hint={hint ?? t("reference.skills.hint")}
      error={error}
      optional={optional}
      disabled={disabled}
      id={id}
      className={className}
      placeholder={t("reference.skills.placeholder")}
      value={tags}
      onChange={(next) => onChange(dedupeByKey(next.map((o) => o.label)))}
      loadOptions={loadOptions}
      minChars={2}
      debounceMs={80}
      allowCustom
      maxTags={maxTags}
      onBlur={onBlur}
    />
  );
}
