import { Badge } from "@/components/ui/badge";
import { cn } from "@/components/ui/cn";
import { formatNumber } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/config";
import type { Translator } from "@/lib/i18n/translate";
import { MATCH_SCALE_STEPS, matchPercent, matchScaleStep } from "@/lib/domain/matching-scale";

/**
 * A matching score as a person reads it: the percentage, the five-step scale in words (the filled segments only
 * repeat it for the eye), and whether the hard requirements are met. Renders on the server or the client.
 */
export function MatchScore({ score, eligible, t, locale, className }: { score: number; eligible: boolean; t: Translator; locale: Locale; className?: string }) {
  const step = matchScaleStep(score);
  const label = t(`matching.scale.steps.${step}`);
  return (
    <div className={cn("flex flex-col items-start gap-2", className)} data-testid="match-score" data-score={score}>
      <p className="flex items-baseline gap-2">
        <span className="text-3xl font-bold text-brand-800">{t("matching.score.percent", { percent: formatNumber(locale, matchPercent(score)) })}</span>
        <span className="sr-only">{t("matching.score.label")}</span>
      </p>
      <div className="flex flex-col gap-1">
        <span aria-hidden="true" className="flex gap-1">
          {MATCH_SCALE_STEPS.map((s) => (
            <span key={s} className={cn("h-2 w-5 rounded-sm border", s <= step ? "border-brand-600 bg-brand-600" : "border-line-strong bg-white")} />
          ))}
        </span>
        <span className="text-sm font-semibold" data-testid="match-scale">
          {t("matching.scale.text", { label, step })}
        </span>
      </div>
      <Badge variant={eligible ? "success" : "danger"}>{eligible ? t("matching.eligible.yes") : t("matching.eligible.no")}</Badge>
    </div>
  );
}
