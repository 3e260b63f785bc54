"use client";
import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState, type ReactNode } from "react";
import { useT } from "@/lib/i18n/client";
import { cn } from "./cn";
import { CloseIcon, ErrorIcon, InfoIcon, SuccessIcon, WarningIcon } from "./icons";

export type ToastVariant = "success" | "info" | "warning" | "error";
export type ToastInput = {
  title: string;
  description?: string;
  variant?: ToastVariant;
  /** Milliseconds before it goes away; null keeps it until dismissed. Errors stay by default (WCAG 2.2.1). */
  durationMs?: number | null;
};
type ToastItem = ToastInput & { id: string; variant: ToastVariant };

type ToastApi = { toast: (t: ToastInput) => string; dismiss: (id: string) => void };
const ToastContext = createContext<ToastApi | null>(null);

const DEFAULT_DURATION = 6000;
const MAX_VISIBLE = 4;

/**
 * Holds the notifications and the two live regions that read them: polite for success and information,
 * assertive for warnings and errors. Plain aria-live with aria-relevant="additions" (not role="alert", which is
 * atomic and would re-read every toast). Both regions exist from the first render, as screen readers only
 * announce changes to regions already in the page.
 */
export function ToastProvider({ children }: { children: ReactNode }) {
  const [items, setItems] = useState<ToastItem[]>([]);
  const seq = useRef(0);
  const dismiss = useCallback((id: string) => setItems((xs) => xs.filter((x) => x.id !== id)), []);
  const toast = useCallback((input: ToastInput) => {
    const id = `toast-${++seq.current}`;
    setItems((xs) => [...xs, { ...input, id, variant: input.variant ?? "info" }].slice(-MAX_VISIBLE));
    return id;
  }, []);
  const api = useMemo(() => ({ toast, dismiss }), [toast, dismiss]);
  const polite = items.filter((x) => x.variant === "success" || x.variant === "info");
  const assertive = items.filter((x) => x.variant === "warning" || x.variant === "error");

  return (
    <ToastContext.Provider value={api}>
      {children}
      <div className="pointer-events-none fixed inset-x-0 bottom-0 z-50 flex flex-col gap-2 p-4" data-testid="toast-viewport">
        <div aria-live="polite" aria-relevant="additions" className="flex w-full flex-col items-center gap-2 sm:items-end">
          {polite.map((x) => (
            <ToastCard key={x.id} item={x} onDismiss={dismiss} />
          ))}
        </div>
        <div aria-live="assertive" aria-relevant="additions" className="flex w-full flex-col items-center gap-2 sm:items-end">
          {assertive.map((x) => (
            <ToastCard key={x.id} item={x} onDismiss={dismiss} />
          ))}
        </div>
      </div>
    </ToastContext.Provider>
  );
}

export function useToast(): ToastApi {
  const v = useContext(ToastContext);
  if (!v) throw new Error("useToast outside ToastProvider");
  return v;
}

const styles: Record<ToastVariant, { box: string; icon: typeof InfoIcon }> = {
  success: { box: "border-success-700 text-success-700", icon: SuccessIcon },
  info: { box: "border-brand-600 text-brand-600", icon: InfoIcon },
  warning: { box: "border-warning-500 text-warning-800", icon: WarningIcon },
  error: { box: "border-danger-600 text-danger-600", icon: ErrorIcon },
};

function ToastCard({ item, onDismiss }: { item: ToastItem; onDismiss: (id: string) => void }) {
  const t = useT();
  const [paused, setPaused] = useState(false);
  const duration = item.durationMs !== undefined ? item.durationMs : item.variant === "error" ? null : DEFAULT_DURATION;
  useEffect(() => {
    if (duration === null || paused) return;
    const timer = setTimeout(() => onDismiss(item.id), duration);
    return () => clearTimeout(timer);
  }, [duration, paused, item.id, onDismiss]);
  const { box, icon: Icon } = styles[item.variant];
  return (
    <div
      className={cn("pointer-events-auto flex w-full max-w-sm items-start gap-3 rounded border-s-4 bg-white p-4 shadow-lg ring-1 ring-line", box)}
      onMouseEnter={() => setPaused(true)}
      onMouseLeave={() => setPaused(false)}
      onFocus={() => setPaused(true)}
      onBlur={() => setPaused(false)}
      data-testid="toast"
      data-variant={item.variant}
    >
      <Icon className="mt-0.5" />
      <div className="flex-1 text-ink">
        <p className="font-semibold">{item.title}</p>
        {item.description && <p className="text-sm text-ink-muted">{item.description}</p>}
      </div>
      <button
        type="button"
        onClick={() => onDismiss(item.id)}
        aria-label={t("common.toast.dismiss")}
        className="-m-1 inline-flex size-8 shrink-0 items-center justify-center rounded text-ink hover:bg-surface"
      >
        <CloseIcon className="size-4" />
      </button>
    </div>
  );
}
