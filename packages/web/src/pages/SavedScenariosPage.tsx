import { PagedFooter } from '../components/PagedFooter.tsx';
import { useEffect, useRef, useState, type FormEvent } from 'react';
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

export default function SavedScenariosPage({ orgId }: { orgId: string }) {
  const { org } = useSession();
  const list = usePaged<SavedScenario>((cursor) => api.savedScenariosPage(orgId, cursor), (s) => s.id, [orgId]);
  const proposals = useAsync(async () => itemsOf<Scenario>(await api.scenarios(), 'scenarios'), []);
  const title = (id: string) => {
    const s = proposals.data?.find((p) => p.id === id);
    return s?.title ?? s?.name ?? id;
  };
  const [deleting, setDeleting] = useState<SavedScenario | undefined>();
  const [editing, setEditing] = useState<SavedScenario | undefined>();
  const [changed, setChanged] = useState<string | undefined>();
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<ProblemDocument | undefined>();

  const remove = async () => {
    if (!deleting) return;
    setBusy(true);
    setProblem(undefined);
    try {
      await api.deleteSavedScenario(orgId, deleting.id);
      if (editing?.id === deleting.id) setEditing(undefined);
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
                    <td className="actions">
                      <button
                        type="button"
                        className="secondary small"
                        onClick={() => {
                          setChanged(undefined);
                          setEditing(s);
                        }}
                        aria-pressed={editing?.id === s.id}
                      >
                        Edit<span className="sr-only"> {s.name}</span>
                      </button>
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
      <PagedFooter paged={list} noun={{ one: 'saved scenario', many: 'saved scenarios' }} />
      {changed ? (
        <p role="status" className="ok">
          {changed}
        </p>
      ) : null}
      {canEdit(org) ? (
        <ScenarioForm
          key={editing?.id ?? 'new'}
          orgId={orgId}
          editing={editing}
          proposals={proposals.data}
          proposalsProblem={proposals.error}
          onSaved={list.reload}
          onDone={(name) => {
            setEditing(undefined);
            setChanged(name === undefined ? undefined : `Changed “${name}”.`);
          }}
        />
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

/** Saves a new scenario, or, with `editing`, changes that one (its fields start filled in). */
function ScenarioForm({
  orgId,
  editing,
  proposals,
  proposalsProblem,
  onSaved,
  onDone,
}: {
  orgId: string;
  editing: SavedScenario | undefined;
  proposals: Scenario[] | undefined;
  proposalsProblem: ProblemDocument | undefined;
  onSaved: () => void;
  /** Editing ends: with the new name when it was saved, without when cancelled. */
  onDone: (savedName?: string) => void;
}) {
  const [name, setName] = useState(editing?.name ?? '');
  const [chosen, setChosen] = useState<string[]>(editing?.scenarios ?? []);
  const [asOf, setAsOf] = useState(editing?.asOf ?? '');
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<ProblemDocument | undefined>();
  const [saved, setSaved] = useState<string | undefined>();
  const nameInput = useRef<HTMLInputElement>(null);
  useEffect(() => {
    if (editing) nameInput.current?.focus();
  }, [editing]);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setProblem(undefined);
    setSaved(undefined);
    try {
      const body = { name: name.trim(), scenarios: chosen, asOf: asOf || null };
      if (editing) {
        const updated = await api.updateSavedScenario(orgId, editing.id, body);
        onSaved();
        onDone(updated.name);
        return;
      }
      const created = await api.createSavedScenario(orgId, body);
      setSaved(`Saved “${created.name}”.`);
      setName('');
      setChosen([]);
      setAsOf('');
      onSaved();
    } catch (e) {
      setProblem(toProblem(e));
    } finally {
      setBusy(false);
    }
  };

  // Proposals saved earlier that the knowledge base no longer lists stay chosen, and can be unticked.
  const listed = proposals ?? [];
  const unlisted = proposals ? chosen.filter((id) => !listed.some((p) => p.id === id)) : [];

  return (
    <form className="card stack narrow" onSubmit={(e) => void submit(e)} aria-labelledby="scenario-form-h">
      <h2 id="scenario-form-h">{editing ? `Edit “${editing.name}”` : 'Save a scenario'}</h2>
      <label>
        Name
        <input ref={nameInput} required maxLength={200} value={name} onChange={(e) => setName(e.target.value)} />
      </label>
      <fieldset>
        <legend>Pending proposals to assume adopted</legend>
        <ProblemView problem={proposalsProblem} />
        {proposals?.length === 0 ? <p className="muted">No pending proposals in the knowledge base.</p> : null}
        {[...listed.map((p) => [p.id, p.title ?? p.name ?? p.id] as const), ...unlisted.map((id) => [id, id] as const)].map(([id, label]) => (
          <label key={id} className="check">
            <input type="checkbox" checked={chosen.includes(id)} onChange={(e) => setChosen(e.target.checked ? [...chosen, id] : chosen.filter((x) => x !== id))} /> {label}
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
      {saved ? (
        <p role="status" className="ok">
          {saved}
        </p>
      ) : null}
      <div className="actions">
        <button type="submit" disabled={busy}>
          {editing ? 'Save changes' : 'Save scenario'}
        </button>
        {editing ? (
          <button type="button" className="secondary" onClick={() => onDone()} disabled={busy}>
            Cancel
          </button>
        ) : null}
      </div>
    </form>
  );
}
