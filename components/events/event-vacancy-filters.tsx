"use client";
import { useState, type FormEvent } from "react";
import Link from "next/link";
import { usePathname, useRouter } from "next/navigation";
import { SelectField } from "@/components/ui/select";
import { Button } from "@/components/ui/button";
import { OccupationCombobox, type OccupationValue } from "@/components/reference/occupation-combobox";
import { REGION_NAMES } from "@/lib/domain/matching/regions";
import type { TEventVacancyFilters } from "@/lib/schemas/event";
import { useI18n } from "@/lib/i18n/client";

/** Filters of an event's vacancies (region, occupation), written to the URL so a filtered list can be shared. */
export function EventVacancyFilters({ regions, filters, occupation: initial }: { regions: string[]; filters: TEventVacancyFilters; occupation: OccupationValue | null }) {
  const { t, locale } = useI18n();
  const router = useRouter();
  const pathname = usePathname();
  const [occupation, setOccupation] = useState<OccupationValue | null>(initial);
  function apply(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const region = String(new FormData(e.currentTarget).get("region") ?? "");
    const q = new URLSearchParams();
    if (region) q.set("region", region);
    if (occupation?.code) q.set("cnp", occupation.code);
    router.push(`${pathname}${q.size ? `?${q}` : ""}`);
  }
  return (
    <form onSubmit={apply} role="search" aria-label={t("events.public.filters")} className="flex flex-col gap-4 rounded-lg border border-line bg-surface p-4 md:flex-row md:items-end">
      <SelectField
        label={t("events.public.region")}
        name="region"
        defaultValue={filters.region ?? ""}
        placeholder={t("events.public.allRegions")}
        options={regions.map((r) => ({ value: r, label: `${r} ${REGION_NAMES[r]?.[locale] ?? ""}` }))}
        containerClassName="md:w-72"
      />
      <div className="md:w-96">
        <OccupationCombobox label={t("events.public.occupation")} value={occupation} onChange={setOccupation} />
      </div>
      <div className="flex gap-3">
        <Button type="submit">{t("events.public.applyFilters")}</Button>
        {(filters.region || filters.cnp) && (
          <Link href={pathname} className="self-center">
            {t("events.public.clearFilters")}
          </Link>
        )}
      </div>
    </form>
  );
}
