"use client";
import { useRouter } from "next/navigation";
import { useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { TextAreaField, TextField } from "@/components/ui/field";
import { SelectField } from "@/components/ui/select";
import { Checkbox } from "@/components/ui/checkbox";
import { Button } from "@/components/ui/button";
import { useToast } from "@/components/ui/toast";
import { FormAlert } from "@/components/forms/form-alert";
import { useActionForm } from "@/components/forms/use-action-form";
import { ZPartner, type TPartner } from "@/lib/schemas/integration";
import { savePartnerAction } from "@/lib/server/actions/partner";
import { PARTNER_KINDS } from "@/lib/domain/integration/areas";
import { useT } from "@/lib/i18n/client";

export type PartnerFormInitial = Omit<TPartner, "partnerId"> & { partnerId: string | null };

/** Adds a partner organisation to one of the advisor's regions, or edits one. */
export function PartnerForm({ initial, regions, afterSave }: { initial: PartnerFormInitial; regions: readonly { code: string; name: string }[]; afterSave?: "reset" | "back" }) {
  const t = useT();
  const router = useRouter();
  const { toast } = useToast();
  const form = useForm<TPartner>({ resolver: zodResolver(ZPartner) as never, defaultValues: { ...initial, partnerId: initial.partnerId ?? "" } });
  const { submit, formError, fieldError } = useActionForm(form, (v) => savePartnerAction(v));
  const onSubmit = submit((data) => {
    toast({ variant: "success", title: t("integration.partners.saved") });
    if (afterSave === "back") router.push("/conseiller/accompagnement/partenaires");
    else if (initial.partnerId) form.reset({ ...form.getValues(), version: data.version });
    else form.reset({ ...initial, partnerId: "" });
    router.refresh();
  });
  return (
    <form onSubmit={onSubmit} noValidate className="flex flex-col gap-4" data-testid="partner-form">
      <FormAlert message={formError} />
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField label={t("integration.partners.name")} required maxLength={200} error={fieldError("name")} {...form.register("name")} />
        <SelectField label={t("integration.partners.kind")} required error={fieldError("kind")} options={PARTNER_KINDS.map((k) => ({ value: k, label: t(`integration.partnerKinds.${k}`) }))} {...form.register("kind")} />
        <SelectField label={t("integration.partners.region")} required error={fieldError("regionCode")} options={regions.map((r) => ({ value: r.code, label: `${r.code} ${r.name}` }))} {...form.register("regionCode")} />
        <TextField label={t("integration.partners.municipality")} optional maxLength={120} error={fieldError("municipalityName")} {...form.register("municipalityName")} />
        <TextField label={t("integration.partners.website")} optional type="url" inputMode="url" maxLength={300} error={fieldError("website")} {...form.register("website")} />
        <TextField label={t("integration.partners.email")} optional type="email" maxLength={200} error={fieldError("email")} {...form.register("email")} />
        <TextField label={t("integration.partners.phone")} optional type="tel" maxLength={40} error={fieldError("phone")} {...form.register("phone")} />
      </div>
      <TextAreaField label={t("integration.partners.description")} optional rows={3} maxLength={2000} error={fieldError("description")} {...form.register("description")} />
      <Checkbox label={t("integration.partners.active")} {...form.register("active")} />
      <div>
        <Button type="submit" loading={form.formState.isSubmitting}>
          {t("integration.partners.save")}
        </Button>
      </div>
    </form>
  );
}
