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
  const label = t(`matching.scale.inText.${step}`);
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
      {/* Like the UI kit's Badge (same colours), but the words may wrap in the narrow score column. */}
      <span
        className={cn(
          "inline-flex rounded border px-2 py-0.5 text-sm font-semibold leading-tight",
          eligible ? "border-success-700 bg-success-50 text-success-700" : "border-danger-600 bg-danger-50 text-danger-600",
        )}
        data-testid="match-eligibility"
      >
        {eligible ? t("matching.eligible.yes") : t("matching.eligible.no")}
      </span>
    </div>
  );
}
