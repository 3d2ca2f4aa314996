import { useState, type FormEvent } from 'react';
import { api } from '../api/client.ts';
import { toProblem } from '../api/problem.ts';
import type { Product, ProblemDocument } from '../api/types.ts';
import { Link, navigate } from '../app/router.tsx';
import { canEdit, useSession } from '../app/session.tsx';
import { useAsync } from '../app/use-async.ts';
import { ConfirmDialog } from '../components/ConfirmDialog.tsx';
import { LawChangeNotice } from '../components/LawChangeNotice.tsx';
import { ProblemView } from '../components/ProblemView.tsx';
import { Loading } from '../components/Status.tsx';
import { formatInstant } from '../lib/dates.ts';
import { profileToYamlText } from '../lib/profile-diff.ts';
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
      <LawChangeNotice orgId={orgId} productId={productId} />
      <ProductNav orgId={orgId} productId={productId} current="" name={product.name} />
      <p>
        Profile version {product.latestVersion}, saved {formatInstant(latest.createdAt)}
        {latest.note ? ` — ${latest.note}` : ''}. <Link href={`/orgs/${orgId}/products/${productId}/versions`}>Version history and comparison</Link>
      </p>
      <ProductAdmin orgId={orgId} product={product} onRenamed={() => state.reload()} />
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
        <summary>Profile facts of v{latest.version}</summary>
        <pre className="code facts">{profileToYamlText(latest.profile)}</pre>
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

/** Rename and delete, for editors. Deleting names everything that goes with the product. */
function ProductAdmin({ orgId, product, onRenamed }: { orgId: string; product: Product; onRenamed: () => void }) {
  const { org } = useSession();
  const [renaming, setRenaming] = useState(false);
  const [name, setName] = useState(product.name);
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<ProblemDocument | undefined>();
  const [renamed, setRenamed] = useState(false);
  // Assessments go with the product; the dialog says how many and which.
  const assessments = useAsync(async () => (confirming ? (await api.assessments(orgId, product.id)).items : undefined), [orgId, product.id, confirming]);
  if (!canEdit(org)) return null;

  const rename = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setProblem(undefined);
    try {
      await api.renameProduct(orgId, product.id, name.trim());
      setRenaming(false);
      setRenamed(true);
      onRenamed();
    } catch (e) {
      setProblem(toProblem(e));
    } finally {
      setBusy(false);
    }
  };

  const remove = async () => {
    setBusy(true);
    setProblem(undefined);
    try {
      await api.deleteProduct(orgId, product.id);
      setConfirming(false);
      navigate(`/orgs/${orgId}/products`);
    } catch (e) {
      setProblem(toProblem(e));
      setConfirming(false);
    } finally {
      setBusy(false);
    }
  };

  const list = assessments.data;
  return (
    <>
      {renaming ? (
        <form className="inline-form card" onSubmit={(e) => void rename(e)}>
          <label>
            New name
            <input required maxLength={200} value={name} onChange={(e) => setName(e.target.value)} />
          </label>
          <button type="submit" disabled={busy || name.trim() === '' || name.trim() === product.name}>
            Save name
          </button>
          <button
            type="button"
            className="secondary"
            onClick={() => {
              setRenaming(false);
              setName(product.name);
            }}
          >
            Cancel
          </button>
        </form>
      ) : (
        <div className="actions">
          <button
            type="button"
            className="secondary"
            onClick={() => {
              setRenamed(false);
              setName(product.name);
              setRenaming(true);
            }}
          >
            Rename
          </button>
          <button type="button" className="secondary danger-outline" onClick={() => setConfirming(true)}>
            Delete product…
          </button>
        </div>
      )}
      {renamed ? (
        <p role="status" className="ok">
          Renamed to “{product.name}”.
        </p>
      ) : null}
      <ProblemView problem={problem} />
      <ConfirmDialog open={confirming} title={`Delete “${product.name}”?`} confirmLabel={`Delete ${product.name}`} busy={busy} onConfirm={() => void remove()} onCancel={() => setConfirming(false)}>
        <p>
          This deletes the product <strong>{product.name}</strong> with its {product.latestVersion} profile version{product.latestVersion === 1 ? '' : 's'}
          {list === undefined ? ' and its gap assessments' : list.length === 0 ? '. It has no gap assessments' : ` and its ${list.length} gap assessment${list.length === 1 ? '' : 's'}`}
          {list && list.length > 0 ? (
            <>
              : <strong>{list.map((a) => a.name).join(', ')}</strong>
            </>
          ) : null}
          .
        </p>
        <p>Incidents that name this product keep their case but lose the link. The audit log keeps a record. This cannot be undone.</p>
        <ProblemView problem={assessments.error} />
      </ConfirmDialog>
    </>
  );
}
