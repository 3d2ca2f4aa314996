import { api } from '../api/client.ts';
import { Link } from '../app/router.tsx';
import { useAsync } from '../app/use-async.ts';

/** A notice on a product when a newer knowledge-base version changed its answers and nobody has reviewed them yet. */
export function LawChangeNotice({ orgId, productId }: { orgId: string; productId: string }) {
  const r = useAsync(() => api.productLawChanges(orgId, productId), [orgId, productId]);
  const d = r.data;
  if (!d || d.status === 'up-to-date') return null;
  const n = d.diff?.items.length ?? 0;
  return (
    <p className="notice" role="status">
      The knowledge base changed from {d.fromKbVersion} to {d.knowledgeBase}
      {n > 0 ? `: ${n} answer${n === 1 ? '' : 's'} for this product changed.` : ', with no change for this product.'}{' '}
      <Link href={`/orgs/${orgId}/products/${productId}/law-changes`}>Review the law changes</Link>
    </p>
  );
}
