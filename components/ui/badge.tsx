import type { ReactNode } from "react";
import { cn } from "./cn";

export type BadgeVariant = "neutral" | "info" | "success" | "warning" | "danger";

const variants: Record<BadgeVariant, string> = {
  neutral: "border-line-strong bg-surface text-ink",
  info: "border-brand-600 bg-brand-50 text-brand-700",
  success: "border-success-700 bg-success-50 text-success-700",
  warning: "border-warning-800 bg-warning-50 text-warning-800",
  danger: "border-danger-600 bg-danger-50 text-danger-600",
};

/** A short status word (« Vérifié », « Brouillon »). The text carries the meaning, never the colour alone. */
export function Badge({ variant = "neutral", children, className }: { variant?: BadgeVariant; children: ReactNode; className?: string }) {
  return (
    <span className={cn("inline-flex items-center rounded border px-2 py-0.5 text-sm font-semibold leading-tight whitespace-nowrap", variants[variant], className)}>
      {children}
    </span>
  );
}
