import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { Container } from "@/components/layout/container";
import { Alert } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { Pagination } from "@/components/ui/pagination";
import { MatchFilters } from "@/components/matching/match-filters";
import { RecommendedCandidateCard } from "@/components/matching/recommended-candidate-card";
import { getLocale, getT } from "@/lib/i18n/server";
import { requirePageRole } from "@/lib/server/page-auth";
import { AppError } from "@/lib/server/errors";
import { recommendCandidatesForVacancy } from "@/lib/server/services/matching";
import { ZCandidateRecommendationQuery } from "@/lib/schemas/recommendations";
import { firstParams } from "@/lib/schemas/vacancy";
import { REGION_NAMES } from "@/lib/domain/matching";

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata(): Promise<Metadata> {
  const t = await getT();
  return { title: t("matching.candidates.metaTitle") };
}

/** Recommended candidates for one of the employer's vacancies: ranked by the engine, explained, anonymous. */
export default async function RecommendationsPage({ params, searchParams }: Props) {
  const { id } = await params;
  const actor = await requirePageRole("EMPLOYER");
  const [t, locale] = await Promise.all([getT(), getLocale()]);
  const query = ZCandidateRecommendationQuery.parse(firstParams(await searchParams));
  const filters = { eligibleOnly: query.admissibles, regionWanted: query.region, sameOccupation: query["meme-cnp"] };
  const result = await recommendCandidatesForVacancy(actor, id, { page: query.page, filters, locale }).catch((e) => {
    if (e instanceof AppError && e.code === "NOT_FOUND") notFound();
    if (e instanceof AppError && e.code === "FORBIDDEN") return null;
    throw e;
  });
  const self = `/employeur/postes/${id}/recommandations`;
  if (!result) {
    return (
      <Container className="flex max-w-3xl flex-col gap-6 py-8">
        <h1 className="text-3xl font-bold">{t("matching.candidates.title")}</h1>
        <Alert variant="warning" title={t("matching.candidates.notVerifiedTitle")}>
          <p>{t("matching.candidates.notVerified")}</p>
        </Alert>
      </Container>
    );
  }
  const v = result.vacancy;
  const region = v.regionCode ? (REGION_NAMES[v.regionCode]?.[locale] ?? v.regionCode) : null;
  return (
    <Container className="flex flex-col gap-6 py-8">
      <p>
        <Link href={`/employeur/postes/${id}`}>{t("matching.candidates.back")}</Link>
      </p>
      <header className="flex flex-col gap-2">
        <h1 className="text-3xl font-bold">{t("matching.candidates.title")}</h1>
        <p className="flex flex-wrap items-center gap-2 text-lg">
          <span className="font-semibold">{v.title}</span>
          <span className="text-ink-muted">{[v.nocCode ? t("matching.candidates.noc", { code: v.nocCode }) : null, v.municipalityName, region].filter(Boolean).join(" · ")}</span>
          {!v.inCmm && <Badge variant="info">{t("matching.vacancies.outsideCmm")}</Badge>}
        </p>
      </header>
      <Alert variant="info" live="off" title={t("matching.candidates.decisionTitle")}>
        <p>{t("matching.candidates.decision")}</p>
        <p>
          {t("matching.candidates.anonymous")} <Link href="/fonctionnement">{t("matching.candidates.howLink")}</Link>
        </p>
      </Alert>
      {v.status !== "PUBLISHED" && <Alert variant="warning" live="off">{t("matching.candidates.notPublished")}</Alert>}
      <div className="grid gap-6 lg:grid-cols-[16rem_minmax(0,1fr)]">
        <aside className="flex flex-col gap-4">
          <MatchFilters
            action={self}
            t={t}
            options={[
              { name: "admissibles", label: t("matching.filters.eligibleOnly"), checked: filters.eligibleOnly },
              { name: "region", label: t("matching.filters.regionWanted"), checked: filters.regionWanted },
              { name: "meme-cnp", label: t("matching.filters.sameOccupation", { code: v.nocCode ?? "" }), checked: filters.sameOccupation },
            ]}
          />
          <p className="text-sm text-ink-muted">
            {t("matching.candidates.apiHint")} <Link href="/employeur/cles-api">{t("matching.candidates.apiLink")}</Link>
          </p>
        </aside>
        <section aria-labelledby="results" className="flex min-w-0 flex-col gap-4">
          <h2 id="results" className="text-2xl font-bold">
            {t("matching.candidates.resultsHeading")}
            {result.items.length > 0 && (
              <span className="ms-2 text-lg font-semibold text-ink-muted">
                {t("matching.candidates.range", { from: result.items[0]!.rank, to: result.items[result.items.length - 1]!.rank })}
              </span>
            )}
          </h2>
          {result.items.length === 0 ? (
            <p className="text-ink-muted" data-testid="recommendations-empty">
              {t("matching.candidates.empty")}
            </p>
          ) : (
            <ol className="flex flex-col gap-4" aria-labelledby="results">
              {result.items.map((item) => (
                <RecommendedCandidateCard key={item.card.id} item={item} t={t} locale={locale} />
              ))}
            </ol>
          )}
          <Pagination page={result.page} pageCount={result.hasMore ? result.page + 1 : result.page} param="page" />
        </section>
      </div>
    </Container>
  );
}
