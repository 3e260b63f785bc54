"use client";
import { useCallback, type Ref } from "react";
import { Combobox, type LoadOptions } from "@/components/ui/combobox";
import { useI18n } from "@/lib/i18n/client";

/** A chosen occupation: the NOC 2021 unit group and the job title the person picked (or the group's title). */
export type OccupationValue = { code: string; title: string; /** The unit group's title, when known. */ groupTitle?: string };

type Suggestion = { code: string; title: string; matchedTitle: string };

export type OccupationComboboxProps = {
  label: string;
  /** Defaults to how to use the field; null for none (e.g. when the form explains it once for several rows). */
  hint?: string | null;
  error?: string | null;
  required?: boolean;
  disabled?: boolean;
  id?: string;
  className?: string;
  value: OccupationValue | null;
  onChange: (value: OccupationValue | null) => void;
  onBlur?: () => void;
  inputRef?: Ref<HTMLInputElement>;
};

/**
 * Type a job title in French or English ("soudeuse", "welder", "préposé aux bénéficiaires") or a NOC code, and pick
 * a suggestion from GET /api/v1/occupations. Each suggestion shows the title that matched and, below, its unit group.
 */
export function OccupationCombobox({ label, hint, error, required, disabled, id, className, value, onChange, onBlur, inputRef }: OccupationComboboxProps) {
  const { t, locale } = useI18n();
  const loadOptions: LoadOptions = useCallback(
    async (q, signal) => {
      const res = await fetch(`/api/v1/occupations?${new URLSearchParams({ q, locale, limit: "10" })}`, { signal });
      if (!res.ok) throw new Error(`occupations: ${res.status}`);
      const items = (await res.json()) as Suggestion[];
      return items.map((s) => ({ value: `${s.code}\u0000${s.title}`, label: s.matchedTitle, description: t("reference.occupation.group", { code: s.code, title: s.title }) }));
    },
    [locale, t],
  );
  return (
    <Combobox
      label={label}
      hint={hint === null ? undefined : (hint ?? t("reference.occupation.hint"))}
      error={error}
      required={required}
      disabled={disabled}
      id={id}
      className={className}
      placeholder={t("reference.occupation.placeholder")}
      value={value ? { value: `${value.code}\u0000${value.groupTitle ?? ""}`, label: value.title } : null}
      onChange={(o) => {
        if (!o) return onChange(null);
        // The option's value carries the code and the unit group's title (one suggestion per unit group).
        const [code = "", groupTitle] = o.value.split("\u0000");
        onChange({ code, title: o.label, ...(groupTitle ? { groupTitle } : {}) });
      }}
      loadOptions={loadOptions}
      minChars={2}
      debounceMs={80}
      onBlur={onBlur}
      inputRef={inputRef}
    />
  );
}
