import type { Metadata } from "next";
import Link from "next/link";
import { Container } from "@/components/layout/container";
import { getLocale, getT } from "@/lib/i18n/server";
import { formatDate } from "@/lib/i18n/format";
import { requirePageRole } from "@/lib/server/page-auth";
import { listHumanReviewQueue } from "@/lib/server/dal/human-review";
import { firstParams } from "@/lib/schemas/vacancy";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata(): Promise<Metadata> {
  const t = await getT();
  return { title: t("privacy.review.queueTitle"), robots: { index: false } };
}

const th = "border-b-2 border-line-strong px-3 py-2 text-start text-sm";

/** Human review requests of the advisor's regions (and those routed to no region), oldest first. */
export default async function HumanReviewQueuePage({ searchParams }: Props) {
  const actor = await requirePageRole("ADVISOR", "ADMIN");
  const answered = firstParams(await searchParams).statut === "repondues";
  const [t, locale, rows] = await Promise.all([getT(), getLocale(), listHumanReviewQueue(actor, { status: answered ? "ANSWERED" : "OPEN" })]);
  return (
    <Container className="flex flex-col gap-6 py-8">
      <div>
        <h1 className="text-3xl font-bold">{t("privacy.review.queueTitle")}</h1>
        <p className="mt-2 max-w-3xl text-ink-muted">{t("privacy.review.queueIntro")}</p>
      </div>
      <nav aria-label={t("privacy.review.queueTitle")} className="flex gap-4">
        <Link href="/conseiller/revisions" aria-current={!answered ? "page" : undefined} className={!answered ? "font-bold" : undefined}>{t("privacy.review.open")}</Link>
        <Link href="/conseiller/revisions?statut=repondues" aria-current={answered ? "page" : undefined} className={answered ? "font-bold" : undefined}>{t("privacy.review.answeredTab")}</Link>
      </nav>
      {rows.length === 0 ? (
        <p className="text-ink-muted" data-testid="review-queue-empty">{t("privacy.review.queueEmpty")}</p>
      ) : (
        <div className="overflow-x-auto rounded border border-line" role="region" aria-labelledby="reviews-caption" tabIndex={0}>
          <table className="w-full border-collapse text-start" data-testid="review-queue">
            <caption id="reviews-caption" className="sr-only">{t("privacy.review.queueTitle")}</caption>
            <thead className="bg-surface">
              <tr>
                <th scope="col" className={th}>{t("privacy.review.received")}</th>
                <th scope="col" className={th}>{t("privacy.review.recommendation")}</th>
                <th scope="col" className={th}>{t("privacy.review.region")}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((r) => (
                <tr key={r.id} className="border-b border-line last:border-b-0">
                  <td className="px-3 py-3 whitespace-nowrap">
                    <Link href={`/conseiller/revisions/${r.id}`}>{formatDate(locale, r.createdAt, { dateStyle: "medium", timeZone: "America/Toronto" })}</Link>
                  </td>
                  <td className="px-3 py-3">{r.vacancyId ? (r.vacancyTitle ?? t("privacy.review.vacancyGone")) : t("privacy.review.wholeList")}</td>
                  <td className="px-3 py-3">{r.regionCode ?? t("privacy.review.anyRegion")}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </Container>
  );
}
