import Link from "next/link";
import { Container } from "@/components/layout/container";
import { ButtonLink } from "@/components/ui/button-link";
import { BarChart } from "@/components/events/event-charts";
import { getLocale, getT } from "@/lib/i18n/server";
import { formatNumber, formatPercent } from "@/lib/i18n/format";
import { requirePageRole } from "@/lib/server/page-auth";
import { orNotFound } from "@/lib/server/not-found";
import { getEventDashboard, eventName } from "@/lib/server/dal/events";
import { REGION_NAMES } from "@/lib/domain/matching/regions";

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata() {
  const t = await getT();
  return { title: t("events.dashboard.title") };
}

export default async function EventDashboardPage({ params }: Props) {
  const actor = await requirePageRole("ADVISOR", "ADMIN");
  const { id } = await params;
  const [t, locale, { event, figures: f }] = await Promise.all([getT(), getLocale(), orNotFound(getEventDashboard(actor, id))]);
  const n = (v: number) => formatNumber(locale, v);
  const cards: { key: string; value: string; testId: string }[] = [
    { key: "employers", value: n(f.employers), testId: "fig-employers" },
    { key: "vacancies", value: n(f.vacancies), testId: "fig-vacancies" },
    { key: "applications", value: n(f.applications), testId: "fig-applications" },
    { key: "interviewsHeld", value: n(f.interviewsHeld), testId: "fig-interviews-held" },
    { key: "offers", value: n(f.offers), testId: "fig-offers" },
    { key: "offersAccepted", value: n(f.offersAccepted), testId: "fig-offers-accepted" },
    { key: "offersOutsideCmmShare", value: f.offersOutsideCmmShare === null ? "—" : formatPercent(locale, f.offersOutsideCmmShare), testId: "fig-outside-cmm" },
  ];
  const funnel = [
    { label: t("events.dashboard.applications"), value: f.applications },
    { label: t("events.dashboard.preselected"), value: f.preselected },
    { label: t("events.dashboard.interviewsBooked"), value: f.interviewsBooked },
    { label: t("events.dashboard.interviewsHeld"), value: f.interviewsHeld },
    { label: t("events.dashboard.offers"), value: f.offers },
    { label: t("events.dashboard.offersAccepted"), value: f.offersAccepted },
  ];
  return (
    <Container className="flex flex-col gap-8 py-8">
      <p>
        <Link href={`/conseiller/evenements/${id}`}>{t("events.advisor.backToEvent")}</Link>
      </p>
      <div className="flex flex-col gap-4 sm:flex-row sm:items-end sm:justify-between">
        <div>
          <h1 className="text-3xl font-bold">{t("events.dashboard.title")}</h1>
          <p className="mt-1 text-lg">{eventName(event, locale)}</p>
        </div>
        <ButtonLink href={`/conseiller/evenements/${id}/tableau-de-bord/export`} variant="secondary" prefetch={false}>
          {t("events.dashboard.export")}
        </ButtonLink>
      </div>
      <section aria-labelledby="fig-title">
        <h2 id="fig-title" className="sr-only">{t("events.dashboard.figures")}</h2>
        <dl className="grid gap-4 sm:grid-cols-2 lg:grid-cols-4">
          {cards.map((c) => (
            <div key={c.key} className="flex flex-col-reverse rounded-lg border border-line bg-white p-4">
              <dt className="text-ink-muted">{t(`events.dashboard.${c.key}`)}</dt>
              <dd className="text-3xl font-bold tabular-nums" data-testid={c.testId}>{c.value}</dd>
            </div>
          ))}
        </dl>
        {f.offers > 0 && <p className="mt-3 text-sm text-ink-muted">{t("events.dashboard.outsideCmmDetail", { outside: f.offersOutsideCmm, total: f.offers })}</p>}
      </section>
      <BarChart id="regions" title={t("events.dashboard.byRegion")} columnLabel={t("events.dashboard.csv.region")} locale={locale} t={t} bars={f.vacanciesByRegion.map((r) => ({ label: `${r.regionCode} ${REGION_NAMES[r.regionCode]?.[locale] ?? ""}`, value: r.count }))} />
      <BarChart id="funnel" title={t("events.dashboard.funnel")} columnLabel={t("events.dashboard.stage")} locale={locale} t={t} bars={funnel} />
    </Container>
  );
}
