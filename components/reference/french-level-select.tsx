"use client";
import { SelectField } from "@/components/ui/select";
import { useI18n } from "@/lib/i18n/client";

/** One level with its stage names, from the Échelle québécoise reference file (lib/server/reference-files.ts). */
export type LanguageLevelOption = { level: number; stage: 1 | 2 | 3; stageNameFr: string; stageNameEn: string };

export type FrenchLevelSelectProps = {
  label: string;
  /** "echelle": Échelle québécoise (French); "clb": Canadian Language Benchmarks (English). Same 12 levels, 3 stages. */
  scale?: "echelle" | "clb";
  levels: readonly LanguageLevelOption[];
  value: number | null;
  onChange: (level: number | null) => void;
  onBlur?: () => void;
  error?: string | null;
  optional?: boolean;
  required?: boolean;
  id?: string;
  name?: string;
  className?: string;
  /** The explanation shown while no level is chosen (default: addressed to the candidate describing themself). */
  emptyHint?: string;
};

/**
 * A level from 1 to 12, grouped by stage (débutant 1-4, intermédiaire 5-8, avancé 9-12), with what the chosen level
 * means in plain words under the field (read by screen readers as the field's description).
 */
export function FrenchLevelSelect({ label, scale = "echelle", levels, value, onChange, onBlur, error, optional, required, id, name, className, emptyHint }: FrenchLevelSelectProps) {
  const { t, locale } = useI18n();
  const stages = [1, 2, 3] as const;
  const explain = value ? t(`reference.languageLevel.explain.${value}`) : (emptyHint ?? t(`reference.languageLevel.choose.${scale}`));
  return (
    <SelectField
      label={label}
      hint={
        <span data-testid="level-explanation">
          {value ? <strong className="font-semibold">{t(`reference.languageLevel.stageOf.${levels.find((l) => l.level === value)?.stage ?? 1}`)} · </strong> : null}
          {explain}
        </span>
      }
      error={error}
      optional={optional}
      required={required}
      id={id}
      name={name}
      containerClassName={className}
      placeholder={t("reference.languageLevel.notSpecified")}
      value={value === null ? "" : String(value)}
      onChange={(e) => onChange(e.target.value === "" ? null : Number(e.target.value))}
      onBlur={onBlur}
    >
      {stages.map((s) => {
        const inStage = levels.filter((l) => l.stage === s);
        const first = inStage[0];
        if (!first) return null;
        return (
          <optgroup key={s} label={locale === "fr" ? first.stageNameFr : first.stageNameEn}>
            {inStage.map((l) => (
              <option key={l.level} value={l.level}>
                {t(`reference.languageLevel.option.${scale}`, { level: l.level, short: t(`reference.languageLevel.short.${l.level}`) })}
              </option>
            ))}
          </optgroup>
        );
      })}
    </SelectField>
  );
}
