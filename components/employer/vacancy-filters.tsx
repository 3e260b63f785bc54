"use client";
import { useState, type FormEvent } from "react";
import Link from "next/link";
import { usePathname, useRouter, useSearchParams } from "next/navigation";
import { SelectField } from "@/components/ui/select";
import { TextField } from "@/components/ui/field";
import { Checkbox } from "@/components/ui/checkbox";
import { Button } from "@/components/ui/button";
import { OccupationCombobox, type OccupationValue } from "@/components/reference/occupation-combobox";
import { withSearchParams } from "@/components/ui/data-table-params";
import { VACANCY_STATUS_FILTERS, type TEmployerVacancyFilters } from "@/lib/schemas/vacancy";
import { useI18n } from "@/lib/i18n/client";

type Region = { code: string; nameFr: string; nameEn: string };

/** Filters of the vacancy table; applying them writes the URL (and goes back to page 1). */
export function VacancyFilters({ filters, regions, occupation: initialOccupation }: { filters: TEmployerVacancyFilters; regions: Region[]; occupation: OccupationValue | null }) {
  const { t, locale } = useI18n();
  const router = useRouter();
  const pathname = usePathname();
  const searchParams = useSearchParams();
  const [occupation, setOccupation] = useState<OccupationValue | null>(initialOccupation);

  function apply(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const data = new FormData(e.currentTarget);
    const value = (k: string) => String(data.get(k) ?? "").trim() || null;
    router.push(
      `${pathname}${withSearchParams(searchParams?.toString() ?? "", {
        statut: value("statut"),
        region: value("region"),
        cnp: occupation?.code ?? null,
        q: value("q"),
        expire: data.get("expire") ? "1" : null,
        page: null,
      })}`,
    );
  }

  return (
    <form onSubmit={apply} role="search" aria-label={t("vacancy.list.filters")} className="flex flex-col gap-4 rounded-lg border border-line bg-surface p-4">
      <div className="grid gap-4 md:grid-cols-2 lg:grid-cols-4">
        <TextField label={t("vacancy.list.keyword")} name="q" defaultValue={filters.q ?? ""} type="search" />
        <SelectField
          label={t("vacancy.list.status")}
          name="statut"
          defaultValue={filters.statut ?? ""}
          placeholder={t("vacancy.list.allStatuses")}
          options={VACANCY_STATUS_FILTERS.map((s) => ({ value: s, label: t(`vacancy.statuses.${s}`) }))}
        />
        <SelectField
          label={t("vacancy.list.region")}
          name="region"
          defaultValue={filters.region ?? ""}
          placeholder={t("vacancy.list.allRegions")}
          options={regions.map((r) => ({ value: r.code, label: `${r.code} ${locale === "en" ? r.nameEn : r.nameFr}` }))}
        />
        <OccupationCombobox label={t("vacancy.list.occupation")} value={occupation} onChange={setOccupation} />
      </div>
      <div className="flex flex-col gap-3 sm:flex-row sm:items-center sm:justify-between">
        <Checkbox label={t("vacancy.list.expiringSoon")} name="expire" value="1" defaultChecked={!!filters.expire} />
        <div className="flex items-center gap-4">
          <Link href={pathname ?? "/employeur/postes"}>{t("vacancy.list.reset")}</Link>
          <Button type="submit">{t("vacancy.list.apply")}</Button>
        </div>
      </div>
    </form>
  );
}
