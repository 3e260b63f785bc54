// Bar charts in plain SVG: vertical bars over categories, and horizontal bars (one or two series) per row. Every bar
// carries its value as text, so that colour is never the only carrier of meaning; the data is also in a table.

const W = 560;

export type Bar = { label: string; value: number; valueText: string };

export function ColumnChart({ bars, labelledBy }: { bars: Bar[]; labelledBy: string }) {
  const H = 240;
  const M = { top: 20, right: 8, bottom: 32, left: 8 };
  const iw = W - M.left - M.right;
  const ih = H - M.top - M.bottom;
  const max = Math.max(1, ...bars.map((b) => b.value));
  const slot = iw / Math.max(1, bars.length);
  const bw = Math.min(40, slot * 0.7);
  return (
    <svg viewBox={`0 0 ${W} ${H}`} className="h-auto w-full" role="img" aria-labelledby={labelledBy}>
      <line x1={M.left} x2={W - M.right} y1={M.top + ih} y2={M.top + ih} stroke="#4a5568" />
      {bars.map((b, i) => {
        const h = (b.value / max) * ih;
        const cx = M.left + slot * i + slot / 2;
        return (
          <g key={b.label}>
            <rect x={cx - bw / 2} y={M.top + ih - h} width={bw} height={h} fill="#095797">
              <title>{`${b.label} — ${b.valueText}`}</title>
            </rect>
            <text x={cx} y={M.top + ih - h - 4} textAnchor="middle" fontSize={13} fill="#1a202c">
              {b.valueText}
            </text>
            <text x={cx} y={H - M.bottom + 18} textAnchor="middle" fontSize={13} fill="#4a5568">
              {b.label}
            </text>
          </g>
        );
      })}
    </svg>
  );
}

export type HBarRow = { label: string; values: { value: number | null; valueText: string }[] };

/**
 * Horizontal bars, one row per label, one bar per series (at most two: the second is hatched). `max` fixes the
 * scale (1 for shares); otherwise the largest value.
 */
export function BarRows({ id, rows, series, labelledBy, max }: { id: string; rows: HBarRow[]; series: string[]; labelledBy: string; max?: number }) {
  const labelW = 190;
  const rowH = series.length > 1 ? 40 : 28;
  const top = series.length > 1 ? 26 : 8;
  const H = top + rows.length * rowH + 8;
  const iw = W - labelW - 90;
  const scale = max ?? Math.max(1, ...rows.flatMap((r) => r.values.map((v) => v.value ?? 0)));
  const barH = series.length > 1 ? 16 : 18;
  return (
    <svg viewBox={`0 0 ${W} ${H}`} className="h-auto w-full" role="img" aria-labelledby={labelledBy}>
      <defs>
        <pattern id={`${id}-hatch`} width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
          <rect width="6" height="6" fill="#b6cce0" />
          <line x1="0" y1="0" x2="0" y2="6" stroke="#223654" strokeWidth="2" />
        </pattern>
      </defs>
      {series.length > 1 &&
        series.map((s, k) => (
          <g key={s} transform={`translate(${labelW + k * 130}, 6)`}>
            <rect width={14} height={12} fill={k === 0 ? "#095797" : `url(#${id}-hatch)`} stroke="#223654" />
            <text x={20} y={11} fontSize={14} fill="#1a202c">
              {s}
            </text>
          </g>
        ))}
      {rows.map((r, i) => {
        const y0 = top + i * rowH;
        return (
          <g key={r.label}>
            <text x={labelW - 8} y={y0 + rowH / 2 + 4} textAnchor="end" fontSize={14} fill="#1a202c">
              {r.label.length > 24 ? `${r.label.slice(0, 23)}…` : r.label}
              <title>{r.label}</title>
            </text>
            {r.values.map((v, k) => {
              const w = v.value === null ? 0 : (Math.max(0, v.value) / scale) * iw;
              const y = y0 + 3 + k * (barH + 2);
              return (
                <g key={k}>
                  <rect x={labelW} y={y} width={w} height={barH} fill={k === 0 ? "#095797" : `url(#${id}-hatch)`} stroke={k === 0 ? "none" : "#223654"}>
                    <title>{`${r.label} · ${series[k] ?? ""} — ${v.valueText}`}</title>
                  </rect>
                  <text x={labelW + w + 4} y={y + barH - 3} fontSize={13} fill="#1a202c">
                    {v.valueText}
                  </text>
                </g>
              );
            })}
          </g>
        );
      })}
    </svg>
  );
}
