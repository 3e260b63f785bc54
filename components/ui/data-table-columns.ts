// The feature set of every DataTable and the helpers that feature folders use in their *-columns.tsx factories:
//
//   const helper = createDataTableColumnHelper<TCandidateRow>();
//   export function candidateResultsColumns(t: Translator, locale: Locale) {
//     return helper.columns([
//       helper.accessor("name", { header: t("..."), enableSorting: true, meta: { rowHeader: true } }),
//       helper.accessor("score", { header: t("..."), enableSorting: true, meta: { align: "end" } }),
//     ]);
//   }
//
// Plain module (no "use client") so that both server and client code can import the types.
import {
  createColumnHelper,
  metaHelper,
  rowPaginationFeature,
  rowSelectionFeature,
  rowSortingFeature,
  tableFeatures,
  type ColumnDef,
  type RowData,
} from "@tanstack/react-table";

export type DataTableColumnMeta = {
  /** Numbers and money align to the end so that digits line up. */
  align?: "start" | "end" | "center";
  /** Render this column's cells as <th scope="row">: the cell that names the row (a person, a position). */
  rowHeader?: boolean;
  headerClassName?: string;
  cellClassName?: string;
};

// Sorting and pagination are server-side (manualSorting / manualPagination): no client row models registered.
export const dataTableFeatures = tableFeatures({
  rowSortingFeature,
  rowPaginationFeature,
  rowSelectionFeature,
  columnMeta: metaHelper<DataTableColumnMeta>(),
});
export type DataTableFeatures = typeof dataTableFeatures;

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- each column keeps its own value type
export type DataTableColumn<TData extends RowData> = ColumnDef<DataTableFeatures, TData, any>;

export function createDataTableColumnHelper<TData extends RowData>() {
  return createColumnHelper<DataTableFeatures, TData>();
}
