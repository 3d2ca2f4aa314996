import type { Reason } from '../api/types.ts';
import { provisionLabel } from '../lib/citations.ts';
import { Cite } from './Status.tsx';

const VALUE_TEXT: Record<string, string> = { true: 'yes', false: 'no', unknown: 'unknown' };

/** The chain of reasons behind a verdict, each with its citation linking to the act on EUR-Lex. */
export function ReasonTree({ reasons, actUrls }: { reasons: Reason[]; actUrls: ReadonlyMap<string, string> }) {
  if (reasons.length === 0) return null;
  return (
    <ul className="reasons">
      {reasons.map((r, i) => (
        <li key={i}>
          <span className={`rv rv-${r.value}`}>{VALUE_TEXT[r.value] ?? r.value}</span> {r.label}
          {r.fact ? (
            <span className="muted">
              {' '}
              (<code>{r.fact}</code> = {r.factValue === undefined || r.factValue === null ? 'unknown' : JSON.stringify(r.factValue)})
            </span>
          ) : null}
          {r.cite ? (
            <>
              {' — '}
              <Cite citation={provisionLabel(r.cite)} url={actUrls.get(r.cite.split(':')[0] ?? '')} />
            </>
          ) : null}
          {r.children && r.children.length > 0 ? <ReasonTree reasons={r.children} actUrls={actUrls} /> : null}
        </li>
      ))}
    </ul>
  );
}
