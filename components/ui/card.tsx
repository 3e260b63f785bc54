import type { ComponentProps, ReactNode } from "react";
import { cn } from "./cn";

/** A bordered block. Use as="section" / as="article" when it has its own heading. */
export function Card({ as = "div", className, ...rest }: Omit<ComponentProps<"div">, "ref"> & { as?: "div" | "section" | "article" | "li" }) {
  const Tag = as as "div"; // the element props are the same for these four
  return <Tag className={cn("flex flex-col rounded-lg border border-line bg-white shadow-sm", className)} {...rest} />;
}

export function CardHeader({ className, ...rest }: ComponentProps<"div">) {
  return <div className={cn("flex flex-col gap-1 px-6 pt-6", className)} {...rest} />;
}

/** The card's heading; pick the level that fits the page outline (h2 under the page's h1, h3 under an h2...). */
export function CardTitle({ level = 2, className, children }: { level?: 2 | 3 | 4; className?: string; children: ReactNode }) {
  const H = `h${level}` as const;
  return <H className={cn("text-xl font-bold text-brand-800", className)}>{children}</H>;
}

export function CardDescription({ className, ...rest }: ComponentProps<"p">) {
  return <p className={cn("text-ink-muted", className)} {...rest} />;
}

export function CardBody({ className, ...rest }: ComponentProps<"div">) {
  return <div className={cn("flex-1 px-6 py-4", className)} {...rest} />;
}

export function CardFooter({ className, ...rest }: ComponentProps<"div">) {
  return <div className={cn("flex flex-wrap items-center gap-3 px-6 pb-6", className)} {...rest} />;
}
