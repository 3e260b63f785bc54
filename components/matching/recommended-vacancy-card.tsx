import type { ReactNode } from "react";
import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import { formatDate } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/config";
import type { Translator } from "@/lib/i18n/translate";
import { REGION_NAMES } from "@/lib/domain/matching";
import type { RecommendedVacancy } from "@/lib/server/services/matching";
import { FactorBars, GapList } from "./factor-bars";
import { MatchScore } from "./match-score";

/**
 * One recommended vacancy for a candidate: where (regions outside the Montréal area stand out), why, what is missing,
 * and `review` (the page's "ask a person to review" control for this recommendation).
 */
export function RecommendedVacancyCard({ item, t, locale, review }: { item: RecommendedVacancy; t: Translator; locale: Locale; review?: ReactNode }) {
  const v = item.vacancy;
  const headingId = `vacancy-${v.id}`;
  const region = REGION_NAMES[v.regionCode]?.[locale] ?? v.regionCode;
  const offers = (["offersHousingHelp", "offersRelocation", "offersFrancisation", "offersImmigrationHelp"] as const).filter((k) => v[k]);
  return (
    <li
      className={v.inCmm ? "rounded-lg border border-line-strong bg-white p-4 sm:p-6" : "rounded-lg border-2 border-brand-600 bg-white p-4 sm:p-6"}
      data-testid="recommended-vacancy"
      data-outside-cmm={!v.inCmm}
      data-region={v.regionCode}
      aria-labelledby={headingId}
    >
      <article className="grid gap-6 md:grid-cols-[11rem_minmax(0,1fr)]">
        <div className="flex flex-col gap-2 md:border-e md:border-line md:pe-6">
          <p className="text-sm font-semibold text-ink-muted">{t("matching.vacancies.rank", { rank: item.rank })}</p>
          <MatchScore score={item.score} eligible={item.eligible} t={t} locale={locale} />
        </div>
        <div className="flex min-w-0 flex-col gap-4">
          <header className="flex flex-col gap-1">
            <h3 id={headingId} className="text-xl font-bold">
              <Link href={`/emplois/${v.id}`}>{v.title}</Link>
            </h3>
            <p className="font-semibold">{v.employerName}</p>
            <p className="flex flex-wrap items-center gap-2 text-ink-muted">
              <span>
                {v.municipalityName} · {region}
              </span>
              {!v.inCmm && <Badge variant="info">{t("matching.vacancies.outsideCmm")}</Badge>}
            </p>
            {v.startDate && <p className="text-sm text-ink-muted">{t("matching.vacancies.start", { date: formatDate(locale, v.startDate) })}</p>}
            {offers.length > 0 && (
              <ul className="mt-1 flex flex-wrap gap-2 text-sm" aria-label={t("matching.vacancies.offers")}>
                {offers.map((o) => (
                  <li key={o} className="rounded bg-brand-50 px-2 py-0.5 text-brand-800">
                    {t(`vacancy.offers.${o}`)}
                  </li>
                ))}
              </ul>
            )}
          </header>
          <section aria-label={t("matching.vacancies.reasons")} className="flex flex-col gap-2">
            <h4 className="text-base font-bold">{t("matching.vacancies.reasons")}</h4>
            <FactorBars factors={item.factors} t={t} locale={locale} />
          </section>
          <GapList gaps={item.gaps} t={t} />
          {review && <div>{review}</div>}
        </div>
      </article>
    </li>
  );
}
