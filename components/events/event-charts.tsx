import type { Translator } from "@/lib/i18n/translate";
import { formatNumber } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/config";

// Charts of the event dashboard: plain SVG drawn on the server (no chart library), each with a visible data table
// beside it, so that the figures are readable without the picture and by screen readers (the SVG is aria-hidden
// and the table is the accessible alternative).

export type Bar = { label: string; value: number };

/** Horizontal bars with their values, and the same data as a table. */
export function BarChart({ id, title, bars, locale, t, columnLabel }: { id: string; title: string; bars: Bar[]; locale: Locale; t: Translator; columnLabel: string }) {
  const max = Math.max(1, ...bars.map((b) => b.value));
  const rowH = 28;
  const labelW = 220;
  const chartW = 300;
  const height = Math.max(rowH, bars.length * rowH);
  return (
    <figure className="flex flex-col gap-3" aria-labelledby={`${id}-title`}>
      <figcaption id={`${id}-title`} className="text-lg font-bold">
        {title}
      </figcaption>
      {bars.length === 0 ? (
        <p className="text-ink-muted">{t("events.dashboard.noData")}</p>
      ) : (
        <div className="grid gap-4 lg:grid-cols-[minmax(0,1fr)_minmax(0,20rem)]">
          <svg viewBox={`0 0 ${labelW + chartW + 60} ${height}`} className="w-full max-w-2xl" role="presentation" aria-hidden="true" data-testid={`${id}-chart`}>
            {bars.map((b, i) => {
              const w = Math.round((b.value / max) * chartW);
              const y = i * rowH;
              return (
                <g key={b.label}>
                  <text x={labelW - 8} y={y + rowH / 2 + 5} textAnchor="end" fontSize="13" fill="currentColor">
                    {b.label.length > 32 ? `${b.label.slice(0, 31)}…` : b.label}
                  </text>
                  <rect x={labelW} y={y + 4} width={Math.max(w, b.value > 0 ? 2 : 0)} height={rowH - 8} rx="2" className="fill-brand-600" />
                  <text x={labelW + w + 6} y={y + rowH / 2 + 5} fontSize="13" fill="currentColor">
                    {formatNumber(locale, b.value)}
                  </text>
                </g>
              );
            })}
          </svg>
          <table className="w-full border-collapse text-sm" data-testid={`${id}-table`}>
            <caption className="sr-only">{title}</caption>
            <thead>
              <tr>
                <th scope="col" className="border-b-2 border-line-strong py-1 text-start">{columnLabel}</th>
                <th scope="col" className="border-b-2 border-line-strong py-1 text-end">{t("events.dashboard.count")}</th>
              </tr>
            </thead>
            <tbody>
              {bars.map((b) => (
                <tr key={b.label} className="border-b border-line">
                  <th scope="row" className="py-1 text-start font-normal">{b.label}</th>
                  <td className="py-1 text-end tabular-nums">{formatNumber(locale, b.value)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </figure>
  );
}
