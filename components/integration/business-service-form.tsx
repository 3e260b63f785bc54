"use client";
import { useRouter } from "next/navigation";
import { useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { TextAreaField, TextField } from "@/components/ui/field";
import { SelectField } from "@/components/ui/select";
import { Button } from "@/components/ui/button";
import { useToast } from "@/components/ui/toast";
import { FormAlert } from "@/components/forms/form-alert";
import { useActionForm } from "@/components/forms/use-action-form";
import { ZBusinessService, type TBusinessService } from "@/lib/schemas/integration";
import { recordBusinessServiceAction } from "@/lib/server/actions/business-service";
import { BUSINESS_SERVICE_KINDS } from "@/lib/domain/integration/areas";
import { useT } from "@/lib/i18n/client";

/** Records an advisor's service to an employer (the employer's owner sees it in their history). */
export function BusinessServiceForm({ employerId, today }: { employerId: string; today: string }) {
  const t = useT();
  const router = useRouter();
  const { toast } = useToast();
  const blank: TBusinessService = { employerId, kind: "INFORMATION", summary: "", occurredOn: today };
  const form = useForm<TBusinessService>({ resolver: zodResolver(ZBusinessService) as never, defaultValues: blank });
  const { submit, formError, fieldError } = useActionForm(form, (v) => recordBusinessServiceAction({ ...v, employerId }));
  const onSubmit = submit(() => {
    form.reset(blank);
    toast({ variant: "success", title: t("integration.businesses.saved") });
    router.refresh();
  });
  return (
    <form onSubmit={onSubmit} noValidate className="flex flex-col gap-4">
      <FormAlert message={formError} />
      <div className="grid gap-4 sm:grid-cols-2">
        <SelectField label={t("integration.businesses.kind")} required error={fieldError("kind")} options={BUSINESS_SERVICE_KINDS.map((k) => ({ value: k, label: t(`integration.serviceKinds.${k}`) }))} {...form.register("kind")} />
        <TextField type="date" label={t("integration.businesses.occurredOn")} required max={today} error={fieldError("occurredOn")} {...form.register("occurredOn")} />
      </div>
      <TextAreaField label={t("integration.businesses.summary")} hint={t("integration.businesses.summaryHint")} required rows={3} maxLength={2000} error={fieldError("summary")} {...form.register("summary")} />
      <div>
        <Button type="submit" loading={form.formState.isSubmitting}>
          {t("integration.businesses.save")}
        </Button>
      </div>
    </form>
  );
}
