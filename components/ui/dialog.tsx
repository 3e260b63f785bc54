"use client";
import { useEffect, useId, useRef, useState, type ReactNode } from "react";
import { useT } from "@/lib/i18n/client";
import { Button } from "./button";
import type { ButtonVariant } from "./button-styles";
import { cn } from "./cn";
import { CloseIcon } from "./icons";

export type DialogProps = {
  open: boolean;
  /** Called on Escape, the close button, a click on the backdrop (unless disabled) and cancel buttons. */
  onClose: () => void;
  title: ReactNode;
  description?: ReactNode;
  children?: ReactNode;
  /** Buttons at the bottom (right-aligned; on phones stacked). */
  footer?: ReactNode;
  size?: "sm" | "md" | "lg";
  closeOnBackdropClick?: boolean;
  className?: string;
};

const widths = { sm: "max-w-md", md: "max-w-xl", lg: "max-w-3xl" };

/**
 * A modal dialog on the native <dialog> element: showModal() makes the rest of the page inert (the focus cannot
 * leave it), Escape closes it, and focus returns to the element that opened it. The first focusable element is
 * focused on opening; put data-autofocus on a field (or on the safe button of a destructive confirmation) to choose.
 * The content is mounted only while open, so forms inside start fresh each time.
 */
export function Dialog({ open, onClose, title, description, children, footer, size = "md", closeOnBackdropClick = true, className }: DialogProps) {
  const t = useT();
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const descriptionId = useId();

  useEffect(() => {
    const d = ref.current;
    if (!d) return;
    if (open && !d.open) {
      d.showModal();
      // React's autoFocus runs while the dialog is still closed (and is lost): honour it, or data-autofocus, now.
      d.querySelector<HTMLElement>("[data-autofocus], [autofocus]")?.focus();
    } else if (!open && d.open) d.close();
  }, [open]);

  return (
    <dialog
      ref={ref}
      aria-modal="true"
      aria-labelledby={titleId}
      aria-describedby={description ? descriptionId : undefined}
      onCancel={(e) => {
        // Escape: the parent owns `open`, so ask it to close rather than letting the element close itself.
        e.preventDefault();
        onClose();
      }}
      onClose={() => open && onClose()}
      onKeyDown={(e) => {
        // showModal() keeps the focus out of the page, but Tab from the last control goes on to the browser's own
        // interface (and leaves the dialog for keyboard users): wrap it to the first control, and Shift+Tab back.
        if (e.key !== "Tab") return;
        const stops = focusableIn(e.currentTarget);
        if (!stops.length) return;
        const first = stops[0]!;
        const last = stops[stops.length - 1]!;
        const active = document.activeElement;
        if (e.shiftKey && (active === first || active === e.currentTarget)) {
          e.preventDefault();
          last.focus();
        } else if (!e.shiftKey && active === last) {
          e.preventDefault();
          first.focus();
        }
      }}
      onClick={(e) => {
        if (closeOnBackdropClick && e.target === e.currentTarget) onClose();
      }}
      className={cn("m-auto w-[calc(100%-2rem)] rounded-lg bg-white p-0 text-ink shadow-2xl", widths[size], className)}
    >
      {open && (
        <div className="flex max-h-[85vh] flex-col">
          <div className="flex items-start justify-between gap-4 border-b border-line px-6 py-4">
            <div>
              <h2 id={titleId} className="text-xl font-bold">
                {title}
              </h2>
              {description && (
                <p id={descriptionId} className="mt-1 text-ink-muted">
                  {description}
                </p>
              )}
            </div>
            <button
              type="button"
              onClick={onClose}
              aria-label={t("common.dialog.close")}
              className="-me-2 inline-flex size-10 shrink-0 items-center justify-center rounded text-ink hover:bg-surface"
            >
              <CloseIcon />
            </button>
          </div>
          <div className="overflow-y-auto px-6 py-4">{children}</div>
          {footer && <div className="flex flex-col-reverse gap-2 border-t border-line px-6 py-4 sm:flex-row sm:justify-end">{footer}</div>}
        </div>
      )}
    </dialog>
  );
}

const FOCUSABLE = 'a[href], button:not([disabled]), input:not([disabled]):not([type="hidden"]), select:not([disabled]), textarea:not([disabled]), summary, [tabindex]:not([tabindex="-1"])';

/** The controls of the dialog that Tab stops on, in order (hidden ones left out). */
function focusableIn(root: HTMLElement): HTMLElement[] {
  return Array.from(root.querySelectorAll<HTMLElement>(FOCUSABLE)).filter((el) => !el.closest("[inert]") && el.getClientRects().length > 0);
}

export type ConfirmDialogProps = {
  open: boolean;
  onClose: () => void;
  title: ReactNode;
  children?: ReactNode;
  confirmLabel: string;
  cancelLabel?: string;
  variant?: Extract<ButtonVariant, "primary" | "danger">;
  /** May be async: the confirm button shows a spinner until it settles; the dialog closes on success. */
  onConfirm: () => unknown | Promise<unknown>;
};

/** "Are you sure?" for consequential actions. The cancel button has the focus first, so Enter does not destroy. */
export function ConfirmDialog({ open, onClose, title, children, confirmLabel, cancelLabel, variant = "primary", onConfirm }: ConfirmDialogProps) {
  const t = useT();
  const [pending, setPending] = useState(false);
  return (
    <Dialog
      open={open}
      onClose={() => !pending && onClose()}
      title={title}
      size="sm"
      footer={
        <>
          <Button variant="secondary" onClick={onClose} disabled={pending} data-autofocus>
            {cancelLabel ?? t("common.actions.cancel")}
          </Button>
          <Button
            variant={variant}
            loading={pending}
            onClick={async () => {
              setPending(true);
              try {
                const r = await onConfirm();
                if (r !== false) onClose();
              } finally {
                setPending(false);
              }
            }}
          >
            {confirmLabel}
          </Button>
        </>
      }
    >
      {children}
    </Dialog>
  );
}
