"use client";
import { useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { signIn } from "next-auth/react";
import { ZRegisterCandidate, ZRegisterEmployer, type TRegisterEmployer } from "@/lib/schemas/auth";
import { registerCandidateAction, registerEmployerAction } from "@/lib/server/actions/auth";
import { TextField } from "@/components/ui/field";
import { Checkbox } from "@/components/ui/checkbox";
import { Button } from "@/components/ui/button";
import { FormAlert } from "@/components/forms/form-alert";
import { useActionForm } from "@/components/forms/use-action-form";
import { useI18n } from "@/lib/i18n/client";

/** Candidate or employer registration; on success the new account is signed in and sent to its home. */
export function RegisterForm({ kind }: { kind: "candidate" | "employer" }) {
  const { t, locale } = useI18n();
  const employer = kind === "employer";
  const form = useForm<TRegisterEmployer>({
    resolver: zodResolver(employer ? ZRegisterEmployer : ZRegisterCandidate) as never,
    defaultValues: { name: "", email: "", password: "", locale, organisationName: "", neq: "", acceptTerms: false as unknown as true },
  });
  const { submit, formError, setFormError, fieldError } = useActionForm(form, (v) => (employer ? registerEmployerAction({ ...v, locale }) : registerCandidateAction({ ...v, locale })));
  const onSubmit = submit(async () => {
    const { email, password } = form.getValues();
    const res = await signIn("credentials", { email, password, redirect: false }).catch(() => null);
    if (res?.ok) window.location.assign("/apres-connexion");
    else setFormError(t("errors.unexpected"));
  });

  return (
    <form method="post" onSubmit={onSubmit} noValidate className="flex flex-col gap-5">
      <FormAlert message={formError} />
      {employer && (
        <>
          <TextField label={t("auth.register.organisationName")} required autoComplete="organization" error={fieldError("organisationName")} {...form.register("organisationName")} />
          <TextField label={t("auth.register.neq")} hint={t("auth.register.neqHint")} required inputMode="numeric" maxLength={10} error={fieldError("neq")} {...form.register("neq")} />
        </>
      )}
      <TextField label={t("auth.register.name")} required autoComplete="name" error={fieldError("name")} {...form.register("name")} />
      <TextField label={t("auth.register.email")} type="email" required autoComplete="email" error={fieldError("email")} {...form.register("email")} />
      <TextField label={t("auth.register.password")} hint={t("auth.register.passwordHint")} type="password" required autoComplete="new-password" error={fieldError("password")} {...form.register("password")} />
      <Checkbox label={t("auth.register.acceptTerms")} error={fieldError("acceptTerms")} {...form.register("acceptTerms")} />
      <Button type="submit" loading={form.formState.isSubmitting}>{employer ? t("auth.register.submitEmployer") : t("auth.register.submit")}</Button>
    </form>
  );
}
