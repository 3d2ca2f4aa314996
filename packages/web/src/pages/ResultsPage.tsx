import { useMemo, useState } from 'react';
import { api } from '../api/client.ts';
import type { AssessmentReport, Obligation, SavedScenario } from '../api/types.ts';
import { Link } from '../app/router.tsx';
import { UncertaintyLinks } from '../components/UncertaintyLinks.tsx';
import { useSession } from '../app/session.tsx';
import { useAsync } from '../app/use-async.ts';
import { HeatMapTable } from '../components/HeatMapTable.tsx';
import { InlineText } from '../components/InlineText.tsx';
import { ProblemView } from '../components/ProblemView.tsx';
import { ReasonTree } from '../components/ReasonTree.tsx';
import { Cite, Loading, VerdictBadge } from '../components/Status.tsx';
import { TimelineChart } from '../components/TimelineChart.tsx';
import { formatDate } from '../lib/dates.ts';
import { actLink, categoryLabel, roleLabel } from '@iomt/core/labels';
import { useVocabulary } from '../app/use-vocabulary.ts';
import { factQuestion, type FactIndex } from '../lib/fact-words.ts';
import { NotFoundOr } from './ProductPage.tsx';
import { ProductNav } from './ProductNav.tsx';
import { useProduct } from './use-product.ts';

export default function ResultsPage({ orgId, productId }: { orgId: string; productId: string }) {
  const { scenarios, setScenarios } = useSession();
  const product = useProduct(orgId, productId);
  const [asOf, setAsOf] = useState('');
  const [applied, setApplied] = useState<SavedScenario | undefined>();
  const report = useAsync(() => api.productAssessment(orgId, productId, { asOf: asOf || undefined, scenario: scenarios }), [orgId, productId, asOf, scenarios]);

  if (product.error) return <NotFoundOr problem={product.error} />;
  return (
    <>
      <h1>Applicability{product.data ? `: ${product.data.product.name}` : ''}</h1>
      <ProductNav orgId={orgId} productId={productId} current="/results" name={product.data?.product.name} />
      <div className="toolbar">
        <label className="inline">
          <span>As of</span>
          <input type="date" value={asOf} onChange={(e) => setAsOf(e.target.value)} />
        </label>
        <span className="muted small">{asOf ? '' : 'today (UTC)'}</span>
        <ApplySavedScenario
          orgId={orgId}
          onApply={(saved) => {
            setScenarios(saved.scenarios);
            setAsOf(saved.asOf ?? '');
            setApplied(saved);
          }}
        />
      </div>
      {applied && sameSet(applied.scenarios, scenarios) && (applied.asOf ?? '') === asOf ? (
        <p className="notice" role="status">
          Saved scenario <strong>“{applied.name}”</strong> is on: {applied.scenarios.length} proposal{applied.scenarios.length === 1 ? '' : 's'} assumed adopted
          {applied.asOf ? `, as of ${formatDate(applied.asOf)}` : ''}.{' '}
          <button
            type="button"
            className="link"
            onClick={() => {
              setScenarios([]);
              setAsOf('');
              setApplied(undefined);
            }}
          >
            Switch it off
          </button>
        </p>
      ) : null}
      <ProblemView problem={report.error} />
      {report.loading && !report.data ? <Loading what="the assessment" /> : null}
      {report.data ? <Report report={report.data} orgId={orgId} productId={productId} /> : null}
    </>
  );
}

function sameSet(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((x) => b.includes(x));
}

/** Picks one of the organisation's saved scenarios and applies it: scenario switch and as-of date. */
function ApplySavedScenario({ orgId, onApply }: { orgId: string; onApply: (saved: SavedScenario) => void }) {
  const saved = useAsync(async () => (await api.savedScenariosPage(orgId)).items, [orgId]);
  const [choice, setChoice] = useState('');
  if (saved.error) return <span className="muted small">Saved scenarios could not be loaded ({saved.error.title}).</span>;
  if (!saved.data) return null;
  if (saved.data.length === 0) {
    return (
      <span className="muted small">
        No saved scenarios. <Link href={`/orgs/${orgId}/scenarios`}>Save one</Link>
      </span>
    );
  }
  const picked = saved.data.find((s) => s.id === choice);
  return (
    <form
      className="inline-form"
      onSubmit={(e) => {
        e.preventDefault();
        if (picked) onApply(picked);
      }}
    >
      <label className="inline">
        <span>Saved scenario</span>
        <select value={choice} onChange={(e) => setChoice(e.target.value)}>
          <option value="">Choose…</option>
          {saved.data.map((s) => (
            <option key={s.id} value={s.id}>
              {s.name}
            </option>
          ))}
        </select>
      </label>
      <button type="submit" className="secondary" disabled={!picked}>
        Apply
      </button>
    </form>
  );
}

function Report({ report, orgId, productId }: { report: AssessmentReport; orgId: string; productId: string }) {
  const facts = useVocabulary();
  const actNames = useMemo(() => new Map(report.acts.map((a) => [a.act, a.shortName])), [report]);
  const counts = {
    applies: report.acts.filter((a) => a.verdict === 'applies').length,
    later: report.acts.filter((a) => a.verdict === 'applies-from').length,
    open: report.acts.filter((a) => a.verdict === 'unknown').length,
  };
  const relevant = report.acts.filter((a) => a.verdict !== 'does-not-apply');
  const notApplying = report.acts.filter((a) => a.verdict === 'does-not-apply');
  return (
    <>
      <p className="summary">
        As of <strong>{formatDate(report.asOf)}</strong>: <strong>{counts.applies}</strong> acts apply, <strong>{counts.later}</strong> will apply later,{' '}
        <strong>{counts.open}</strong> are open for want of facts. {report.obligations.length} obligations follow. Knowledge base {report.knowledgeBase.version}, checked against the official texts
        since {formatDate(report.knowledgeBase.verifiedOn)}.
      </p>
      {report.missingFacts.length > 0 ? (
        <p className="notice">
          {report.missingFacts.length} facts are unknown and leave verdicts open. <Link href={`/orgs/${orgId}/products/${productId}/wizard`}>Answer the questions</Link>.
        </p>
      ) : null}

      <section aria-labelledby="timeline-h">
        <h2 id="timeline-h">Timeline</h2>
        <TimelineChart acts={report.acts} upcoming={report.upcoming} today={report.asOf} />
        {report.upcoming.length > 0 ? (
          <>
            <h3>Coming within {report.horizonMonths} months</h3>
            <ul className="upcoming">
              {report.upcoming.map((u, i) => (
                <li key={i}>
                  <time dateTime={u.date}>{formatDate(u.date)}</time> — <strong>{actNames.get(u.act) ?? u.act}</strong>: {u.label}
                  {u.scenario ? <span className="badge v-unknown"> scenario {u.scenario}</span> : null}
                  {u.uncertain ? <span className="muted"> (uncertain: {u.uncertain})</span> : null}
                </li>
              ))}
            </ul>
          </>
        ) : null}
      </section>

      <section aria-labelledby="acts-h">
        <h2 id="acts-h">Acts</h2>
        {relevant.map((a) => (
          <details key={a.act} className="act" open={relevant.length <= 3}>
            <summary>
              <VerdictBadge verdict={a.verdict} from={a.applicableFrom} /> <strong>{a.shortName}</strong> <span className="muted">{a.number}</span>
            </summary>
            <p>
              <InlineText text={a.explanation} />
              <UncertaintyLinks ids={a.uncertainties} />
            </p>
            <p>
              <Cite citation={`Official text: ${actLink(a.act)?.destination ?? a.number}`} url={actLink(a.act)?.href ?? a.url} />
            </p>
            {a.parts.length > 0 ? (
              <ul>
                {a.parts.map((p) => (
                  <li key={p.part}>
                    {p.title}: <VerdictBadge verdict={p.status} from={p.from} />
                  </li>
                ))}
              </ul>
            ) : null}
            <h3 className="small-h">Why</h3>
            <ReasonTree reasons={a.reasons} facts={facts} />
            {a.missingFacts.length > 0 ? (
              <p className="muted">
                Open for want of an answer to: {a.missingFacts.map((f) => factQuestion(f, facts)).join(' · ')}
              </p>
            ) : null}
            {a.notes.length > 0 ? (
              <ul className="notes">
                {a.notes.map((n, i) => (
                  <li key={i}>{n}</li>
                ))}
              </ul>
            ) : null}
          </details>
        ))}
        {notApplying.length > 0 ? (
          <details>
            <summary>{notApplying.length} acts do not apply</summary>
            <ul>
              {notApplying.map((a) => (
                <li key={a.act}>
                  <strong>{a.shortName}</strong>: <InlineText text={a.explanation} />
                </li>
              ))}
            </ul>
          </details>
        ) : null}
      </section>

      <section aria-labelledby="obl-h">
        <h2 id="obl-h">Obligations by category</h2>
        <ObligationsByCategory obligations={report.obligations} actNames={actNames} facts={facts} />
      </section>

      <section aria-labelledby="overlap-h">
        <h2 id="overlap-h">Where acts overlap</h2>
        <HeatMapTable overlap={report.overlap} obligations={report.obligations} actNames={actNames} />
      </section>
      <p className="muted small">{report.notice}</p>
    </>
  );
}

export function ObligationsByCategory({ obligations, actNames, facts }: { obligations: Obligation[]; actNames: ReadonlyMap<string, string>; facts?: FactIndex }) {
  const [act, setAct] = useState('');
  const groups = useMemo(() => {
    const map = new Map<string, Obligation[]>();
    for (const o of obligations) {
      if (act && o.act !== act) continue;
      map.set(o.category, [...(map.get(o.category) ?? []), o]);
    }
    return [...map.entries()];
  }, [obligations, act]);
  if (obligations.length === 0) return <p className="muted">No obligations follow from the acts that apply.</p>;
  const acts = [...new Set(obligations.map((o) => o.act))];
  return (
    <>
      <label className="inline no-print">
        <span>Act</span>
        <select value={act} onChange={(e) => setAct(e.target.value)}>
          <option value="">All acts</option>
          {acts.map((a) => (
            <option key={a} value={a}>
              {actNames.get(a) ?? a}
            </option>
          ))}
        </select>
      </label>
      {groups.map(([category, items]) => (
        <details key={category} className="category" open>
          <summary>
            <strong>{categoryLabel(category)}</strong> ({items.length})
          </summary>
          <ul className="obligations">
            {items.map((o) => (
              <li key={o.id}>
                <VerdictBadge verdict={o.status} from={o.from} /> <strong>{o.title}</strong> — {actNames.get(o.act) ?? o.act}, <Cite citation={o.citation} url={o.url} />
                <span className="muted"> ({roleLabel(o.role)})</span>
                <br />
                <span className="small">{o.summary}</span>
                {o.missingFacts.length > 0 ? <span className="muted small"> Depends on: {o.missingFacts.map((f) => factQuestion(f, facts)).join(' · ')}</span> : null}
                <UncertaintyLinks ids={o.uncertainties} />
              </li>
            ))}
          </ul>
        </details>
      ))}
    </>
  );
}

