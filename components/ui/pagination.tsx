"use client";
import Link from "next/link";
import { usePathname, useSearchParams } from "next/navigation";
import type { MouseEvent } from "react";
import { useI18n } from "@/lib/i18n/client";
import { formatNumber } from "@/lib/i18n/format";
import { buttonClasses } from "./button-styles";
import { cn } from "./cn";
import { DEFAULT_TABLE_PARAM_NAMES, paginationRange, withSearchParams } from "./data-table-params";
import { ChevronIcon } from "./icons";

export type PaginationProps = {
  /** 1-based. */
  page: number;
  pageCount: number;
  /** The search parameter holding the page (page 1 removes it from the URL). */
  param?: string;
  /**
   * Called instead of a plain link navigation (the table uses it to navigate in a transition and show that it is
   * updating). The links keep their href, so pagination also works before JavaScript loads.
   */
  onNavigate?: (page: number, href: string) => void;
  className?: string;
};

/** Page links in a nav landmark; the current page has aria-current="page". */
export function Pagination({ page, pageCount, param = DEFAULT_TABLE_PARAM_NAMES.page, onNavigate, className }: PaginationProps) {
  const { t, locale } = useI18n();
  const pathname = usePathname();
  const searchParams = useSearchParams();
  if (pageCount <= 1) return null;
  const href = (p: number) => `${pathname}${withSearchParams(searchParams?.toString() ?? "", { [param]: p <= 1 ? null : String(p) })}`;
  const click = (p: number) => (e: MouseEvent<HTMLAnchorElement>) => {
    if (!onNavigate || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey || e.button !== 0) return;
    e.preventDefault();
    onNavigate(p, href(p));
  };
  const n = (x: number) => formatNumber(locale, x);
  const item = "inline-flex min-h-11 min-w-11 items-center justify-center rounded px-2 font-semibold";

  return (
    <nav aria-label={t("common.pagination.label")} className={cn("flex flex-wrap items-center gap-2", className)}>
      <p className="text-sm text-ink-muted sm:hidden">{t("common.pagination.status", { page: n(page), pageCount: n(pageCount) })}</p>
      <ul className="flex flex-wrap items-center gap-1">
        {page > 1 && (
          <li>
            <Link href={href(page - 1)} onClick={click(page - 1)} rel="prev" aria-label={t("common.pagination.previousLabel")} className={buttonClasses({ variant: "ghost", size: "md", className: "px-3" })}>
              <ChevronIcon direction="left" />
              <span>{t("common.pagination.previous")}</span>
            </Link>
          </li>
        )}
        {paginationRange(page, pageCount).map((p, i) =>
          p === "ellipsis" ? (
            <li key={`e${i}`} className="hidden px-1 text-ink-muted sm:block" aria-hidden="true">
              …
            </li>
          ) : (
            <li key={p} className="hidden sm:block">
              {p === page ? (
                <a aria-current="page" href={href(p)} onClick={(e) => e.preventDefault()} aria-label={t("common.pagination.currentPage", { page: n(p) })} className={cn(item, "bg-brand-600 text-white no-underline hover:text-white")}>
                  {n(p)}
                </a>
              ) : (
                <Link href={href(p)} onClick={click(p)} aria-label={t("common.pagination.page", { page: n(p) })} className={cn(item, "text-brand-600 underline hover:bg-brand-50")}>
                  {n(p)}
                </Link>
              )}
            </li>
          ),
        )}
        {page < pageCount && (
          <li>
            <Link href={href(page + 1)} onClick={click(page + 1)} rel="next" aria-label={t("common.pagination.nextLabel")} className={buttonClasses({ variant: "ghost", size: "md", className: "px-3" })}>
              <span>{t("common.pagination.next")}</span>
              <ChevronIcon direction="right" />
            </Link>
          </li>
        )}
      </ul>
    </nav>
  );
}
