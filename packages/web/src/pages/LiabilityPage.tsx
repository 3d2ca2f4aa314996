import { useState } from 'react';
import type { LiabilityAnalysis } from '@iomt/core';
import {
  DAMAGE_HEAD_LABEL, EXEMPTION_LABEL, EXEMPTION_STATUS_LABEL, LIABLE_LABEL, PERIOD_LABEL, PERIOD_STATE_LABEL, PLD_REGIME_LABEL, PRESUMPTION_LABEL, TIER_LABEL,
} from '@iomt/core/labels/lifecycle';
import { api } from '../api/client.ts';
import { toProblem } from '../api/problem.ts';
import type { ProblemDocument } from '../api/types.ts';
import { useSession } from '../app/session.tsx';
import { ProblemView } from '../components/ProblemView.tsx';
import { formatDate, formatInstant, todayIso } from '../lib/dates.ts';
import { Cites, Questions, ReasonText, Reasons, TriBadge } from './lifecycle-parts.tsx';

/** A starting case a lawyer edits: an insulin pump whose declined fix came bundled with UI changes. */
const TEMPLATE = {
  name: 'Insulin pump, declined update bundled with UI changes',
  memberState: 'NL',
  product: { name: 'GlucoFlow pump', item: 'device-with-software', placedOnMarketOn: '2027-03-01', medicalDevice: true, supportEnd: '2031-02-28' },
  claimant: { naturalPerson: true, awareOn: '2029-06-01' },
  damage: { personalInjury: true, latentPersonalInjury: false },
  events: {
    damageOn: '2029-05-14', vulnerabilityExploited: true, zeroDay: false, vulnerabilityKnownAtPlacing: false, manufacturerAwareOn: '2028-09-01',
    fixAvailableOn: '2028-11-15', update: 'declined', updateBundledWithFunctionalChanges: true, userInformedOfUpdateAndRisk: true, thirdPartyAct: true,
    nonCompliance: ['mdr'], damageTypicalOfDefect: true,
  },
  operators: [
    { name: 'GlucoFlow BV', role: 'manufacturer', establishedInEu: true },
    { name: 'MedSupply NL', role: 'distributor', establishedInEu: true },
  ],
};

/** The product-liability analysis of a damage case, laid out to be printed and filed. */
export default function LiabilityPage({ orgId }: { orgId: string }) {
  const { org } = useSession();
  const [text, setText] = useState(JSON.stringify(TEMPLATE, null, 2));
  const [asOf, setAsOf] = useState(todayIso());
  const [result, setResult] = useState<LiabilityAnalysis | undefined>();
  const [problem, setProblem] = useState<ProblemDocument | undefined>();
  const [busy, setBusy] = useState(false);

  const analyse = async () => {
    setProblem(undefined);
    let parsed: unknown;
    try {
      parsed = JSON.parse(text);
    } catch {
      setProblem({ title: 'The case is not valid JSON', status: 400, detail: 'Check the quotes, commas and brackets; the JSON Schema is printed by `iomt liability --schema`.' });
      return;
    }
    setBusy(true);
    try {
      setResult(await api.liability(parsed, asOf));
    } catch (e) {
      setProblem(toProblem(e));
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <h1>Product liability analysis{result?.case.name ? `: ${result.case.name}` : ''}</h1>
      <div className="card stack no-print" data-org={orgId}>
        <label htmlFor="case">Damage case (JSON: product and unit, claimant, damage, events, economic operators)</label>
        <textarea id="case" className="code" rows={16} value={text} onChange={(e) => setText(e.target.value)} />
        <label>
          As of <input type="date" value={asOf} required onChange={(e) => e.target.value && setAsOf(e.target.value)} />
        </label>
        <div className="actions">
          <button type="button" onClick={() => void analyse()} disabled={busy}>
            Analyse
          </button>
          {result ? (
            <button type="button" className="secondary" onClick={() => window.print()}>
              Print or save as PDF
            </button>
          ) : null}
        </div>
      </div>
      <ProblemView problem={problem} onDismiss={() => setProblem(undefined)} />
      {result ? <Report a={result} orgName={org?.name} /> : null}
    </>
  );
}

function Report({ a, orgName }: { a: LiabilityAnalysis; orgName: string | undefined }) {
  return (
    <article aria-label="Liability analysis">
      <p className="muted small">
        {orgName ? `${orgName} · ` : ''}as of {formatDate(a.asOf)} · knowledge base {a.knowledgeBase.version} (liability rules checked {formatDate(a.knowledgeBase.liabilityVerifiedOn)}) · generated {formatInstant(new Date().toISOString())}
      </p>
      <p className="notice">{a.notice}</p>

      <h2>1. Regime</h2>
      <p>
        <strong>{PLD_REGIME_LABEL[a.regime.regime]}</strong>
        {a.regime.decisiveDate ? ` — decisive date ${formatDate(a.regime.decisiveDate)}` : ''}
      </p>
      <Reasons reasons={a.regime.reasons} />

      <h2>2. Product and claimant</h2>
      <ul>
        <li>
          Product: <TriBadge value={a.product.holds} yes="a product" no="not a product" open="open" /> <ReasonText reason={a.product} />
        </li>
        <li>
          Claimant: <TriBadge value={a.claimant.holds} yes="entitled" no="not entitled" open="open" /> <ReasonText reason={a.claimant} />
        </li>
      </ul>

      <h2>3. Damage</h2>
      {a.damage.heads.length === 0 ? <p className="muted">No head of damage given.</p> : (
        <div className="table-scroll">
          <table className="data">
            <thead>
              <tr><th scope="col">Head</th><th scope="col">Compensable</th><th scope="col">Why</th></tr>
            </thead>
            <tbody>
              {a.damage.heads.map((h) => (
                <tr key={h.head}>
                  <th scope="row">{DAMAGE_HEAD_LABEL[h.head]}</th>
                  <td><TriBadge value={h.holds} yes="yes" no="no" open="open" /></td>
                  <td className="small"><ReasonText reason={h} /></td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {a.damage.threshold ? <p className="small"><ReasonText reason={a.damage.threshold} /></p> : null}

      <h2>4. Defectiveness</h2>
      <Reasons reasons={a.defectiveness} />

      <h2>5. Burden of proof and presumptions</h2>
      <div className="table-scroll">
        <table className="data">
          <thead>
            <tr><th scope="col">Presumption</th><th scope="col">Applies</th><th scope="col">Rule</th></tr>
          </thead>
          <tbody>
            {a.presumptions.map((p) => (
              <tr key={p.id}>
                <th scope="row">{PRESUMPTION_LABEL[p.id] ?? p.id}</th>
                <td><TriBadge value={p.holds} yes="yes" no="no" open="open" /></td>
                <td className="small"><ReasonText reason={p} /></td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {a.disclosure ? <p className="small">Disclosure of evidence: <ReasonText reason={a.disclosure} /></p> : null}

      <h2>6. Who is liable</h2>
      <div className="table-scroll">
        <table className="data">
          <thead>
            <tr><th scope="col">Operator</th><th scope="col">Role</th><th scope="col">Order</th><th scope="col">Liable</th><th scope="col">Why</th></tr>
          </thead>
          <tbody>
            {a.operators.map((o) => (
              <tr key={`${o.name}-${o.role}`}>
                <th scope="row">{o.name}</th>
                <td>{o.role}</td>
                <td className="small">{o.tier}: {TIER_LABEL[o.tier]}</td>
                <td><TriBadge value={o.liable} yes={LIABLE_LABEL.true ?? 'liable'} no={LIABLE_LABEL.false ?? 'not liable'} open={LIABLE_LABEL.unknown ?? 'open'} /></td>
                <td className="small">{o.reasons.map((r, i) => <span key={i}><ReasonText reason={r} /> </span>)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {a.jointAndSeveral ? <p className="small"><ReasonText reason={a.jointAndSeveral} /></p> : null}
      {a.reduction.length > 0 ? (
        <>
          <h3>Reduction of liability</h3>
          <ul>
            {a.reduction.map((f) => (
              <li key={f.id}>
                <strong>{f.holds === false ? 'No reduction' : f.holds === true ? 'Reduced' : 'For the court to weigh'}:</strong> <ReasonText reason={f} />
              </li>
            ))}
          </ul>
        </>
      ) : null}

      <h2>7. Exemptions</h2>
      <div className="table-scroll">
        <table className="data">
          <thead>
            <tr><th scope="col">Exemption</th><th scope="col">For</th><th scope="col">Status</th><th scope="col">Why</th></tr>
          </thead>
          <tbody>
            {a.exemptions.map((x) => (
              <tr key={`${x.id}-${x.for}`}>
                <th scope="row">{EXEMPTION_LABEL[x.id] ?? x.id}</th>
                <td>{x.for}</td>
                <td><span className={`badge ${x.status === 'available' ? 'v-applies' : x.status === 'excluded' ? 'v-does-not-apply' : 'v-unknown'}`}>{EXEMPTION_STATUS_LABEL[x.status]}</span></td>
                <td className="small"><ReasonText reason={x} /></td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>

      <h2>8. Time limits</h2>
      <div className="table-scroll">
        <table className="data">
          <thead>
            <tr><th scope="col">Period</th><th scope="col">From</th><th scope="col">Last day</th><th scope="col">State</th><th scope="col">Rule</th></tr>
          </thead>
          <tbody>
            {a.periods.map((p) => (
              <tr key={p.id}>
                <th scope="row">{PERIOD_LABEL[p.id]}</th>
                <td>{p.from ? formatDate(p.from) : '—'}</td>
                <td><strong>{p.lastDay ? formatDate(p.lastDay) : '—'}</strong></td>
                <td>{PERIOD_STATE_LABEL[p.state]}</td>
                <td className="small">{p.text}<Cites cites={p.cites} /></td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>

      <h2>9. Other routes (not analysed)</h2>
      <Reasons reasons={a.parallelRoutes} />
      {a.contested.length > 0 ? (
        <>
          <h2>Contested points</h2>
          <Reasons reasons={a.contested} />
        </>
      ) : null}
      <Questions questions={a.questions} />
    </article>
  );
}
