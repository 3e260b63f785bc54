import { getT } from "@/lib/i18n/server";
import { formatDate, formatNumber } from "@/lib/i18n/format";
import type { Dashboard } from "@/lib/server/dal/dashboard";
import type { Locale } from "@/lib/i18n/config";
import { retentionText } from "./retention-text";

const th = "border-b-2 border-line-strong px-2 py-2 text-start text-sm align-bottom";
const td = "border-b border-line px-2 py-2 text-end text-sm tabular-nums";

/** The map's figures, and the others per region, as a table (the map's accessible alternative). */
export async function RegionFiguresTable({ dashboard: d, locale }: { dashboard: Dashboard; locale: Locale }) {
  const t = await getT();
  const n = (v: number) => formatNumber(locale, v);
  const fmt = (iso: string) => formatDate(locale, iso, { dateStyle: "medium" });
  return (
    <div className="overflow-x-auto rounded border border-line" role="region" aria-labelledby="regions-caption" tabIndex={0}>
      <table className="w-full border-collapse" data-testid="region-figures">
        <caption id="regions-caption" className="px-2 py-2 text-start font-semibold">
          {t("dashboard.table.caption", { from: fmt(d.period.from), to: fmt(d.period.to) })}
        </caption>
        <thead className="bg-surface">
          <tr>
            <th scope="col" className={th}>{t("dashboard.table.region")}</th>
            <th scope="col" className={`${th} text-end`}>{t("dashboard.measures.openPositions")}</th>
            <th scope="col" className={`${th} text-end`}>{t("dashboard.measures.candidatesInterested")}</th>
            <th scope="col" className={`${th} text-end`}>{t("dashboard.measures.hires")}</th>
            <th scope="col" className={`${th} text-end`}>{t("dashboard.measures.unmetPositions")}</th>
            <th scope="col" className={`${th} text-end`}>{t("dashboard.table.medianDays")}</th>
            <th scope="col" className={`${th} text-end`}>{t("dashboard.table.retention6")}</th>
            <th scope="col" className={`${th} text-end`}>{t("dashboard.table.retention12")}</th>
          </tr>
        </thead>
        <tbody>
          {d.regions.map((r) => (
            <tr key={r.regionCode} data-region={r.regionCode}>
              <th scope="row" className="border-b border-line px-2 py-2 text-start text-sm font-normal">
                {locale === "en" ? r.nameEn : r.nameFr} <span className="text-ink-muted">({r.regionCode})</span>
              </th>
              <td className={td}>{n(r.openPositions)}</td>
              <td className={td}>{n(r.candidatesInterested)}</td>
              <td className={td}>{n(r.hires)}</td>
              <td className={td}>{n(r.unmetPositions)}</td>
              <td className={td}>{r.medianDaysToFill === null ? t("dashboard.table.none") : n(r.medianDaysToFill)}</td>
              <td className={td}>{retentionText(t, locale, r.retention6)}</td>
              <td className={td}>{retentionText(t, locale, r.retention12)}</td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr className="font-bold">
            <th scope="row" className="px-2 py-2 text-start text-sm">{t("dashboard.table.total")}</th>
            <td className={td}>{n(d.totals.openPositions)}</td>
            {/* A person may be interested in several regions: their sum would count people twice. */}
            <td className={td}>{t("dashboard.table.none")}</td>
            <td className={td}>{n(d.totals.hires)}</td>
            <td className={td}>{n(d.totals.unmetPositions)}</td>
            <td className={td} colSpan={3} />
          </tr>
        </tfoot>
      </table>
    </div>
  );
}
