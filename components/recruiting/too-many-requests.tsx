import { StatusPage } from "@/components/layout/status-page";
import { ButtonLink } from "@/components/ui/button-link";
import type { Translator } from "@/lib/i18n/translate";

/**
 * The translated "429" page of the recruiting limits. App Router pages cannot answer with status 429 (only 404,
 * 403 and 401 have a fallback); pages render this in place of their content (noindex), and actions answer with
 * code RATE_LIMITED. See docs/decisions/0011-recruiting.md.
 */
export function TooManyRequests({ t, backHref = "/employeur" }: { t: Translator; backHref?: string }) {
  return (
    <div data-testid="too-many-requests">
      <StatusPage code={t("recruiting.tooMany.code")} title={t("recruiting.tooMany.title")} actions={<ButtonLink href={backHref} variant="secondary">{t("recruiting.tooMany.back")}</ButtonLink>}>
        <p>{t("recruiting.tooMany.body")}</p>
        <p>{t("recruiting.tooMany.hint")}</p>
      </StatusPage>
    </div>
  );
}
