import Link from "next/link";
import { Container } from "@/components/layout/container";
import { DeleteAccount } from "@/components/candidate/delete-account";
import { buttonClasses } from "@/components/ui/button-styles";
import { getLocale, getT } from "@/lib/i18n/server";
import { formatDateTime } from "@/lib/i18n/format";
import { requireRole } from "@/lib/server/auth";
import { listMyConsentEvents } from "@/lib/server/dal/candidate-profile";

export async function generateMetadata() {
  const t = await getT();
  return { title: t("candidate.account.title"), robots: { index: false } };
}

export default async function CandidateAccountPage() {
  const actor = await requireRole("CANDIDATE");
  const [t, locale, events] = await Promise.all([getT(), getLocale(), listMyConsentEvents(actor)]);
  return (
    <Container className="flex max-w-3xl flex-col gap-8 py-8">
      <header className="flex flex-col gap-2">
        <p>
          <Link href="/candidat/profil">← {t("candidate.account.backToProfile")}</Link>
        </p>
        <h1 className="text-3xl font-bold">{t("candidate.account.title")}</h1>
        <p className="text-ink-muted">{t("candidate.account.intro")}</p>
      </header>

      <section aria-labelledby="export-title" className="flex flex-col gap-3">
        <h2 id="export-title" className="text-2xl font-bold">
          {t("candidate.account.export.title")}
        </h2>
        <p>{t("candidate.account.export.text")}</p>
        <p>
          <a href="/candidat/compte/export" download className={buttonClasses({ variant: "primary" })} data-testid="export-link">
            {t("candidate.account.export.button")}
          </a>
        </p>
      </section>

      <section aria-labelledby="history-title" className="flex flex-col gap-3">
        <h2 id="history-title" className="text-2xl font-bold">
          {t("candidate.account.history.title")}
        </h2>
        {events.length === 0 ? (
          <p className="text-ink-muted">{t("candidate.account.history.empty")}</p>
        ) : (
          <div className="overflow-x-auto">
            <table className="w-full border-collapse text-sm">
              <caption className="sr-only">{t("candidate.account.history.title")}</caption>
              <thead>
                <tr className="border-b-2 border-line-strong text-start">
                  <th scope="col" className="p-2 text-start">{t("candidate.account.history.date")}</th>
                  <th scope="col" className="p-2 text-start">{t("candidate.account.history.purpose")}</th>
                  <th scope="col" className="p-2 text-start">{t("candidate.account.history.choice")}</th>
                  <th scope="col" className="p-2 text-start">{t("candidate.account.history.version")}</th>
                </tr>
              </thead>
              <tbody>
                {events.map((e, i) => (
                  <tr key={i} className="border-b border-line">
                    <td className="p-2 whitespace-nowrap">{formatDateTime(locale, e.at)}</td>
                    <td className="p-2">{t(`candidate.consent.${e.purpose}.title`)}</td>
                    <td className="p-2">{e.granted ? t("candidate.account.history.granted") : t("candidate.account.history.withdrawn")}</td>
                    <td className="p-2">{e.wordingVersion}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>

      <section aria-labelledby="delete-title" className="flex flex-col gap-3 rounded border-2 border-danger-600 p-4">
        <h2 id="delete-title" className="text-2xl font-bold">
          {t("candidate.account.delete.title")}
        </h2>
        <p>{t("candidate.account.delete.text")}</p>
        <div>
          <DeleteAccount />
        </div>
      </section>
    </Container>
  );
}
