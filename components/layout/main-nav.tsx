"use client";
import Link from "next/link";
import { usePathname } from "next/navigation";
import { useEffect, useRef, type ReactNode } from "react";
import { cn } from "@/components/ui/cn";
import { ChevronIcon } from "@/components/ui/icons";
import { activeHref } from "./nav-links";

export type MainNavItem = { href: string; label: string };

/**
 * The main navigation: a row of links on wide screens, a "Menu" disclosure (<details>, so it opens without
 * JavaScript too) on phones. Only one of the two is displayed at a time, so assistive technology meets one
 * landmark. The current section's link has aria-current="page".
 */
export function MainNav({ items, label, menuLabel, account }: { items: readonly MainNavItem[]; label: string; menuLabel: string; account?: ReactNode }) {
  const pathname = usePathname();
  const current = activeHref(pathname, items.map((i) => i.href));
  const details = useRef<HTMLDetailsElement>(null);
  useEffect(() => {
    if (details.current) details.current.open = false;
  }, [pathname]);

  const link = (item: MainNavItem, variant: "bar" | "menu") => {
    const isCurrent = item.href === current;
    return (
      <Link
        href={item.href}
        aria-current={isCurrent ? "page" : undefined}
        className={cn(
          "block font-semibold no-underline hover:underline",
          variant === "bar" ? "border-b-4 px-3 py-3" : "border-s-4 px-3 py-3",
          isCurrent ? "border-brand-600 text-brand-800" : "border-transparent text-brand-600",
        )}
      >
        {item.label}
      </Link>
    );
  };

  return (
    <>
      <div className="hidden w-full items-center justify-between gap-4 md:flex">
        <nav aria-label={label}>
          <ul className="-mx-3 flex flex-wrap">
            {items.map((item) => (
              <li key={item.href}>{link(item, "bar")}</li>
            ))}
          </ul>
        </nav>
        {account}
      </div>
      <details ref={details} className="group w-full md:hidden">
        <summary className="flex min-h-11 cursor-pointer list-none items-center gap-2 py-2 font-semibold text-brand-600 [&::-webkit-details-marker]:hidden">
          <span>{menuLabel}</span>
          <ChevronIcon className="transition-transform group-open:rotate-180" />
        </summary>
        <nav aria-label={label} className="pb-3">
          <ul className="flex flex-col">
            {items.map((item) => (
              <li key={item.href}>{link(item, "menu")}</li>
            ))}
          </ul>
        </nav>
        {account && <div className="border-t border-line py-3">{account}</div>}
      </details>
    </>
  );
}
