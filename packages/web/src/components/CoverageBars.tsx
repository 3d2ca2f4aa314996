import type { Coverage } from '../api/gap-types.ts';

/** Coverage per act or per category as horizontal bars with the percentage written out. */
export function CoverageBars({ rows, empty = 'No act requires controls from the catalogue for this product.' }: { rows: (Coverage & { key: string; label: string })[]; empty?: string }) {
  if (rows.length === 0) return <p className="muted">{empty}</p>;
  return (
    <ul className="bars">
      {rows.map((a) => {
        const pct = a.percent ?? 0;
        return (
          <li key={a.key}>
            <span className="bar-label">{a.label}</span>
            <span className="bar-track" role="meter" aria-valuemin={0} aria-valuemax={100} aria-valuenow={pct} aria-label={`${a.label} coverage`}>
              <span className="bar-fill" style={{ width: `${pct}%` }} />
            </span>
            <span className="bar-value">
              {a.percent === null ? 'n/a' : `${a.percent}%`} <span className="muted small">({a.implemented} done, {a.partial} partial of {a.total - a.notApplicable})</span>
            </span>
          </li>
        );
      })}
    </ul>
  );
}
