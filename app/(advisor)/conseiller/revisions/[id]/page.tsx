import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { Container } from "@/components/layout/container";
import { HumanReviewAnswerForm } from "@/components/privacy/human-review-answer-form";
import { getLocale, getT } from "@/lib/i18n/server";
import { formatDate } from "@/lib/i18n/format";
import { requirePageRole } from "@/lib/server/page-auth";
import { getHumanReviewForAdvisor } from "@/lib/server/dal/human-review";
import { NotFoundError } from "@/lib/server/errors";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getT();
  return { title: t("privacy.review.detailTitle"), robots: { index: false } };
}

/** One request: the candidate's words, the vacancy's requirements and the job-relevant part of the profile. */
export default async function HumanReviewDetailPage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requirePageRole("ADVISOR", "ADMIN");
  const { id } = await params;
  const detail = await getHumanReviewForAdvisor(actor, id).catch((e) => {
    if (e instanceof NotFoundError) notFound();
    throw e;
  });
  const [t, locale] = await Promise.all([getT(), getLocale()]);
  const { request, vacancy, profile } = detail;
  const dash = "—";
  const dt = "font-semibold";
  return (
    <Container className="flex max-w-3xl flex-col gap-6 py-8">
      <p><Link href="/conseiller/revisions">{t("privacy.review.back")}</Link></p>
      <h1 className="text-3xl font-bold">{t("privacy.review.detailTitle")}</h1>
      <p className="text-ink-muted">{t("privacy.review.receivedOn", { date: formatDate(locale, request.createdAt, { dateStyle: "long", timeZone: "America/Toronto" }) })}</p>
      <section aria-labelledby="reason" className="flex flex-col gap-2">
        <h2 id="reason" className="text-xl font-semibold">{t("privacy.review.reason")}</h2>
        <p className="whitespace-pre-line rounded border border-line bg-surface p-3" data-testid="review-reason">{request.reason}</p>
      </section>
      <section aria-labelledby="vacancy" className="flex flex-col gap-2">
        <h2 id="vacancy" className="text-xl font-semibold">{t("privacy.review.recommendation")}</h2>
        {vacancy ? (
          <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-1">
            <dt className={dt}>{t("privacy.review.vacancy")}</dt><dd>{vacancy.title} ({vacancy.nocCode}, {vacancy.regionCode})</dd>
            <dt className={dt}>{t("matching.factors.french")}</dt><dd>{vacancy.minFrenchLevel ?? dash}</dd>
            <dt className={dt}>{t("matching.factors.english")}</dt><dd>{vacancy.minEnglishLevel ?? dash}</dd>
            <dt className={dt}>{t("matching.factors.experience")}</dt><dd>{vacancy.minExperienceYears ?? dash}</dd>
            <dt className={dt}>{t("matching.factors.education")}</dt><dd>{vacancy.minEducation ?? dash}</dd>
            <dt className={dt}>{t("matching.factors.skills")}</dt><dd>{vacancy.requiredSkills.join(", ") || dash}</dd>
          </dl>
        ) : (
          <p>{request.vacancyId ? t("privacy.review.vacancyGone") : t("privacy.review.wholeList")}</p>
        )}
      </section>
      <section aria-labelledby="profile" className="flex flex-col gap-2">
        <h2 id="profile" className="text-xl font-semibold">{t("privacy.review.profile")}</h2>
        <p className="text-sm text-ink-muted">{t("privacy.review.profileHint")}</p>
        {profile ? (
          <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-1" data-testid="review-profile">
            <dt className={dt}>{t("matching.factors.occupation")}</dt>
            <dd>{profile.occupations.map((o) => `${o.nocCode}${o.title ? ` ${o.title}` : ""} (${o.years})`).join(", ") || dash}</dd>
            <dt className={dt}>{t("matching.factors.skills")}</dt><dd>{profile.skillLabels.join(", ") || dash}</dd>
            <dt className={dt}>{t("matching.factors.french")}</dt><dd>{profile.frenchLevel ?? dash}</dd>
            <dt className={dt}>{t("matching.factors.english")}</dt><dd>{profile.englishLevel ?? dash}</dd>
            <dt className={dt}>{t("matching.factors.education")}</dt><dd>{profile.education ?? dash}</dd>
            <dt className={dt}>{t("matching.factors.region")}</dt><dd>{profile.preferredRegionCodes.join(", ") || dash}</dd>
            <dt className={dt}>{t("matching.factors.availability")}</dt><dd>{profile.availableFrom ? formatDate(locale, profile.availableFrom, { dateStyle: "medium" }) : dash}</dd>
          </dl>
        ) : (
          <p>{dash}</p>
        )}
      </section>
      {request.status === "OPEN" ? (
        <HumanReviewAnswerForm id={request.id} version={request.version} />
      ) : (
        <section aria-labelledby="answer" className="flex flex-col gap-2">
          <h2 id="answer" className="text-xl font-semibold">{t("privacy.review.answer")}</h2>
          <p className="whitespace-pre-line">{request.answer}</p>
        </section>
      )}
    </Container>
  );
}
