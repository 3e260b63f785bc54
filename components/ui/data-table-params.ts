// URL state of a server-driven table (page, page size, sort), shared by the server page that reads it and the
// client table that writes it, so that a search can be bookmarked and shared. Pure: no React, no Next.

export type TableSort = { id: string; desc: boolean };
export type TableParamNames = { page: string; pageSize: string; sort: string };
export type SearchParamsInput = URLSearchParams | Readonly<Record<string, string | readonly string[] | undefined>>;

export const DEFAULT_TABLE_PARAM_NAMES: TableParamNames = { page: "page", pageSize: "taille", sort: "tri" };
export const DEFAULT_PAGE_SIZES = [20, 50, 100] as const;
export const MAX_PAGE = 100_000;

export function getParam(sp: SearchParamsInput, name: string): string | undefined {
  if (sp instanceof URLSearchParams) return sp.get(name) ?? undefined;
  const v = sp[name];
  return typeof v === "string" ? v : v?.[0];
}

/** "salaire" is ascending, "-salaire" descending; a column that is not sortable gives null. */
export function parseSortParam(raw: string | undefined, sortable: readonly string[]): TableSort | null {
  if (!raw) return null;
  const desc = raw.startsWith("-");
  const id = desc ? raw.slice(1) : raw;
  return sortable.includes(id) ? { id, desc } : null;
}

export function formatSortParam(sort: TableSort | null | undefined): string | null {
  return sort ? `${sort.desc ? "-" : ""}${sort.id}` : null;
}

export function sameSort(a: TableSort | null | undefined, b: TableSort | null | undefined): boolean {
  return (!a && !b) || (!!a && !!b && a.id === b.id && a.desc === b.desc);
}

export type TableParamsOptions = {
  /** Column ids the server can order by; anything else in the URL is ignored. */
  sortable: readonly string[];
  defaultSort?: TableSort | null;
  pageSizes?: readonly number[];
  defaultPageSize?: number;
  names?: Partial<TableParamNames>;
};

export type TableParams = { page: number; pageSize: number; sort: TableSort | null; skip: number; take: number };

/** Reads page (1-based), page size and sort from the URL, falling back to defaults on anything unexpected. */
export function parseTableParams(sp: SearchParamsInput, opts: TableParamsOptions): TableParams {
  const names = { ...DEFAULT_TABLE_PARAM_NAMES, ...opts.names };
  const sizes = opts.pageSizes ?? DEFAULT_PAGE_SIZES;
  const defaultPageSize = opts.defaultPageSize ?? sizes[0] ?? 20;
  const rawPage = getParam(sp, names.page);
  const page = rawPage && /^\d{1,6}$/.test(rawPage) ? Math.min(Math.max(1, Number(rawPage)), MAX_PAGE) : 1;
  const rawSize = Number(getParam(sp, names.pageSize));
  const pageSize = sizes.includes(rawSize) ? rawSize : defaultPageSize;
  const sort = parseSortParam(getParam(sp, names.sort), opts.sortable) ?? opts.defaultSort ?? null;
  return { page, pageSize, sort, skip: (page - 1) * pageSize, take: pageSize };
}

/** The query string ("?a=1&b=2", or "" when empty) after setting or (with null) removing some parameters. */
export function withSearchParams(current: SearchParamsInput | string, changes: Readonly<Record<string, string | null | undefined>>): string {
  const next = new URLSearchParams(
    typeof current === "string" ? current : current instanceof URLSearchParams ? current : toPairs(current),
  );
  for (const [k, v] of Object.entries(changes)) {
    if (v === null || v === undefined || v === "") next.delete(k);
    else next.set(k, v);
  }
  const s = next.toString();
  return s ? `?${s}` : "";
}

function toPairs(sp: Readonly<Record<string, string | readonly string[] | undefined>>): string[][] {
  const out: string[][] = [];
  for (const [k, v] of Object.entries(sp)) {
    if (typeof v === "string") out.push([k, v]);
    else if (v) for (const x of v) out.push([k, x]);
  }
  return out;
}

export function pageCountOf(rowCount: number, pageSize: number): number {
  return Math.max(1, Math.ceil(Math.max(0, rowCount) / Math.max(1, pageSize)));
}

/** 1-based positions of the first and last rows shown ({ from: 0, to: 0 } for an empty table). */
export function rowRange(page: number, pageSize: number, rowCount: number): { from: number; to: number } {
  if (rowCount <= 0) return { from: 0, to: 0 };
  const from = Math.min((page - 1) * pageSize + 1, rowCount);
  return { from, to: Math.min(page * pageSize, rowCount) };
}

/**
 * The page numbers to show: always the first and the last, the current one with `siblings` on each side, and
 * "ellipsis" for the gaps (a gap of a single page shows that page instead).
 */
export function paginationRange(page: number, pageCount: number, siblings = 1): Array<number | "ellipsis"> {
  const total = Math.max(1, pageCount);
  const current = Math.min(Math.max(1, page), total);
  const pages = new Set<number>([1, total]);
  for (let p = current - siblings; p <= current + siblings; p++) if (p >= 1 && p <= total) pages.add(p);
  const sorted = [...pages].sort((a, b) => a - b);
  const out: Array<number | "ellipsis"> = [];
  for (let i = 0; i < sorted.length; i++) {
    const p = sorted[i]!;
    const prev = sorted[i - 1];
    if (prev !== undefined && p - prev === 2) out.push(prev + 1);
    else if (prev !== undefined && p - prev > 2) out.push("ellipsis");
    out.push(p);
  }
  return out;
}
