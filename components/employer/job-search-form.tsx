"use client";
import { useState, type FormEvent } from "react";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { TextField } from "@/components/ui/field";
import { Button } from "@/components/ui/button";
import { OccupationCombobox, type OccupationValue } from "@/components/reference/occupation-combobox";
import { RegionsMap, type RegionsMapShapes } from "@/components/reference/regions-map";
import { withSearchParams } from "@/components/ui/data-table-params";
import { useT } from "@/lib/i18n/client";

/** The public board's search: keyword, occupation and regions (map or list); the search lives in the URL. */
export function JobSearchForm({ map, q, occupation: initialOccupation, regions: initialRegions }: { map: RegionsMapShapes; q: string; occupation: OccupationValue | null; regions: string[] }) {
  const t = useT();
  const router = useRouter();
  const [occupation, setOccupation] = useState(initialOccupation);
  const [regions, setRegions] = useState<string[]>(initialRegions);

  function onSubmit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const keyword = String(new FormData(e.currentTarget).get("q") ?? "").trim();
    router.push(`/emplois${withSearchParams("", { q: keyword || null, cnp: occupation?.code ?? null, region: regions.length ? regions.join(",") : null })}`);
  }

  return (
    <form onSubmit={onSubmit} role="search" aria-label={t("jobs.search.label")} className="flex flex-col gap-5" data-testid="job-search">
      <div className="flex flex-col gap-5">
        <TextField label={t("jobs.search.keyword")} hint={t("jobs.search.keywordHint")} name="q" type="search" defaultValue={q} />
        <OccupationCombobox label={t("jobs.search.occupation")} value={occupation} onChange={setOccupation} />
      </div>
      <RegionsMap mode="select" map={map} legend={t("jobs.search.regions")} hint={t("jobs.search.regionsHint")} selected={regions} onChange={setRegions} />
      <div className="flex flex-col gap-3 sm:flex-row sm:items-center">
        <Button type="submit">{t("jobs.search.submit")}</Button>
        <Link href="/emplois">{t("jobs.search.reset")}</Link>
      </div>
    </form>
  );
}
