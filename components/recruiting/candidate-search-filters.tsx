"use client";
import { useState, type FormEvent } from "react";
import Link from "next/link";
import { usePathname, useRouter } from "next/navigation";
import { SelectField } from "@/components/ui/select";
import { TextField } from "@/components/ui/field";
import { Button } from "@/components/ui/button";
import { OccupationCombobox, type OccupationValue } from "@/components/reference/occupation-combobox";
import { ANY_REGION_OUTSIDE_CMM, searchFiltersQuery, ZCandidateSearchFilters, type TCandidateSearchFilters } from "@/lib/schemas/recruiting";
import { EDUCATION_LEVELS } from "@/lib/domain/education";
import { CREDENTIAL_STATUSES } from "@/lib/domain/candidate/options";
import { useI18n } from "@/lib/i18n/client";

type Region = { code: string; nameFr: string; nameEn: string };
export type VacancyChoice = { id: string; title: string };

/**
 * The search's filters. Applying them writes the URL (back to page 1), so a search can be bookmarked and shared;
 * the server page reads the same parameters with the same schema.
 */
export function CandidateSearchFilters({ filters, regions, vacancies, occupation: initialOccupation }: { filters: TCandidateSearchFilters; regions: Region[]; vacancies: VacancyChoice[]; occupation: OccupationValue | null }) {
  const { t, locale } = useI18n();
  const router = useRouter();
  const pathname = usePathname() ?? "/employeur/recherche";
  const [occupation, setOccupation] = useState<OccupationValue | null>(initialOccupation);
  const [sort, setSort] = useState<string>(filters.tri ?? "fraicheur");

  function apply(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const data = new FormData(e.currentTarget);
    const raw: Record<string, string> = {};
    for (const [k, v] of data.entries()) if (typeof v === "string" && v.trim()) raw[k] = v.trim();
    if (occupation?.code) raw.cnp = occupation.code;
    // The same schema as the server: what it would drop is not put in the URL.
    router.push(`${pathname}${searchFiltersQuery(ZCandidateSearchFilters.parse(raw))}`);
  }

  return (
    <form onSubmit={apply} role="search" aria-label={t("recruiting.search.filters")} className="flex flex-col gap-4 rounded-lg border border-line bg-surface p-4">
      <div className="grid gap-4 md:grid-cols-2 lg:grid-cols-3">
        <OccupationCombobox label={t("recruiting.search.occupation")} value={occupation} onChange={setOccupation} />
        <TextField label={t("recruiting.search.jobTitle")} hint={t("recruiting.search.jobTitleHint")} name="q" defaultValue={filters.q ?? ""} type="search" maxLength={80} />
        <TextField label={t("recruiting.search.skills")} hint={t("recruiting.search.skillsHint")} name="competences" defaultValue={filters.competences?.join(", ") ?? ""} />
        <SelectField
          label={t("recruiting.search.region")}
          name="region"
          defaultValue={filters.region ?? ""}
          placeholder={t("recruiting.search.anyRegion")}
          options={[
            { value: ANY_REGION_OUTSIDE_CMM, label: t("recruiting.search.openAnywhere") },
            ...regions.map((r) => ({ value: r.code, label: `${r.code} ${locale === "en" ? r.nameEn : r.nameFr}` })),
          ]}
        />
        <SelectField
          label={t("recruiting.search.french")}
          name="francais"
          defaultValue={filters.francais ? String(filters.francais) : ""}
          placeholder={t("recruiting.search.anyFrench")}
          options={Array.from({ length: 12 }, (_, i) => ({ value: String(i + 1), label: t("recruiting.search.frenchLevel", { level: i + 1 }) }))}
        />
        <TextField label={t("recruiting.search.availableBy")} name="dispo" type="date" defaultValue={filters.dispo ?? ""} />
        <TextField label={t("recruiting.search.experience")} name="experience" type="number" min={0} max={40} step={1} inputMode="numeric" defaultValue={filters.experience !== undefined ? String(filters.experience) : ""} />
        <SelectField
          label={t("recruiting.search.education")}
          name="etudes"
          defaultValue={filters.etudes ?? ""}
          placeholder={t("recruiting.search.anyEducation")}
          options={EDUCATION_LEVELS.map((l) => ({ value: l, label: t(`candidate.options.education.${l}`) }))}
        />
        <SelectField
          label={t("recruiting.search.credentials")}
          name="reconnaissance"
          defaultValue={filters.reconnaissance ?? ""}
          placeholder={t("recruiting.search.anyCredentials")}
          options={CREDENTIAL_STATUSES.map((s) => ({ value: s, label: t(`candidate.options.credentialStatus.${s}`) }))}
        />
      </div>
      <div className="grid gap-4 md:grid-cols-2 lg:grid-cols-3">
        <SelectField
          label={t("recruiting.search.sort")}
          name="tri"
          value={sort}
          onChange={(e) => setSort(e.target.value)}
          options={[
            { value: "fraicheur", label: t("recruiting.search.sortFreshness") },
            { value: "pertinence", label: t("recruiting.search.sortRelevance") },
          ]}
        />
        <SelectField
          label={t("recruiting.search.vacancy")}
          name="poste"
          defaultValue={filters.poste ?? ""}
          placeholder={t("recruiting.search.chooseVacancy")}
          hint={sort === "pertinence" ? t("recruiting.search.relevanceNote") : undefined}
          options={vacancies.map((v) => ({ value: v.id, label: v.title }))}
        />
      </div>
      <div className="flex flex-col gap-3 sm:flex-row sm:items-center sm:justify-end">
        <Link href={pathname}>{t("recruiting.search.reset")}</Link>
        <Button type="submit">{t("recruiting.search.apply")}</Button>
      </div>
    </form>
  );
}
