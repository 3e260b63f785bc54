"use client";
import { useState } from "react";
import { useRouter } from "next/navigation";
import { Controller, useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { ZOrganisationProfile, NAICS_SECTORS, ORGANISATION_SIZES, type TOrganisationProfileForm } from "@/lib/schemas/employer";
import { updateOrganisationProfileAction } from "@/lib/server/actions/employer";
import { TextAreaField, TextField } from "@/components/ui/field";
import { SelectField } from "@/components/ui/select";
import { Button } from "@/components/ui/button";
import { Alert } from "@/components/ui/alert";
import { useToast } from "@/components/ui/toast";
import { FormAlert } from "@/components/forms/form-alert";
import { useActionForm } from "@/components/forms/use-action-form";
import { MunicipalityCombobox, type MunicipalityValue } from "@/components/reference/municipality-combobox";
import { useT } from "@/lib/i18n/client";

export type OrganisationFormProps = {
  initial: { legalName: string; neq: string; sectorCode: string; size: string; website: string; description: string; version: number };
  municipality: MunicipalityValue | null;
  canEdit: boolean;
  verified: boolean;
};

/** The organisation profile (owners edit it; recruiters see it read-only). */
export function OrganisationForm({ initial, municipality: initialMunicipality, canEdit, verified }: OrganisationFormProps) {
  const t = useT();
  const router = useRouter();
  const { toast } = useToast();
  const [municipality, setMunicipality] = useState<MunicipalityValue | null>(initialMunicipality);
  const form = useForm<TOrganisationProfileForm>({
    resolver: zodResolver(ZOrganisationProfile) as never,
    defaultValues: { ...initial, municipalityCode: initialMunicipality?.code ?? "" } as TOrganisationProfileForm,
  });
  const { submit, formError, fieldError } = useActionForm(form, (v) => updateOrganisationProfileAction(v));
  const onSubmit = submit((data) => {
    form.reset({ ...form.getValues(), version: data.version });
    toast({ variant: "success", title: t(data.verificationStatus === "PENDING" && verified ? "employer.organisation.savedBackToQueue" : "employer.organisation.saved") });
    router.refresh();
  });

  return (
    <form onSubmit={onSubmit} noValidate className="flex flex-col gap-5" aria-describedby={!canEdit ? "org-owner-only" : undefined}>
      {!canEdit && (
        <Alert variant="info" live="off" id="org-owner-only">
          {t("employer.organisation.ownerOnly")}
        </Alert>
      )}
      <FormAlert message={formError} />
      <fieldset disabled={!canEdit} className="flex flex-col gap-5">
        <TextField label={t("employer.organisation.legalName")} required autoComplete="organization" error={fieldError("legalName")} {...form.register("legalName")} />
        <TextField label={t("employer.organisation.neq")} hint={t("employer.organisation.neqHint")} required inputMode="numeric" maxLength={10} error={fieldError("neq")} {...form.register("neq")} />
        {verified && <p className="text-sm text-ink-muted">{t("employer.organisation.identityWarning")}</p>}
        <SelectField
          label={t("employer.organisation.sector")}
          required
          placeholder
          error={fieldError("sectorCode")}
          options={NAICS_SECTORS.map((code) => ({ value: code, label: `${code} · ${t(`employer.sectors.${code}`)}` }))}
          {...form.register("sectorCode")}
        />
        <Controller
          control={form.control}
          name="municipalityCode"
          render={({ field }) => (
            <MunicipalityCombobox
              label={t("employer.municipality.label")}
              required
              disabled={!canEdit}
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
        <SelectField
          label={t("employer.organisation.size")}
          optional
          placeholder
          error={fieldError("size")}
          options={ORGANISATION_SIZES.map((s) => ({ value: s, label: t(`employer.sizes.${s}`) }))}
          {...form.register("size")}
        />
        <TextField label={t("employer.organisation.website")} hint={t("employer.organisation.websiteHint")} optional type="url" inputMode="url" autoComplete="url" error={fieldError("website")} {...form.register("website")} />
        <TextAreaField label={t("employer.organisation.description")} hint={t("employer.organisation.descriptionHint")} optional rows={6} maxLength={5000} error={fieldError("description")} {...form.register("description")} />
        <input type="hidden" {...form.register("version", { valueAsNumber: true })} />
      </fieldset>
      {canEdit && (
        <div>
          <Button type="submit" loading={form.formState.isSubmitting}>
            {t("employer.organisation.save")}
          </Button>
        </div>
      )}
    </form>
  );
}
