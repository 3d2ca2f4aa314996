import type { Reason, VocabularyFact } from '../api/types.ts';
import { factQuestion, factValueText } from '../lib/fact-words.ts';
import { TRUTH_LABELS } from '@iomt/core/labels';
import { Cite } from './Status.tsx';

const VALUE_TEXT: Readonly<Record<string, string>> = TRUTH_LABELS;

/** The chain of reasons behind a verdict, each with its citation opening the provision. */
export function ReasonTree({ reasons, facts }: { reasons: Reason[]; facts?: ReadonlyMap<string, VocabularyFact> }) {
  if (reasons.length === 0) return null;
  return (
    <ul className="reasons">
      {reasons.map((r, i) => (
        <li key={i}>
          <span className={`rv rv-${r.value}`}>{VALUE_TEXT[r.value] ?? r.value}</span> {r.label}
          {r.fact ? (
            <span className="muted">
              {' '}
              ({factQuestion(r.fact, facts)} — {factValueText(r.fact, r.factValue, facts)})
            </span>
          ) : null}
          {r.cite ? (
            <>
              {' — '}
              <Cite cite={r.cite} />
            </>
          ) : null}
          {r.children && r.children.length > 0 ? <ReasonTree reasons={r.children} facts={facts} /> : null}
        </li>
      ))}
    </ul>
  );
}
