"use client";
import { TextField } from "@/components/ui/field";
import { SelectField } from "@/components/ui/select";
import { ZIdentitySection } from "@/lib/schemas/candidate";
import { saveIdentityAction } from "@/lib/server/actions/candidate-profile";
import { useI18n } from "@/lib/i18n/client";
import { ProfileSection } from "./profile-section";
import { useSectionForm } from "./use-section-form";

export type IdentityInitial = { firstName: string | null; lastName: string | null; phone: string | null; citizenship: string | null };

type Values = { version: number; firstName: string; lastName: string; phone: string; citizenship: string };

/** Identity and contact: private, never shown to an employer before the candidate accepts its invitation. */
export type CountryOption = { value: string; label: string };

/** Countries are named and sorted on the server (Node's and the browser's ICU may name them differently). */
export function IdentitySection({ initial, version, email, countries }: { initial: IdentityInitial; version: number; email: string; countries: readonly CountryOption[] }) {
  const { t } = useI18n();
  const { form, onSubmit, formError, fieldError, status } = useSectionForm<Values>(
    ZIdentitySection as never,
    { version, firstName: initial.firstName ?? "", lastName: initial.lastName ?? "", phone: initial.phone ?? "", citizenship: initial.citizenship ?? "" },
    saveIdentityAction,
  );
  return (
    <ProfileSection section="identity" onSubmit={onSubmit} submitting={form.formState.isSubmitting} dirty={form.formState.isDirty} status={status} formError={formError} privateNote>
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField label={t("candidate.fields.firstName")} required autoComplete="given-name" error={fieldError("firstName")} {...form.register("firstName")} />
        <TextField label={t("candidate.fields.lastName")} required autoComplete="family-name" error={fieldError("lastName")} {...form.register("lastName")} />
      </div>
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField label={t("candidate.fields.email")} hint={t("candidate.fields.emailHint")} value={email} readOnly disabled />
        <TextField label={t("candidate.fields.phone")} optional type="tel" autoComplete="tel" inputMode="tel" hint={t("candidate.fields.phoneHint")} error={fieldError("phone")} {...form.register("phone")} />
      </div>
      <SelectField label={t("candidate.fields.citizenship")} optional placeholder={t("candidate.fields.notSpecified")} options={countries} error={fieldError("citizenship")} {...form.register("citizenship")} />
    </ProfileSection>
  );
}
