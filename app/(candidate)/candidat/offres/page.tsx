import type { Metadata } from "next";
import Link from "next/link";
import { Container } from "@/components/layout/container";
import { Alert } from "@/components/ui/alert";
import { MatchFilters } from "@/components/matching/match-filters";
import { RecommendedVacancyCard } from "@/components/matching/recommended-vacancy-card";
import { HumanReviewButton } from "@/components/privacy/human-review-button";
import { getLocale, getT } from "@/lib/i18n/server";
import { formatNumber } from "@/lib/i18n/format";
import { requirePageRole } from "@/lib/server/page-auth";
import { recommendVacanciesForCandidate } from "@/lib/server/services/matching";
import { getMyHumanReviews } from "@/lib/server/dal/human-review";
import { ZVacancyRecommendationQuery } from "@/lib/schemas/recommendations";
import { firstParams } from "@/lib/schemas/vacancy";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata(): Promise<Metadata> {
  const t = await getT();
  return { title: t("matching.vacancies.metaTitle") };
}

/**
 * Recommended vacancies for the signed-in candidate: the board's vacancies ranked for their profile, with reasons,
 * and on the list and on each recommendation a way to ask a person to review it (Loi 25, art. 12.1).
 */
export default async function RecommendedVacanciesPage({ searchParams }: Props) {
  const actor = await requirePageRole("CANDIDATE");
  const [t, locale] = await Promise.all([getT(), getLocale()]);
  const query = ZVacancyRecommendationQuery.parse(firstParams(await searchParams));
  const filters = { outsideCmmOnly: query["hors-cmm"], eligibleOnly: query.admissibles };
  const [result, reviews] = await Promise.all([recommendVacanciesForCandidate(actor, { filters, locale }), getMyHumanReviews(actor)]);
  return (
    <Container className="flex flex-col gap-6 py-8">
      <header className="flex flex-col gap-2">
        <h1 className="text-3xl font-bold">{t("matching.vacancies.title")}</h1>
        <p className="max-w-3xl text-lg">{t("matching.vacancies.intro")}</p>
        <p className="text-sm text-ink-muted">
          {t("matching.vacancies.decision")} <Link href="/fonctionnement">{t("matching.candidates.howLink")}</Link>
        </p>
        <div>
          <HumanReviewButton vacancyId={null} existing={reviews.list ?? null} label={t("privacy.review.buttonList")} />
        </div>
      </header>
      {!(result.includedInMatching && result.visibleToEmployers) && (
        <Alert variant="info" live="off" title={t("matching.vacancies.notIncludedTitle")}>
          <p>
            {t("matching.vacancies.notIncluded")} <Link href="/candidat/profil">{t("matching.vacancies.profileLink")}</Link>
          </p>
        </Alert>
      )}
      <div className="grid gap-6 lg:grid-cols-[16rem_minmax(0,1fr)]">
        <aside>
          <MatchFilters
            action="/candidat/offres"
            t={t}
            options={[
              { name: "hors-cmm", label: t("matching.filters.outsideCmmOnly"), checked: filters.outsideCmmOnly },
              { name: "admissibles", label: t("matching.filters.eligibleVacancies"), checked: filters.eligibleOnly },
            ]}
          />
        </aside>
        <section aria-labelledby="results" className="flex min-w-0 flex-col gap-4">
          <h2 id="results" className="text-2xl font-bold">
            {t("matching.vacancies.resultsHeading")}
            <span className="ms-2 text-lg font-semibold text-ink-muted" role="status">
              {t("matching.vacancies.count", { count: result.items.length, shown: formatNumber(locale, result.items.length), total: formatNumber(locale, result.ranked) })}
            </span>
          </h2>
          {result.items.length === 0 ? (
            <p className="text-ink-muted" data-testid="recommendations-empty">
              {t("matching.vacancies.empty")} <Link href="/emplois">{t("matching.vacancies.boardLink")}</Link>
            </p>
          ) : (
            <ol className="flex flex-col gap-4" aria-labelledby="results">
              {result.items.map((item) => (
                <RecommendedVacancyCard
                  key={item.vacancy.id}
                  item={item}
                  t={t}
                  locale={locale}
                  review={<HumanReviewButton vacancyId={item.vacancy.id} existing={reviews[item.vacancy.id] ?? null} />}
                />
              ))}
            </ol>
          )}
        </section>
      </div>
    </Container>
  );
}
