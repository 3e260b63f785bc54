import { Container } from "@/components/layout/container";
import { ButtonLink } from "@/components/ui/button-link";
import { parseTableParams } from "@/components/ui/data-table-params";
import { VacancyTable } from "@/components/employer/vacancy-table";
import { VacancyFilters } from "@/components/employer/vacancy-filters";
import { VACANCY_DEFAULT_SORT, VACANCY_PAGE_SIZES, type VacancyRow } from "@/components/employer/vacancy-columns";
import { getLocale, getT } from "@/lib/i18n/server";
import { requirePageRole } from "@/lib/server/page-auth";
import { getMyOrganisation } from "@/lib/server/dal/employers";
import { listEmployerVacancies } from "@/lib/server/dal/vacancies";
import { listRegions } from "@/lib/server/dal/municipalities";
import { suggestOccupations } from "@/lib/server/dal/occupations";
import { VACANCY_SORTS, ZEmployerVacancyFilters, firstParams } from "@/lib/schemas/vacancy";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata() {
  const t = await getT();
  return { title: t("vacancy.list.title") };
}

const DAY = 86_400_000;

export default async function VacanciesPage({ searchParams }: Props) {
  const actor = await requirePageRole("EMPLOYER");
  const sp = await searchParams;
  const filters = ZEmployerVacancyFilters.parse(firstParams(sp));
  const table = parseTableParams(sp, { sortable: VACANCY_SORTS, defaultSort: VACANCY_DEFAULT_SORT, pageSizes: VACANCY_PAGE_SIZES });
  const [t, locale, org, regions] = await Promise.all([getT(), getLocale(), getMyOrganisation(actor), listRegions(null)]);
  const now = new Date();
  const list = await listEmployerVacancies(actor, { filters, page: table.page, pageSize: table.pageSize, sort: table.sort }, now);
  const regionName = new Map(regions.map((r) => [r.code, locale === "en" ? r.nameEn : r.nameFr]));
  const occupation = filters.cnp?.length === 5 ? ((await suggestOccupations(filters.cnp, { locale, limit: 1 }))[0] ?? null) : null;
  const rows: VacancyRow[] = list.rows.map((r) => ({
    id: r.id,
    title: r.title,
    externalRef: r.externalRef,
    nocCode: r.nocCode,
    nocTitle: locale === "en" ? r.nocTitleEn : r.nocTitleFr,
    municipalityName: r.municipalityName,
    regionCode: r.regionCode,
    regionName: regionName.get(r.regionCode) ?? "",
    displayStatus: r.displayStatus,
    expiresAt: r.expiresAt?.toISOString() ?? null,
    daysLeft: r.expiresAt ? Math.ceil((r.expiresAt.getTime() - now.getTime()) / DAY) : null,
    positions: r.positions,
    updatedAt: r.updatedAt.toISOString(),
    canClose: r.actions.includes("close"),
    canRenew: r.actions.includes("renew"),
  }));
  const filtered = Object.values(filters).some((v) => v !== undefined);
  return (
    <Container className="flex flex-col gap-6 py-8">
      <div className="flex flex-col gap-4 sm:flex-row sm:items-end sm:justify-between">
        <div>
          <h1 className="text-3xl font-bold">{t("vacancy.list.title")}</h1>
          <p className="mt-2 max-w-3xl text-ink-muted">{t("vacancy.list.intro")}</p>
        </div>
        <div className="flex shrink-0 flex-col gap-2 sm:flex-row">
          <ButtonLink href="/employeur/postes/nouveau" className="whitespace-nowrap">{t("vacancy.list.new")}</ButtonLink>
          <ButtonLink href="/employeur/postes/import" variant="secondary" className="whitespace-nowrap">
            {t("vacancy.list.import")}
          </ButtonLink>
        </div>
      </div>
      <VacancyFilters filters={filters} regions={regions} occupation={occupation ? { code: occupation.code, title: occupation.title } : null} />
      <VacancyTable rows={rows} rowCount={list.total} page={table.page} pageSize={table.pageSize} sort={table.sort} filtered={filtered} canRenew={org.verificationStatus === "VERIFIED"} />
    </Container>
  );
}
