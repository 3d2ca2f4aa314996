import { useState, type FormEvent } from 'react';
import { api } from '../api/client.ts';
import { toProblem } from '../api/problem.ts';
import type { Product, ProblemDocument } from '../api/types.ts';
import { Link, navigate } from '../app/router.tsx';
import { canEdit, useSession } from '../app/session.tsx';
import { useAsync } from '../app/use-async.ts';
import { ProblemView } from '../components/ProblemView.tsx';
import { Empty, Loading } from '../components/Status.tsx';
import { formatInstant } from '../lib/dates.ts';
import { PROFILE_TEMPLATES } from './templates.ts';

export default function ProductsPage({ orgId }: { orgId: string }) {
  const { org } = useSession();
  const list = useAsync(() => api.products(orgId), [orgId]);
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
        <div className="table-scroll">
          <table className="data">
            <caption className="sr-only">Products</caption>
            <thead>
              <tr>
                <th scope="col">Name</th>
                <th scope="col">Profile version</th>
                <th scope="col">Last changed</th>
                <th scope="col">Open</th>
              </tr>
            </thead>
            <tbody>
              {list.data.items.map((p) => (
                <tr key={p.id}>
                  <td>
                    <Link href={`/orgs/${orgId}/products/${p.id}`}>{p.name}</Link>
                  </td>
                  <td>v{p.latestVersion}</td>
                  <td>{formatInstant(p.updatedAt)}</td>
                  <td className="row-actions">
                    <Link href={`/orgs/${orgId}/products/${p.id}/results`}>Applicability</Link>
                    <Link href={`/orgs/${orgId}/products/${p.id}/wizard`}>Questions</Link>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
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
