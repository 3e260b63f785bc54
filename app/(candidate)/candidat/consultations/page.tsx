import { Container } from "@/components/layout/container";
import { DisclosureList } from "@/components/recruiting/disclosure-list";
import { getLocale, getT } from "@/lib/i18n/server";
import { formatDate, formatNumber } from "@/lib/i18n/format";
import { requirePageRole } from "@/lib/server/page-auth";
import { listMyProfileViews } from "@/lib/server/dal/profile-views";
import { listMyDisclosures } from "@/lib/server/dal/invitations";
import { REGION_NAMES } from "@/lib/domain/matching/regions";

export async function generateMetadata() {
  const t = await getT();
  return { title: t("recruiting.candidate.viewsTitle") };
}

export default async function ProfileViewsPage() {
  const actor = await requirePageRole("CANDIDATE");
  const [t, locale, views, disclosures] = await Promise.all([getT(), getLocale(), listMyProfileViews(actor), listMyDisclosures(actor)]);
  return (
    <Container className="flex max-w-4xl flex-col gap-8 py-8">
      <section aria-labelledby="views" className="flex flex-col gap-3">
        <h1 id="views" className="text-3xl font-bold">{t("recruiting.candidate.viewsTitle")}</h1>
        <p className="text-ink-muted">{t("recruiting.candidate.viewsIntro")}</p>
        {views.length === 0 ? (
          <p className="text-ink-muted">{t("recruiting.candidate.viewsEmpty")}</p>
        ) : (
          <div className="overflow-x-auto rounded border border-line" role="region" aria-labelledby="views-caption" tabIndex={0}>
            <table className="w-full border-collapse text-start">
              <caption id="views-caption" className="sr-only">{t("recruiting.candidate.viewsCaption")}</caption>
              <thead className="bg-surface">
                <tr>
                  {(["organisation", "region", "views", "last"] as const).map((c) => (
                    <th key={c} scope="col" className={`border-b-2 border-line-strong px-3 py-2 text-sm font-semibold ${c === "views" ? "text-end" : "text-start"}`}>
                      {t(`recruiting.candidate.viewsColumns.${c}`)}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {views.map((v, i) => (
                  <tr key={i} className="border-b border-line last:border-b-0">
                    <th scope="row" className="px-3 py-2 text-start font-semibold">
                      {v.organisation}
                      {v.verified && <span className="ms-2 text-sm font-normal text-success-700">✓ {t("recruiting.candidate.verified")}</span>}
                    </th>
                    <td className="px-3 py-2">{[v.municipality, v.regionCode ? (REGION_NAMES[v.regionCode]?.[locale] ?? v.regionCode) : null].filter(Boolean).join(", ")}</td>
                    <td className="px-3 py-2 text-end tabular-nums">{formatNumber(locale, v.views)}</td>
                    <td className="px-3 py-2">{formatDate(locale, v.lastViewedAt, { dateStyle: "medium", timeZone: "America/Toronto" })}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>
      <section aria-labelledby="shared" className="flex flex-col gap-3">
        <h2 id="shared" className="text-2xl font-bold">{t("recruiting.candidate.sharedTitle")}</h2>
        <p className="text-ink-muted">{t("recruiting.candidate.sharedIntro")}</p>
        <DisclosureList rows={disclosures} />
      </section>
    </Container>
  );
}
