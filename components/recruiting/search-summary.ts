import { REGION_NAMES } from "@/lib/domain/matching/regions";
import { ANY_REGION_OUTSIDE_CMM, type TCandidateSearchFilters } from "@/lib/schemas/recruiting";
import type { Locale } from "@/lib/i18n/config";
import type { Translator } from "@/lib/i18n/translate";
import { formatDate } from "@/lib/i18n/format";

/** A saved search's filters in words ("CNP 72106 · Mauricie · Français niveau 6 ou plus"), for lists and e-mails. */
export function describeSearch(f: TCandidateSearchFilters, t: Translator, locale: Locale): string[] {
  const out: string[] = [];
  if (f.cnp) out.push(t("candidate.card.noc", { code: f.cnp }));
  if (f.q) out.push(locale === "fr" ? `«\u00a0${f.q}\u00a0»` : `"${f.q}"`);
  if (f.competences?.length) out.push(f.competences.join(", "));
  if (f.region) out.push(f.region === ANY_REGION_OUTSIDE_CMM ? t("recruiting.search.openAnywhere") : (REGION_NAMES[f.region]?.[locale] ?? f.region));
  if (f.francais) out.push(t("recruiting.saved.summaryFrench", { level: f.francais }));
  if (f.dispo) out.push(`${t("recruiting.search.availableBy")} ${formatDate(locale, f.dispo, { dateStyle: "medium" })}`);
  if (f.experience) out.push(t("recruiting.saved.summaryExperience", { count: f.experience }));
  if (f.etudes) out.push(t(`candidate.options.education.${f.etudes}`));
  if (f.reconnaissance) out.push(t(`candidate.options.credentialStatus.${f.reconnaissance}`));
  return out;
}
