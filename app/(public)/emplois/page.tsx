import type { Metadata } from "next";
import { Container } from "@/components/layout/container";
import { Pagination } from "@/components/ui/pagination";
import { JobSearchForm } from "@/components/employer/job-search-form";
import { JobCard } from "@/components/employer/job-card";
import { getLocale, getT } from "@/lib/i18n/server";
import { formatNumber } from "@/lib/i18n/format";
import { listPublicVacancies } from "@/lib/server/dal/vacancies";
import { suggestOccupations } from "@/lib/server/dal/occupations";
import { getRegionsMap } from "@/lib/server/reference-files";
import { PUBLIC_PAGE_SIZE, ZPublicVacancyQuery, firstParams } from "@/lib/schemas/vacancy";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata(): Promise<Metadata> {
  const t = await getT();
  return { title: t("jobs.meta.title"), description: t("jobs.meta.description"), alternates: { types: { "application/json": "/api/v1/vacancies" } } };
}

/** The public job board: no sign-in, published vacancies of verified employers only. */
export default async function JobsPage({ searchParams }: Props) {
  const query = ZPublicVacancyQuery.parse(firstParams(await searchParams));
  const [t, locale, map] = await Promise.all([getT(), getLocale(), getRegionsMap()]);
  const [result, occupation] = await Promise.all([
    listPublicVacancies({ page: query.page, regions: query.region, noc: query.cnp, q: query.q }),
    query.cnp?.length === 5 ? suggestOccupations(query.cnp, { locale, limit: 1 }).then((r) => r[0] ?? null) : Promise.resolve(null),
  ]);
  const regionName = new Map(map.regions.map((r) => [r.code, locale === "en" ? r.nameEn : r.nameFr]));
  const pages = Math.max(1, Math.ceil(result.total / PUBLIC_PAGE_SIZE));
  const feed = `/api/v1/vacancies${query.region || query.cnp || query.q ? `?${new URLSearchParams({ ...(query.region ? { region: query.region.join(",") } : {}), ...(query.cnp ? { noc: query.cnp } : {}), ...(query.q ? { q: query.q } : {}) })}` : ""}`;
  return (
    <>
      <section className="border-b border-brand-100 bg-brand-50">
        <Container className="py-8">
          <h1 className="text-3xl font-bold sm:text-4xl">{t("jobs.title")}</h1>
          <p className="mt-2 max-w-3xl text-lg">{t("jobs.intro")}</p>
        </Container>
      </section>
      <Container className="grid gap-8 py-8 lg:grid-cols-[minmax(0,2fr)_minmax(0,3fr)]">
        <section aria-label={t("jobs.search.label")} className="lg:border-e lg:border-line lg:pe-8">
          <JobSearchForm map={map} q={query.q ?? ""} occupation={occupation ? { code: occupation.code, title: occupation.title } : null} regions={query.region ?? []} />
        </section>
        <section aria-labelledby="results" className="flex flex-col gap-4">
          <h2 className="text-2xl font-bold" id="results">
            {t("jobs.results.heading")} <span className="text-lg font-semibold text-ink-muted" role="status">({t("jobs.results.count", { count: result.total, n: formatNumber(locale, result.total) })})</span>
          </h2>
          {result.items.length === 0 ? (
            <p className="text-ink-muted">{t("jobs.results.empty")}</p>
          ) : (
            <ul className="flex flex-col gap-4" aria-labelledby="results">
              {result.items.map((v) => (
                <JobCard key={v.id} v={v} t={t} locale={locale} regionName={regionName.get(v.regionCode) ?? v.regionCode} />
              ))}
            </ul>
          )}
          <Pagination page={query.page} pageCount={pages} param="page" />
          <p className="text-sm text-ink-muted">
            <a href={feed}>{t("jobs.results.feed")}</a>
          </p>
        </section>
      </Container>
    </>
  );
}
