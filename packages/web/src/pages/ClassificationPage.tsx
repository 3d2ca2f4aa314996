import { classificationStatusLabel, classificationStatusTone, outcomeLabel, TRUTH_LABELS } from '@iomt/core/labels';
import { api } from '../api/client.ts';
import type { Classification, ClassificationRule } from '../api/types.ts';
import { Link } from '../app/router.tsx';
import { useAsync } from '../app/use-async.ts';
import { ProblemView } from '../components/ProblemView.tsx';
import { ReasonTree } from '../components/ReasonTree.tsx';
import { Badge, Cite, Loading } from '../components/Status.tsx';
import { useVocabulary } from '../app/use-vocabulary.ts';
import { factQuestion, type FactIndex } from '../lib/fact-words.ts';
import { NotFoundOr } from './ProductPage.tsx';
import { ProductNav } from './ProductNav.tsx';
import { useProduct } from './use-product.ts';

export default function ClassificationPage({ orgId, productId }: { orgId: string; productId: string }) {
  const product = useProduct(orgId, productId);
  const result = useAsync(() => api.productClassification(orgId, productId), [orgId, productId]);
  const facts = useVocabulary();
  if (product.error) return <NotFoundOr problem={product.error} />;
  return (
    <>
      <h1>Classification{product.data ? `: ${product.data.product.name}` : ''}</h1>
      <ProductNav orgId={orgId} productId={productId} current="/classification" name={product.data?.product.name} />
      <ProblemView problem={result.error} />
      {result.loading && !result.data ? <Loading what="the classification" /> : null}
      {result.data && result.data.missingFacts.length > 0 ? (
        <p className="notice">
          Some classifications stay open until more facts are known. <Link href={`/orgs/${orgId}/products/${productId}/wizard`}>Answer the open questions</Link>.
        </p>
      ) : null}
      {result.data?.classifications.map((c) => <ClassificationCard key={c.classifier} c={c} facts={facts} />)}
    </>
  );
}

function outcomeText(c: Classification): string {
  if (c.label) return c.label;
  if (c.outcomes.length > 0) return c.outcomes.map((o) => outcomeLabel(String(o))).join(', ');
  return c.status === 'open' ? `Open: one of ${c.possible.map((o) => outcomeLabel(String(o))).join(', ')}` : classificationStatusLabel(c.status);
}

function ClassificationCard({ c, facts }: { c: Classification; facts: FactIndex | undefined }) {
  const decisive = (c.decidedBy as ClassificationRule[]).filter((r) => typeof r === 'object');
  const matched = (c.rules ?? []).filter((r) => r.value === 'true');
  return (
    <section className="card" aria-labelledby={`cl-${c.classifier}`}>
      <h2 id={`cl-${c.classifier}`}>{c.title}</h2>
      <p className="outcome">
        <strong>{outcomeText(c)}</strong> <Badge tone={classificationStatusTone(c.status)}>{classificationStatusLabel(c.status)}</Badge>
        {c.source === 'stated' ? <span className="muted"> (as stated in the profile)</span> : null}
        {c.appliesFrom ? <span> — from {c.appliesFrom}</span> : null}
        {c.citation ? (
          <>
            {' '}
            · <Cite citation={c.citation} url={c.url} />
          </>
        ) : null}
      </p>
      {c.consequence ? <p>{c.consequence}</p> : null}
      {decisive.length > 0 ? (
        <>
          <h3 className="small-h">Decided by</h3>
          {decisive.map((r) => (
            <div key={r.rule} className="decisive">
              <p>
                <strong>{r.label}</strong> {r.citation ? <Cite citation={r.citation} url={r.url} /> : null}
              </p>
              {r.reasons ? <ReasonTree reasons={r.reasons} facts={facts} /> : null}
            </div>
          ))}
        </>
      ) : null}
      {matched.length > 0 && decisive.length === 0 ? (
        <p className="muted">
          Rules that hold: {matched.map((r) => r.citation ?? r.rule).join('; ')}
        </p>
      ) : null}
      {c.missingFacts && c.missingFacts.length > 0 ? (
        <p className="muted">
          Open for want of an answer to: {c.missingFacts.map((f) => factQuestion(f, facts)).join(' · ')}
        </p>
      ) : null}
      {c.rules && c.rules.length > 0 ? (
        <details>
          <summary>All {c.rules.length} rules checked</summary>
          <div className="table-scroll">
            <table className="data">
              <thead>
                <tr>
                  <th scope="col">Rule</th>
                  <th scope="col">Outcome</th>
                  <th scope="col">Holds</th>
                </tr>
              </thead>
              <tbody>
                {c.rules.map((r) => (
                  <tr key={r.rule} className={r.value === 'true' ? 'changed' : undefined}>
                    <td>
                      {r.label} {r.citation ? <Cite citation={r.citation} url={r.url} /> : null}
                    </td>
                    <td>{typeof r.outcome === 'string' ? outcomeLabel(r.outcome) : Array.isArray(r.outcome) ? r.outcome.map((o) => outcomeLabel(String(o))).join(', ') : ''}</td>
                    <td>{TRUTH_LABELS[r.value as 'true' | 'false' | 'unknown'] ?? r.value}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </details>
      ) : null}
    </section>
  );
}
