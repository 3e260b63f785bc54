"use client";
import { useState, type ReactNode } from "react";
import { useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { ZTotpCode, type TTotpCode } from "@/lib/schemas/mfa";
import { confirmMfaEnrolmentAction } from "@/lib/server/actions/mfa";
import { TextField } from "@/components/ui/field";
import { Button } from "@/components/ui/button";
import { Checkbox } from "@/components/ui/checkbox";
import { Alert } from "@/components/ui/alert";
import { FormAlert } from "@/components/forms/form-alert";
import { useActionForm } from "@/components/forms/use-action-form";
import { RecoveryCodesList } from "@/components/auth/recovery-codes-list";
import { useT } from "@/lib/i18n/client";

/**
 * Enrolment: the steps (children: the QR code and the secret, rendered on the server), then the first code that
 * confirms the app; then, instead of all that, the recovery codes, shown once.
 */
export function MfaEnrolForm({ children }: { children?: ReactNode }) {
  const t = useT();
  const [codes, setCodes] = useState<string[] | null>(null);
  const [kept, setKept] = useState(false);
  const form = useForm<TTotpCode>({ resolver: zodResolver(ZTotpCode), defaultValues: { code: "" } });
  const { submit, formError, fieldError } = useActionForm(form, confirmMfaEnrolmentAction);

  if (codes) {
    return (
      <section aria-labelledby="recovery-title" className="flex flex-col gap-4">
        <Alert variant="success" title={t("auth.mfa.enrolledTitle")}>{t("auth.mfa.enrolled")}</Alert>
        <h2 id="recovery-title" className="text-xl font-semibold">{t("auth.mfa.recoveryTitle")}</h2>
        <p>{t("auth.mfa.recoveryIntro")}</p>
        <RecoveryCodesList codes={codes} />
        <Checkbox label={t("auth.mfa.recoveryKept")} checked={kept} onChange={(e) => setKept(e.currentTarget.checked)} />
        <div>
          {/* A full page load: /apres-connexion is a route handler, and the header must show the session. */}
          {/* eslint-disable-next-line @next/next/no-location-assign-relative-destination */}
          <Button disabled={!kept} onClick={() => window.location.assign("/apres-connexion")}>{t("auth.mfa.continue")}</Button>
        </div>
      </section>
    );
  }
  return (
    <>
      {children}
      <form method="post" onSubmit={submit((d) => setCodes(d.recoveryCodes))} noValidate className="flex flex-col gap-4">
        <FormAlert message={formError} />
        <TextField label={t("auth.mfa.code")} hint={t("auth.mfa.codeHint")} inputMode="numeric" autoComplete="one-time-code" required maxLength={7} error={fieldError("code")} {...form.register("code")} />
        <div>
          <Button type="submit" loading={form.formState.isSubmitting}>{t("auth.mfa.confirm")}</Button>
        </div>
      </form>
    </>
  );
}
