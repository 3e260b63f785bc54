"use client";
import { useI18n } from "@/lib/i18n/client";
import type { Completeness } from "@/lib/domain/candidate/completeness";
import { SECTION_ANCHORS } from "./section-anchors";

/** How complete the profile is for matching, and exactly what is missing (each item links to its section). */
export function CompletenessMeter({ completeness }: { completeness: Completeness }) {
  const { t } = useI18n();
  const { percent, missing } = completeness;
  return (
    <section aria-labelledby="completeness-title" className="flex flex-col gap-3 rounded border border-line bg-white p-4 shadow-sm" data-testid="completeness">
      <h2 id="completeness-title" className="text-lg font-bold" data-testid="completeness-percent">
        {t("candidate.completeness.title", { percent })}
      </h2>
      <meter min={0} max={100} low={50} high={99} optimum={100} value={percent} className="h-4 w-full" aria-label={t("candidate.completeness.meterLabel")} />
      {missing.length === 0 ? (
        <p className="font-semibold text-success-700">{t("candidate.completeness.complete")}</p>
      ) : (
        <>
          <p className="text-sm text-ink-muted">{t("candidate.completeness.missingIntro")}</p>
          <ul className="flex flex-col gap-1 text-sm" data-testid="completeness-missing">
            {missing.map((m) => (
              <li key={m.key} className="flex items-start justify-between gap-2">
                <a href={`#${SECTION_ANCHORS[m.section]}`}>{t(`candidate.completeness.items.${m.key}`)}</a>
                <span className="shrink-0 text-ink-muted tabular-nums">{t("candidate.completeness.points", { points: m.weight })}</span>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
