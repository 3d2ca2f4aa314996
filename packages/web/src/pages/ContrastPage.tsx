import { useState, type FormEvent } from 'react';
import { api } from '../api/client.ts';
import { toProblem } from '../api/problem.ts';
import type { ProblemDocument } from '../api/types.ts';
import { useSession } from '../app/session.tsx';
import { ProblemView } from '../components/ProblemView.tsx';
import { Loading, VerdictBadge } from '../components/Status.tsx';
import { obligationStatusLabel } from '@iomt/core/labels';
import { useVocabulary } from '../app/use-vocabulary.ts';
import { FactInput, FactPicker } from '../components/FactInput.tsx';
import { contrastRows, type ContrastRows } from '../lib/contrast-diff.ts';
import { formatDate } from '../lib/dates.ts';
import { factQuestion, factValueText } from '../lib/fact-words.ts';
import { readFactValue } from '../lib/profile-facts.ts';
import { NotFoundOr } from './ProductPage.tsx';
import { ProductNav } from './ProductNav.tsx';
import { useProduct } from './use-product.ts';

/** Common "what if" changes, as fact → value. */
const PRESETS: { label: string; facts: Record<string, unknown> }[] = [
  { label: 'As a medical device (class IIa)', facts: { 'product.medicalDevice.qualification': 'medical-device', 'product.medicalDevice.class': 'IIa' } },
  { label: 'Not a medical device', facts: { 'product.medicalDevice.qualification': 'not-a-device' } },
  { label: 'With an AI system', facts: { 'product.aiSystem': true } },
];

export default function ContrastPage({ orgId, productId }: { orgId: string; productId: string }) {
  const { scenarios } = useSession();
  const product = useProduct(orgId, productId);
  const facts = useVocabulary();
  const [changes, setChanges] = useState<[string, unknown][]>([]);
  const [adding, setAdding] = useState('');
  const [asOf, setAsOf] = useState('');
  const [rows, setRows] = useState<ContrastRows | undefined>();
  const [problem, setProblem] = useState<ProblemDocument | undefined>();
  const [busy, setBusy] = useState(false);
  const [label, setLabel] = useState('');

  if (product.error) return <NotFoundOr problem={product.error} />;
  if (!product.data || !facts) return <Loading what="the product" />;
  const profile = product.data.latest.profile;
  const qualification = readFactValue(profile, 'product.medicalDevice.qualification');

  const run = async (event?: FormEvent, list = changes) => {
    event?.preventDefault();
    setBusy(true);
    setProblem(undefined);
    try {
      const report = await api.contrast(profile, { facts: Object.fromEntries(list), ...(asOf ? { asOf } : {}) }, { scenarios });
      setRows(contrastRows(report));
      setLabel(
        [...list.map(([k, v]) => `“${factQuestion(k, facts)}” ${factValueText(k, v, facts)}`), ...(asOf ? [`as of ${formatDate(asOf)}`] : [])].join('; ') || 'no change',
      );
    } catch (e) {
      setProblem(toProblem(e));
    } finally {
      setBusy(false);
    }
  };

  const add = (path: string) => {
    if (!path || changes.some(([k]) => k === path)) return;
    setChanges([...changes, [path, readFactValue(profile, path) ?? null]]);
    setAdding('');
  };

  return (
    <>
      <h1>Contrast: {product.data.product.name}</h1>
      <ProductNav orgId={orgId} productId={productId} current="/contrast" name={product.data.product.name} />
      <p className="muted">
        The product as profiled (MDR qualification: {factValueText('product.medicalDevice.qualification', qualification, facts)}) side by side with the same product with some facts changed, or on another date.
      </p>
      <form className="card stack" onSubmit={(e) => void run(e)}>
        <div className="actions">
          {PRESETS.map((p) => (
            <button
              key={p.label}
              type="button"
              className="secondary"
              onClick={() => {
                const list = Object.entries(p.facts);
                setChanges(list);
                void run(undefined, list);
              }}
            >
              {p.label}
            </button>
          ))}
        </div>
        {changes.length > 0 ? (
          <ul className="change-list">
            {changes.map(([path, value], i) => {
              const fact = facts.get(path);
              const id = `change-${i}`;
              return (
                <li key={path} className="change-row">
                  <label htmlFor={id}>
                    {factQuestion(path, facts)} <span className="muted small">now: {factValueText(path, readFactValue(profile, path), facts)}</span>
                  </label>
                  {fact ? <FactInput id={id} fact={fact} value={value} onChange={(v) => setChanges(changes.map((c) => (c[0] === path ? [path, v] : c)))} /> : null}
                  <button type="button" className="secondary small" onClick={() => setChanges(changes.filter(([k]) => k !== path))}>
                    Remove
                  </button>
                </li>
              );
            })}
          </ul>
        ) : (
          <p className="muted">No fact changed yet: pick one below, or a preset above.</p>
        )}
        <div className="inline-form">
          <FactPicker facts={facts} value={adding} onChange={add} exclude={changes.map(([k]) => k)} label="Change a fact" />
        </div>
        <label className="inline">
          <span>…and/or another date</span>
          <input type="date" value={asOf} onChange={(e) => setAsOf(e.target.value)} />
        </label>
        <button type="submit" disabled={busy || (changes.length === 0 && !asOf)}>
          {busy ? 'Comparing…' : 'Compare'}
        </button>
      </form>
      <ProblemView problem={problem} describe={(f) => factQuestion(f, facts)} />
      {rows ? <ContrastTables rows={rows} label={label} /> : null}
    </>
  );
}

export function ContrastTables({ rows, label, columns = ['As profiled', 'With the change'] }: { rows: ContrastRows; label: string; columns?: readonly [string, string] }) {
  return (
    <section aria-labelledby="contrast-h">
      <h2 id="contrast-h">What differs</h2>
      <p role="status">
        With {label}: <strong>{rows.changedActs}</strong> act verdict{rows.changedActs === 1 ? '' : 's'} and <strong>{rows.changedObligations}</strong> obligation
        {rows.changedObligations === 1 ? '' : 's'} change. Changed rows are marked “changed” and highlighted.
      </p>
      <div className="table-scroll">
        <table className="data contrast">
          <caption>Acts</caption>
          <thead>
            <tr>
              <th scope="col">Act</th>
              <th scope="col">{columns[0]}</th>
              <th scope="col">{columns[1]}</th>
              <th scope="col">
                <span className="sr-only">Difference</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.acts.map((r) => (
              <tr key={r.act} className={r.changed ? 'changed' : undefined}>
                <th scope="row">{r.name}</th>
                <td>
                  <VerdictBadge verdict={r.base} from={r.baseFrom} />
                </td>
                <td>
                  <VerdictBadge verdict={r.variant} from={r.variantFrom} />
                </td>
                <td>{r.changed ? <strong className="diff-mark">changed</strong> : ''}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <details open={rows.changedObligations > 0 && rows.changedObligations <= 40}>
        <summary>Obligations ({rows.changedObligations} changed)</summary>
        <div className="table-scroll">
          <table className="data contrast">
            <caption className="sr-only">Obligations</caption>
            <thead>
              <tr>
                <th scope="col">Obligation</th>
                <th scope="col">{columns[0]}</th>
                <th scope="col">{columns[1]}</th>
              </tr>
            </thead>
            <tbody>
              {rows.obligations
                .filter((o) => o.changed)
                .map((o) => (
                  <tr key={o.id} className="changed">
                    <th scope="row">
                      {o.title} <span className="muted small">{o.citation}</span>
                    </th>
                    <td>{o.base === 'none' ? 'Does not apply' : obligationStatusLabel(o.base)}</td>
                    <td>{o.variant === 'none' ? 'Does not apply' : obligationStatusLabel(o.variant)}</td>
                  </tr>
                ))}
            </tbody>
          </table>
        </div>
      </details>
    </section>
  );
}
