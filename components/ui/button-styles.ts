import { cn } from "./cn";

// Plain module (no "use client") so that server components can style links as buttons.
export type ButtonVariant = "primary" | "secondary" | "danger" | "ghost";
export type ButtonSize = "sm" | "md" | "lg";

const base =
  "inline-flex items-center justify-center gap-2 rounded font-semibold no-underline transition-colors " +
  "disabled:cursor-not-allowed disabled:opacity-60 aria-disabled:cursor-not-allowed aria-disabled:opacity-60";

const variants: Record<ButtonVariant, string> = {
  primary: "border-2 border-brand-600 bg-brand-600 text-white hover:border-brand-700 hover:bg-brand-700 hover:text-white",
  secondary: "border-2 border-brand-600 bg-white text-brand-600 hover:bg-brand-50 hover:text-brand-700",
  danger: "border-2 border-danger-600 bg-danger-600 text-white hover:border-danger-700 hover:bg-danger-700 hover:text-white",
  ghost: "border-2 border-transparent bg-transparent text-brand-600 underline-offset-2 hover:bg-brand-50 hover:text-brand-700 hover:underline",
};

// md and lg reach the 44 px target size; sm (36 px) is for dense tables and toolbars.
const sizes: Record<ButtonSize, string> = {
  sm: "min-h-9 px-3 text-sm",
  md: "min-h-11 px-4 text-base",
  lg: "min-h-12 px-6 text-lg",
};

export function buttonClasses({
  variant = "primary",
  size = "md",
  fullWidth = false,
  className,
}: { variant?: ButtonVariant; size?: ButtonSize; fullWidth?: boolean; className?: string } = {}): string {
  return cn(base, variants[variant], sizes[size], fullWidth && "w-full", className);
}
