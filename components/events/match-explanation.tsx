"use client";
import { useI18n } from "@/lib/i18n/client";
import { formatNumber, formatPercent } from "@/lib/i18n/format";
import type { MatchFactor } from "@/lib/domain/matching";

/** The engine's explanation of a score: each factor with its weight and what it found, then what is missing. */
export function MatchExplanation({ score, eligible, factors, gaps }: { score: number; eligible: boolean; factors: MatchFactor[]; gaps: string[] }) {
  const { t, locale } = useI18n();
  return (
    <details className="rounded border border-line bg-surface p-3 text-sm">
      <summary className="cursor-pointer font-semibold">
        {t("events.match.score", { score: formatNumber(locale, score, { maximumFractionDigits: 1 }) })}
        {!eligible && <span className="ms-2 text-danger-700">· {t("events.match.notEligible")}</span>}
      </summary>
      <table className="mt-2 w-full border-collapse text-start">
        <caption className="sr-only">{t("events.match.caption")}</caption>
        <thead>
          <tr>
            <th scope="col" className="py-1 pe-2 text-start">{t("events.match.factor")}</th>
            <th scope="col" className="py-1 pe-2 text-end">{t("events.match.weight")}</th>
            <th scope="col" className="py-1 pe-2 text-end">{t("events.match.points")}</th>
            <th scope="col" className="py-1 text-start">{t("events.match.detail")}</th>
          </tr>
        </thead>
        <tbody>
          {factors.map((f) => (
            <tr key={f.key} className="border-t border-line align-top">
              <th scope="row" className="py-1 pe-2 text-start font-normal">{t(`events.match.factors.${f.key}`)}</th>
              <td className="py-1 pe-2 text-end tabular-nums">{formatPercent(locale, f.weight)}</td>
              <td className="py-1 pe-2 text-end tabular-nums">{formatNumber(locale, f.score * f.weight * 100, { maximumFractionDigits: 1 })}</td>
              <td className="py-1">{f.detail}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {gaps.length > 0 && (
        <div className="mt-2">
          <p className="font-semibold">{t("events.match.gaps")}</p>
          <ul className="list-disc ps-5">
            {gaps.map((g) => (
              <li key={g}>{g}</li>
            ))}
          </ul>
        </div>
      )}
    </details>
  );
}
