import { actLabel, categoryLabel, classifierLabel, classificationStatusLabel, controlStatusLabel, outcomeLabel, TRUTH_LABELS } from '@iomt/core/labels';
import { useMemo } from 'react';
import { api, itemsOf } from '../api/client.ts';
import type { GapResult } from '../api/gap-types.ts';
import type { AssessmentReport, Scenario } from '../api/types.ts';
import { useSession } from '../app/session.tsx';
import { useAsync } from '../app/use-async.ts';
import { useVocabulary } from '../app/use-vocabulary.ts';
import { InlineText } from '../components/InlineText.tsx';
import { ProblemView } from '../components/ProblemView.tsx';
import { Cite, Loading, VerdictBadge } from '../components/Status.tsx';
import { formatDate, formatInstant } from '../lib/dates.ts';
import { factQuestion, factValueText, type FactIndex } from '../lib/fact-words.ts';
import { flattenFacts } from '../lib/profile-diff.ts';
import { decidingReasons } from '../lib/report-reasons.ts';
import { NotFoundOr } from './ProductPage.tsx';
import { ProductNav } from './ProductNav.tsx';
import { ObligationsByCategory } from './ResultsPage.tsx';
import { useProduct } from './use-product.ts';

const SECTIONS: [string, string][] = [
  ['report-basis', 'Basis of this report'],
  ['report-applicability', 'Applicability and the reasons that decided it'],
  ['report-classification', 'Classification'],
  ['report-obligations', 'Obligations'],
  ['report-gaps', 'Controls and gaps'],
  ['report-facts', 'Facts relied on'],
];

/**
 * The printable report: self-contained (knowledge-base version, as-of date, scenarios, the facts
 * relied on), with each act's deciding reasons in words. Print styles add running headers, page
 * numbers and the page of each section in the table of contents.
 */
export default function ReportPage({ orgId, productId }: { orgId: string; productId: string }) {
  const { scenarios, org } = useSession();
  const product = useProduct(orgId, productId);
  const facts = useVocabulary();
  const report = useAsync(() => api.productAssessment(orgId, productId, { scenario: scenarios }), [orgId, productId, scenarios]);
  const known = useAsync(async () => itemsOf<Scenario>(await api.scenarios(), 'scenarios'), []);
  const profile = product.data?.latest.profile;
  const gap = useAsync(async (): Promise<GapResult | null | undefined> => {
    if (!profile) return undefined;
    const mine = (await api.assessments(orgId, productId)).items.find((a) => a.productId === productId);
    return mine ? api.gap(profile, { assessment: mine.state, scenarios }) : null;
  }, [orgId, productId, scenarios, profile]);
  const actNames = useMemo(() => new Map((report.data?.acts ?? []).map((a) => [a.act, a.shortName])), [report.data]);

  if (product.error) return <NotFoundOr problem={product.error} />;
  if (!product.data || (!report.data && !report.error)) return <Loading what="the report" />;
  const generated = new Date().toISOString();
  const scenarioTitle = (id: string) => known.data?.find((s) => s.id === id)?.title ?? id;
  const r = report.data;
  return (
    <article className="report">
      <h1>Compliance report: {product.data.product.name}</h1>
      <ProductNav orgId={orgId} productId={productId} current="/report" name={product.data.product.name} />
      <div className="actions no-print">
        <button type="button" onClick={() => window.print()}>
          Print or save as PDF
        </button>
        <span className="muted small">The printout has page headers, page numbers and the page of each section in the contents.</span>
      </div>
      <ProblemView problem={report.error} />
      {r ? (
        <>
          <PrintHeader left={`Compliance report: ${product.data.product.name}`} right={`As of ${formatDate(r.asOf)} · knowledge base ${r.knowledgeBase.version}`} />
          <p className="print-asof">
            As of {formatDate(r.asOf)} · knowledge base {r.knowledgeBase.version}
          </p>
          <nav className="toc" aria-labelledby="toc-h">
            <h2 id="toc-h">Contents</h2>
            <ol>
              {SECTIONS.map(([id, title]) => (
                <li key={id}>
                  <a href={`#${id}`}>{title}</a>
                </li>
              ))}
            </ol>
          </nav>

          <section id="report-basis" aria-labelledby="report-basis-h">
            <h2 id="report-basis-h">Basis of this report</h2>
            <dl className="facts-list">
              <dt>Organisation</dt>
              <dd>{org?.name ?? '—'}</dd>
              <dt>Product and profile</dt>
              <dd>
                {product.data.product.name}, profile version {product.data.product.latestVersion} (last changed {formatInstant(product.data.product.updatedAt)})
              </dd>
              <dt>Law as of</dt>
              <dd>{formatDate(r.asOf)}</dd>
              <dt>Knowledge base</dt>
              <dd>
                version {r.knowledgeBase.version}; every act checked against its official text on or after {formatDate(r.knowledgeBase.verifiedOn)}
              </dd>
              <dt>Scenarios</dt>
              <dd>{r.scenarios.length === 0 ? 'none — the law in force only' : `assumed adopted (not the law in force): ${r.scenarios.map(scenarioTitle).join('; ')}`}</dd>
              <dt>Open facts</dt>
              <dd>{r.missingFacts.length === 0 ? 'none' : `${r.missingFacts.length} — verdicts and duties that depend on them are marked open or possible`}</dd>
              <dt>Generated</dt>
              <dd>{formatInstant(generated)}</dd>
            </dl>
          </section>

          <section id="report-applicability" className="report-section" aria-labelledby="report-applicability-h">
            <h2 id="report-applicability-h">Applicability and the reasons that decided it</h2>
            {r.acts.filter((a) => a.act !== 'time-limits').map((a) => (
              <ActReasons key={a.act} act={a} classifications={r.classifications ?? []} facts={facts} />
            ))}
          </section>

          <section id="report-classification" aria-labelledby="report-classification-h">
            <h2 id="report-classification-h">Classification</h2>
            {(r.classifications ?? []).length === 0 ? <p className="muted">No classification applies.</p> : null}
            <ul>
              {(r.classifications ?? []).map((c) => (
                <li key={c.classifier}>
                  <strong>{classifierLabel(c.classifier)}</strong>: {c.outcomes.length > 0 ? c.outcomes.map((o) => outcomeLabel(String(o))).join(', ') : c.possible.length > 0 ? `open — one of ${c.possible.map((o) => outcomeLabel(String(o))).join(', ')}` : classificationStatusLabel(c.status)}
                  {c.source === 'stated' ? ' (as stated in the profile)' : ''}
                </li>
              ))}
            </ul>
          </section>

          <section id="report-obligations" className="report-section" aria-labelledby="report-obligations-h">
            <h2 id="report-obligations-h">Obligations</h2>
            <ObligationsByCategory obligations={r.obligations} actNames={actNames} facts={facts} />
          </section>

          <section id="report-gaps" className="report-section" aria-labelledby="report-gaps-h">
            <h2 id="report-gaps-h">Controls and gaps</h2>
            {gap.data === null ? <p className="muted">No gap assessment is recorded for this product.</p> : null}
            {gap.data ? <GapSummary gap={gap.data} /> : null}
          </section>

          <section id="report-facts" className="report-section" aria-labelledby="report-facts-h">
            <h2 id="report-facts-h">Facts relied on</h2>
            <FactsRelied profile={product.data.latest.profile} facts={facts} />
          </section>
          <p className="muted small">{r.notice}</p>
        </>
      ) : null}
    </article>
  );
}

/** CSS strings are quoted with the characters that could end them escaped. */
const cssString = (text: string) => `"${text.replace(/["\\\n]/g, (c) => (c === '\n' ? ' ' : `\\${c}`))}"`;

/** The running header of printed pages (page margin boxes take their text from a rule made for this report). */
function PrintHeader({ left, right }: { left: string; right: string }) {
  const css = `@page { @top-left { content: ${cssString(left)}; font: 8pt sans-serif; color: #4f5966; } @top-right { content: ${cssString(right)}; font: 8pt sans-serif; color: #4f5966; } }`;
  return <style>{css}</style>;
}

function ActReasons({ act, classifications, facts }: { act: AssessmentReport['acts'][number]; classifications: NonNullable<AssessmentReport['classifications']>; facts: FactIndex | undefined }) {
  const mine = classifications.filter((c) => c.classifier.startsWith(`${act.act}:`) && c.status === 'decided' && c.outcomes.length > 0);
  const reasons = act.verdict === 'does-not-apply' || act.verdict === 'no-longer-applies' ? decidingReasons(act.reasons, 3) : decidingReasons(act.reasons);
  return (
    <div className="report-act">
      <h3>
        {actLabel(act.act)} <span className="muted small">{act.number}</span> <VerdictBadge verdict={act.verdict} from={act.applicableFrom} />
      </h3>
      <p className="small">
        <InlineText text={act.explanation} />
      </p>
      {mine.length > 0 ? (
        <p className="small">
          {mine.map((c) => `${classifierLabel(c.classifier)}: ${c.outcomes.map((o) => outcomeLabel(String(o))).join(', ')}`).join(' · ')}
        </p>
      ) : null}
      {reasons.length > 0 ? (
        <ul className="small deciding">
          {reasons.map((x, i) => (
            <li key={i}>
              <span className={`rv rv-${x.value}`}>{TRUTH_LABELS[x.value as 'true' | 'false' | 'unknown'] ?? x.value}</span> {x.label}
              {x.fact ? ` (${factQuestion(x.fact, facts)}: ${factValueText(x.fact, x.factValue, facts)})` : ''}
              {x.cite ? (
                <>
                  {' — '}
                  <Cite cite={x.cite} />
                </>
              ) : null}
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}

function GapSummary({ gap }: { gap: GapResult }) {
  return (
    <>
      <p>
        Overall coverage {gap.coverage.overall.percent ?? 'n/a'}% ({gap.coverage.overall.implemented} of {gap.coverage.overall.total} controls implemented, {gap.coverage.overall.partial} partly); {gap.gaps.length} gaps.
      </p>
      <div className="table-scroll">
        <table className="data">
          <caption>Coverage per act</caption>
          <thead>
            <tr>
              <th scope="col">Act</th>
              <th scope="col" className="num">
                Coverage
              </th>
              <th scope="col" className="num">
                Implemented
              </th>
              <th scope="col" className="num">
                Controls
              </th>
            </tr>
          </thead>
          <tbody>
            {gap.coverage.acts.map((a) => (
              <tr key={a.act}>
                <th scope="row">{a.shortName}</th>
                <td className="num">{a.percent === null ? 'n/a' : `${a.percent}%`}</td>
                <td className="num">{a.implemented}</td>
                <td className="num">{a.total}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <div className="table-scroll">
        <table className="data">
          <caption>Gaps, most duties blocked first</caption>
          <thead>
            <tr>
              <th scope="col" className="num">
                Rank
              </th>
              <th scope="col">Control</th>
              <th scope="col">Status</th>
              <th scope="col" className="num">
                Duties served
              </th>
              <th scope="col">Owner, due</th>
            </tr>
          </thead>
          <tbody>
            {gap.gaps.map((g, i) => (
              <tr key={g.control}>
                <td className="num">{i + 1}</td>
                <th scope="row">{g.title}</th>
                <td>{controlStatusLabel(g.status)}</td>
                <td className="num">{g.blocks}</td>
                <td>
                  {g.owner ?? '—'}
                  {g.due ? `, due ${formatDate(g.due)}` : ''}
                  {g.overdue ? ' (overdue)' : ''}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p className="small muted">Coverage per category: {gap.coverage.categories.map((c) => `${categoryLabel(c.category)} ${c.percent === null ? 'n/a' : `${c.percent}%`}`).join(' · ')}</p>
    </>
  );
}

function FactsRelied({ profile, facts }: { profile: Record<string, unknown>; facts: FactIndex | undefined }) {
  const stated = flattenFacts(profile).filter(([path]) => facts?.has(path));
  return (
    <div className="table-scroll">
      <table className="data">
        <caption className="sr-only">Facts of the profile</caption>
        <thead>
          <tr>
            <th scope="col">Question</th>
            <th scope="col">Answer</th>
          </tr>
        </thead>
        <tbody>
          {stated.map(([path, value]) => (
            <tr key={path}>
              <th scope="row">{factQuestion(path, facts)}</th>
              <td>{factValueText(path, value, facts)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
