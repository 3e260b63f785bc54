import { Badge } from "@/components/ui/badge";
import { SuccessIcon } from "@/components/ui/icons";
import type { Translator } from "@/lib/i18n/translate";

/** The "verified employer" mark shown wherever candidates see an organisation (a word, not only a colour or icon). */
export function VerifiedMark({ t, className }: { t: Translator; className?: string }) {
  return (
    <Badge variant="success" className={className}>
      <span className="inline-flex items-center gap-1" title={t("employer.verifiedMarkHint")} data-testid="verified-mark">
        <SuccessIcon className="size-4" />
        {t("employer.verifiedMark")}
      </span>
    </Badge>
  );
}
