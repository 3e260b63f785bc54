import Link from "next/link";
import { buttonClasses } from "@/components/ui/button-styles";
import type { Translator } from "@/lib/i18n/translate";

// Same look as components/ui/checkbox.tsx (a client module: its constants are not importable from the server).
const checkboxClasses = "mt-0.5 size-5 shrink-0 cursor-pointer accent-brand-600";

export type FilterOption = { name: string; label: string; checked: boolean };

/**
 * Filters of a ranking as a plain GET form: the choice lives in the URL (shareable, bookmarkable, works without
 * JavaScript) and the server ranks again with it.
 */
export function MatchFilters({ action, options, t, hidden = {} }: { action: string; options: FilterOption[]; t: Translator; hidden?: Record<string, string> }) {
  const active = options.some((o) => o.checked);
  return (
    <form method="get" action={action} className="flex flex-col gap-3 rounded-lg border border-line bg-surface p-4" data-testid="match-filters">
      <fieldset className="flex flex-col gap-2">
        <legend className="mb-1 font-bold text-brand-800">{t("matching.filters.legend")}</legend>
        {Object.entries(hidden).map(([k, v]) => (
          <input key={k} type="hidden" name={k} value={v} />
        ))}
        {options.map((o) => (
          <label key={o.name} className="flex items-start gap-3">
            <input type="checkbox" name={o.name} value="1" defaultChecked={o.checked} className={checkboxClasses} />
            <span>{o.label}</span>
          </label>
        ))}
      </fieldset>
      <div className="flex flex-wrap items-center gap-3">
        <button type="submit" className={buttonClasses({ variant: "secondary", size: "md" })}>
          {t("matching.filters.apply")}
        </button>
        {active && <Link href={action}>{t("matching.filters.reset")}</Link>}
      </div>
    </form>
  );
}
