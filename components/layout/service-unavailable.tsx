"use client";
import { Button } from "@/components/ui/button";
import { useT } from "@/lib/i18n/client";
import { StatusPage } from "./status-page";

/**
 * "Service temporarily unavailable" (the 503 situation: database down, maintenance). Says the person's data is
 * safe and offers to try again (reloads the page unless onRetry is given). Shows no technical detail.
 */
export function ServiceUnavailable({ onRetry }: { onRetry?: () => void }) {
  const t = useT();
  return (
    <StatusPage
      code={t("errors.unavailable.code")}
      title={t("errors.unavailable.title")}
      actions={<Button onClick={onRetry ?? (() => window.location.reload())}>{t("errors.unavailable.retry")}</Button>}
    >
      <p>{t("errors.unavailable.body")}</p>
      <p>{t("errors.unavailable.hint")}</p>
    </StatusPage>
  );
}
