import { describe, expect, it } from "vitest";
import {
  formatSortParam,
  pageCountOf,
  paginationRange,
  parseSortParam,
  parseTableParams,
  rowRange,
  sameSort,
  withSearchParams,
} from "@/components/ui/data-table-params";

const opts = { sortable: ["score", "nom"], defaultSort: { id: "score", desc: true }, pageSizes: [20, 50, 100] };

describe("table URL parameters", () => {
  it("reads page, size and sort from the URL", () => {
    expect(parseTableParams({ page: "3", taille: "50", tri: "nom" }, opts)).toEqual({ page: 3, pageSize: 50, sort: { id: "nom", desc: false }, skip: 100, take: 50 });
    expect(parseTableParams(new URLSearchParams("page=2&tri=-nom"), opts)).toMatchObject({ page: 2, pageSize: 20, sort: { id: "nom", desc: true }, skip: 20 });
  });

  it("falls back to the defaults on anything unexpected", () => {
    const d = { page: 1, pageSize: 20, sort: { id: "score", desc: true }, skip: 0, take: 20 };
    expect(parseTableParams({}, opts)).toEqual(d);
    expect(parseTableParams({ page: "0", taille: "7", tri: "motdepasse" }, opts)).toEqual(d);
    expect(parseTableParams({ page: "-2", taille: "abc", tri: "-" }, opts)).toEqual(d);
    expect(parseTableParams({ page: "1e3" }, opts).page).toBe(1);
    expect(parseTableParams({ page: "9999999" }, opts).page).toBe(1);
    expect(parseTableParams({ page: "999999" }, opts).page).toBe(100_000);
    expect(parseTableParams({ page: ["4", "5"] }, opts).page).toBe(4);
    expect(parseTableParams({}, { sortable: [] }).sort).toBeNull();
  });

  it("honours custom parameter names", () => {
    expect(parseTableParams({ p: "2", s: "score" }, { ...opts, names: { page: "p", sort: "s" } })).toMatchObject({ page: 2, sort: { id: "score", desc: false } });
  });

  it("writes sorts as 'id' (ascending) or '-id' (descending)", () => {
    expect(formatSortParam({ id: "nom", desc: false })).toBe("nom");
    expect(formatSortParam({ id: "nom", desc: true })).toBe("-nom");
    expect(formatSortParam(null)).toBeNull();
    expect(parseSortParam(formatSortParam({ id: "score", desc: true })!, ["score"])).toEqual({ id: "score", desc: true });
    expect(sameSort(null, undefined)).toBe(true);
    expect(sameSort({ id: "a", desc: true }, { id: "a", desc: false })).toBe(false);
  });

  it("changes some search parameters and keeps the others", () => {
    expect(withSearchParams("q=soudeur&page=3&tri=nom", { page: null, tri: "-nom" })).toBe("?q=soudeur&tri=-nom");
    expect(withSearchParams({ region: ["02", "04"], page: "2" }, { page: "1" })).toBe("?region=02&region=04&page=1");
    expect(withSearchParams(new URLSearchParams("page=2"), { page: null })).toBe("");
    expect(withSearchParams("", { q: "infirmière auxiliaire" })).toBe("?q=infirmi%C3%A8re+auxiliaire");
  });
});

describe("pagination arithmetic", () => {
  it("counts pages (at least one)", () => {
    expect(pageCountOf(0, 20)).toBe(1);
    expect(pageCountOf(20, 20)).toBe(1);
    expect(pageCountOf(21, 20)).toBe(2);
  });

  it("gives the rows shown", () => {
    expect(rowRange(1, 20, 0)).toEqual({ from: 0, to: 0 });
    expect(rowRange(1, 20, 134)).toEqual({ from: 1, to: 20 });
    expect(rowRange(7, 20, 134)).toEqual({ from: 121, to: 134 });
  });

  it("lists page numbers with ellipses for long ranges", () => {
    expect(paginationRange(1, 1)).toEqual([1]);
    expect(paginationRange(2, 3)).toEqual([1, 2, 3]);
    expect(paginationRange(1, 10)).toEqual([1, 2, "ellipsis", 10]);
    expect(paginationRange(5, 10)).toEqual([1, "ellipsis", 4, 5, 6, "ellipsis", 10]);
    expect(paginationRange(10, 10)).toEqual([1, "ellipsis", 9, 10]);
    // a gap of one page shows the page rather than an ellipsis
    expect(paginationRange(4, 10)).toEqual([1, 2, 3, 4, 5, "ellipsis", 10]);
    expect(paginationRange(99, 5)).toEqual([1, "ellipsis", 4, 5]);
  });
});
