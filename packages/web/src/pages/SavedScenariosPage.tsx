import { useState, type FormEvent } from 'react';
import { api, itemsOf } from '../api/client.ts';
import { toProblem } from '../api/problem.ts';
import type { ProblemDocument, SavedScenario, Scenario } from '../api/types.ts';
import { canEdit, useSession } from '../app/session.tsx';
import { useAsync } from '../app/use-async.ts';
import { usePaged } from '../app/use-paged.ts';
import { ConfirmDialog } from '../components/ConfirmDialog.tsx';
import { ProblemView } from '../components/ProblemView.tsx';
import { Empty, Loading } from '../components/Status.tsx';
import { formatDate } from '../lib/dates.ts';
import { pagedSummary } from '../lib/pagination.ts';

export default function SavedScenariosPage({ orgId }: { orgId: string }) {
  const { org } = useSession();
  const list = usePaged<SavedScenario>((cursor) => api.savedScenariosPage(orgId, cursor), (s) => s.id, [orgId]);
  const proposals = useAsync(async () => itemsOf<Scenario>(await api.scenarios(), 'scenarios'), []);
  const title = (id: string) => {
    const s = proposals.data?.find((p) => p.id === id);
    return s?.title ?? s?.name ?? id;
  };
  const [deleting, setDeleting] = useState<SavedScenario | undefined>();
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<ProblemDocument | undefined>();

  const remove = async () => {
    if (!deleting) return;
    setBusy(true);
    setProblem(undefined);
    try {
      await api.deleteSavedScenario(orgId, deleting.id);
      list.reload();
    } catch (e) {
      setProblem(toProblem(e));
    } finally {
      setBusy(false);
      setDeleting(undefined);
    }
  };

  return (
    <>
      <h1>Saved scenarios</h1>
      <p className="muted">
        Named sets of pending proposals, with an optional as-of date, for the whole organisation. Apply one on a product's applicability page: it switches those proposals on and sets the date.
      </p>
      <ProblemView problem={list.error ?? problem} />
      {list.pages === 0 && list.loading ? <Loading what="saved scenarios" /> : null}
      {list.pages > 0 && list.items.length === 0 ? <Empty title="No saved scenarios yet." /> : null}
      {list.items.length > 0 ? (
        <div className="table-scroll">
          <table className="data">
            <caption className="sr-only">Saved scenarios</caption>
            <thead>
              <tr>
                <th scope="col">Name</th>
                <th scope="col">Proposals assumed adopted</th>
                <th scope="col">As of</th>
                {canEdit(org) ? <th scope="col">Actions</th> : null}
              </tr>
            </thead>
            <tbody>
              {list.items.map((s) => (
                <tr key={s.id}>
                  <th scope="row">{s.name}</th>
                  <td>{s.scenarios.length > 0 ? s.scenarios.map(title).join(', ') : <span className="muted">none (the law in force)</span>}</td>
                  <td>{s.asOf ? formatDate(s.asOf) : <span className="muted">today</span>}</td>
                  {canEdit(org) ? (
                    <td>
                      <button type="button" className="secondary small" onClick={() => setDeleting(s)}>
                        Delete<span className="sr-only"> {s.name}</span>
                      </button>
                    </td>
                  ) : null}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
      <p aria-live="polite" className="muted small">
        {pagedSummary(list, { one: 'saved scenario', many: 'saved scenarios' })}
      </p>
      {list.next !== null && list.pages > 0 ? (
        <button type="button" className="secondary" onClick={list.loadMore} disabled={!list.canLoadMore}>
          Load more
        </button>
      ) : null}
      {canEdit(org) ? (
        <CreateScenarioForm orgId={orgId} proposals={proposals.data} proposalsProblem={proposals.error} onCreated={list.reload} />
      ) : (
        <p className="muted">You have the viewer role: ask an editor to save scenarios.</p>
      )}
      <ConfirmDialog
        open={deleting !== undefined}
        title={`Delete the saved scenario “${deleting?.name ?? ''}”?`}
        confirmLabel="Delete saved scenario"
        busy={busy}
        onConfirm={() => void remove()}
        onCancel={() => setDeleting(undefined)}
      >
        <p>Only the saved set is deleted; products and their assessments do not change. Where it is applied now, it stays on until switched off.</p>
      </ConfirmDialog>
    </>
  );
}

function CreateScenarioForm({
  orgId,
  proposals,
  proposalsProblem,
  onCreated,
}: {
  orgId: string;
  proposals: Scenario[] | undefined;
  proposalsProblem: ProblemDocument | undefined;
  onCreated: () => void;
}) {
  const [name, setName] = useState('');
  const [chosen, setChosen] = useState<string[]>([]);
  const [asOf, setAsOf] = useState('');
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<ProblemDocument | undefined>();
  const [created, setCreated] = useState<string | undefined>();

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setProblem(undefined);
    setCreated(undefined);
    try {
      const saved = await api.createSavedScenario(orgId, { name: name.trim(), scenarios: chosen, asOf: asOf || null });
      setCreated(saved.name);
      setName('');
      setChosen([]);
      setAsOf('');
      onCreated();
    } catch (e) {
      setProblem(toProblem(e));
    } finally {
      setBusy(false);
    }
  };

  return (
    <form className="card stack narrow" onSubmit={(e) => void submit(e)}>
      <h2>Save a scenario</h2>
      <label>
        Name
        <input required maxLength={200} value={name} onChange={(e) => setName(e.target.value)} />
      </label>
      <fieldset>
        <legend>Pending proposals to assume adopted</legend>
        <ProblemView problem={proposalsProblem} />
        {proposals?.length === 0 ? <p className="muted">No pending proposals in the knowledge base.</p> : null}
        {proposals?.map((p) => (
          <label key={p.id} className="check">
            <input type="checkbox" checked={chosen.includes(p.id)} onChange={(e) => setChosen(e.target.checked ? [...chosen, p.id] : chosen.filter((x) => x !== p.id))} /> {p.title ?? p.name ?? p.id}
          </label>
        ))}
      </fieldset>
      <label>
        As of (optional)
        <input type="date" value={asOf} onChange={(e) => setAsOf(e.target.value)} aria-describedby="scenario-asof-help" />
      </label>
      <p id="scenario-asof-help" className="muted small">
        Leave empty to assess as of the day it is applied.
      </p>
      <ProblemView problem={problem} />
      {created ? (
        <p role="status" className="ok">
          Saved “{created}”.
        </p>
      ) : null}
      <button type="submit" disabled={busy}>
        Save scenario
      </button>
    </form>
  );
}
