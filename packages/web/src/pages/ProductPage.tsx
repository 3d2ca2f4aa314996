import { api } from '../api/client.ts';
import type { ProblemDocument } from '../api/types.ts';
import { Link } from '../app/router.tsx';
import { useAsync } from '../app/use-async.ts';
import { ProblemView } from '../components/ProblemView.tsx';
import { Loading } from '../components/Status.tsx';
import { formatInstant } from '../lib/dates.ts';
import { ProductNav } from './ProductNav.tsx';
import { useProduct } from './use-product.ts';

export default function ProductPage({ orgId, productId }: { orgId: string; productId: string }) {
  const state = useProduct(orgId, productId);
  const versions = useAsync(() => api.versions(orgId, productId), [orgId, productId]);
  if (state.error) return <NotFoundOr problem={state.error} />;
  if (!state.data) return <Loading what="the product" />;
  const { product, latest } = state.data;
  return (
    <>
      <h1>{product.name}</h1>
      <ProductNav orgId={orgId} productId={productId} current="" name={product.name} />
      <p>
        Profile version {product.latestVersion}, saved {formatInstant(latest.createdAt)}
        {latest.note ? ` — ${latest.note}` : ''}.
      </p>
      <div className="cards">
        <Link className="card link-card" href={`/orgs/${orgId}/products/${productId}/wizard`}>
          <strong>Answer the open questions</strong>
          <span>Only those that can change which laws apply or what they require.</span>
        </Link>
        <Link className="card link-card" href={`/orgs/${orgId}/products/${productId}/results`}>
          <strong>See which laws apply</strong>
          <span>Verdicts, reasons with citations, obligations and the timeline.</span>
        </Link>
        <Link className="card link-card" href={`/orgs/${orgId}/products/${productId}/gap`}>
          <strong>Controls and gaps</strong>
          <span>Checklist, coverage per act, overlap, exports.</span>
        </Link>
      </div>
      <h2>Versions</h2>
      <ProblemView problem={versions.error} />
      {versions.data ? (
        <ol reversed className="versions">
          {[...versions.data.items]
            .sort((a, b) => b.version - a.version)
            .map((v) => (
              <li key={v.version}>
                v{v.version} · {formatInstant(v.createdAt)} {v.note ? `· ${v.note}` : ''}
              </li>
            ))}
        </ol>
      ) : null}
      <details>
        <summary>Profile facts of v{latest.version} (JSON)</summary>
        <pre className="code">{JSON.stringify(latest.profile, null, 2)}</pre>
      </details>
    </>
  );
}

export function NotFoundOr({ problem }: { problem: ProblemDocument }) {
  if (problem.status === 404) {
    return (
      <>
        <h1>Not found</h1>
        <p>There is no such product in this organisation, or you have no access to it.</p>
      </>
    );
  }
  return (
    <>
      <h1>Something went wrong</h1>
      <ProblemView problem={problem} />
    </>
  );
}
