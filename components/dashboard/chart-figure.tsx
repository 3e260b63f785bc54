import type { ReactNode } from "react";

/**
 * A chart with its accessible alternatives: a caption (title and what it shows), the SVG (role="img", named by the
 * caption), its data as a table behind a disclosure, and the CSV of the same figures.
 */
export function ChartFigure({ id, title, description, summary, csvHref, csvLabel, tableLabel, table, children }: { id: string; title: string; description: string; summary?: string; csvHref: string; csvLabel: string; tableLabel: string; table: ReactNode; children: ReactNode }) {
  return (
    <figure className="flex min-w-0 flex-col gap-3 rounded-lg border border-line bg-white p-4 shadow-sm" aria-labelledby={`${id}-title`} data-testid={`chart-${id}`}>
      <figcaption className="flex flex-col gap-1">
        <h3 id={`${id}-title`} className="text-lg font-bold text-brand-800">
          {title}
        </h3>
        <p id={`${id}-desc`} className="text-sm text-ink-muted">
          {description}
        </p>
        {summary && <p className="text-sm font-semibold">{summary}</p>}
      </figcaption>
      {children}
      <details className="text-sm">
        <summary className="cursor-pointer font-semibold text-brand-600">{tableLabel}</summary>
        <div className="mt-2 overflow-x-auto">{table}</div>
      </details>
      <p className="text-sm">
        <a href={csvHref} download data-testid={`csv-${id}`}>
          {csvLabel}
        </a>
      </p>
    </figure>
  );
}

const th = "border-b-2 border-line-strong px-2 py-1 text-start";
const td = "border-b border-line px-2 py-1";

/** A plain data table: the first column is the row header; numeric columns are right-aligned. */
export function DataTableSimple({ caption, columns, rows }: { caption: string; columns: { label: string; numeric?: boolean }[]; rows: (string | number)[][] }) {
  return (
    <table className="w-full border-collapse text-start text-sm">
      <caption className="sr-only">{caption}</caption>
      <thead>
        <tr>
          {columns.map((c) => (
            <th key={c.label} scope="col" className={c.numeric ? `${th} text-end` : th}>
              {c.label}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((r, i) => (
          <tr key={i}>
            {r.map((v, j) =>
              j === 0 ? (
                <th key={j} scope="row" className={`${td} text-start font-normal`}>
                  {v}
                </th>
              ) : (
                <td key={j} className={columns[j]?.numeric ? `${td} text-end tabular-nums` : td}>
                  {v}
                </td>
              ),
            )}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
