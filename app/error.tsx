"use client";
import { useEffect } from "react";
import { StatusPage } from "@/components/layout/status-page";
import { Button } from "@/components/ui/button";
import { ButtonLink } from "@/components/ui/button-link";
import { useT } from "@/lib/i18n/client";

// Never shows the error's message or stack: only a generic text and the digest, the id that matches the server
// log entry (the message of a server error is already replaced by Next in production, a client one is not).
export default function ErrorPage({ error, retry }: { error: unknown; retry: () => void }) {
  const t = useT();
  useEffect(() => {
    console.error(error);
  }, [error]);
  const digest = error && typeof error === "object" && "digest" in error && typeof error.digest === "string" ? error.digest : null;
  return (
    <StatusPage
      title={t("errors.page.title")}
      actions={
        <>
          <Button onClick={() => retry()}>{t("errors.page.retry")}</Button>
          <ButtonLink href="/" variant="secondary">
            {t("errors.page.home")}
          </ButtonLink>
        </>
      }
    >
      <p>{t("errors.page.body")}</p>
      {digest && <p className="text-sm text-ink-muted">{t("errors.page.reference", { digest })}</p>}
    </StatusPage>
  );
}
