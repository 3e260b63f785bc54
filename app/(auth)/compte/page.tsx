import { redirect } from "next/navigation";
import { getT } from "@/lib/i18n/server";
import { getSession, getSessionWithId } from "@/lib/server/auth";
import { getMfaStatus } from "@/lib/server/dal/mfa";
import { mfaRequiredFor } from "@/lib/security/session-policy";
import { getLocale } from "@/lib/i18n/server";
import { formatDate } from "@/lib/i18n/format";
import { RecoveryCodesRegenerate } from "@/components/auth/recovery-codes-regenerate";
import { SignOutButton } from "@/components/auth/sign-out-button";
import { SignOutEverywhereButton } from "@/components/auth/sign-out-everywhere-button";

export async function generateMetadata() {
  const t = await getT();
  return { title: t("auth.account.title"), robots: { index: false } };
}

export default async function AccountPage() {
  const user = await getSession();
  if (!user) redirect("/connexion");
  const t = await getT();
  const session = mfaRequiredFor(user.role) ? await getSessionWithId() : null;
  const mfa = session ? await getMfaStatus(session) : null;
  const locale = await getLocale();
  return (
    <div className="mx-auto flex max-w-xl flex-col gap-6 py-10">
      <h1 className="text-3xl font-bold">{t("auth.account.title")}</h1>
      <p>
        {t("auth.account.signedInAs", { email: user.email })} · {t(`auth.account.role.${user.role}`)}
      </p>
      <section aria-labelledby="security" className="flex flex-col gap-3">
        <h2 id="security" className="text-xl font-semibold">{t("auth.account.security")}</h2>
        <div><SignOutButton /></div>
        <p className="text-ink-muted">{t("auth.signOut.everywhereHint")}</p>
        <SignOutEverywhereButton />
      </section>
      {mfa?.enrolledAt && (
        <section aria-labelledby="mfa" className="flex flex-col gap-3">
          <h2 id="mfa" className="text-xl font-semibold">{t("auth.mfa.settingsTitle")}</h2>
          <p data-testid="mfa-status">{t("auth.mfa.settingsOn", { date: formatDate(locale, mfa.enrolledAt, { dateStyle: "long", timeZone: "America/Toronto" }), count: mfa.recoveryCodesLeft })}</p>
          <RecoveryCodesRegenerate />
        </section>
      )}
    </div>
  );
}
