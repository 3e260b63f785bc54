import Link from "next/link";
import { notFound } from "next/navigation";
import { Container } from "@/components/layout/container";
import { Alert } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { AnonymousCandidateCard } from "@/components/candidate/anonymous-candidate-card";
import { CandidateActions } from "@/components/recruiting/candidate-actions";
import { TooManyRequests } from "@/components/recruiting/too-many-requests";
import { getT } from "@/lib/i18n/server";
import { requirePageRole } from "@/lib/server/page-auth";
import { viewCandidateProfile } from "@/lib/server/dal/profile-views";
import { listRecruitingVacancies } from "@/lib/server/dal/pipeline";
import { pageData } from "@/lib/server/dal/recruiting-page";
import { AppError } from "@/lib/server/errors";
import { firstParams } from "@/lib/schemas/vacancy";
import { searchFiltersQuery, ZCandidateSearchFilters } from "@/lib/schemas/recruiting";

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata() {
  const t = await getT();
  return { title: t("recruiting.profile.title"), robots: { index: false } };
}

export default async function CandidateProfilePage({ params, searchParams }: Props) {
  const actor = await requirePageRole("EMPLOYER");
  const [{ id }, sp, t] = await Promise.all([params, searchParams, getT()]);
  const back = `/employeur/recherche${searchFiltersQuery(ZCandidateSearchFilters.parse(firstParams(sp)))}`;
  const result = await pageData(async () => {
    try {
      return { profile: await viewCandidateProfile(actor, id), vacancies: await listRecruitingVacancies(actor) };
    } catch (e) {
      if (e instanceof AppError && e.code === "NOT_FOUND") notFound();
      throw e;
    }
  });
  if (!result.ok && result.reason === "rateLimited") return <TooManyRequests t={t} />;
  if (!result.ok) {
    return (
      <Container className="py-8">
        <Alert variant="info" title={t("recruiting.search.notVerifiedTitle")} live="off">
          {t("recruiting.search.notVerifiedBody")}
        </Alert>
      </Container>
    );
  }
  const { profile, vacancies } = result.data;
  const name = profile.identity ? [profile.identity.firstName, profile.identity.lastName].filter(Boolean).join(" ") : null;
  return (
    <Container className="flex flex-col gap-6 py-8">
      <p>
        <Link href={back}>← {t("recruiting.profile.back")}</Link>
      </p>
      <h1 className="text-3xl font-bold">{name ?? t("recruiting.profile.title")}</h1>
      <div className="grid gap-8 lg:grid-cols-[minmax(0,1fr)_minmax(0,1fr)]">
        <div className="flex flex-col gap-4">
          {profile.identity ? (
            <section aria-labelledby="identity" className="rounded border border-success-700 bg-success-50 p-4" data-testid="revealed-identity">
              <h2 id="identity" className="text-lg font-bold">{t("recruiting.profile.identityTitle")}</h2>
              <p className="text-sm text-ink-muted">{t("recruiting.profile.identityNote")}</p>
              <dl className="mt-2 grid grid-cols-[auto_1fr] gap-x-4 gap-y-1">
                <dt className="font-semibold">{t("recruiting.profile.name")}</dt>
                <dd>{name}</dd>
                <dt className="font-semibold">{t("recruiting.profile.email")}</dt>
                <dd>
                  <a href={`mailto:${profile.identity.email}`}>{profile.identity.email}</a>
                </dd>
                {profile.identity.phone && (
                  <>
                    <dt className="font-semibold">{t("recruiting.profile.phone")}</dt>
                    <dd>{profile.identity.phone}</dd>
                  </>
                )}
              </dl>
            </section>
          ) : (
            <p className="text-ink-muted">{t("recruiting.profile.anonymousNote")}</p>
          )}
          <AnonymousCandidateCard card={profile.card} headingLevel={2} />
        </div>
        <div className="flex flex-col gap-8">
          <section aria-labelledby="pipelines" className="flex flex-col gap-2">
            <h2 id="pipelines" className="text-xl font-bold">{t("recruiting.profile.inPipelines")}</h2>
            {profile.entries.length === 0 ? (
              <p className="text-ink-muted">{t("recruiting.profile.notInPipelines")}</p>
            ) : (
              <ul className="flex flex-col gap-2">
                {profile.entries.map((e) => (
                  <li key={e.id} className="flex flex-wrap items-center gap-2">
                    <span className="font-semibold">{e.vacancyTitle}</span>
                    <Badge variant="info">{t(`recruiting.stages.${e.stage}`)}</Badge>
                    <Link href={`/employeur/postes/${e.jobPostingId}/pipeline`}>{t("recruiting.profile.openPipeline")}</Link>
                  </li>
                ))}
              </ul>
            )}
          </section>
          <CandidateActions candidateProfileId={profile.card.id} vacancies={vacancies.map((v) => ({ id: v.id, title: v.title, published: v.status === "PUBLISHED" && (!v.expiresAt || v.expiresAt > new Date()) }))} />
        </div>
      </div>
    </Container>
  );
}
