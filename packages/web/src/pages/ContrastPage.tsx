import { useState, type FormEvent } from 'react';
import { api } from '../api/client.ts';
import { toProblem } from '../api/problem.ts';
import type { ProblemDocument } from '../api/types.ts';
import { useSession } from '../app/session.tsx';
import { ProblemView } from '../components/ProblemView.tsx';
import { Loading, VerdictBadge } from '../components/Status.tsx';
import { contrastRows, parseFactChanges, type ContrastRows } from '../lib/contrast-diff.ts';
import { readFactValue } from '../lib/profile-facts.ts';
import { NotFoundOr } from './ProductPage.tsx';
import { ProductNav } from './ProductNav.tsx';
import { useProduct } from './use-product.ts';

const PRESETS: { label: string; facts: string }[] = [
  { label: 'As a medical device (class IIa)', facts: 'product.medicalDevice.qualification=medical-device\nproduct.medicalDevice.class=IIa' },
  { label: 'Not a medical device', facts: 'product.medicalDevice.qualification=not-a-device' },
  { label: 'With an AI system', facts: 'product.aiSystem=true' },
];

export default function ContrastPage({ orgId, productId }: { orgId: string; productId: string }) {
  const { scenarios } = useSession();
  const product = useProduct(orgId, productId);
  const [facts, setFacts] = useState('');
  const [asOf, setAsOf] = useState('');
  const [rows, setRows] = useState<ContrastRows | undefined>();
  const [problem, setProblem] = useState<ProblemDocument | undefined>();
  const [busy, setBusy] = useState(false);
  const [label, setLabel] = useState('');

  if (product.error) return <NotFoundOr problem={product.error} />;
  if (!product.data) return <Loading what="the product" />;
  const profile = product.data.latest.profile;
  const qualification = readFactValue(profile, 'product.medicalDevice.qualification');

  const run = async (event?: FormEvent, text = facts) => {
    event?.preventDefault();
    const parsed = parseFactChanges(text);
    if (parsed.errors.length > 0) {
      setProblem({ title: 'The changes could not be read', status: 400, errors: parsed.errors.map((e) => ({ pointer: '/change/facts', expected: e })) });
      return;
    }
    setBusy(true);
    setProblem(undefined);
    try {
      const report = await api.contrast(profile, { facts: parsed.facts, ...(asOf ? { asOf } : {}) }, { scenarios });
      setRows(contrastRows(report));
      setLabel(
        [...Object.entries(parsed.facts).map(([k, v]) => `${k} = ${JSON.stringify(v)}`), ...(asOf ? [`as of ${asOf}`] : [])].join(', ') || 'no change',
      );
    } catch (e) {
      setProblem(toProblem(e));
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <h1>Contrast: {product.data.product.name}</h1>
      <ProductNav orgId={orgId} productId={productId} current="/contrast" name={product.data.product.name} />
      <p className="muted">
        The product as profiled (currently {qualification === undefined ? 'MDR status unknown' : `“${typeof qualification === 'string' ? qualification : JSON.stringify(qualification)}”`}) side by side with the same product with some facts changed.
      </p>
      <form className="card stack" onSubmit={(e) => void run(e)}>
        <div className="actions">
          {PRESETS.map((p) => (
            <button
              key={p.label}
              type="button"
              className="secondary"
              onClick={() => {
                setFacts(p.facts);
                void run(undefined, p.facts);
              }}
            >
              {p.label}
            </button>
          ))}
        </div>
        <label>
          <span>
            Changed facts, one <code>fact.path=value</code> per line
          </span>
          <textarea rows={3} value={facts} onChange={(e) => setFacts(e.target.value)} spellCheck={false} />
        </label>
        <label className="inline">
          <span>…and/or another date</span>
          <input type="date" value={asOf} onChange={(e) => setAsOf(e.target.value)} />
        </label>
        <button type="submit" disabled={busy}>
          {busy ? 'Comparing…' : 'Compare'}
        </button>
      </form>
      <ProblemView problem={problem} />
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
                    <td>{o.base}</td>
                    <td>{o.variant}</td>
                  </tr>
                ))}
            </tbody>
          </table>
        </div>
      </details>
    </section>
  );
}
