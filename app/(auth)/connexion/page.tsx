import Link from "next/link";
import { redirect } from "next/navigation";
import { SignInForm } from "@/components/auth/sign-in-form";
import { getT } from "@/lib/i18n/server";
import { getSession } from "@/lib/server/auth";
import { homePathFor } from "@/lib/auth/home-path";

export async function generateMetadata() {
  const t = await getT();
  return { title: t("auth.signIn.title") };
}

export default async function SignInPage() {
  const user = await getSession();
  if (user) redirect(homePathFor(user.role));
  const t = await getT();
  return (
    <div className="mx-auto flex max-w-md flex-col gap-6 py-10">
      <h1 className="text-3xl font-bold">{t("auth.signIn.title")}</h1>
      <p className="text-ink-muted">{t("auth.signIn.intro")}</p>
      <SignInForm />
      <p>
        <Link className="link" href="/mot-de-passe-oublie">{t("recruiting.reset.forgot")}</Link>
      </p>
      <div className="border-t border-line pt-4">
        <p className="font-semibold">{t("auth.signIn.noAccount")}</p>
        <ul className="mt-2 flex flex-col gap-1">
          <li><Link className="link" href="/inscription/candidat">{t("auth.signIn.registerCandidate")}</Link></li>
          <li><Link className="link" href="/inscription/employeur">{t("auth.signIn.registerEmployer")}</Link></li>
        </ul>
      </div>
    </div>
  );
}
