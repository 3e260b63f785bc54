"use client";
import type { UseFormReturn } from "react-hook-form";
import { TextAreaField, TextField } from "@/components/ui/field";
import { RadioGroup } from "@/components/ui/radio-group";
import { SelectField } from "@/components/ui/select";
import { TASK_OWNERS } from "@/lib/domain/integration/areas";
import { useT } from "@/lib/i18n/client";

export type PartnerOption = { id: string; name: string; kind: string; isDemo: boolean };

type TaskFieldValues = { owner: string; partnerId?: string | null; dueOn?: string | null; notes?: string | null };

/** Owner, partner (for a partner's task), due date and notes: shared by the add and edit forms of a task. */
export function TaskOwnerFields<V extends TaskFieldValues>({
  form,
  owner,
  partners,
  fieldError,
  minDue,
  idPrefix,
}: {
  form: UseFormReturn<V>;
  owner: string;
  partners: readonly PartnerOption[];
  fieldError: (name: never) => string | undefined;
  minDue: string;
  idPrefix: string;
}) {
  const t = useT();
  const f = form as unknown as UseFormReturn<TaskFieldValues>;
  const err = fieldError as (name: string) => string | undefined;
  return (
    <>
      <RadioGroup
        legend={t("integration.plan.owner")}
        name="owner"
        required
        inline
        id={`${idPrefix}-owner`}
        error={err("owner")}
        options={TASK_OWNERS.map((o) => ({ value: o, label: t(`integration.owners.${o}`) }))}
        inputProps={f.register("owner", { onChange: (e: { target: { value: string } }) => e.target.value !== "PARTNER" && f.setValue("partnerId", "") })}
      />
      {owner === "PARTNER" &&
        (partners.length ? (
          <SelectField
            label={t("integration.plan.partner")}
            hint={t("integration.plan.partnerHint")}
            required
            placeholder
            id={`${idPrefix}-partner`}
            error={err("partnerId")}
            options={partners.map((p) => ({ value: p.id, label: `${p.name} · ${t(`integration.partnerKinds.${p.kind}`)}${p.isDemo ? ` (${t("integration.plan.example")})` : ""}` }))}
            {...f.register("partnerId")}
          />
        ) : (
          <p className="text-sm text-danger-700">{t("integration.plan.noPartner")}</p>
        ))}
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField type="date" label={t("integration.plan.dueOn")} optional min={minDue} id={`${idPrefix}-due`} error={err("dueOn")} {...f.register("dueOn")} />
      </div>
      <TextAreaField label={t("integration.plan.notes")} optional rows={2} maxLength={2000} id={`${idPrefix}-notes`} error={err("notes")} {...f.register("notes")} />
    </>
  );
}
