"use client";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { ZSecondFactorCode, type TSecondFactorCode } from "@/lib/schemas/mfa";
import { verifySecondFactorAction } from "@/lib/server/actions/mfa";
import { TextField } from "@/components/ui/field";
import { Button } from "@/components/ui/button";
import { FormAlert } from "@/components/forms/form-alert";
import { useActionForm } from "@/components/forms/use-action-form";
import { useT } from "@/lib/i18n/client";

/** The second step of a sign-in: the app's code, or a recovery code. On success the browser simply navigates on. */
export function MfaVerifyForm() {
  const t = useT();
  const [recovery, setRecovery] = useState(false);
  const form = useForm<TSecondFactorCode>({ resolver: zodResolver(ZSecondFactorCode), defaultValues: { code: "" } });
  const { submit, formError, fieldError } = useActionForm(form, verifySecondFactorAction);
  // A full page load: /apres-connexion is a route handler, and the header must show the session.
  // eslint-disable-next-line @next/next/no-location-assign-relative-destination
  const done = () => window.location.assign("/apres-connexion");
  return (
    <form method="post" onSubmit={submit(done)} noValidate className="flex flex-col gap-4">
      <FormAlert message={formError} />
      {recovery ? (
        <TextField key="recovery" label={t("auth.mfa.recoveryCode")} hint={t("auth.mfa.recoveryCodeHint")} autoComplete="off" autoCapitalize="none" spellCheck={false} required maxLength={32} error={fieldError("code")} {...form.register("code")} />
      ) : (
        <TextField key="totp" label={t("auth.mfa.code")} hint={t("auth.mfa.codeHint")} inputMode="numeric" autoComplete="one-time-code" required maxLength={7} error={fieldError("code")} {...form.register("code")} />
      )}
      <div className="flex flex-wrap items-center gap-4">
        <Button type="submit" loading={form.formState.isSubmitting}>{t("auth.mfa.verify")}</Button>
        <Button
          variant="ghost"
          size="sm"
          onClick={() => {
            form.reset({ code: "" });
            setRecovery((r) => !r);
          }}
        >
          {recovery ? t("auth.mfa.useApp") : t("auth.mfa.useRecovery")}
        </Button>
      </div>
    </form>
  );
}
