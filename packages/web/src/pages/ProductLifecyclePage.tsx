import { useState } from 'react';
import type { LifecycleAnalysis, UnitSupportStatus } from '@iomt/core';
import { APPLIES_LABEL, DUTY_STATUS_LABEL, PARTY_LABEL, SATISFIES_LABEL, SUPPORT_REGIME_LABEL } from '@iomt/core/labels/lifecycle';
import { api } from '../api/client.ts';
import { toProblem } from '../api/problem.ts';
import type { ProblemDocument } from '../api/types.ts';
import { useAsync } from '../app/use-async.ts';
import { ProblemView } from '../components/ProblemView.tsx';
import { Loading } from '../components/Status.tsx';
import { formatDate, todayIso } from '../lib/dates.ts';
import { Cites, Questions, Reasons, StateBadge } from './lifecycle-parts.tsx';
import { NotFoundOr } from './ProductPage.tsx';
import { ProductNav } from './ProductNav.tsx';
import { useProduct } from './use-product.ts';

/** "Support & updates": the product's support period per regime, its update duties, and the status of units pasted in. */
export default function ProductLifecyclePage({ orgId, productId }: { orgId: string; productId: string }) {
  const product = useProduct(orgId, productId);
  const [asOf, setAsOf] = useState(todayIso());
  const [within, setWithin] = useState(6);
  const analysis = useAsync(() => api.productLifecycle(orgId, productId, { asOf, within }), [orgId, productId, asOf, within]);
  const [unitsText, setUnitsText] = useState('');
  const [units, setUnits] = useState<LifecycleAnalysis | undefined>();
  const [problem, setProblem] = useState<ProblemDocument | undefined>();

  if (product.error) return <NotFoundOr problem={product.error} />;
  if (!product.data) return <Loading what="the product" />;
  const name = product.data.product.name;

  const checkUnits = async () => {
    setProblem(undefined);
    let parsed: unknown;
    try {
      parsed = JSON.parse(unitsText);
    } catch {
      setProblem({ title: 'The units are not valid JSON', status: 400, detail: 'Paste a JSON array of units, e.g. [{"id": "SN-1", "placedOnMarketOn": "2028-01-10"}].' });
      return;
    }
    try {
      setUnits(await api.lifecycle({ ...(product.data?.latest.profile as object), units: parsed }, { asOf, endingWithinMonths: within }));
    } catch (e) {
      setProblem(toProblem(e));
    }
  };

  const a = analysis.data;
  return (
    <>
      <h1>Support &amp; updates: {name}</h1>
      <ProductNav orgId={orgId} productId={productId} current="/lifecycle" name={name} />
      <form className="inline-form card no-print" onSubmit={(e) => e.preventDefault()}>
        <label>
          As of <input type="date" value={asOf} required onChange={(e) => e.target.value && setAsOf(e.target.value)} />
        </label>
        <label>
          “Ending soon” within <input type="number" min={0} max={120} value={within} onChange={(e) => setWithin(Math.max(0, Math.min(120, Number(e.target.value) || 0)))} /> months
        </label>
      </form>
      <ProblemView problem={analysis.error} />
      {!a ? (
        <Loading what="the support analysis" />
      ) : (
        <>
          <p className="muted small">
            As of {formatDate(a.asOf)} · knowledge base {a.knowledgeBase.version} · {a.notice}
          </p>
          <h2>The model</h2>
          <UnitDetail status={a.model} />
          <h2>Update duties</h2>
          <div className="table-scroll">
            <table className="data">
              <thead>
                <tr>
                  <th scope="col">Regime</th>
                  <th scope="col">Who</th>
                  <th scope="col">Duty</th>
                  <th scope="col">Status</th>
                </tr>
              </thead>
              <tbody>
                {a.updateDuties.map((d) => (
                  <tr key={d.id}>
                    <th scope="row">{d.regime.toUpperCase()}{d.applies === 'unknown' ? ' (if it applies)' : ''}</th>
                    <td>{PARTY_LABEL[d.bearer]}</td>
                    <td className="small">
                      {d.text}
                      <Cites cites={d.cites} />
                    </td>
                    <td>{DUTY_STATUS_LABEL[d.status]}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          {a.timeline.length > 0 ? (
            <>
              <h2>Timeline</h2>
              <ul>
                {a.timeline.map((t, i) => (
                  <li key={i}>
                    <strong>{formatDate(t.date)}</strong> — {t.event}
                    <Cites cites={t.cites} />
                  </li>
                ))}
              </ul>
            </>
          ) : null}
          <h2>Contested and open points</h2>
          <Reasons reasons={a.contested} />
          <Questions questions={a.questions} />
        </>
      )}
      <h2>Units</h2>
      <div className="card stack no-print">
        <label htmlFor="units">Units as a JSON array (id, placedOnMarketOn, putIntoServiceOn, deliveredOn, declaredSupportEnd, softwareVersion, operator, nis2Entity)</label>
        <textarea id="units" className="code" rows={6} value={unitsText} onChange={(e) => setUnitsText(e.target.value)} placeholder='[{"id": "SN-1", "placedOnMarketOn": "2028-01-10", "operator": "healthcare-provider", "nis2Entity": true}]' />
        <div className="actions">
          <button type="button" onClick={() => void checkUnits()} disabled={unitsText.trim() === ''}>
            Check units
          </button>
        </div>
      </div>
      <ProblemView problem={problem} onDismiss={() => setProblem(undefined)} />
      {units ? (
        <>
          <p>
            {units.summary.supported} supported · {units.summary['ending-soon']} ending soon · {units.summary['out-of-support']} out of support · {units.summary.unknown} unknown
          </p>
          {units.units.map((u, i) => (
            <section key={u.unit ?? i}>
              <h3>Unit {u.unit ?? `#${i + 1}`}</h3>
              <UnitDetail status={u} />
            </section>
          ))}
          <Questions questions={units.questions} />
        </>
      ) : null}
    </>
  );
}

function UnitDetail({ status: u }: { status: UnitSupportStatus }) {
  return (
    <>
      <p>
        <StateBadge state={u.state} />
        {u.supportEnd ? <> · support end <strong>{formatDate(u.supportEnd)}</strong> ({u.supportEndBasis?.replaceAll('-', ' ')})</> : null}
        {u.legalMinimum ? <> · legal minimum {formatDate(u.legalMinimum.end)} ({u.legalMinimum.regime.toUpperCase()}{u.legalMinimum.indicative ? ', indicative' : ''})</> : null}
        {u.shortfallMonths ? <> · <span className="error">{u.shortfallMonths} month(s) short</span></> : null}
      </p>
      <div className="table-scroll">
        <table className="data">
          <thead>
            <tr>
              <th scope="col">Regime</th>
              <th scope="col">Applies</th>
              <th scope="col">Owed by</th>
              <th scope="col">Minimum end</th>
              <th scope="col">Declared end</th>
              <th scope="col">Basis</th>
            </tr>
          </thead>
          <tbody>
            {u.regimes.map((r) => (
              <tr key={r.regime}>
                <th scope="row">{SUPPORT_REGIME_LABEL[r.regime]}</th>
                <td>{APPLIES_LABEL[String(r.applies)]}</td>
                <td>{PARTY_LABEL[r.bearer]}</td>
                <td>{r.minimumEnd ? formatDate(r.minimumEnd) : '—'}{r.indicative ? ' (indicative)' : ''}</td>
                <td>{SATISFIES_LABEL[r.satisfies]}{r.shortfallMonths ? `, ${r.shortfallMonths} month(s) short` : ''}</td>
                <td className="small">
                  {r.basis}
                  <Cites cites={r.cites} />
                  {r.note ? <> <span className="badge v-unknown">Contested</span> <em>{r.note}</em></> : null}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <h4>Why</h4>
      <Reasons reasons={u.reasons} />
      <h4>What follows</h4>
      <ul>
        {u.duties.map((d, i) => (
          <li key={i}>
            <strong>{PARTY_LABEL[d.party]}</strong>
            {d.condition ? <span className="muted"> ({d.condition})</span> : null}: {d.duty}
            <Cites cites={d.cites} />
          </li>
        ))}
      </ul>
    </>
  );
}
