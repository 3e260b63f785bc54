"use client";
import { useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { ZResetSecondFactor, type TResetSecondFactor } from "@/lib/schemas/privacy";
import { resetSecondFactorAction } from "@/lib/server/actions/admin-accounts";
import { TextAreaField } from "@/components/ui/field";
import { Button } from "@/components/ui/button";
import { FormAlert } from "@/components/forms/form-alert";
import { useActionForm } from "@/components/forms/use-action-form";
import { useToast } from "@/components/ui/toast";
import { useT } from "@/lib/i18n/client";

/** Resets a staff member's second factor; the reason (how the identity was checked) goes to the audit log. */
export function ResetSecondFactorForm({ userId }: { userId: string }) {
  const t = useT();
  const router = useRouter();
  const { toast } = useToast();
  const form = useForm<TResetSecondFactor>({ resolver: zodResolver(ZResetSecondFactor), defaultValues: { userId, reason: "" } });
  const { submit, formError, fieldError } = useActionForm(form, resetSecondFactorAction);
  return (
    <form
      noValidate
      className="flex flex-col gap-4 border-t border-line pt-4"
      onSubmit={submit(() => {
        toast({ variant: "success", title: t("admin.accounts.resetDone") });
        form.reset({ userId, reason: "" });
        router.refresh();
      })}
    >
      <h3 className="text-lg font-semibold">{t("admin.accounts.resetTitle")}</h3>
      <p className="text-sm">{t("admin.accounts.resetEffect")}</p>
      <FormAlert message={formError} />
      <TextAreaField label={t("admin.accounts.reason")} hint={t("admin.accounts.reasonHint")} required rows={3} maxLength={1000} error={fieldError("reason")} {...form.register("reason")} />
      <div>
        <Button type="submit" variant="danger" loading={form.formState.isSubmitting}>{t("admin.accounts.reset")}</Button>
      </div>
    </form>
  );
}
