import Link from "next/link";
import { redirect } from "next/navigation";
import { RegisterForm } from "@/components/auth/register-form";
import { getT } from "@/lib/i18n/server";
import { getSession } from "@/lib/server/auth";
import { homePathFor } from "@/lib/auth/home-path";

export async function generateMetadata() {
  const t = await getT();
  return { title: t("auth.register.employerTitle") };
}

export default async function RegisterEmployerPage() {
  const user = await getSession();
  if (user) redirect(homePathFor(user.role));
  const t = await getT();
  return (
    <div className="mx-auto flex max-w-md flex-col gap-6 py-10">
      <h1 className="text-3xl font-bold">{t("auth.register.employerTitle")}</h1>
      <p className="text-ink-muted">{t("auth.register.employerIntro")}</p>
      <RegisterForm kind="employer" />
      <p>
        {t("auth.register.haveAccount")} <Link className="link" href="/connexion">{t("auth.signIn.submit")}</Link>
      </p>
    </div>
  );
}
