/** Small SVG charts for the quarterly figures (no chart library: two bar charts are all the form needs). */

export interface RateBar {
  label: string;
  achieved: number | null;
  target: number | null;
}

const ACHIEVED = '#2563eb';
const TARGET = '#f59e0b';

/** 实际回访率 vs 目标回访率 per ticket kind, in percent. */
export function RateChart({ bars, legend }: { bars: RateBar[]; legend: { achieved: string; target: string } }) {
  const width = 640;
  const height = 240;
  const left = 36;
  const bottom = 40;
  const plotHeight = height - bottom - 16;
  const step = (width - left) / Math.max(1, bars.length);
  const y = (percent: number) => 16 + plotHeight - (Math.min(100, Math.max(0, percent)) / 100) * plotHeight;
  return (
    <svg viewBox={`0 0 ${width} ${height}`} className="hf-chart" role="img" aria-label={`${legend.achieved} / ${legend.target}`}>
      {[0, 25, 50, 75, 100].map((p) => (
        <g key={p}>
          <line x1={left} x2={width} y1={y(p)} y2={y(p)} stroke="#e5e7eb" />
          <text x={left - 4} y={y(p) + 4} textAnchor="end" fontSize="10" fill="#6b7280">{p}%</text>
        </g>
      ))}
      {bars.map((bar, i) => {
        const x = left + i * step + step * 0.15;
        const w = step * 0.32;
        return (
          <g key={bar.label}>
            {bar.achieved !== null && <rect x={x} y={y(bar.achieved)} width={w} height={y(0) - y(bar.achieved)} fill={ACHIEVED}><title>{`${bar.label} ${legend.achieved} ${bar.achieved}%`}</title></rect>}
            {bar.target !== null && <rect x={x + w + 2} y={y(bar.target)} width={w} height={y(0) - y(bar.target)} fill={TARGET}><title>{`${bar.label} ${legend.target} ${bar.target}%`}</title></rect>}
            {bar.achieved !== null && <text x={x + w / 2} y={y(bar.achieved) - 3} textAnchor="middle" fontSize="10">{Math.round(bar.achieved)}</text>}
            <text x={left + i * step + step / 2} y={height - bottom + 16} textAnchor="middle" fontSize="11">{bar.label}</text>
          </g>
        );
      })}
      <rect x={left} y={height - 14} width={10} height={10} fill={ACHIEVED} />
      <text x={left + 14} y={height - 5} fontSize="11">{legend.achieved}</text>
      <rect x={left + 120} y={height - 14} width={10} height={10} fill={TARGET} />
      <text x={left + 134} y={height - 5} fontSize="11">{legend.target}</text>
    </svg>
  );
}

/** 满意程度 distribution: one horizontal bar per level, best first. */
export function DistributionChart({ rows }: { rows: { label: string; count: number }[] }) {
  const width = 420;
  const rowHeight = 28;
  const labelWidth = 90;
  const max = Math.max(1, ...rows.map((r) => r.count));
  const total = rows.reduce((sum, r) => sum + r.count, 0);
  const colors = ['#047857', '#10b981', '#a3e635', '#f97316', '#dc2626'];
  return (
    <svg viewBox={`0 0 ${width} ${rows.length * rowHeight + 8}`} className="hf-chart" role="img">
      {rows.map((r, i) => {
        const w = ((width - labelWidth - 70) * r.count) / max;
        return (
          <g key={r.label} transform={`translate(0, ${i * rowHeight + 4})`}>
            <text x={labelWidth - 6} y={17} textAnchor="end" fontSize="12">{r.label}</text>
            <rect x={labelWidth} y={4} width={w} height={18} fill={colors[i % colors.length]} />
            <text x={labelWidth + w + 6} y={17} fontSize="12">{`${r.count}${total ? `（${Math.round((r.count / total) * 100)}%）` : ''}`}</text>
          </g>
        );
      })}
    </svg>
  );
}
