"use client";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { signIn } from "next-auth/react";
import { ZSignIn, type TSignIn } from "@/lib/schemas/auth";
import { TextField } from "@/components/ui/field";
import { Button } from "@/components/ui/button";
import { FormAlert } from "@/components/forms/form-alert";
import { useT } from "@/lib/i18n/client";

export function SignInForm() {
  const t = useT();
  const [error, setError] = useState<string | null>(null);
  const form = useForm<TSignIn>({ resolver: zodResolver(ZSignIn), defaultValues: { email: "", password: "" } });
  const { errors, isSubmitting } = form.formState;

  const onSubmit = form.handleSubmit(async (values) => {
    setError(null);
    const res = await signIn("credentials", { ...values, redirect: false }).catch(() => null);
    if (res?.ok && !res.error) {
      // Full navigation: the landing route applies the account's language, then goes to the role's home.
      window.location.assign("/apres-connexion");
      return;
    }
    setError(res?.error === "RATE_LIMITED" ? t("auth.signIn.throttled") : res ? t("auth.signIn.failed") : t("errors.network"));
  });

  return (
    <form method="post" onSubmit={onSubmit} noValidate className="flex flex-col gap-5" aria-describedby={error ? "sign-in-error" : undefined}>
      <FormAlert id="sign-in-error" message={error} />
      <TextField label={t("auth.signIn.email")} type="email" autoComplete="email" required error={errors.email && t(errors.email.message!)} {...form.register("email")} />
      <TextField label={t("auth.signIn.password")} type="password" autoComplete="current-password" required error={errors.password && t(errors.password.message!)} {...form.register("password")} />
      <Button type="submit" loading={isSubmitting}>{t("auth.signIn.submit")}</Button>
    </form>
  );
}
