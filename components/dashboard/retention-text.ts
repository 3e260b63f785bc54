import { MIN_FOLLOW_UPS_SHOWN, type RetentionFigure } from "@/lib/domain/integration/dashboard";
import { formatPercent } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/config";
import type { Translator } from "@/lib/i18n/translate";

/**
 * A region's retention in words: "75 % (6 of 8)", or `short` beside a bar "75 % (8)"; "fewer than 5 follow-ups"
 * when withheld (small counts); "—" without follow-ups.
 */
export function retentionText(t: Translator, locale: Locale, r: RetentionFigure, { short = false } = {}): string {
  if (r.followUps === 0) return t("dashboard.table.none");
  if (r.tooFew || r.rate === null || r.stayed === null) return t("dashboard.table.tooFew", { min: MIN_FOLLOW_UPS_SHOWN });
  const rate = formatPercent(locale, r.rate);
  return short ? `${rate} (${r.followUps})` : t("dashboard.table.rateOf", { rate, stayed: r.stayed, n: r.followUps });
}
