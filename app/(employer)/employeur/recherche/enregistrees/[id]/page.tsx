import Link from "next/link";
import { notFound } from "next/navigation";
import { Container } from "@/components/layout/container";
import { Alert } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { AnonymousCandidateCard } from "@/components/candidate/anonymous-candidate-card";
import { getLocale, getT } from "@/lib/i18n/server";
import { formatDate } from "@/lib/i18n/format";
import { requirePageRole } from "@/lib/server/page-auth";
import { getSavedSearchAlerts } from "@/lib/server/dal/saved-searches";
import { pageData } from "@/lib/server/dal/recruiting-page";
import { NotFoundError } from "@/lib/server/errors";

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata() {
  const t = await getT();
  return { title: t("recruiting.saved.title") };
}

export default async function SavedSearchAlertsPage({ params }: Props) {
  const actor = await requirePageRole("EMPLOYER");
  const [{ id }, t, locale] = await Promise.all([params, getT(), getLocale()]);
  const result = await pageData(() =>
    getSavedSearchAlerts(actor, id).catch((e) => {
      if (e instanceof NotFoundError) notFound();
      throw e;
    }),
  );
  if (!result.ok) {
    return (
      <Container className="py-8">
        <Alert variant="info" title={t("recruiting.search.notVerifiedTitle")} live="off">
          {t("recruiting.search.notVerifiedBody")}
        </Alert>
      </Container>
    );
  }
  const { search, alerts } = result.data;
  return (
    <Container className="flex max-w-4xl flex-col gap-6 py-8">
      <p>
        <Link href="/employeur/recherche/enregistrees">← {t("recruiting.saved.back")}</Link>
      </p>
      <div>
        <h1 className="text-3xl font-bold">{t("recruiting.saved.alertsTitle", { name: search.name })}</h1>
        <p className="mt-2 text-ink-muted">{t("recruiting.saved.alertsIntro")}</p>
        <p className="mt-2">
          <Link href={`/employeur/recherche${search.query}`}>{t("recruiting.saved.run")}</Link>
        </p>
      </div>
      {alerts.length === 0 ? (
        <p className="text-ink-muted">{t("recruiting.saved.alertsEmpty")}</p>
      ) : (
        <ul className="grid gap-4 md:grid-cols-2">
          {alerts.map((a) => (
            <li key={a.id} className="flex flex-col gap-2">
              <p className="flex items-center gap-2 text-sm text-ink-muted">
                {!a.seen && <Badge variant="info">{t("recruiting.saved.new")}</Badge>}
                {t("recruiting.saved.raisedOn", { date: formatDate(locale, a.createdAt, { dateStyle: "medium", timeZone: "America/Toronto" }) })}
              </p>
              <AnonymousCandidateCard card={a.card} headingLevel={2} />
              <Link href={`/employeur/recherche/candidats/${a.card.id}`}>{t("recruiting.search.view")}</Link>
            </li>
          ))}
        </ul>
      )}
    </Container>
  );
}
