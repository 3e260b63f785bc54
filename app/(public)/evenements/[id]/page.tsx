import Link from "next/link";
import { notFound } from "next/navigation";
import { Container } from "@/components/layout/container";
import { Alert } from "@/components/ui/alert";
import { ButtonLink } from "@/components/ui/button-link";
import { Badge } from "@/components/ui/badge";
import { EventFacts } from "@/components/events/event-facts";
import { StatusBadge } from "@/components/events/event-status-badge";
import { EventVacancyFilters } from "@/components/events/event-vacancy-filters";
import { ApplyForm } from "@/components/events/apply-form";
import { VerifiedMark } from "@/components/employer/verified-mark";
import { getLocale, getT } from "@/lib/i18n/server";
import { formatMoney } from "@/lib/i18n/format";
import { getSession } from "@/lib/server/auth";
import { getPublicEvent, eventName } from "@/lib/server/dal/events";
import { listMyCvFiles, myAppliedVacancyIds } from "@/lib/server/dal/events-applications";
import { suggestOccupations } from "@/lib/server/dal/occupations";
import { ZEventVacancyFilters } from "@/lib/schemas/event";
import { firstParams } from "@/lib/schemas/vacancy";
import { applicationRefusal } from "@/lib/domain/events/rules";
import { REGION_NAMES } from "@/lib/domain/matching/regions";

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ params }: Props) {
  const [t, locale] = await Promise.all([getT(), getLocale()]);
  const view = await getPublicEvent((await params).id, {}, locale);
  return { title: view ? eventName(view.event, locale) : t("events.public.title") };
}

export default async function PublicEventPage({ params, searchParams }: Props) {
  const { id } = await params;
  const filters = ZEventVacancyFilters.parse(firstParams(await searchParams));
  const [t, locale, user] = await Promise.all([getT(), getLocale(), getSession()]);
  const view = await getPublicEvent(id, filters, locale);
  if (!view) notFound();
  const { event } = view;
  const refusal = applicationRefusal({ status: event.status, applicationDeadline: new Date(event.applicationDeadline) }, new Date());
  const isCandidate = user?.role === "CANDIDATE";
  const [applied, cvs] = isCandidate ? await Promise.all([myAppliedVacancyIds(user, id).catch(() => new Set<string>()), listMyCvFiles(user).catch(() => [])]) : [new Set<string>(), []];
  const occupation = filters.cnp?.length === 5 ? ((await suggestOccupations(filters.cnp, { locale, limit: 1 }))[0] ?? null) : null;
  const open = view.vacancies.filter((v) => !applied.has(v.id));
  const description = locale === "en" ? event.descriptionEn : event.descriptionFr;
  return (
    <Container className="flex flex-col gap-8 py-8">
      <p>
        <Link href="/evenements">{t("events.public.back")}</Link>
      </p>
      <div className="flex flex-col gap-3">
        <h1 className="text-3xl font-bold">{eventName(event, locale)}</h1>
        <div>
          <StatusBadge status={event.status} label={t(`events.statuses.${event.status}`)} />
        </div>
        {description && <p className="max-w-3xl whitespace-pre-line">{description}</p>}
        <EventFacts event={event} t={t} locale={locale} />
      </div>

      <section className="flex flex-col gap-4" aria-labelledby="vacancies-title">
        <h2 id="vacancies-title" className="text-2xl font-bold">
          {t("events.public.vacanciesTitle", { count: view.total })}
        </h2>
        <EventVacancyFilters regions={view.regions} filters={filters} occupation={occupation ? { code: occupation.code, title: occupation.title } : null} />
        <p role="status" className="font-semibold">
          {t("events.public.shown", { count: view.vacancies.length })}
        </p>
        <ul className="flex flex-col gap-3" data-testid="event-vacancies">
          {view.vacancies.map((v) => (
            <li key={v.id} className="rounded border border-line bg-white p-4" data-testid="event-vacancy">
              <div className="flex flex-wrap items-start justify-between gap-2">
                <div>
                  <h3 className="text-lg font-bold">
                    <Link href={`/emplois/${v.jobPostingId}`}>{v.title}</Link>
                  </h3>
                  <p className="text-ink-muted">
                    {v.nocTitle} ({t("events.public.noc", { code: v.nocCode })})
                  </p>
                </div>
                {applied.has(v.id) && <Badge variant="success">{t("events.public.applied")}</Badge>}
              </div>
              <p className="mt-1 flex flex-wrap items-center gap-2">
                <span>{v.employerName}</span>
                {v.employerVerified && <VerifiedMark t={t} />}
              </p>
              <p className="text-sm">
                {v.municipalityName} · {v.regionCode} {REGION_NAMES[v.regionCode]?.[locale] ?? ""} · {t(v.inCmm ? "events.public.inCmm" : "events.public.outsideCmm")}
              </p>
              <p className="text-sm text-ink-muted">
                {t("events.public.positions", { count: v.positions })}
                {v.wageMinCents !== null && <> · {t("events.public.wage", { wage: formatMoney(locale, v.wageMinCents) })}</>}
                {v.minFrenchLevel !== null && <> · {t("events.public.french", { level: v.minFrenchLevel })}</>}
              </p>
            </li>
          ))}
        </ul>
      </section>

      <section className="flex flex-col gap-4" aria-labelledby="apply-title">
        <h2 id="apply-title" className="text-2xl font-bold">
          {t("events.apply.title")}
        </h2>
        {refusal ? (
          <Alert variant="info" live="off">
            {t(refusal === "events.errors.deadlinePassed" ? "events.apply.closedDeadline" : "events.apply.closed")}
          </Alert>
        ) : !user ? (
          <div className="flex flex-col gap-3">
            <p>{t("events.apply.signInFirst")}</p>
            <div className="flex flex-wrap gap-2">
              <ButtonLink href="/connexion">{t("events.apply.signIn")}</ButtonLink>
              <ButtonLink href="/inscription/candidat" variant="secondary">
                {t("events.apply.register")}
              </ButtonLink>
            </div>
          </div>
        ) : !isCandidate ? (
          <p className="text-ink-muted">{t("events.apply.candidatesOnly")}</p>
        ) : open.length === 0 ? (
          <p className="text-ink-muted">{view.vacancies.length === 0 ? t("events.apply.nothingShown") : t("events.apply.allApplied")}</p>
        ) : (
          <ApplyForm vacancies={open.map((v) => ({ id: v.id, label: `${v.title} · ${v.employerName} · ${v.municipalityName}` }))} previousCvs={cvs} />
        )}
      </section>
    </Container>
  );
}
