import Link from "next/link";
import { createDataTableColumnHelper, type DataTableColumn } from "@/components/ui/data-table-columns";
import { Badge } from "@/components/ui/badge";
import { REGION_NAMES } from "@/lib/domain/matching/regions";
import type { PipelineStage } from "@/lib/domain/recruiting/pipeline";
import type { Locale } from "@/lib/i18n/config";
import { formatDate, formatNumber } from "@/lib/i18n/format";
import type { Translator } from "@/lib/i18n/translate";

/** One row of the candidate search: what the anonymous card says, in short (never a name or contact). */
export type CandidateResultRow = {
  id: string;
  occupation: string | null;
  nocCode: string | null;
  years: number | null;
  skills: string[];
  frenchLevel: number | null;
  regionCodes: string[];
  openToAnyRegion: boolean;
  availableFrom: string | null;
  confirmedDaysAgo: number;
  score: number | null;
  stage: PipelineStage | null;
};

// Plain module: the server page reads the constants too.
export const SEARCH_PAGE_SIZES = [20, 50, 100] as const;

const helper = createDataTableColumnHelper<CandidateResultRow>();

export function candidateResultColumns(t: Translator, locale: Locale, opts: { withScore: boolean; profileHref: (id: string) => string }) {
  const n = (x: number, digits = 0) => formatNumber(locale, x, { maximumFractionDigits: digits });
  const columns: DataTableColumn<CandidateResultRow>[] = [
    helper.accessor("occupation", {
      header: t("recruiting.search.columns.occupation"),
      meta: { rowHeader: true, cellClassName: "min-w-56" },
      cell: ({ row }) => {
        const r = row.original;
        return (
          <span className="flex flex-col gap-1">
            <span>{r.occupation ?? r.nocCode ?? t("recruiting.search.unknown")}</span>
            <span className="text-sm font-normal text-ink-muted">
              {r.nocCode ? `${t("candidate.card.noc", { code: r.nocCode })} · ` : ""}
              {r.years !== null ? t("recruiting.search.years", { count: r.years, years: n(r.years, 1) }) : ""}
            </span>
            {r.skills.length > 0 && <span className="text-sm font-normal text-ink-muted">{r.skills.slice(0, 4).join(", ")}{r.skills.length > 4 ? "…" : ""}</span>}
            {r.stage && (
              <span>
                <Badge variant="info">{t("recruiting.search.inPipeline", { stage: t(`recruiting.stages.${r.stage}`) })}</Badge>
              </span>
            )}
          </span>
        );
      },
    }),
    helper.accessor("frenchLevel", {
      header: t("recruiting.search.columns.french"),
      cell: ({ getValue }) => {
        const v = getValue();
        return v === null ? t("recruiting.search.unknown") : t("recruiting.search.frenchLevel", { level: v });
      },
    }),
    helper.accessor("regionCodes", {
      header: t("recruiting.search.columns.regions"),
      cell: ({ row }) => {
        const r = row.original;
        const names = r.regionCodes.map((c) => REGION_NAMES[c]?.[locale] ?? c);
        return (
          <span className="flex flex-col text-sm">
            {r.openToAnyRegion && <span className="font-semibold">{t("recruiting.search.anyOutsideCmm")}</span>}
            {names.length > 0 ? <span>{names.join(", ")}</span> : !r.openToAnyRegion && <span>{t("recruiting.search.unknown")}</span>}
          </span>
        );
      },
    }),
    helper.accessor("availableFrom", {
      header: t("recruiting.search.columns.availability"),
      cell: ({ getValue }) => {
        const v = getValue();
        if (!v) return t("recruiting.search.unknown");
        return v <= new Date().toISOString().slice(0, 10) ? t("recruiting.search.availableNow") : formatDate(locale, v, { dateStyle: "medium" });
      },
    }),
    helper.accessor("confirmedDaysAgo", {
      header: t("recruiting.search.columns.confirmed"),
      cell: ({ getValue }) => (getValue() === 0 ? t("recruiting.search.confirmedToday") : t("recruiting.search.confirmedAgo", { count: getValue() })),
    }),
  ];
  if (opts.withScore) {
    columns.push(
      helper.accessor("score", {
        header: t("recruiting.search.columns.score"),
        meta: { align: "end" },
        cell: ({ getValue }) => {
          const v = getValue();
          return v === null ? "–" : t("recruiting.search.score", { score: n(v, 1) });
        },
      }),
    );
  }
  columns.push(
    helper.display({
      id: "actions",
      header: t("recruiting.search.columns.actions"),
      cell: ({ row }) => (
        <Link href={opts.profileHref(row.original.id)} aria-label={t("recruiting.search.viewLabel", { occupation: row.original.occupation ?? row.original.nocCode ?? "" })} className="whitespace-nowrap">
          {t("recruiting.search.view")}
        </Link>
      ),
    }),
  );
  return columns;
}
