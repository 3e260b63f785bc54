import Link from "next/link";
import { createDataTableColumnHelper } from "@/components/ui/data-table-columns";
import type { TableSort } from "@/components/ui/data-table-params";
import { VacancyStatusBadge } from "@/components/employer/vacancy-status-badge";
import type { DisplayStatus } from "@/lib/domain/vacancy/lifecycle";
import type { Locale } from "@/lib/i18n/config";
import { formatDate, formatNumber } from "@/lib/i18n/format";
import type { Translator } from "@/lib/i18n/translate";

/** One row of the employer's vacancy table (a small DTO: what the columns show and the bulk actions need). */
export type VacancyRow = {
  id: string;
  title: string;
  externalRef: string | null;
  nocCode: string;
  nocTitle: string;
  municipalityName: string;
  regionCode: string;
  regionName: string;
  displayStatus: DisplayStatus;
  expiresAt: string | null;
  daysLeft: number | null;
  positions: number;
  updatedAt: string;
  canClose: boolean;
  canRenew: boolean;
};

// Plain module (no "use client"): the server page reads these constants too.
export const VACANCY_PAGE_SIZES = [20, 50, 100] as const;
export const VACANCY_DEFAULT_SORT: TableSort = { id: "updatedAt", desc: true };

const helper = createDataTableColumnHelper<VacancyRow>();

export function vacancyColumns(t: Translator, locale: Locale) {
  const date = (iso: string) => formatDate(locale, iso, { dateStyle: "medium", timeZone: "America/Toronto" });
  return helper.columns([
    helper.accessor("title", {
      header: t("vacancy.list.columns.title"),
      enableSorting: true,
      meta: { rowHeader: true },
      cell: ({ row }) => (
        <span className="flex flex-col">
          <Link href={`/employeur/postes/${row.original.id}`}>{row.original.title}</Link>
          {row.original.externalRef && <span className="text-sm font-normal text-ink-muted">{row.original.externalRef}</span>}
        </span>
      ),
    }),
    helper.accessor("nocCode", {
      header: t("vacancy.list.columns.occupation"),
      cell: ({ row }) => (
        <span className="flex flex-col text-sm">
          <span className="font-semibold tabular-nums">{row.original.nocCode}</span>
          <span className="text-ink-muted">{row.original.nocTitle}</span>
        </span>
      ),
    }),
    helper.accessor("regionCode", {
      id: "region",
      header: t("vacancy.list.columns.place"),
      enableSorting: true,
      cell: ({ row }) => (
        <span className="flex flex-col text-sm">
          <span>{row.original.municipalityName}</span>
          <span className="text-ink-muted">
            {row.original.regionCode} {row.original.regionName}
          </span>
        </span>
      ),
    }),
    helper.accessor("displayStatus", {
      id: "status",
      header: t("vacancy.list.columns.status"),
      enableSorting: true,
      cell: ({ row }) => <VacancyStatusBadge status={row.original.displayStatus} t={t} />,
    }),
    helper.accessor("expiresAt", {
      header: t("vacancy.list.columns.expiresAt"),
      enableSorting: true,
      cell: ({ row }) =>
        row.original.expiresAt && (row.original.displayStatus === "published" || row.original.displayStatus === "expired") ? (
          <span className="flex flex-col text-sm">
            <span>{date(row.original.expiresAt)}</span>
            {row.original.daysLeft !== null && row.original.daysLeft >= 0 && (
              <span className={row.original.daysLeft <= 7 ? "font-semibold text-warning-800" : "text-ink-muted"}>{t("vacancy.list.expiresIn", { count: row.original.daysLeft })}</span>
            )}
          </span>
        ) : (
          <span aria-hidden="true">—</span>
        ),
    }),
    helper.accessor("positions", {
      header: t("vacancy.list.columns.positions"),
      meta: { align: "end" },
      cell: ({ getValue }) => <span className="tabular-nums">{formatNumber(locale, getValue())}</span>,
    }),
    helper.accessor("updatedAt", {
      header: t("vacancy.list.columns.updatedAt"),
      enableSorting: true,
      cell: ({ getValue }) => <span className="text-sm whitespace-nowrap">{date(getValue())}</span>,
    }),
  ]);
}
