import { redirect } from "next/navigation";
import { getT } from "@/lib/i18n/server";
import { getSessionWithId } from "@/lib/server/auth";
import { getMfaStatus, startEnrolment } from "@/lib/server/dal/mfa";
import { formatSecretForDisplay } from "@/lib/security/totp";
import { QrCode } from "@/components/auth/qr-code";
import { MfaEnrolForm } from "@/components/auth/mfa-enrol-form";
import { MfaVerifyForm } from "@/components/auth/mfa-verify-form";
import { SignOutButton } from "@/components/auth/sign-out-button";

export async function generateMetadata() {
  const t = await getT();
  return { title: t("auth.mfa.title"), robots: { index: false } };
}

/** The second step of a sign-in for employers, advisors and administrators: enrol an authenticator app, or use it. */
export default async function SecondFactorPage() {
  const session = await getSessionWithId();
  if (!session) redirect("/connexion");
  if (session.status === "active") redirect("/apres-connexion");
  const t = await getT();
  const { enrolled } = await getMfaStatus(session);
  const enrolment = enrolled ? null : await startEnrolment(session);
  return (
    <div className="mx-auto flex max-w-xl flex-col gap-6 px-4 py-10">
      <h1 className="text-3xl font-bold">{enrolled ? t("auth.mfa.title") : t("auth.mfa.enrolTitle")}</h1>
      {enrolment ? (
        <MfaEnrolForm>
          <p>{t("auth.mfa.enrolIntro")}</p>
          <ol className="flex list-decimal flex-col gap-4 ps-6">
            <li>{t("auth.mfa.stepApp")}</li>
            <li>
              <div className="flex flex-col gap-3">
                <span>{t("auth.mfa.stepScan")}</span>
                <QrCode value={enrolment.uri} label={t("auth.mfa.qrLabel")} />
                <span>{t("auth.mfa.secretIntro")}</span>
                <code className="w-fit rounded bg-surface px-3 py-2 font-mono text-lg tracking-wider break-all" data-testid="mfa-secret" data-secret={enrolment.secret}>
                  {formatSecretForDisplay(enrolment.secret)}
                </code>
              </div>
            </li>
            <li>{t("auth.mfa.stepCode")}</li>
          </ol>
        </MfaEnrolForm>
      ) : (
        <>
          <p>{t("auth.mfa.verifyIntro")}</p>
          <MfaVerifyForm />
        </>
      )}
      <div className="border-t border-line pt-4">
        <p className="text-sm text-ink-muted">{t("auth.mfa.notYou", { email: session.user.email })}</p>
        <SignOutButton />
      </div>
    </div>
  );
}
