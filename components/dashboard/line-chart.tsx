// A line chart of shares (0 to 1) over ordered categories (months), with an optional dashed baseline. Pure SVG, no
// client code; the numbers it shows are in the table next to it (ChartFigure).

const W = 560;
const H = 260;
const M = { top: 16, right: 30, bottom: 44, left: 52 };

export type LinePoint = { label: string; value: number | null; valueText: string };

export function LineChart({ points, baseline, baselineLabel, seriesLabel, labelledBy, formatShare }: { points: LinePoint[]; baseline?: number; baselineLabel?: string; seriesLabel: string; labelledBy: string; formatShare: (v: number) => string }) {
  const iw = W - M.left - M.right;
  const ih = H - M.top - M.bottom;
  const x = (i: number) => M.left + (points.length <= 1 ? iw / 2 : (i * iw) / (points.length - 1));
  const y = (v: number) => M.top + ih - Math.max(0, Math.min(1, v)) * ih;
  // Segments between consecutive known points (a month without hires breaks the line).
  const segments: string[] = [];
  let current: string[] = [];
  points.forEach((p, i) => {
    if (p.value === null) {
      if (current.length) segments.push(current.join(" "));
      current = [];
    } else current.push(`${current.length ? "L" : "M"}${x(i).toFixed(1)} ${y(p.value).toFixed(1)}`);
  });
  if (current.length) segments.push(current.join(" "));
  const every = Math.max(1, Math.ceil(points.length / 8));
  return (
    <svg viewBox={`0 0 ${W} ${H}`} className="h-auto w-full" role="img" aria-labelledby={labelledBy}>
      {[0, 0.25, 0.5, 0.75, 1].map((v) => (
        <g key={v}>
          <line x1={M.left} x2={W - M.right} y1={y(v)} y2={y(v)} stroke="#d4d9e0" strokeWidth={1} />
          <text x={M.left - 6} y={y(v) + 4} textAnchor="end" fontSize={13} fill="#4a5568">
            {formatShare(v)}
          </text>
        </g>
      ))}
      {points.map((p, i) =>
        i % every === 0 || i === points.length - 1 ? (
          <text key={p.label} x={x(i)} y={H - M.bottom + 18} textAnchor="middle" fontSize={13} fill="#4a5568">
            {p.label}
          </text>
        ) : null,
      )}
      {baseline !== undefined && (
        <g>
          <line x1={M.left} x2={W - M.right} y1={y(baseline)} y2={y(baseline)} stroke="#b3261e" strokeWidth={2} strokeDasharray="6 4" />
          {baselineLabel && (
            <text x={W - M.right} y={y(baseline) - 6} textAnchor="end" fontSize={13} fill="#b3261e">
              {baselineLabel}
            </text>
          )}
        </g>
      )}
      {segments.map((d, k) => (
        <path key={k} d={d} fill="none" stroke="#095797" strokeWidth={3} />
      ))}
      {points.map((p, i) =>
        p.value === null ? null : (
          <circle key={p.label} cx={x(i)} cy={y(p.value)} r={4} fill="#095797">
            <title>{`${p.label} · ${seriesLabel} — ${p.valueText}`}</title>
          </circle>
        ),
      )}
    </svg>
  );
}
