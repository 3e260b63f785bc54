import type { ReactNode } from "react";
import { cn } from "./cn";
import { ErrorIcon, InfoIcon, SuccessIcon, WarningIcon } from "./icons";

export type AlertVariant = "info" | "success" | "warning" | "error";

const styles: Record<AlertVariant, { box: string; icon: typeof InfoIcon; iconColor: string }> = {
  info: { box: "border-brand-600 bg-brand-50", icon: InfoIcon, iconColor: "text-brand-600" },
  success: { box: "border-success-700 bg-success-50", icon: SuccessIcon, iconColor: "text-success-700" },
  warning: { box: "border-warning-500 bg-warning-50", icon: WarningIcon, iconColor: "text-warning-800" },
  error: { box: "border-danger-600 bg-danger-50", icon: ErrorIcon, iconColor: "text-danger-600" },
};

export type AlertProps = {
  variant?: AlertVariant;
  title?: ReactNode;
  children?: ReactNode;
  /**
   * How it is announced when it appears: "assertive" (role="alert", default for errors and warnings), "polite"
   * (role="status", default for information and success) or "off" for a message that is simply part of the page.
   */
  live?: "assertive" | "polite" | "off";
  className?: string;
  id?: string;
  /** Tests find our alerts with getByTestId("app-alert"): getByRole("alert") also matches Next's route announcer. */
  "data-testid"?: string;
};

/** A message box scoped to a part of the page (form errors, save confirmation, a notice). */
export function Alert({ variant = "info", title, children, live, className, id, "data-testid": testId = "app-alert" }: AlertProps) {
  const mode = live ?? (variant === "error" || variant === "warning" ? "assertive" : "polite");
  const role = mode === "assertive" ? "alert" : mode === "polite" ? "status" : undefined;
  const { box, icon: Icon, iconColor } = styles[variant];
  return (
    <div id={id} role={role} className={cn("app-alert flex gap-3 rounded border-s-4 p-4 text-ink", box, className)} data-testid={testId} data-variant={variant}>
      <Icon className={cn("mt-0.5", iconColor)} />
      <div className="flex flex-col gap-1">
        {title && <p className="font-bold">{title}</p>}
        {children && <div className="[&_a]:font-semibold">{children}</div>}
      </div>
    </div>
  );
}
