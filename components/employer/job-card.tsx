import Link from "next/link";
import { VerifiedMark } from "@/components/employer/verified-mark";
import type { PublicVacancySummary } from "@/lib/server/dal/vacancies";
import type { Locale } from "@/lib/i18n/config";
import { formatDate, formatMoney } from "@/lib/i18n/format";
import type { Translator } from "@/lib/i18n/translate";

export function wageText(t: Translator, locale: Locale, minCents: number | null, maxCents: number | null): string | null {
  if (minCents === null) return null;
  return maxCents !== null && maxCents !== minCents
    ? t("jobs.card.wageRange", { min: formatMoney(locale, minCents), max: formatMoney(locale, maxCents) })
    : t("jobs.card.wage", { min: formatMoney(locale, minCents) });
}

/** One vacancy in the public list: what a person weighs first (where, what, how much, how much French). */
export function JobCard({ v, t, locale, regionName }: { v: PublicVacancySummary; t: Translator; locale: Locale; regionName: string }) {
  const wage = wageText(t, locale, v.wageMinCents, v.wageMaxCents);
  const offers = (["offersHousingHelp", "offersRelocation", "offersFrancisation", "offersImmigrationHelp"] as const).filter((k) => v[k]);
  return (
    <li className="flex flex-col gap-2 rounded-lg border border-line p-4 hover:border-brand-600" data-testid="job-card">
      <h3 className="text-xl font-bold">
        <Link href={`/emplois/${v.id}`}>{v.title}</Link>
      </h3>
      <p className="flex flex-wrap items-center gap-2">
        <span className="font-semibold">{v.employerName}</span>
        {v.employerVerified && <VerifiedMark t={t} />}
      </p>
      <p className="text-ink-muted">
        {v.municipalityName} · {regionName} · {locale === "en" ? v.nocTitleEn : v.nocTitleFr}
      </p>
      <ul className="flex flex-wrap gap-x-4 gap-y-1 text-sm">
        <li>{t(`vacancy.employmentTypes.${v.employmentType}`)}</li>
        {wage && <li className="font-semibold">{wage}</li>}
        {v.hoursPerWeek !== null && <li>{t("jobs.card.hours", { hours: v.hoursPerWeek })}</li>}
        <li>{t("jobs.card.positions", { count: v.positions })}</li>
        <li>{v.minFrenchLevel ? t("jobs.card.french", { level: v.minFrenchLevel }) : t("jobs.card.noFrench")}</li>
      </ul>
      {offers.length > 0 && (
        <ul className="flex flex-wrap gap-2 text-sm">
          {offers.map((o) => (
            <li key={o} className="rounded bg-brand-50 px-2 py-0.5 text-brand-800">
              {t(`vacancy.offers.${o}`)}
            </li>
          ))}
        </ul>
      )}
      {v.publishedAt && <p className="text-sm text-ink-muted">{t("jobs.card.published", { date: formatDate(locale, v.publishedAt, { dateStyle: "long", timeZone: "America/Toronto" }) })}</p>}
    </li>
  );
}
