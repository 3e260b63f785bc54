"use client";
import { useMemo } from "react";
import { DataTable } from "@/components/ui/data-table";
import { candidateResultColumns, SEARCH_PAGE_SIZES, type CandidateResultRow } from "@/components/recruiting/candidate-results-columns";
import { useI18n } from "@/lib/i18n/client";

/** The search's results: anonymous rows, paginated by the server (page and size in the URL). */
export function CandidateResultsTable({ rows, rowCount, page, pageSize, withScore, backQuery }: { rows: CandidateResultRow[]; rowCount: number; page: number; pageSize: number; withScore: boolean; backQuery: string }) {
  const { t, locale } = useI18n();
  const columns = useMemo(
    () => candidateResultColumns(t, locale, { withScore, profileHref: (id) => `/employeur/recherche/candidats/${id}${backQuery}` }),
    [t, locale, withScore, backQuery],
  );
  return (
    <DataTable
      columns={columns}
      data={rows}
      rowCount={rowCount}
      page={page}
      pageSize={pageSize}
      sort={null}
      pageSizeOptions={SEARCH_PAGE_SIZES}
      caption={t("recruiting.search.caption")}
      captionHidden
      emptyState={t("recruiting.search.empty")}
      paramNames={{ sort: "ordre" }}
    />
  );
}
