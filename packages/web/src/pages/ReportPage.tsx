import { useMemo } from 'react';
import { api } from '../api/client.ts';
import type { GapResult } from '../api/gap-types.ts';
import { useSession } from '../app/session.tsx';
import { useAsync } from '../app/use-async.ts';
import { InlineText } from '../components/InlineText.tsx';
import { ProblemView } from '../components/ProblemView.tsx';
import { Loading, VerdictBadge } from '../components/Status.tsx';
import { formatDate, formatInstant } from '../lib/dates.ts';
import { NotFoundOr } from './ProductPage.tsx';
import { ProductNav } from './ProductNav.tsx';
import { ObligationsByCategory } from './ResultsPage.tsx';
import { useProduct } from './use-product.ts';

/** One printable page: applicability, classification, obligations and gaps. Print styles hide the app chrome. */
export default function ReportPage({ orgId, productId }: { orgId: string; productId: string }) {
  const { scenarios, org } = useSession();
  const product = useProduct(orgId, productId);
  const report = useAsync(() => api.productAssessment(orgId, productId, { scenario: scenarios }), [orgId, productId, scenarios]);
  const gap = useAsync(async (): Promise<GapResult | null> => {
    const mine = (await api.assessments(orgId, productId)).items.find((a) => a.productId === productId);
    if (!mine) return null;
    const p = await api.product(orgId, productId);
    const v = await api.version(orgId, productId, p.latestVersion);
    return api.gap(v.profile, { assessment: mine.state, scenarios });
  }, [orgId, productId, scenarios]);
  const actNames = useMemo(() => new Map((report.data?.acts ?? []).map((a) => [a.act, a.shortName])), [report.data]);

  if (product.error) return <NotFoundOr problem={product.error} />;
  if (!product.data || (!report.data && !report.error)) return <Loading what="the report" />;
  const generated = new Date().toISOString();
  return (
    <>
      <h1>Compliance report: {product.data.product.name}</h1>
      <ProductNav orgId={orgId} productId={productId} current="/report" name={product.data.product.name} />
      <div className="actions no-print">
        <button type="button" onClick={() => window.print()}>
          Print or save as PDF
        </button>
      </div>
      <ProblemView problem={report.error} />
      <p>
        {org?.name} · profile version {product.data.product.latestVersion} · generated {formatInstant(generated)}
        {scenarios.length > 0 ? ` · scenarios assumed adopted: ${scenarios.join(', ')}` : ''}
      </p>
      {report.data ? (
        <>
          <h2>Applicability as of {formatDate(report.data.asOf)}</h2>
          <div className="table-scroll">
            <table className="data">
              <thead>
                <tr>
                  <th scope="col">Act</th>
                  <th scope="col">Verdict</th>
                  <th scope="col">Why</th>
                </tr>
              </thead>
              <tbody>
                {report.data.acts.map((a) => (
                  <tr key={a.act}>
                    <th scope="row">{a.shortName}</th>
                    <td>
                      <VerdictBadge verdict={a.verdict} from={a.applicableFrom} />
                    </td>
                    <td className="small">
                      <InlineText text={a.explanation} />
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          {report.data.classifications && report.data.classifications.length > 0 ? (
            <>
              <h2>Classification</h2>
              <ul>
                {report.data.classifications.map((c) => (
                  <li key={c.classifier}>
                    <strong>{c.title}</strong>: {c.label ?? (c.outcomes.length > 0 ? c.outcomes.map(String).join(', ') : `one of ${c.possible.map(String).join(', ')}`)} ({c.status})
                  </li>
                ))}
              </ul>
            </>
          ) : null}
          <h2>Obligations</h2>
          <ObligationsByCategory obligations={report.data.obligations} actNames={actNames} />
          <h2>Gaps</h2>
          {gap.data === null ? <p className="muted">No gap assessment recorded for this product.</p> : null}
          {gap.data ? (
            <>
              <p>
                Coverage {gap.data.coverage.overall.percent ?? 'n/a'}%; {gap.data.gaps.length} controls not implemented.
              </p>
              <ul>
                {gap.data.gaps.map((g) => (
                  <li key={g.control}>
                    {g.title} — {g.status}
                    {g.owner ? `, owner ${g.owner}` : ''}
                    {g.due ? `, due ${formatDate(g.due)}` : ''}
                    {g.overdue ? ' (overdue)' : ''}
                  </li>
                ))}
              </ul>
            </>
          ) : null}
          <p className="muted small">{report.data.notice}</p>
        </>
      ) : null}
    </>
  );
}
