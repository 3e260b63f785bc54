"use client";
import { Badge } from "@/components/ui/badge";
import { useI18n } from "@/lib/i18n/client";
import { formatDate, formatNumber } from "@/lib/i18n/format";
import { REGION_NAMES } from "@/lib/domain/matching/regions";
import type { AnonymousCandidateCard as Card } from "@/lib/domain/candidate/anonymous-card";

/**
 * A candidate as an employer sees them before any invitation is accepted: no name, no contact, nothing but what
 * matching needs. Used for the candidate's own preview and, later, in employers' lists.
 */
export function AnonymousCandidateCard({ card, headingLevel = 3 }: { card: Card; headingLevel?: 2 | 3 | 4 }) {
  const { t, locale } = useI18n();
  const H = `h${headingLevel}` as "h2" | "h3" | "h4";
  const [main, ...others] = card.occupations;
  const years = (n: number) => t("candidate.card.years", { count: n, years: formatNumber(locale, n, { maximumFractionDigits: 1 }) });
  const regions = card.preferredRegionCodes.map((c) => REGION_NAMES[c]?.[locale] ?? c);
  const row = (label: string, value: React.ReactNode) => (
    <div className="grid grid-cols-[minmax(0,10rem)_minmax(0,1fr)] gap-2 py-1">
      <dt className="font-semibold text-ink">{label}</dt>
      <dd className="text-ink">{value}</dd>
    </div>
  );
  const yesNo = (v: boolean | null) => (v === null ? t("candidate.card.unknown") : v ? t("candidate.fields.yes") : t("candidate.fields.no"));
  return (
    <article className="flex flex-col gap-3 rounded border border-line-strong bg-white p-4" data-testid="anonymous-card" aria-label={t("candidate.card.label")}>
      <header>
        <H className="text-xl font-bold">{main ? (main.title ?? main.nocCode) : t("candidate.card.noOccupation")}</H>
        {main && (
          <p className="text-ink-muted">
            {t("candidate.card.noc", { code: main.nocCode })} · {years(main.years)}
          </p>
        )}
        {others.length > 0 && (
          <ul className="mt-1 text-sm text-ink-muted">
            {others.map((o) => (
              <li key={o.nocCode}>
                {o.title ?? o.nocCode} ({t("candidate.card.noc", { code: o.nocCode })}) · {years(o.years)}
              </li>
            ))}
          </ul>
        )}
      </header>
      <dl className="divide-y divide-line text-sm">
        {row(
          t("candidate.card.french"),
          card.frenchLevel === null ? t("candidate.card.unknown") : t("candidate.card.frenchValue", { level: card.frenchLevel, oral: card.frenchOral ?? "–", written: card.frenchWritten ?? "–" }),
        )}
        {row(t("candidate.card.english"), card.englishLevel === null ? t("candidate.card.unknown") : t("candidate.card.englishValue", { level: card.englishLevel }))}
        {row(t("candidate.card.education"), card.education ? t(`candidate.options.education.${card.education}`) : t("candidate.card.unknown"))}
        {row(t("candidate.card.credentials"), card.credentialStatus ? t(`candidate.options.credentialStatus.${card.credentialStatus}`) : t("candidate.card.unknown"))}
        {row(
          t("candidate.card.regions"),
          card.openToAnyRegionOutsideCmm ? (
            <>
              {t("candidate.card.anyRegion")}
              {regions.length > 0 && <span className="block text-ink-muted">{t("candidate.card.preferably", { regions: regions.join(", ") })}</span>}
            </>
          ) : regions.length > 0 ? (
            regions.join(", ")
          ) : (
            t("candidate.card.unknown")
          ),
        )}
        {row(t("candidate.card.availableFrom"), card.availableFrom ? formatDate(locale, card.availableFrom) : t("candidate.card.unknown"))}
        {row(t("candidate.card.workTypes"), card.workTypes.length ? card.workTypes.map((w) => t(`candidate.options.workType.${w}`)).join(", ") : t("candidate.card.unknown"))}
        {row(t("candidate.card.inQuebec"), yesNo(card.inQuebec))}
        {row(t("candidate.card.familyComing"), yesNo(card.familyComing))}
        {row(t("candidate.card.needsHousingHelp"), yesNo(card.needsHousingHelp))}
        {row(t("candidate.card.hasDrivingLicence"), yesNo(card.hasDrivingLicence))}
      </dl>
      {card.skills.length > 0 && (
        <ul className="flex flex-wrap gap-2" aria-label={t("candidate.card.skills")}>
          {card.skills.map((s) => (
            <li key={s}>
              <Badge variant="info">{s}</Badge>
            </li>
          ))}
        </ul>
      )}
      <p className="text-sm text-ink-muted" data-testid="card-confirmed">
        {t("candidate.card.confirmed", { count: card.confirmedDaysAgo })}
      </p>
    </article>
  );
}
