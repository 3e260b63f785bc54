"use client";
import { useState, useSyncExternalStore, type FormEvent } from "react";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { TextField } from "@/components/ui/field";
import { Button } from "@/components/ui/button";
import { OccupationCombobox, type OccupationValue } from "@/components/reference/occupation-combobox";
import { RegionsMap, type RegionsMapShapes } from "@/components/reference/regions-map";
import { withSearchParams } from "@/components/ui/data-table-params";
import { useT } from "@/lib/i18n/client";

const WIDE = "(min-width: 1024px)";
function subscribeWide(onChange: () => void) {
  const mq = window.matchMedia(WIDE);
  mq.addEventListener("change", onChange);
  return () => mq.removeEventListener("change", onChange);
}

/** The public board's search: keyword, occupation and regions (map or list); the search lives in the URL. */
export function JobSearchForm({ map, q, occupation: initialOccupation, regions: initialRegions }: { map: RegionsMapShapes; q: string; occupation: OccupationValue | null; regions: string[] }) {
  const t = useT();
  const router = useRouter();
  const [occupation, setOccupation] = useState(initialOccupation);
  const [regions, setRegions] = useState<string[]>(initialRegions);
  // The map is long on a phone: folded there (unless regions are chosen), open beside the results on wide screens,
  // and then as the person leaves it.
  const wide = useSyncExternalStore(subscribeWide, () => window.matchMedia(WIDE).matches, () => false);
  const [toggled, setToggled] = useState<boolean | null>(null);
  const mapOpen = toggled ?? (wide || initialRegions.length > 0);

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
      <details open={mapOpen} onToggle={(e) => setToggled(e.currentTarget.open)} className="rounded border border-line bg-white p-3">
        <summary className="cursor-pointer font-semibold">{t("jobs.search.regionsSummary", { count: regions.length })}</summary>
        <RegionsMap mode="select" map={map} legend={t("jobs.search.regions")} hint={t("jobs.search.regionsHint")} selected={regions} onChange={setRegions} className="mt-3" />
      </details>
      <div className="flex flex-col gap-3 sm:flex-row sm:items-center">
        <Button type="submit">{t("jobs.search.submit")}</Button>
        <Link href="/emplois">{t("jobs.search.reset")}</Link>
      </div>
    </form>
  );
}
