"use client";
import { useFieldArray } from "react-hook-form";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/field";
import { OccupationCombobox } from "@/components/reference/occupation-combobox";
import { ZOccupationsSection } from "@/lib/schemas/candidate";
import { saveOccupationsAction } from "@/lib/server/actions/candidate-profile";
import { MAX_OCCUPATIONS } from "@/lib/domain/candidate/options";
import { useI18n } from "@/lib/i18n/client";
import { formatNumber } from "@/lib/i18n/format";
import { ProfileSection } from "./profile-section";
import { useSectionForm } from "./use-section-form";

export type OccupationsInitial = { nocCode: string; title: string; unitGroupTitle: string | null; years: number }[];

// groupTitle is only shown (the server reads the unit group from the code).
type Row = { nocCode: string; title: string; years: string; groupTitle: string };
type Values = { version: number; occupations: Row[] };

/** Occupations: a job title typed in French or English, the NOC 2021 unit group picked among suggestions, years of experience. */
export function OccupationsSection({ initial, version }: { initial: OccupationsInitial; version: number }) {
  const { t, locale } = useI18n();
  const emptyRow: Row = { nocCode: "", title: "", years: "", groupTitle: "" };
  const { form, onSubmit, formError, fieldError, status } = useSectionForm<Values>(
    ZOccupationsSection as never,
    { version, occupations: initial.length ? initial.map((o) => ({ nocCode: o.nocCode, title: o.title, groupTitle: o.unitGroupTitle ?? "", years: formatNumber(locale, o.years, { maximumFractionDigits: 1, useGrouping: false }) })) : [emptyRow] },
    // A row left empty is not an occupation: it is dropped rather than reported.
    (v) => saveOccupationsAction({ ...v, occupations: v.occupations.filter((o) => o.nocCode || o.years.trim()).map(({ nocCode, title, years }) => ({ nocCode, title, years })) }),
  );
  const rows = useFieldArray({ control: form.control, name: "occupations" });
  const values = form.watch("occupations");
  return (
    <ProfileSection section="occupations" onSubmit={onSubmit} submitting={form.formState.isSubmitting} dirty={form.formState.isDirty} status={status} formError={formError}>
      {fieldError("occupations") && <p className="font-semibold text-danger-600">{fieldError("occupations")}</p>}
      <p className="text-sm text-ink-muted">{t("reference.occupation.hint")}</p>
      <ol className="flex flex-col gap-4">
        {rows.fields.map((field, i) => {
          const v = values[i];
          return (
            <li key={field.id} className="grid gap-3 rounded border border-line bg-surface/40 p-3 sm:grid-cols-[minmax(0,1fr)_11rem_auto] sm:items-start" data-testid="occupation-row">
              <div className="flex flex-col gap-1">
                <OccupationCombobox
                  label={t("candidate.fields.occupation", { n: i + 1 })}
                  hint={null}
                  value={v?.nocCode ? { code: v.nocCode, title: v.title || v.nocCode, groupTitle: v.groupTitle } : null}
                  onChange={(o) => {
                    form.setValue(`occupations.${i}.nocCode`, o?.code ?? "", { shouldDirty: true, shouldValidate: form.formState.isSubmitted });
                    form.setValue(`occupations.${i}.title`, o?.title ?? "", { shouldDirty: true });
                    form.setValue(`occupations.${i}.groupTitle`, o?.groupTitle ?? "");
                  }}
                  error={fieldError(`occupations.${i}.nocCode`) ?? fieldError(`occupations.${i}.title`)}
                />
                {v?.nocCode && (
                  <p className="text-sm text-ink-muted" data-testid="occupation-group">
                    {v.groupTitle ? t("reference.occupation.group", { code: v.nocCode, title: v.groupTitle }) : t("candidate.card.noc", { code: v.nocCode })}
                  </p>
                )}
              </div>
              <TextField
                label={t("candidate.fields.years")}
                inputMode="decimal"
                autoComplete="off"
                error={fieldError(`occupations.${i}.years`)}
                {...form.register(`occupations.${i}.years`)}
              />
              <div className="sm:pt-7">
                <Button variant="ghost" size="sm" onClick={() => rows.remove(i)} aria-label={t("candidate.fields.removeOccupation", { n: i + 1 })}>
                  {t("common.actions.remove")}
                </Button>
              </div>
            </li>
          );
        })}
      </ol>
      {rows.fields.length < MAX_OCCUPATIONS ? (
        <div>
          <Button variant="secondary" onClick={() => rows.append(emptyRow)}>
            {t("candidate.fields.addOccupation")}
          </Button>
        </div>
      ) : (
        <p className="text-sm text-ink-muted">{t("candidate.fields.maxOccupations", { max: MAX_OCCUPATIONS })}</p>
      )}
    </ProfileSection>
  );
}
