import { useState, type FormEvent } from 'react';
import { api } from '../api/client.ts';
import { toProblem } from '../api/problem.ts';
import type { Product, ProblemDocument } from '../api/types.ts';
import { Link, navigate } from '../app/router.tsx';
import { canEdit, useSession } from '../app/session.tsx';
import { useAsync } from '../app/use-async.ts';
import { ProblemView } from '../components/ProblemView.tsx';
import { Empty, Loading } from '../components/Status.tsx';
import { productColumns } from '../components/ProductColumns.tsx';
import { SortableTable } from '../components/SortableTable.tsx';
import { productRow } from '../lib/portfolio.ts';
import { usePortfolio } from '../app/use-portfolio.ts';
import { PROFILE_TEMPLATES } from './templates.ts';

export default function ProductsPage({ orgId }: { orgId: string }) {
  const { org } = useSession();
  const { scenarios } = useSession();
  const list = useAsync(() => api.products(orgId), [orgId]);
  const portfolio = usePortfolio(orgId, scenarios, false);
  const [name, setName] = useState('');
  const [template, setTemplate] = useState('wellness-wearable');
  const [problem, setProblem] = useState<ProblemDocument | undefined>();
  const [busy, setBusy] = useState(false);

  const create = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setProblem(undefined);
    try {
      const profile = { name, ...(PROFILE_TEMPLATES.find((t) => t.id === template)?.profile ?? {}) };
      const created = await api.createProduct(orgId, { name, profile, note: 'Created from the web app' });
      const product: Product = 'product' in created ? created.product : created;
      navigate(`/orgs/${orgId}/products/${product.id}/wizard`);
    } catch (e) {
      setProblem(toProblem(e));
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <h1>Products</h1>
      <p className="muted">{org?.name}: each product has a profile of facts, kept as numbered versions.</p>
      <ProblemView problem={list.error} />
      {list.loading && !list.data ? <Loading what="products" /> : null}
      {list.data && list.data.items.length === 0 ? (
        <Empty title="No products yet.">
          <p>Create one below: the questions that follow are only those whose answer changes which laws apply.</p>
        </Empty>
      ) : null}
      {list.data && list.data.items.length > 0 ? (
        <SortableTable
          rows={list.data.items.map((p) => {
            const known = portfolio.data?.products.find((x) => x.product.id === p.id);
            return productRow(p, known?.report, known?.coverage ?? null);
          })}
          columns={productColumns(orgId)}
          rowKey={(r) => r.id}
          caption={`${list.data.items.length} products${portfolio.data ? '' : ' — working out class, acts and coverage…'}`}
          initial={{ key: 'name' }}
        />
      ) : null}
      <p className="muted small">
        Across products and incidents: <Link href={`/orgs/${orgId}/overview`}>the overview</Link> lists the dates coming up in the next 30 and 90 days.
      </p>
      {canEdit(org) ? (
        <form className="card stack narrow" onSubmit={(e) => void create(e)}>
          <h2>New product</h2>
          <label>
            Product name
            <input required maxLength={200} value={name} onChange={(e) => setName(e.target.value)} />
          </label>
          <label>
            Start from
            <select value={template} onChange={(e) => setTemplate(e.target.value)}>
              {PROFILE_TEMPLATES.map((t) => (
                <option key={t.id} value={t.id}>
                  {t.label}
                </option>
              ))}
            </select>
          </label>
          <ProblemView problem={problem} />
          <button type="submit" disabled={busy}>
            Create and answer the questions
          </button>
        </form>
      ) : (
        <p className="muted">You have the viewer role: ask an editor to add products.</p>
      )}
    </>
  );
}
