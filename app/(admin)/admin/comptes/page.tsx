import type { Metadata } from "next";
import Link from "next/link";
import { Container } from "@/components/layout/container";
import { TextField } from "@/components/ui/field";
import { Alert } from "@/components/ui/alert";
import { buttonClasses } from "@/components/ui/button-styles";
import { ResetSecondFactorForm } from "@/components/admin/reset-second-factor-form";
import { getLocale, getT } from "@/lib/i18n/server";
import { formatDate } from "@/lib/i18n/format";
import { requirePageRole } from "@/lib/server/page-auth";
import { findAccountByEmail } from "@/lib/server/dal/admin-accounts";
import { ZFindAccount } from "@/lib/schemas/privacy";
import { firstParams } from "@/lib/schemas/vacancy";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata(): Promise<Metadata> {
  const t = await getT();
  return { title: t("admin.accounts.title"), robots: { index: false } };
}

/** Staff account recovery: find an account by e-mail and reset its second factor (lost phone and recovery codes). */
export default async function AdminAccountsPage({ searchParams }: Props) {
  const actor = await requirePageRole("ADMIN");
  const [t, locale] = await Promise.all([getT(), getLocale()]);
  const raw = firstParams(await searchParams).courriel ?? "";
  const parsed = raw ? ZFindAccount.safeParse({ email: raw }) : null;
  const account = parsed?.success ? await findAccountByEmail(actor, parsed.data.email) : null;
  const dt = "font-semibold";
  return (
    <Container className="flex max-w-3xl flex-col gap-6 py-8">
      <p><Link href="/admin">{t("admin.accounts.back")}</Link></p>
      <h1 className="text-3xl font-bold">{t("admin.accounts.title")}</h1>
      <p className="text-ink-muted">{t("admin.accounts.intro")}</p>
      <form method="get" role="search" className="flex flex-wrap items-end gap-4">
        <TextField
          name="courriel"
          type="email"
          autoComplete="off"
          label={t("admin.accounts.email")}
          defaultValue={raw}
          error={parsed && !parsed.success ? t("admin.accounts.errors.email") : undefined}
          containerClassName="w-full sm:w-96"
        />
        <button type="submit" className={buttonClasses({ variant: "secondary" })}>{t("admin.accounts.find")}</button>
      </form>
      {parsed?.success && !account && <p role="status" data-testid="account-not-found">{t("admin.accounts.notFound")}</p>}
      {account && (
        <section aria-labelledby="account" className="flex flex-col gap-4 rounded-lg border border-line p-4" data-testid="account">
          <h2 id="account" className="text-xl font-semibold">{account.name || account.email}</h2>
          <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-1">
            <dt className={dt}>{t("admin.accounts.email")}</dt><dd>{account.email}</dd>
            <dt className={dt}>{t("admin.accounts.role")}</dt><dd>{t(`common.account.roles.${account.role}`)}</dd>
            <dt className={dt}>{t("admin.accounts.lastSignIn")}</dt>
            <dd>{account.lastSignInAt ? formatDate(locale, account.lastSignInAt, { dateStyle: "long", timeStyle: "short", timeZone: "America/Toronto" }) : "—"}</dd>
            <dt className={dt}>{t("admin.accounts.secondFactor")}</dt>
            <dd data-testid="second-factor-status">
              {account.mfaEnrolledAt
                ? `${t("admin.accounts.enrolledOn", { date: formatDate(locale, account.mfaEnrolledAt, { dateStyle: "long", timeZone: "America/Toronto" }) })} · ${t("admin.accounts.codesLeft", { count: account.recoveryCodesLeft })}`
                : t("admin.accounts.notEnrolled")}
            </dd>
          </dl>
          {!account.staff ? (
            <p className="text-ink-muted">{t("admin.accounts.notStaff")}</p>
          ) : account.id === actor.id ? (
            <p className="text-ink-muted">{t("admin.accounts.errors.self")}</p>
          ) : account.mfaEnrolledAt ? (
            <ResetSecondFactorForm userId={account.id} />
          ) : (
            <Alert variant="info" live="off" title={t("admin.accounts.notEnrolled")}>
              <p>{t("admin.accounts.willEnrol")}</p>
            </Alert>
          )}
        </section>
      )}
    </Container>
  );
}
