"use client";
import { usePathname, useRouter, useSearchParams } from "next/navigation";
import { useEffect, useId, useMemo, useRef, useState, useTransition, type ReactNode } from "react";
import {
  createColumnHelper,
  functionalUpdate,
  useTable,
  type PaginationState,
  type Row,
  type RowData,
  type RowSelectionState,
  type SortingState,
} from "@tanstack/react-table";
import { useI18n } from "@/lib/i18n/client";
import { formatNumber } from "@/lib/i18n/format";
import type { Translator } from "@/lib/i18n/translate";
import { Button } from "./button";
import { Checkbox } from "./checkbox";
import { cn } from "./cn";
import { dataTableFeatures, type DataTableColumn, type DataTableColumnMeta, type DataTableFeatures } from "./data-table-columns";
import {
  DEFAULT_PAGE_SIZES,
  DEFAULT_TABLE_PARAM_NAMES,
  formatSortParam,
  pageCountOf,
  rowRange,
  sameSort,
  withSearchParams,
  type TableParamNames,
  type TableSort,
} from "./data-table-params";
import { SortIcon } from "./icons";
import { Pagination } from "./pagination";

export type DataTableBulkContext<TData extends RowData> = {
  /** Ids of the selected rows (on the current page: the selection is cleared when new data arrives). */
  selectedIds: string[];
  selectedRows: TData[];
  clearSelection: () => void;
};

export type DataTableProps<TData extends RowData> = {
  /** From a *-columns.tsx factory, memoised by the caller (a new array each render rebuilds the table model). */
  columns: DataTableColumn<TData>[];
  /** One page of rows, already sorted and sliced by the server. */
  data: TData[];
  /** Total rows matching the query on the server. */
  rowCount: number;
  /** 1-based. */
  page: number;
  pageSize: number;
  sort: TableSort | null;
  /** The server's order when the URL says nothing; it is then left out of the URL, and the sort can't be removed. */
  defaultSort?: TableSort | null;
  pageSizeOptions?: readonly number[];
  defaultPageSize?: number;
  /** The table's name (a <caption>), visible unless captionHidden. */
  caption: string;
  captionHidden?: boolean;
  /** Defaults to row.id. */
  getRowId?: (row: TData) => string;
  /** Names the row in "Sélectionner la ligne …" (defaults to the row id). */
  getRowLabel?: (row: TData) => string;
  enableRowSelection?: boolean | ((row: TData) => boolean);
  /** Buttons acting on the selected rows (shown above the table; disable them while the selection is empty). */
  bulkActions?: (ctx: DataTableBulkContext<TData>) => ReactNode;
  emptyState?: ReactNode;
  paramNames?: Partial<TableParamNames>;
  className?: string;
};

function defaultRowId(row: unknown, index: number): string {
  const id = (row as { id?: unknown } | null)?.id;
  return typeof id === "string" || typeof id === "number" ? String(id) : String(index);
}

const alignClass: Record<NonNullable<DataTableColumnMeta["align"]>, string> = { start: "text-start", end: "text-end", center: "text-center" };

/**
 * A generic table over TanStack Table 9 whose sorting and pagination belong to the server: every change goes to
 * the URL (router.push in a transition, so the table shows it is updating), the server page reads the URL with
 * parseTableParams and renders the new page. Markup is a real <table> with a caption, column headers with
 * aria-sort, optional row headers, and a focusable scroll container for narrow screens.
 */
export function DataTable<TData extends RowData>({
  columns,
  data,
  rowCount,
  page,
  pageSize,
  sort,
  defaultSort = null,
  pageSizeOptions = DEFAULT_PAGE_SIZES,
  defaultPageSize,
  caption,
  captionHidden,
  getRowId,
  getRowLabel,
  enableRowSelection = false,
  bulkActions,
  emptyState,
  paramNames,
  className,
}: DataTableProps<TData>) {
  const { t, locale } = useI18n();
  const router = useRouter();
  const pathname = usePathname();
  const searchParams = useSearchParams();
  const [isPending, startTransition] = useTransition();
  const captionId = useId();
  const pageSizeId = useId();
  const regionRef = useRef<HTMLDivElement>(null);
  const focusAfterNavigation = useRef(false);
  const names = { ...DEFAULT_TABLE_PARAM_NAMES, ...paramNames };
  const basePageSize = defaultPageSize ?? pageSizeOptions[0] ?? 20;

  function navigate(changes: Record<string, string | null>, focusTable = false) {
    const href = `${pathname}${withSearchParams(searchParams?.toString() ?? "", changes)}`;
    focusAfterNavigation.current = focusTable;
    startTransition(() => router.push(href, { scroll: false }));
  }

  // Selection is about the rows in view: it is cleared when new data arrives (page, sort, refresh after an action).
  const [rowSelection, setRowSelection] = useState<RowSelectionState>({});
  const [prevData, setPrevData] = useState(data);
  if (prevData !== data) {
    setPrevData(data);
    setRowSelection({});
  }

  // A page change moves the focus from the pagination link (which is replaced) to the table.
  useEffect(() => {
    if (focusAfterNavigation.current) {
      focusAfterNavigation.current = false;
      regionRef.current?.focus();
    }
  }, [data]);

  const selectable = enableRowSelection !== false;
  const allColumns = useMemo(
    () => (selectable ? [selectionColumn<TData>(t, (row) => getRowLabel?.(row.original) ?? row.id), ...columns] : columns),
    [selectable, columns, t, getRowLabel],
  );

  const sortId = sort?.id;
  const sortDesc = sort?.desc;
  const sorting = useMemo<SortingState>(() => (sortId ? [{ id: sortId, desc: !!sortDesc }] : []), [sortId, sortDesc]);
  const pagination = useMemo<PaginationState>(() => ({ pageIndex: page - 1, pageSize }), [page, pageSize]);

  const table = useTable({
    features: dataTableFeatures,
    columns: allColumns,
    data,
    getRowId: getRowId ? (row: TData) => getRowId(row) : defaultRowId,
    rowCount,
    manualSorting: true,
    manualPagination: true,
    enableMultiSort: false,
    enableSortingRemoval: !defaultSort,
    // Only columns the server can order by opt in (enableSorting: true in the column definition).
    defaultColumn: { enableSorting: false },
    enableRowSelection: typeof enableRowSelection === "function" ? (row: Row<DataTableFeatures, TData>) => enableRowSelection(row.original) : enableRowSelection,
    state: { sorting, pagination, rowSelection },
    onSortingChange: (updater) => {
      const next = functionalUpdate(updater, sorting)[0] ?? null;
      const nextSort = next ? { id: next.id, desc: next.desc } : null;
      navigate({ [names.sort]: sameSort(nextSort, defaultSort) ? null : formatSortParam(nextSort), [names.page]: null });
    },
    onPaginationChange: (updater) => {
      const next = functionalUpdate(updater, pagination);
      navigate({
        [names.page]: next.pageIndex > 0 ? String(next.pageIndex + 1) : null,
        [names.pageSize]: next.pageSize === basePageSize ? null : String(next.pageSize),
      });
    },
    onRowSelectionChange: setRowSelection,
  });

  const n = (x: number) => formatNumber(locale, x);
  const { from, to } = rowRange(page, pageSize, rowCount);
  const pageCount = pageCountOf(rowCount, pageSize);
  const selectedIds = Object.keys(rowSelection);
  const selectedRows = table.getSelectedRowModel().rows.map((r) => r.original);
  const clearSelection = () => setRowSelection({});
  const columnCount = allColumns.length;

  return (
    <div className={cn("flex flex-col gap-3", className)}>
      {selectable && (
        // Always there (no layout shift under the pointer when the first box is checked); bulkActions receives an
        // empty selection and should disable its buttons then.
        <div role="group" aria-label={t("common.table.bulkActions")} className="flex min-h-13 flex-wrap items-center gap-3 rounded border border-brand-200 bg-brand-50 px-4 py-2">
          <p className="font-semibold text-brand-800">{t("common.table.selected", { count: selectedIds.length })}</p>
          {bulkActions?.({ selectedIds, selectedRows, clearSelection })}
          {selectedIds.length > 0 && (
            <Button variant="ghost" size="sm" onClick={clearSelection}>
              {t("common.table.clearSelection")}
            </Button>
          )}
        </div>
      )}
      <div role="status" aria-live="polite" className="sr-only">
        {isPending ? t("common.table.loading") : selectable && selectedIds.length > 0 ? t("common.table.selected", { count: selectedIds.length }) : ""}
      </div>

      <div
        ref={regionRef}
        role="region"
        aria-labelledby={captionId}
        tabIndex={0}
        className="overflow-x-auto rounded border border-line"
      >
        <table className={cn("w-full border-collapse text-start transition-opacity", isPending && "opacity-60")} aria-busy={isPending || undefined} aria-rowcount={rowCount + 1}>
          <caption id={captionId} className={cn("px-3 py-2 text-start text-lg font-bold text-brand-800", captionHidden && "sr-only")}>
            {caption}
          </caption>
          <thead className="bg-surface">
            {table.getHeaderGroups().map((group) => (
              <tr key={group.id}>
                {group.headers.map((header) => {
                  const meta = header.column.columnDef.meta;
                  const canSort = header.column.getCanSort();
                  const sorted = header.column.getIsSorted();
                  return (
                    <th
                      key={header.id}
                      scope="col"
                      colSpan={header.colSpan > 1 ? header.colSpan : undefined}
                      aria-sort={sorted === "asc" ? "ascending" : sorted === "desc" ? "descending" : undefined}
                      className={cn(
                        "border-b-2 border-line-strong px-3 py-2 text-sm font-semibold whitespace-nowrap text-ink",
                        alignClass[meta?.align ?? "start"],
                        header.column.id === SELECT_COLUMN_ID && "w-12",
                        meta?.headerClassName,
                      )}
                    >
                      {header.isPlaceholder ? null : canSort ? (
                        <button
                          type="button"
                          onClick={header.column.getToggleSortingHandler()}
                          className={cn("-mx-1 inline-flex items-center gap-1 rounded px-1 py-1 font-semibold text-brand-600 hover:bg-brand-50 hover:underline", meta?.align === "end" && "flex-row-reverse")}
                        >
                          <table.FlexRender header={header} />
                          <SortIcon direction={sorted} />
                        </button>
                      ) : (
                        <table.FlexRender header={header} />
                      )}
                    </th>
                  );
                })}
              </tr>
            ))}
          </thead>
          <tbody>
            {data.length === 0 ? (
              <tr>
                <td colSpan={columnCount} className="px-3 py-8 text-center text-ink-muted">
                  {emptyState ?? t("common.table.empty")}
                </td>
              </tr>
            ) : (
              table.getRowModel().rows.map((row, i) => (
                <tr
                  key={row.id}
                  aria-rowindex={(page - 1) * pageSize + i + 2}
                  aria-selected={selectable ? row.getIsSelected() : undefined}
                  className={cn("border-b border-line last:border-b-0", row.getIsSelected() ? "bg-brand-50" : "hover:bg-surface/60")}
                >
                  {row.getAllCells().map((cell) => {
                    const meta = cell.column.columnDef.meta;
                    const Cell = meta?.rowHeader ? "th" : "td";
                    return (
                      <Cell
                        key={cell.id}
                        scope={meta?.rowHeader ? "row" : undefined}
                        // A floor on the width, so that narrow screens scroll the table sideways rather than crush it.
                        className={cn("px-3 py-3 align-top", cell.column.id !== SELECT_COLUMN_ID && "min-w-32", meta?.rowHeader && "font-semibold", alignClass[meta?.align ?? "start"], meta?.cellClassName)}
                      >
                        <table.FlexRender cell={cell} />
                      </Cell>
                    );
                  })}
                </tr>
              ))
            )}
          </tbody>
        </table>
      </div>

      <div className="flex flex-col gap-3 sm:flex-row sm:items-center sm:justify-between">
        <div className="flex flex-wrap items-center gap-4">
          <p className="text-sm text-ink-muted">{t("common.table.range", { from: n(from), to: n(to), total: n(rowCount) })}</p>
          {pageSizeOptions.length > 1 && (
            <div className="flex items-center gap-2">
              <label htmlFor={pageSizeId} className="text-sm font-semibold">
                {t("common.table.rowsPerPage")}
              </label>
              <select
                id={pageSizeId}
                value={pageSize}
                onChange={(e) => table.setPagination({ pageIndex: 0, pageSize: Number(e.target.value) })}
                className="min-h-9 rounded border-2 border-line-strong bg-white px-2 text-sm"
              >
                {pageSizeOptions.map((s) => (
                  <option key={s} value={s}>
                    {n(s)}
                  </option>
                ))}
              </select>
            </div>
          )}
        </div>
        <Pagination page={page} pageCount={pageCount} param={names.page} onNavigate={(p) => navigate({ [names.page]: p > 1 ? String(p) : null }, true)} />
      </div>
    </div>
  );
}

const SELECT_COLUMN_ID = "__select";

function selectionColumn<TData extends RowData>(t: Translator, rowLabel: (row: Row<DataTableFeatures, TData>) => string): DataTableColumn<TData> {
  const helper = createColumnHelper<DataTableFeatures, TData>();
  return helper.display({
    id: SELECT_COLUMN_ID,
    header: ({ table }) => (
      <Checkbox
        label={t("common.table.selectAllOnPage")}
        labelHidden
        checked={table.getIsAllPageRowsSelected()}
        indeterminate={table.getIsSomePageRowsSelected()}
        onChange={table.getToggleAllPageRowsSelectedHandler()}
      />
    ),
    cell: ({ row }) => (
      <Checkbox
        label={t("common.table.selectRow", { row: rowLabel(row) })}
        labelHidden
        checked={row.getIsSelected()}
        disabled={!row.getCanSelect()}
        onChange={row.getToggleSelectedHandler()}
      />
    ),
  });
}
