"use client";
import { useCallback, useRef, type Ref } from "react";
import { Combobox, type LoadOptions } from "@/components/ui/combobox";
import { useI18n } from "@/lib/i18n/client";

/** A municipality from the directory, with what follows from it (region, inside or outside the CMM). */
export type MunicipalityValue = { code: string; name: string; regionCode: string; regionNameFr: string; regionNameEn: string; mrcName: string | null; inCmm: boolean };

export type MunicipalityComboboxProps = {
  label: string;
  hint?: string;
  error?: string | null;
  required?: boolean;
  optional?: boolean;
  disabled?: boolean;
  id?: string;
  className?: string;
  value: MunicipalityValue | null;
  onChange: (value: MunicipalityValue | null) => void;
  onBlur?: () => void;
  inputRef?: Ref<HTMLInputElement>;
};

/**
 * Type a municipality's name (accents and hyphens optional: "trois riv", "val dor") and pick it from
 * GET /api/v1/municipalities. Each suggestion shows its region and whether it is in the Montréal metropolitan
 * community; once chosen, the region and CMM status are shown under the field (they are never typed).
 */
export function MunicipalityCombobox({ label, hint, error, required, optional, disabled, id, className, value, onChange, onBlur, inputRef }: MunicipalityComboboxProps) {
  const { t, locale } = useI18n();
  const seen = useRef(new Map<string, MunicipalityValue>());
  const regionName = useCallback((m: MunicipalityValue) => (locale === "en" ? m.regionNameEn : m.regionNameFr), [locale]);
  const cmm = useCallback((m: MunicipalityValue) => t(m.inCmm ? "employer.cmm.inside" : "employer.cmm.outside"), [t]);
  const loadOptions: LoadOptions = useCallback(
    async (q, signal) => {
      const res = await fetch(`/api/v1/municipalities?${new URLSearchParams({ q, limit: "10" })}`, { signal });
      if (!res.ok) throw new Error(`municipalities: ${res.status}`);
      const items = (await res.json()) as MunicipalityValue[];
      for (const m of items) seen.current.set(m.code, m);
      return items.map((m) => ({ value: m.code, label: m.name, description: t("employer.municipality.option", { region: regionName(m), cmm: cmm(m) }) }));
    },
    [t, regionName, cmm],
  );
  return (
    <div className={className}>
      <Combobox
        label={label}
        hint={hint ?? t("employer.municipality.hint")}
        error={error}
        required={required}
        optional={optional}
        disabled={disabled}
        id={id}
        placeholder={t("employer.municipality.placeholder")}
        value={value ? { value: value.code, label: value.name } : null}
        onChange={(o) => onChange(o ? (seen.current.get(o.value) ?? (value?.code === o.value ? value : null)) : null)}
        loadOptions={loadOptions}
        minChars={2}
        debounceMs={80}
        onBlur={onBlur}
        inputRef={inputRef}
      />
      <p className="mt-1 min-h-6 text-sm text-ink" aria-live="polite" data-testid="municipality-derived">
        {value ? t("employer.municipality.derived", { region: `${value.regionCode} ${regionName(value)}`, cmm: cmm(value) }) : null}
      </p>
    </div>
  );
}
