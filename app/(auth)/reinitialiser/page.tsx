import { StatusPage } from "@/components/layout/status-page";
import { ButtonLink } from "@/components/ui/button-link";
import { ResetPasswordForm } from "@/components/recruiting/password-reset-forms";
import { getT } from "@/lib/i18n/server";
import { checkResetToken } from "@/lib/server/dal/password-reset";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata() {
  const t = await getT();
  return { title: t("recruiting.reset.title"), robots: { index: false }, referrer: "no-referrer" as const };
}

export default async function ResetPasswordPage({ searchParams }: Props) {
  const [sp, t] = await Promise.all([searchParams, getT()]);
  const token = typeof sp.jeton === "string" ? sp.jeton : "";
  if (!token || (await checkResetToken(token)) === "invalid") {
    return (
      <StatusPage title={t("recruiting.reset.invalidTitle")} actions={<ButtonLink href="/mot-de-passe-oublie">{t("recruiting.reset.again")}</ButtonLink>}>
        <p>{t("recruiting.reset.invalidBody")}</p>
      </StatusPage>
    );
  }
  return (
    <div className="mx-auto flex max-w-md flex-col gap-6 py-10">
      <h1 className="text-3xl font-bold">{t("recruiting.reset.title")}</h1>
      <p className="text-ink-muted">{t("recruiting.reset.intro")}</p>
      <ResetPasswordForm token={token} />
    </div>
  );
}
