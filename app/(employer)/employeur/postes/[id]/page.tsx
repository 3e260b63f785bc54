import Link from "next/link";
import { notFound } from "next/navigation";
import { Container } from "@/components/layout/container";
import { VacancyForm } from "@/components/employer/vacancy-form";
import { vacancyFormValues } from "@/components/employer/vacancy-form-values";
import { VacancyLifecycle } from "@/components/employer/vacancy-lifecycle";
import { VacancyStatusBadge } from "@/components/employer/vacancy-status-badge";
import { getLocale, getT } from "@/lib/i18n/server";
import { formatDate } from "@/lib/i18n/format";
import { env } from "@/lib/env";
import { requirePageRole } from "@/lib/server/page-auth";
import { getMyOrganisation } from "@/lib/server/dal/employers";
import { getVacancyForEdit } from "@/lib/server/dal/vacancies";
import { getLanguageLevels } from "@/lib/server/reference-files";
import { NotFoundError } from "@/lib/server/errors";
import { publicationCap } from "@/lib/domain/vacancy/lifecycle";

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata() {
  const t = await getT();
  return { title: t("vacancy.form.editTitle") };
}

export default async function VacancyPage({ params }: Props) {
  const { id } = await params;
  const actor = await requirePageRole("EMPLOYER");
  const [t, locale, org, levels] = await Promise.all([getT(), getLocale(), getMyOrganisation(actor), getLanguageLevels()]);
  const v = await getVacancyForEdit(actor, id).catch((e) => {
    if (e instanceof NotFoundError) notFound();
    throw e;
  });
  const canPublish = org.verificationStatus === "VERIFIED";
  const date = (d: Date) => formatDate(locale, d, { dateStyle: "long", timeZone: "America/Toronto" });
  return (
    <Container className="flex max-w-3xl flex-col gap-6 py-8">
      <p>
        <Link href="/employeur/postes">{t("vacancy.detail.back")}</Link>
      </p>
      <div className="flex flex-col gap-2">
        <h1 className="text-3xl font-bold">{v.title}</h1>
        <p className="text-ink-muted">
          {v.noc.code} · {locale === "en" ? v.noc.titleEn : v.noc.titleFr} · {v.municipality.name}
          {v.externalRef ? ` · ${v.externalRef}` : ""}
        </p>
        <p>
          <Link href={`/employeur/postes/${v.id}/recommandations`} data-testid="recommendations-link">{t("matching.candidates.title")}</Link>
        </p>
        <p>
          <Link href={`/employeur/postes/${v.id}/pipeline`} data-testid="pipeline-link">{t("recruiting.pipeline.title")}</Link>
        </p>
      </div>
      <section aria-labelledby="lifecycle" className="flex flex-col gap-3 rounded-lg border border-line bg-surface p-4">
        <div className="flex flex-wrap items-center gap-3">
          <h2 id="lifecycle" className="text-lg font-bold">
            {t("vacancy.detail.lifecycleTitle")}
          </h2>
          <VacancyStatusBadge status={v.displayStatus} t={t} />
        </div>
        <ul className="text-sm text-ink">
          {v.publishedAt && <li>{t("vacancy.detail.publishedOn", { date: date(v.publishedAt) })}</li>}
          {v.expiresAt && v.status === "PUBLISHED" && <li>{t(v.displayStatus === "expired" ? "vacancy.detail.expiredOn" : "vacancy.detail.expiresOn", { date: date(v.expiresAt) })}</li>}
          {v.firstPublishedAt && (v.status === "PUBLISHED" || v.status === "CLOSED") && <li>{t("vacancy.detail.maxUntil", { date: date(publicationCap(v.firstPublishedAt)) })}</li>}
        </ul>
        <VacancyLifecycle id={v.id} version={v.version} actions={v.actions} isDraft={v.status === "DRAFT"} isLive={v.displayStatus === "published" && canPublish} canPublish={canPublish} />
      </section>
      <h2 className="sr-only">{t("vacancy.form.editTitle")}</h2>
      <VacancyForm
        key={v.version}
        mode="edit"
        initial={{ ...vacancyFormValues(v, locale), id: v.id, version: v.version }}
        municipality={v.municipality}
        occupation={{ code: v.noc.code, title: locale === "en" ? v.noc.titleEn : v.noc.titleFr }}
        minHourlyWageCents={env().MIN_HOURLY_WAGE_CENTS}
        languageLevels={levels}
        canPublish={canPublish}
        isDraft={v.status === "DRAFT"}
        editable={v.editable}
      />
    </Container>
  );
}
