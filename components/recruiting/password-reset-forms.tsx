"use client";
import { useState } from "react";
import Link from "next/link";
import { useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/field";
import { Alert } from "@/components/ui/alert";
import { FormAlert } from "@/components/forms/form-alert";
import { useActionForm } from "@/components/forms/use-action-form";
import { requestPasswordResetAction, resetPasswordAction } from "@/lib/server/actions/password-reset";
import { ZRequestPasswordReset, ZResetPassword, type TRequestPasswordReset, type TResetPassword } from "@/lib/schemas/recruiting";
import { useT } from "@/lib/i18n/client";

/** "Forgot password": the same answer whether or not the address has an account. */
export function RequestPasswordResetForm() {
  const t = useT();
  const [sent, setSent] = useState(false);
  const form = useForm<TRequestPasswordReset>({ resolver: zodResolver(ZRequestPasswordReset), defaultValues: { email: "" } });
  const { submit, formError, fieldError } = useActionForm(form, (v) => requestPasswordResetAction(v));
  const onSubmit = submit(() => setSent(true));
  if (sent) {
    return (
      <Alert variant="success" live="polite">
        {t("recruiting.reset.sent")}
      </Alert>
    );
  }
  return (
    <form method="post" onSubmit={onSubmit} noValidate className="flex flex-col gap-4">
      <FormAlert message={formError} />
      <TextField label={t("recruiting.reset.email")} type="email" required autoComplete="email" error={fieldError("email")} {...form.register("email")} />
      <div>
        <Button type="submit" loading={form.formState.isSubmitting}>
          {t("recruiting.reset.send")}
        </Button>
      </div>
    </form>
  );
}

/** A new password with the link's token (single use, 30 minutes). */
export function ResetPasswordForm({ token }: { token: string }) {
  const t = useT();
  const [done, setDone] = useState(false);
  const form = useForm<TResetPassword>({ resolver: zodResolver(ZResetPassword), defaultValues: { token, password: "", confirm: "" } });
  const { submit, formError, fieldError } = useActionForm(form, (v) => resetPasswordAction(v));
  const onSubmit = submit(() => setDone(true));
  if (done) {
    return (
      <Alert variant="success" live="polite">
        <p>{t("recruiting.reset.done")}</p>
        <p>
          <Link href="/connexion">{t("recruiting.reset.signIn")}</Link>
        </p>
      </Alert>
    );
  }
  return (
    <form method="post" onSubmit={onSubmit} noValidate className="flex flex-col gap-4">
      <FormAlert message={formError} />
      {formError && (
        <p>
          <Link href="/mot-de-passe-oublie">{t("recruiting.reset.again")}</Link>
        </p>
      )}
      <TextField label={t("recruiting.reset.password")} hint={t("auth.register.passwordHint")} type="password" required autoComplete="new-password" error={fieldError("password")} {...form.register("password")} />
      <TextField label={t("recruiting.reset.confirm")} type="password" required autoComplete="new-password" error={fieldError("confirm")} {...form.register("confirm")} />
      <div>
        <Button type="submit" loading={form.formState.isSubmitting}>
          {t("recruiting.reset.save")}
        </Button>
      </div>
    </form>
  );
}
