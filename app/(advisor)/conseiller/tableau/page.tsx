import { Container } from "@/components/layout/container";
import { TextField } from "@/components/ui/field";
import { SelectField } from "@/components/ui/select";
import { buttonClasses } from "@/components/ui/button-styles";
import { DashboardMap } from "@/components/dashboard/dashboard-map";
import { RegionFiguresTable } from "@/components/dashboard/region-figures-table";
import { ChartFigure, DataTableSimple } from "@/components/dashboard/chart-figure";
import { LineChart } from "@/components/dashboard/line-chart";
import { BarRows, ColumnChart } from "@/components/dashboard/bar-chart";
import { getLocale, getT } from "@/lib/i18n/server";
import { formatDate, formatNumber, formatPercent } from "@/lib/i18n/format";
import { requirePageRole } from "@/lib/server/page-auth";
import { getDashboard } from "@/lib/server/dal/dashboard";
import { getRegionsMap } from "@/lib/server/reference-files";
import { firstParams } from "@/lib/schemas/vacancy";
import { MAP_MEASURES, OUTSIDE_CMM_BASELINE, parseMeasure, parsePeriod } from "@/lib/domain/integration/dashboard";
import { quebecDateOf } from "@/lib/domain/integration/working-days";
import { retentionText } from "@/components/dashboard/retention-text";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata() {
  const t = await getT();
  return { title: t("dashboard.title"), robots: { index: false } };
}

export default async function RegionalDashboardPage({ searchParams }: Props) {
  const actor = await requirePageRole("ADVISOR", "ADMIN");
  const sp = firstParams(await searchParams);
  const today = quebecDateOf(new Date());
  const period = parsePeriod({ du: sp.du, au: sp.au }, today);
  const measure = parseMeasure(sp.mesure);
  const [t, locale, d, map] = await Promise.all([getT(), getLocale(), getDashboard(actor, period), getRegionsMap()]);
  const name = (r: { nameFr: string; nameEn: string }) => (locale === "en" ? r.nameEn : r.nameFr);
  const pct = (v: number | null) => (v === null ? t("dashboard.table.none") : formatPercent(locale, v));
  const n = (v: number) => formatNumber(locale, v);
  const csv = (section: string) => `/conseiller/tableau/export?section=${section}&du=${period.from}&au=${period.to}`;
  const fmtDate = (iso: string) => formatDate(locale, iso, { dateStyle: "long" });
  const measureLabel = t(`dashboard.measures.${measure}`);
  const values = Object.fromEntries(d.regions.map((r) => [r.regionCode, r[measure]]));
  const monthLabel = (m: string) => formatDate(locale, `${m}-01`, { month: "short", year: "2-digit" });
  const regionsWithHires = d.regions.filter((r) => r.hires > 0);
  const regionsWithRetention = d.regions.filter((r) => r.retention6.followUps > 0 || r.retention12.followUps > 0);
  const occRows = d.occupations.map((o) => {
    const region = d.regions.find((r) => r.regionCode === o.regionCode);
    return { region: region ? name(region) : o.regionCode, occupation: `${o.nocCode} ${locale === "en" ? o.titleEn : o.titleFr}`, o };
  });
  const chartText = { csvLabel: t("dashboard.charts.download"), tableLabel: t("dashboard.charts.showTable") };
  return (
    <Container className="flex flex-col gap-8 py-8">
      <header className="flex flex-col gap-2">
        <h1 className="text-3xl font-bold">{t("dashboard.title")}</h1>
        <p className="max-w-3xl text-ink-muted">{t("dashboard.intro")}</p>
        <p className="text-sm">{d.scopeRegions === null ? t("dashboard.scopeAll") : t("dashboard.scopeRegions", { regions: d.regions.map((r) => `${name(r)} (${r.regionCode})`).join(", ") })}</p>
      </header>

      <form method="get" className="flex flex-wrap items-end gap-4 rounded border border-line p-4" aria-label={t("dashboard.filters")}>
        <TextField type="date" name="du" label={t("dashboard.from")} defaultValue={period.from} max={today} containerClassName="w-full sm:w-48" />
        <TextField type="date" name="au" label={t("dashboard.to")} defaultValue={period.to} max={today} containerClassName="w-full sm:w-48" />
        <SelectField name="mesure" label={t("dashboard.measure")} defaultValue={measure} containerClassName="w-full sm:w-80" options={MAP_MEASURES.map((m) => ({ value: m, label: t(`dashboard.measures.${m}`) }))} />
        <button type="submit" className={buttonClasses({ variant: "primary" })}>
          {t("dashboard.apply")}
        </button>
      </form>
      <p className="font-semibold" role="status">
        {t("dashboard.period", { from: fmtDate(period.from), to: fmtDate(period.to) })}
      </p>

      <section aria-labelledby="map-title" className="grid gap-6 lg:grid-cols-[minmax(0,2fr)_minmax(0,3fr)]">
        <div className="flex flex-col gap-2" data-testid="dashboard-map">
          <h2 id="map-title" className="text-2xl font-bold">
            {t("dashboard.map", { measure: measureLabel })}
          </h2>
          <p className="text-sm text-ink-muted">{t(`dashboard.measureHints.${measure}`)}</p>
          <DashboardMap map={map} values={values} legend={t("dashboard.map", { measure: measureLabel })} />
        </div>
        <div className="flex min-w-0 flex-col gap-2">
          <RegionFiguresTable dashboard={d} locale={locale} />
          <p className="text-sm">
            <a href={csv("regions")} download data-testid="csv-regions">
              {t("dashboard.charts.download")}
            </a>
          </p>
        </div>
      </section>

      <section aria-labelledby="charts-title" className="flex flex-col gap-4">
        <h2 id="charts-title" className="sr-only">
          {t("dashboard.title")}
        </h2>
        <div className="grid gap-6 lg:grid-cols-2">
          <ChartFigure
            id="share"
            title={t("dashboard.charts.share.title")}
            description={t("dashboard.charts.share.description")}
            summary={d.totals.hiresProvince ? t("dashboard.charts.share.summary", { share: pct(d.totals.shareOutsideCmmProvince), count: n(d.totals.hiresProvince) }) : t("dashboard.charts.noData")}
            csvHref={csv("months")}
            {...chartText}
            table={
              <DataTableSimple
                caption={t("dashboard.charts.share.title")}
                columns={[{ label: t("dashboard.charts.share.month") }, { label: t("dashboard.charts.share.hires"), numeric: true }, { label: t("dashboard.charts.share.outside"), numeric: true }, { label: t("dashboard.charts.share.share"), numeric: true }]}
                rows={d.months.map((m) => [monthLabel(m.month), n(m.hires), n(m.hiresOutsideCmm), pct(m.shareOutsideCmm)])}
              />
            }
          >
            <LineChart
              labelledBy="share-title share-desc"
              seriesLabel={t("dashboard.charts.share.series")}
              baseline={OUTSIDE_CMM_BASELINE}
              baselineLabel={t("dashboard.charts.share.baseline")}
              formatShare={(v) => formatPercent(locale, v)}
              points={d.months.map((m) => ({ label: monthLabel(m.month), value: m.shareOutsideCmm, valueText: pct(m.shareOutsideCmm) }))}
            />
          </ChartFigure>

          <ChartFigure
            id="french"
            title={t("dashboard.charts.french.title")}
            description={t("dashboard.charts.french.description")}
            csvHref={csv("french")}
            {...chartText}
            table={
              <DataTableSimple
                caption={t("dashboard.charts.french.title")}
                columns={[{ label: t("dashboard.charts.french.level") }, { label: t("dashboard.charts.french.hires"), numeric: true }]}
                rows={d.frenchLevels.map((f) => [f.level === null ? t("dashboard.charts.french.unknown") : String(f.level), n(f.hires)])}
              />
            }
          >
            <ColumnChart labelledBy="french-title french-desc" bars={d.frenchLevels.map((f) => ({ label: f.level === null ? "?" : String(f.level), value: f.hires, valueText: n(f.hires) }))} />
          </ChartFigure>

          <ChartFigure
            id="time-to-fill"
            title={t("dashboard.charts.timeToFill.title")}
            description={t("dashboard.charts.timeToFill.description")}
            summary={regionsWithHires.length ? undefined : t("dashboard.charts.noData")}
            csvHref={csv("regions")}
            {...chartText}
            table={
              <DataTableSimple
                caption={t("dashboard.charts.timeToFill.title")}
                columns={[{ label: t("dashboard.table.region") }, { label: t("dashboard.charts.timeToFill.days"), numeric: true }, { label: t("dashboard.charts.timeToFill.hires"), numeric: true }]}
                rows={regionsWithHires.map((r) => [name(r), r.medianDaysToFill === null ? t("dashboard.table.none") : n(r.medianDaysToFill), n(r.hires)])}
              />
            }
          >
            {regionsWithHires.length > 0 && (
              <BarRows
                id="time-to-fill"
                labelledBy="time-to-fill-title time-to-fill-desc"
                series={[t("dashboard.charts.timeToFill.days")]}
                rows={regionsWithHires.map((r) => ({ label: name(r), values: [{ value: r.medianDaysToFill, valueText: r.medianDaysToFill === null ? "—" : t("dashboard.charts.timeToFill.value", { days: n(r.medianDaysToFill) }) }] }))}
              />
            )}
          </ChartFigure>

          <ChartFigure
            id="retention"
            title={t("dashboard.charts.retention.title")}
            description={t("dashboard.charts.retention.description")}
            summary={regionsWithRetention.length ? undefined : t("dashboard.charts.noData")}
            csvHref={csv("regions")}
            {...chartText}
            table={
              <DataTableSimple
                caption={t("dashboard.charts.retention.title")}
                columns={[{ label: t("dashboard.table.region") }, { label: t("dashboard.charts.retention.m6"), numeric: true }, { label: t("dashboard.charts.retention.m12"), numeric: true }]}
                rows={regionsWithRetention.map((r) => [
                  name(r),
                  retentionText(t, locale, r.retention6),
                  retentionText(t, locale, r.retention12),
                ])}
              />
            }
          >
            {regionsWithRetention.length > 0 && (
              <BarRows
                id="retention"
                labelledBy="retention-title retention-desc"
                max={1}
                series={[t("dashboard.charts.retention.m6"), t("dashboard.charts.retention.m12")]}
                rows={regionsWithRetention.map((r) => ({
                  label: name(r),
                  values: [
                    { value: r.retention6.rate, valueText: retentionText(t, locale, r.retention6, { short: true }) },
                    { value: r.retention12.rate, valueText: retentionText(t, locale, r.retention12, { short: true }) },
                  ],
                }))}
              />
            )}
          </ChartFigure>

          <ChartFigure
            id="occupations"
            title={t("dashboard.charts.occupations.title")}
            description={t("dashboard.charts.occupations.description")}
            summary={occRows.length ? undefined : t("dashboard.charts.occupations.none")}
            csvHref={csv("occupations")}
            {...chartText}
            table={
              <DataTableSimple
                caption={t("dashboard.charts.occupations.title")}
                columns={[{ label: t("dashboard.table.region") }, { label: t("dashboard.charts.occupations.rank"), numeric: true }, { label: t("dashboard.charts.occupations.occupation") }, { label: t("dashboard.charts.occupations.positions"), numeric: true }]}
                rows={occRows.map((r) => [r.region, r.o.rank, r.occupation, n(r.o.unmetPositions)])}
              />
            }
          >
            {occRows.length > 0 && (
              <BarRows
                id="occupations"
                labelledBy="occupations-title occupations-desc"
                series={[t("dashboard.charts.occupations.positions")]}
                rows={occRows.map((r) => ({ label: `${r.region} — ${r.occupation}`, values: [{ value: r.o.unmetPositions, valueText: n(r.o.unmetPositions) }] }))}
              />
            )}
          </ChartFigure>
        </div>
      </section>
    </Container>
  );
}
