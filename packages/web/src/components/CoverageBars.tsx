import type { ActCoverage } from '../api/gap-types.ts';

/** Coverage per act as horizontal bars with the percentage written out. */
export function CoverageBars({ acts }: { acts: ActCoverage[] }) {
  if (acts.length === 0) return <p className="muted">No act requires controls from the catalogue for this product.</p>;
  return (
    <ul className="bars">
      {acts.map((a) => {
        const pct = a.percent ?? 0;
        return (
          <li key={a.act}>
            <span className="bar-label">{a.shortName}</span>
            <span className="bar-track" role="meter" aria-valuemin={0} aria-valuemax={100} aria-valuenow={pct} aria-label={`${a.shortName} coverage`}>
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
