import { formatPercent } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/config";
import type { Translator } from "@/lib/i18n/translate";
import type { MatchFactor } from "@/lib/domain/matching";

/**
 * One bar per factor of a score, with its weight and the engine's explanation: the "principal factors" of the
 * automated ranking that Loi 25 says a person must be able to read. The bar is decoration; the text says it all.
 */
export function FactorBars({ factors, t, locale }: { factors: readonly MatchFactor[]; t: Translator; locale: Locale }) {
  return (
    <ul className="grid gap-x-6 gap-y-3 md:grid-cols-2" data-testid="match-factors">
      {factors.map((f) => (
        <li key={f.key} className="flex flex-col gap-1" data-factor={f.key}>
          <p className="flex flex-wrap items-baseline justify-between gap-x-2">
            <span className="font-semibold">{t(`matching.factors.${f.key}`)}</span>
            <span className="text-sm text-ink-muted">{t("matching.factors.weightAndScore", { weight: formatPercent(locale, f.weight), score: formatPercent(locale, f.score) })}</span>
          </p>
          <span aria-hidden="true" className="block h-2.5 overflow-hidden rounded-sm border border-line-strong bg-white">
            <span className="block h-full bg-brand-600" style={{ width: `${Math.round(f.score * 100)}%` }} />
          </span>
          <p className="text-sm text-ink">{f.detail}</p>
        </li>
      ))}
    </ul>
  );
}

/** What is missing for this match, hard requirements first (as the engine lists them). */
export function GapList({ gaps, t, headingLevel = 4 }: { gaps: readonly string[]; t: Translator; headingLevel?: 3 | 4 | 5 }) {
  const H = `h${headingLevel}` as "h3" | "h4" | "h5";
  return (
    <div className="flex flex-col gap-1" data-testid="match-gaps">
      <H className="text-base font-bold">{t("matching.gaps.title")}</H>
      {gaps.length === 0 ? (
        <p className="text-sm text-ink-muted">{t("matching.gaps.none")}</p>
      ) : (
        <ul className="list-disc ps-5 text-sm">
          {gaps.map((g) => (
            <li key={g}>{g}</li>
          ))}
        </ul>
      )}
    </div>
  );
}
