import Link from "next/link";
import { AnonymousCandidateCard } from "@/components/candidate/anonymous-candidate-card";
import { formatNumber } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/config";
import type { Translator } from "@/lib/i18n/translate";
import { REGION_NAMES } from "@/lib/domain/matching";
import type { RecommendedCandidate } from "@/lib/server/services/matching";
import { FactorBars, GapList } from "./factor-bars";
import { MatchScore } from "./match-score";

/**
 * One recommended candidate: rank, score and scale, the factors with their weights and the engine's reasons, the
 * gaps, and the anonymous card (no name, no contact: those come only when the person accepts an invitation).
 */
export function RecommendedCandidateCard({ item, t, locale }: { item: RecommendedCandidate; t: Translator; locale: Locale }) {
  const { card } = item;
  const main = card.occupations[0];
  const headingId = `candidate-${card.id}`;
  const regions = card.preferredRegionCodes.map((c) => REGION_NAMES[c]?.[locale] ?? c);
  const years = (n: number) => t("matching.candidates.years", { count: n, years: formatNumber(locale, n, { maximumFractionDigits: 1 }) });
  return (
    <li className="rounded-lg border border-line-strong bg-white p-4 sm:p-6" data-testid="recommended-candidate" aria-labelledby={headingId}>
      <article className="grid gap-6 md:grid-cols-[11rem_minmax(0,1fr)]">
        <div className="flex flex-col gap-2 md:border-e md:border-line md:pe-6">
          <p className="text-sm font-semibold text-ink-muted">{t("matching.candidates.rank", { rank: item.rank })}</p>
          <MatchScore score={item.score} eligible={item.eligible} t={t} locale={locale} />
        </div>
        <div className="flex min-w-0 flex-col gap-4">
          <header className="flex flex-col gap-1">
            <h3 id={headingId} className="text-xl font-bold">
              {main ? (main.title ?? t("matching.candidates.noc", { code: main.nocCode })) : t("matching.candidates.noOccupation")}
            </h3>
            <p className="text-sm text-ink-muted">
              {main && (
                <>
                  {t("matching.candidates.noc", { code: main.nocCode })} · {years(main.years)} ·{" "}
                </>
              )}
              {card.frenchLevel === null ? t("matching.candidates.frenchUnknown") : t("matching.candidates.french", { level: card.frenchLevel })} ·{" "}
              {card.openToAnyRegionOutsideCmm ? t("matching.candidates.anyRegion") : regions.length ? regions.join(", ") : t("matching.candidates.regionsUnknown")}
            </p>
          </header>
          <section aria-label={t("matching.factors.title")} className="flex flex-col gap-2">
            <h4 className="text-base font-bold">{t("matching.factors.title")}</h4>
            <FactorBars factors={item.factors} t={t} locale={locale} />
          </section>
          <GapList gaps={item.gaps} t={t} />
          <p>
            <Link href={`/employeur/recherche/candidats/${card.id}`} className="font-semibold">
              {t("matching.candidates.openProfile")}
            </Link>
          </p>
          <details className="rounded border border-line p-3">
            <summary className="cursor-pointer font-semibold text-brand-600">{t("matching.candidates.profile")}</summary>
            <div className="mt-3">
              <AnonymousCandidateCard card={card} headingLevel={4} />
            </div>
          </details>
        </div>
      </article>
    </li>
  );
}
