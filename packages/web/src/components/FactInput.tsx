/**
 * Picks a fact from the vocabulary and enters its value, both by their labels. A fact can always
 * be set back to "unknown" (null): unknown is never the same as "no".
 */
import type { VocabularyFact } from '../api/types.ts';
import type { FactIndex } from '../lib/fact-words.ts';

const UNKNOWN = '';

export function FactInput({ fact, value, onChange, id }: { fact: VocabularyFact; value: unknown; onChange: (value: unknown) => void; id: string }) {
  const label = `${fact.question}${fact.unit ? ` (${fact.unit})` : ''}`;
  switch (fact.type) {
    case 'boolean':
      return (
        <select id={id} aria-label={label} value={value === true ? 'true' : value === false ? 'false' : UNKNOWN} onChange={(e) => onChange(e.target.value === UNKNOWN ? null : e.target.value === 'true')}>
          <option value={UNKNOWN}>Unknown</option>
          <option value="true">Yes</option>
          <option value="false">No</option>
        </select>
      );
    case 'enum':
      return (
        <select id={id} aria-label={label} value={typeof value === 'string' ? value : UNKNOWN} onChange={(e) => onChange(e.target.value === UNKNOWN ? null : e.target.value)}>
          <option value={UNKNOWN}>Unknown</option>
          {(fact.values ?? []).map((v) => (
            <option key={v.value} value={v.value}>
              {v.label}
            </option>
          ))}
        </select>
      );
    case 'set': {
      const chosen = Array.isArray(value) ? (value as unknown[]).map(String) : null;
      return (
        <fieldset id={id} className="flag">
          <legend className="sr-only">{label}</legend>
          <label className="check">
            <input type="checkbox" checked={chosen === null} onChange={(e) => onChange(e.target.checked ? null : [])} /> Unknown
          </label>
          {(fact.values ?? []).map((v) => (
            <label key={v.value} className="check">
              <input
                type="checkbox"
                disabled={chosen === null}
                checked={chosen?.includes(v.value) ?? false}
                onChange={(e) => onChange(e.target.checked ? [...(chosen ?? []), v.value] : (chosen ?? []).filter((x) => x !== v.value))}
              />{' '}
              {v.label}
            </label>
          ))}
        </fieldset>
      );
    }
    case 'number':
      return (
        <input
          id={id}
          aria-label={label}
          type="number"
          min={0}
          value={typeof value === 'number' ? value : ''}
          onChange={(e) => onChange(e.target.value === '' ? null : Number(e.target.value))}
        />
      );
    case 'date':
      return <input id={id} aria-label={label} type="date" value={typeof value === 'string' ? value : ''} onChange={(e) => onChange(e.target.value === '' ? null : e.target.value)} />;
    default:
      return <input id={id} aria-label={label} type="text" value={typeof value === 'string' ? value : ''} onChange={(e) => onChange(e.target.value === '' ? null : e.target.value)} />;
  }
}

/** A select of every fact, grouped as the vocabulary groups them, showing questions, not paths. */
export function FactPicker({ facts, value, onChange, exclude = [], label = 'Fact' }: { facts: FactIndex; value: string; onChange: (path: string) => void; exclude?: readonly string[]; label?: string }) {
  const groups = new Map<string, VocabularyFact[]>();
  for (const f of facts.values()) {
    if (exclude.includes(f.path)) continue;
    groups.set(f.group, [...(groups.get(f.group) ?? []), f]);
  }
  return (
    <label className="grow">
      <span>{label}</span>
      <select value={value} onChange={(e) => onChange(e.target.value)}>
        <option value="">Choose a fact…</option>
        {[...groups.entries()].map(([group, list]) => (
          <optgroup key={group} label={group || 'Profile'}>
            {list.map((f) => (
              <option key={f.path} value={f.path}>
                {f.question}
              </option>
            ))}
          </optgroup>
        ))}
      </select>
    </label>
  );
}
