/**
 * The questions an incident's plan needs, per regime, with why each is asked and the provision.
 * Answers are kept as incident facts (`incident.<name>` without the prefix); an unanswered
 * question stays unknown — never read as “no”.
 */
import type { IncidentQuestion, RegimeQuestions } from '../api/types.ts';
import { Cite } from './Status.tsx';

export type FactAnswers = Record<string, unknown>;

const keyOf = (fact: string) => fact.replace(/^incident\./, '');

function Answer({ q, value, onChange, id }: { q: IncidentQuestion; value: unknown; onChange: (v: unknown) => void; id: string }) {
  switch (q.type) {
    case 'boolean':
      return (
        <span role="radiogroup" aria-labelledby={`${id}-q`}>
          {([['yes', true], ['no', false], ['not known yet', undefined]] as const).map(([label, v]) => (
            <label key={label} className="check inline-check">
              <input type="radio" name={id} checked={value === v} onChange={() => onChange(v)} /> {label}
            </label>
          ))}
        </span>
      );
    case 'enum':
      return (
        <select aria-labelledby={`${id}-q`} value={typeof value === 'string' ? value : ''} onChange={(e) => onChange(e.target.value || undefined)}>
          <option value="">not known yet</option>
          {q.options?.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
      );
    case 'set': {
      const list = Array.isArray(value) ? (value as string[]) : undefined;
      return (
        <span role="group" aria-labelledby={`${id}-q`}>
          <label className="check">
            <input type="checkbox" checked={list === undefined} onChange={(e) => onChange(e.target.checked ? undefined : [])} /> not known yet
          </label>
          {q.options?.map((o) => (
            <label key={o.value} className="check">
              <input
                type="checkbox"
                checked={list?.includes(o.value) ?? false}
                onChange={(e) => onChange(e.target.checked ? [...(list ?? []), o.value] : (list ?? []).filter((x) => x !== o.value))}
              />{' '}
              {o.label}
            </label>
          ))}
        </span>
      );
    }
    case 'number':
      return (
        <input
          type="number"
          aria-labelledby={`${id}-q`}
          min={0}
          value={typeof value === 'number' ? value : ''}
          onChange={(e) => onChange(e.target.value === '' ? undefined : Number(e.target.value))}
        />
      );
    default:
      return <textarea aria-labelledby={`${id}-q`} rows={2} value={typeof value === 'string' ? value : ''} onChange={(e) => onChange(e.target.value.trim() ? e.target.value : undefined)} />;
  }
}

export function IncidentQuestions({
  regimes,
  answers,
  onChange,
  skip = [],
  disabled = false,
}: {
  regimes: RegimeQuestions[];
  answers: FactAnswers;
  onChange: (key: string, value: unknown) => void;
  /** Facts asked elsewhere on the page. */
  skip?: string[];
  disabled?: boolean;
}) {
  const shown = new Set<string>();
  return (
    <div className="stack">
      {regimes.map((r) => {
        // A fact read by several regimes is asked once, under the first.
        const qs = r.questions.filter((q) => !skip.includes(keyOf(q.fact)) && !shown.has(q.fact));
        qs.forEach((q) => shown.add(q.fact));
        if (qs.length === 0) return null;
        const open = qs.filter((q) => answers[keyOf(q.fact)] === undefined).length;
        return (
          <fieldset key={r.act} className="card" disabled={disabled} data-regime={r.act}>
            <legend>
              {r.regime} <span className="muted small">({open === 0 ? 'all answered' : `${open} not answered`})</span>
            </legend>
            {qs.map((q) => {
              const id = `q-${r.act}-${keyOf(q.fact)}`;
              return (
                <div key={q.fact} className="flag" data-fact={q.fact}>
                  <p id={`${id}-q`}>
                    <strong>{q.question}</strong> {q.citation ? <Cite citation={q.citation} url={q.url} /> : null}
                    {q.missing && answers[keyOf(q.fact)] === undefined ? <span className="badge s-possible"> The plan needs this</span> : null}
                  </p>
                  <Answer q={q} id={id} value={answers[keyOf(q.fact)]} onChange={(v) => onChange(keyOf(q.fact), v)} />
                  <details className="small">
                    <summary>Why this is asked</summary>
                    <ul>
                      {q.why.map((w) => (
                        <li key={w}>{w}</li>
                      ))}
                    </ul>
                    {q.help ? <p className="muted">{q.help}</p> : null}
                  </details>
                </div>
              );
            })}
          </fieldset>
        );
      })}
    </div>
  );
}
