import "server-only";
import type { Dashboard } from "@/lib/server/dal/dashboard";
import { OUTSIDE_CMM_BASELINE, toCsv, type CsvSection } from "@/lib/domain/integration/dashboard";
import { createTranslator } from "@/lib/i18n/translate";
import type { Locale } from "@/lib/i18n/config";

// The dashboard's figures as CSV, one file per section, headers in the reader's language (stable, lower-case, no
// spaces), numbers in plain machine form (decimal point, shares between 0 and 1) whatever the language.

const num = (v: number | null, digits = 4) => (v === null ? null : Math.round(v * 10 ** digits) / 10 ** digits);

export function dashboardCsv(d: Dashboard, section: CsvSection, locale: Locale): { fileName: string; text: string } {
  const t = createTranslator(locale);
  const h = (k: string) => t(`dashboard.csv.${k}`);
  const name = (r: { nameFr: string; nameEn: string }) => (locale === "en" ? r.nameEn : r.nameFr);
  const fileName = `${h("fileName")}-${section}-${d.period.from}_${d.period.to}.csv`;
  switch (section) {
    case "regions":
      return {
        fileName,
        text: toCsv(
          ["regionCode", "regionName", "openPositions", "candidatesInterested", "hires", "hiresOutsideCmm", "unmetPositions", "medianDays", "retention6", "followUps6", "retention12", "followUps12"].map(h),
          d.regions.map((r) => [r.regionCode, name(r), r.openPositions, r.candidatesInterested, r.hires, r.hiresOutsideCmm, r.unmetPositions, num(r.medianDaysToFill, 1), num(r.retention6.rate), r.retention6.followUps, num(r.retention12.rate), r.retention12.followUps]),
        ),
      };
    case "months":
      return {
        fileName,
        text: toCsv(["month", "hires", "hiresOutsideCmm", "share", "baseline"].map(h), d.months.map((m) => [m.month, m.hires, m.hiresOutsideCmm, num(m.shareOutsideCmm), num(OUTSIDE_CMM_BASELINE, 2)])),
      };
    case "french":
      return { fileName, text: toCsv(["level", "hires"].map(h), d.frenchLevels.map((f) => [f.level ?? "", f.hires])) };
    case "occupations":
      return {
        fileName,
        text: toCsv(["regionCode", "rank", "noc", "occupation", "unmetPositions"].map(h), d.occupations.map((o) => [o.regionCode, o.rank, o.nocCode, locale === "en" ? o.titleEn : o.titleFr, o.unmetPositions])),
      };
  }
}
