// Small decorative icons (aria-hidden): meaning is always carried by text next to them.
import { cn } from "./cn";

type IconProps = { className?: string };
const common = { viewBox: "0 0 20 20", fill: "currentColor", "aria-hidden": true, focusable: false } as const;

export function InfoIcon({ className }: IconProps) {
  return (
    <svg {...common} className={cn("size-5 shrink-0", className)}>
      <path fillRule="evenodd" d="M10 18a8 8 0 1 0 0-16 8 8 0 0 0 0 16Zm-.75-10.5a1 1 0 1 1 1.5 0 1 1 0 0 1-1.5 0ZM9 9.25a.75.75 0 0 1 .75-.75h.5a.75.75 0 0 1 .75.75V14a.75.75 0 0 1-1.5 0V10h-.25A.75.75 0 0 1 9 9.25Z" clipRule="evenodd" />
    </svg>
  );
}
export function SuccessIcon({ className }: IconProps) {
  return (
    <svg {...common} className={cn("size-5 shrink-0", className)}>
      <path fillRule="evenodd" d="M10 18a8 8 0 1 0 0-16 8 8 0 0 0 0 16Zm3.86-10.33a.75.75 0 1 0-1.22-.87l-3.24 4.53-1.62-1.62a.75.75 0 0 0-1.06 1.06l2.25 2.25a.75.75 0 0 0 1.14-.1l3.75-5.25Z" clipRule="evenodd" />
    </svg>
  );
}
export function WarningIcon({ className }: IconProps) {
  return (
    <svg {...common} className={cn("size-5 shrink-0", className)}>
      <path fillRule="evenodd" d="M8.48 2.87a1.75 1.75 0 0 1 3.04 0l6.28 11.1A1.75 1.75 0 0 1 16.28 16.6H3.72a1.75 1.75 0 0 1-1.52-2.62L8.48 2.87ZM10 6.5a.75.75 0 0 1 .75.75v3.5a.75.75 0 0 1-1.5 0v-3.5A.75.75 0 0 1 10 6.5Zm0 7.75a1 1 0 1 0 0-2 1 1 0 0 0 0 2Z" clipRule="evenodd" />
    </svg>
  );
}
export function ErrorIcon({ className }: IconProps) {
  return (
    <svg {...common} className={cn("size-5 shrink-0", className)}>
      <path fillRule="evenodd" d="M10 18a8 8 0 1 0 0-16 8 8 0 0 0 0 16Zm0-12a.75.75 0 0 1 .75.75v4a.75.75 0 0 1-1.5 0v-4A.75.75 0 0 1 10 6Zm0 8.5a1 1 0 1 0 0-2 1 1 0 0 0 0 2Z" clipRule="evenodd" />
    </svg>
  );
}
export function CloseIcon({ className }: IconProps) {
  return (
    <svg {...common} className={cn("size-5 shrink-0", className)}>
      <path d="M5.28 4.22a.75.75 0 0 0-1.06 1.06L8.94 10l-4.72 4.72a.75.75 0 1 0 1.06 1.06L10 11.06l4.72 4.72a.75.75 0 1 0 1.06-1.06L11.06 10l4.72-4.72a.75.75 0 0 0-1.06-1.06L10 8.94 5.28 4.22Z" />
    </svg>
  );
}
export function ChevronIcon({ className, direction = "down" }: IconProps & { direction?: "up" | "down" | "left" | "right" }) {
  const rotate = { down: "", up: "rotate-180", left: "rotate-90", right: "-rotate-90" }[direction];
  return (
    <svg {...common} className={cn("size-4 shrink-0", rotate, className)}>
      <path fillRule="evenodd" d="M5.22 7.22a.75.75 0 0 1 1.06 0L10 10.94l3.72-3.72a.75.75 0 1 1 1.06 1.06l-4.25 4.25a.75.75 0 0 1-1.06 0L5.22 8.28a.75.75 0 0 1 0-1.06Z" clipRule="evenodd" />
    </svg>
  );
}
export function SortIcon({ className, direction }: IconProps & { direction: "asc" | "desc" | false }) {
  return (
    <svg viewBox="0 0 20 20" aria-hidden="true" focusable="false" className={cn("size-4 shrink-0", className)}>
      <path d="M10 3 6 8h8l-4-5Z" fill="currentColor" opacity={direction === "asc" ? 1 : 0.35} />
      <path d="m10 17 4-5H6l4 5Z" fill="currentColor" opacity={direction === "desc" ? 1 : 0.35} />
    </svg>
  );
}
