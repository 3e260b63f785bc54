"use client";
import { useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { signIn } from "next-auth/react";
import { ZAcceptInvitation, type TAcceptInvitation } from "@/lib/schemas/employer";
import { acceptInvitationAction } from "@/lib/server/actions/team";
import { TextField } from "@/components/ui/field";
import { Button } from "@/components/ui/button";
import { FormAlert } from "@/components/forms/form-alert";
import { useActionForm } from "@/components/forms/use-action-form";
import { useI18n } from "@/lib/i18n/client";

/** Creates the invited person's account (the e-mail comes from the invitation), then signs them in. */
export function InvitationAcceptForm({ token, email }: { token: string; email: string }) {
  const { t, locale } = useI18n();
  const form = useForm<TAcceptInvitation>({ resolver: zodResolver(ZAcceptInvitation) as never, defaultValues: { token, name: "", password: "", locale } });
  const { submit, formError, setFormError, fieldError } = useActionForm(form, (v) => acceptInvitationAction({ ...v, token, locale }));
  const onSubmit = submit(async () => {
    const res = await signIn("credentials", { email, password: form.getValues("password"), redirect: false }).catch(() => null);
    // A full page load (not router.push): /apres-connexion is a route handler, and the header must show the new session.
    // eslint-disable-next-line @next/next/no-location-assign-relative-destination
    if (res?.ok) window.location.assign("/apres-connexion");
    else setFormError(t("errors.unexpected"));
  });
  return (
    <form method="post" onSubmit={onSubmit} noValidate className="flex flex-col gap-5">
      <FormAlert message={formError} />
      <TextField label={t("employer.invitation.email")} value={email} readOnly autoComplete="username" />
      <TextField label={t("employer.invitation.name")} required autoComplete="name" error={fieldError("name")} {...form.register("name")} />
      <TextField label={t("employer.invitation.password")} hint={t("auth.register.passwordHint")} type="password" required autoComplete="new-password" error={fieldError("password")} {...form.register("password")} />
      <div>
        <Button type="submit" loading={form.formState.isSubmitting}>{t("employer.invitation.submit")}</Button>
      </div>
    </form>
  );
}
