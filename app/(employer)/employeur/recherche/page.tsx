import Link from "next/link";
import { Container } from "@/components/layout/container";
import { Alert } from "@/components/ui/alert";
import { ButtonLink } from "@/components/ui/button-link";
import { parseTableParams } from "@/components/ui/data-table-params";
import { CandidateSearchFilters } from "@/components/recruiting/candidate-search-filters";
import { CandidateResultsTable } from "@/components/recruiting/candidate-results-table";
import { SEARCH_PAGE_SIZES, type CandidateResultRow } from "@/components/recruiting/candidate-results-columns";
import { SaveSearchButton } from "@/components/recruiting/save-search-button";
import { TooManyRequests } from "@/components/recruiting/too-many-requests";
import { getLocale, getT } from "@/lib/i18n/server";
import { formatNumber } from "@/lib/i18n/format";
import { requirePageRole } from "@/lib/server/page-auth";
import { searchCandidates } from "@/lib/server/dal/candidate-search";
import { listRecruitingVacancies } from "@/lib/server/dal/pipeline";
import { countUnseenAlerts } from "@/lib/server/dal/saved-searches";
import { pageData } from "@/lib/server/dal/recruiting-page";
import { listRegions } from "@/lib/server/dal/municipalities";
import { suggestOccupations } from "@/lib/server/dal/occupations";
import { firstParams } from "@/lib/schemas/vacancy";
import { searchFiltersQuery, ZCandidateSearchFilters } from "@/lib/schemas/recruiting";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata() {
  const t = await getT();
  return { title: t("recruiting.search.title"), robots: { index: false } };
}

export default async function CandidateSearchPage({ searchParams }: Props) {
  const actor = await requirePageRole("EMPLOYER");
  const sp = await searchParams;
  const filters = ZCandidateSearchFilters.parse(firstParams(sp));
  const table = parseTableParams(sp, { sortable: [], pageSizes: SEARCH_PAGE_SIZES, names: { sort: "ordre" } });
  const [t, locale] = await Promise.all([getT(), getLocale()]);
  const result = await pageData(async () => {
    const page = await searchCandidates(actor, filters, { page: table.page, pageSize: table.pageSize, locale });
    const [vacancies, regions, unseen] = await Promise.all([listRecruitingVacancies(actor), listRegions(null), countUnseenAlerts(actor)]);
    return { page, vacancies, regions, unseen };
  });

  if (!result.ok && result.reason === "rateLimited") return <TooManyRequests t={t} />;
  if (!result.ok) {
    return (
      <Container className="flex flex-col gap-6 py-8">
        <h1 className="text-3xl font-bold">{t("recruiting.search.title")}</h1>
        <Alert variant="info" title={t("recruiting.search.notVerifiedTitle")} live="off">
          {t("recruiting.search.notVerifiedBody")}
        </Alert>
      </Container>
    );
  }
  const { page, vacancies, regions, unseen } = result.data;
  const occupation = filters.cnp ? ((await suggestOccupations(filters.cnp, { locale, limit: 1 }))[0] ?? null) : null;
  const rows: CandidateResultRow[] = page.items.map(({ card, score, pipelineStage }) => ({
    id: card.id,
    occupation: card.occupations[0]?.title ?? null,
    nocCode: card.occupations[0]?.nocCode ?? null,
    years: card.occupations[0]?.years ?? null,
    skills: card.skills,
    frenchLevel: card.frenchLevel,
    regionCodes: card.preferredRegionCodes,
    openToAnyRegion: card.openToAnyRegionOutsideCmm,
    availableFrom: card.availableFrom,
    confirmedDaysAgo: card.confirmedDaysAgo,
    score,
    stage: pipelineStage,
  }));
  const query = searchFiltersQuery(filters);
  const relevanceWithoutVacancy = filters.tri === "pertinence" && !filters.poste;

  return (
    <Container className="flex flex-col gap-6 py-8">
      <div className="flex flex-col gap-4 sm:flex-row sm:items-end sm:justify-between">
        <div>
          <h1 className="text-3xl font-bold">{t("recruiting.search.title")}</h1>
          <p className="mt-2 max-w-3xl text-ink-muted">{t("recruiting.search.intro")}</p>
        </div>
        <div className="flex shrink-0 flex-col gap-2 sm:flex-row">
          <ButtonLink href="/employeur/recherche/enregistrees" variant="secondary" className="whitespace-nowrap">
            {t("recruiting.search.saved")}
            {unseen > 0 && <span className="ms-2 rounded-full bg-brand-600 px-2 text-sm text-white">{formatNumber(locale, unseen)}</span>}
          </ButtonLink>
        </div>
      </div>
      <CandidateSearchFilters
        filters={filters}
        regions={regions}
        vacancies={vacancies.filter((v) => v.status === "PUBLISHED" || v.status === "DRAFT").map((v) => ({ id: v.id, title: v.title }))}
        occupation={occupation ? { code: occupation.code, title: occupation.title } : null}
      />
      {relevanceWithoutVacancy && (
        <Alert variant="info" live="off">
          {t("recruiting.search.relevanceNeedsVacancy")}
        </Alert>
      )}
      <div className="flex flex-col gap-3 sm:flex-row sm:items-center sm:justify-between">
        <p className="text-lg font-semibold" role="status" data-testid="search-count">
          {page.moreThanTotal
            ? t("recruiting.search.resultsMore", { n: formatNumber(locale, page.total) })
            : t("recruiting.search.results", { count: page.total, n: formatNumber(locale, page.total) })}
        </p>
        <SaveSearchButton filters={filters} />
      </div>
      {page.sort === "pertinence" && page.vacancy && <p className="text-sm text-ink-muted">{t("recruiting.search.relevanceNote")}</p>}
      <CandidateResultsTable rows={rows} rowCount={page.total} page={page.page} pageSize={page.pageSize} withScore={page.sort === "pertinence"} backQuery={query} />
      <p className="text-sm text-ink-muted">
        {t("recruiting.search.share")} <Link href="/employeur/recherche/enregistrees">{t("recruiting.search.saved")}</Link>
      </p>
    </Container>
  );
}
