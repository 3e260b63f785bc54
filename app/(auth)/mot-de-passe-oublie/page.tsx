import { RequestPasswordResetForm } from "@/components/recruiting/password-reset-forms";
import { getT } from "@/lib/i18n/server";

export async function generateMetadata() {
  const t = await getT();
  return { title: t("recruiting.reset.requestTitle") };
}

export default async function ForgotPasswordPage() {
  const t = await getT();
  return (
    <div className="mx-auto flex max-w-md flex-col gap-6 py-10">
      <h1 className="text-3xl font-bold">{t("recruiting.reset.requestTitle")}</h1>
      <p className="text-ink-muted">{t("recruiting.reset.requestIntro")}</p>
      <RequestPasswordResetForm />
    </div>
  );
}
