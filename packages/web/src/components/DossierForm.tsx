import { useRef, useState, type FormEvent } from 'react';
import { toProblem } from '../api/problem.ts';
import type { DossierValue, IncidentPlan, PlannedDossierField } from '../api/types.ts';
import { formatInstant, viewerTimeZone } from '../lib/dates.ts';
import { dossierChanges, displayValue, groupDossier, mergeDossierConflict, toInput, type DossierConflict } from './dossier-values.ts';

interface Props {
  plan: IncidentPlan;
  /** The dossier written in the stored case (without prefilled values). */
  stored: Readonly<Record<string, DossierValue>>;
  editable: boolean;
  onSave: (values: Record<string, DossierValue | null>) => Promise<void>;
  /**
   * Called when a save is refused because someone else changed the incident (409): reloads it and
   * gives the dossier now stored, so the user's edits can be laid over it and saved again.
   */
  onConflict?: () => Promise<Readonly<Record<string, DossierValue>>>;
}

/**
 * The merged dossier, written once: every field the plan's steps need, grouped by regime and
 * step, each with its label, description, the provisions asking for it and an input of its type.
 */
export function DossierForm({ plan, stored, editable, onSave, onConflict }: Props) {
  const [drafts, setDrafts] = useState<Record<string, string>>({});
  const [busy, setBusy] = useState(false);
  const [done, setDone] = useState('');
  const [conflict, setConflict] = useState<(DossierConflict & { labels: Record<string, string>; latest: Readonly<Record<string, DossierValue>> }) | undefined>();
  // Edits typed while a save is under way are merged too, not only those that were sent.
  const draftsRef = useRef(drafts);
  draftsRef.current = drafts;
  const groups = groupDossier(plan);
  const fields = plan.dossier?.fields ?? [];
  if (!plan.dossier || fields.length === 0) return null;
  const changes = dossierChanges(fields, stored, drafts);
  const pending = Object.keys(changes).length;

  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (pending === 0) return;
    setBusy(true);
    setDone('');
    const base = stored;
    const asked = fields;
    onSave(changes)
      .then(() => {
        setDrafts({});
        setConflict(undefined);
        setDone(`Saved ${pending} field${pending === 1 ? '' : 's'}; the reports now show ${pending === 1 ? 'it' : 'them'}.`);
      })
      .catch(async (error: unknown) => {
        if (toProblem(error).status !== 409 || !onConflict) return;
        const latest = await onConflict();
        const merged = mergeDossierConflict(asked, base, latest, draftsRef.current);
        setDrafts(merged.drafts);
        setConflict({ ...merged, latest, labels: Object.fromEntries(asked.map((f) => [f.id, f.label])) });
      })
      .catch(() => undefined)
      .finally(() => setBusy(false));
  };
  const valueOf = (f: PlannedDossierField) => drafts[f.id] ?? toInput(f.type, stored[f.id]);
  const set = (id: string, text: string) => {
    setDone('');
    setDrafts((d) => ({ ...d, [id]: text }));
  };
  const noteOf = (f: PlannedDossierField): string | undefined => {
    if (conflict?.both.includes(f.id)) {
      const theirs = conflict.latest[f.id];
      return `Someone else changed this meanwhile${theirs === undefined ? ' (they cleared it)' : ` to “${displayValue(theirs)}”`}; your edit is kept and saving replaces theirs.`;
    }
    if (conflict?.theirs.includes(f.id)) return 'Someone else changed this meanwhile; it now shows their value.';
    return undefined;
  };

  return (
    <section aria-labelledby="dossier-h" className="no-print">
      <h2 id="dossier-h">Dossier</h2>
      <p>
        Written once, rendered into each regime's report. {plan.dossier.summary.written} of {plan.dossier.summary.needed} fields the notifications need are written.
      </p>
      <ul aria-label="Completeness per regime">
        {groups.map((g) => (
          <li key={g.act}>
            <Completeness regime={g.regime} written={g.written} needed={g.needed} />
          </li>
        ))}
      </ul>
      {conflict ? <ConflictNotice conflict={conflict} kept={Object.keys(conflict.drafts).length} /> : null}
      <form onSubmit={submit} aria-label="Dossier">
        {groups.map((g) => (
          <fieldset key={g.act} className="card">
            <legend>
              {g.regime} — {g.written} of {g.needed} fields written
            </legend>
            {g.steps.map((s) => (
              <div key={s.key} className="stack">
                <h3 className="small">
                  {s.step.stepTitle}
                  {s.states.length > 1 ? ` (${s.states.join(', ')})` : ''} <span className="muted">— {s.step.deadlineText}</span>
                </h3>
                {s.fields.map((f) => (
                  <DossierInput
                    key={f.id}
                    field={f}
                    value={valueOf(f)}
                    prefilled={stored[f.id] === undefined && f.source === 'case' ? f.value : undefined}
                    note={noteOf(f)}
                    editable={editable}
                    onChange={(t) => set(f.id, t)}
                  />
                ))}
                {s.alsoNeeds.length > 0 ? (
                  <p className="small muted">
                    Also needs, asked above:{' '}
                    {s.alsoNeeds.map((f, i) => (
                      <span key={f.id}>
                        {i > 0 ? ', ' : ''}
                        <a href={`#dossier-${f.id}`}>{f.label}</a>
                      </span>
                    ))}
                  </p>
                ) : null}
                {s.fields.length === 0 && s.alsoNeeds.length === 0 ? <p className="small muted">No dossier fields for this step.</p> : null}
              </div>
            ))}
          </fieldset>
        ))}
        {editable ? (
          <div className="actions">
            <button type="submit" disabled={busy || pending === 0}>
              Save the dossier
            </button>
            <span className="muted small">{pending === 0 ? 'No unsaved changes.' : `${pending} unsaved change${pending === 1 ? '' : 's'}.`}</span>
            <span role="status" className="ok">
              {done}
            </span>
          </div>
        ) : null}
      </form>
    </section>
  );
}

function ConflictNotice({ conflict, kept }: { conflict: DossierConflict & { labels: Record<string, string> }; kept: number }) {
  const links = (ids: string[]) =>
    ids.map((id, i) => (
      <span key={id}>
        {i > 0 ? ', ' : ''}
        <a href={`#dossier-${id}`}>{conflict.labels[id] ?? id}</a>
      </span>
    ));
  return (
    <div role="alert" className="notice stack" aria-label="Dossier changed meanwhile">
      <p>
        <strong>Not saved: someone else changed this incident while you were editing.</strong> The latest version is loaded
        {kept > 0 ? `, with your ${kept} unsaved edit${kept === 1 ? '' : 's'} kept on top` : ''}. Check the fields below and save again.
      </p>
      {conflict.theirs.length > 0 ? <p>Changed by someone else, now showing their values: {links(conflict.theirs)}.</p> : null}
      {conflict.both.length > 0 ? <p>Changed by someone else and by you; your edits are kept and saving replaces theirs: {links(conflict.both)}.</p> : null}
      {conflict.theirs.length === 0 && conflict.both.length === 0 ? <p>None of the dossier fields was changed; other parts of the incident were.</p> : null}
    </div>
  );
}

function Completeness({ regime, written, needed }: { regime: string; written: number; needed: number }) {
  return (
    <span className="small">
      <progress max={needed} value={written} aria-label={`${regime} dossier completeness`} /> {written} of {needed} fields written
    </span>
  );
}

function DossierInput({
  field: f,
  value,
  prefilled,
  note,
  editable,
  onChange,
}: {
  field: PlannedDossierField;
  value: string;
  prefilled?: DossierValue | undefined;
  note?: string | undefined;
  editable: boolean;
  onChange: (text: string) => void;
}) {
  const id = `dossier-${f.id}`;
  const described = `${id}-desc`;
  const common = { id, 'aria-describedby': described, disabled: !editable, value, onChange: (e: { target: { value: string } }) => onChange(e.target.value) };
  const label = f.type === 'date-time' ? `${f.label} (${viewerTimeZone()})` : f.type === 'list' ? `${f.label} (one per line)` : f.label;
  return (
    <div className="dossier-field" data-field={f.id}>
      <label htmlFor={id}>{label}</label>
      {f.type === 'text' ? <textarea rows={3} style={{ width: '100%' }} {...common} /> : null}
      {f.type === 'list' ? <textarea rows={3} style={{ width: '100%' }} {...common} /> : null}
      {f.type === 'number' ? <input type="number" min={0} step="any" {...common} /> : null}
      {f.type === 'date-time' ? <input type="datetime-local" {...common} /> : null}
      {f.type === 'choice' ? (
        <select {...common}>
          <option value="">— not yet written —</option>
          {(f.options ?? []).map((o) => (
            <option key={o} value={o}>
              {o.replace(/-/g, ' ')}
            </option>
          ))}
        </select>
      ) : null}
      <div id={described} className="small muted">
        {f.description}{' '}
        {f.cites.length > 0 ? (
          <>
            Asked for by{' '}
            {f.cites.map((c, i) => (
              <span key={c.cite}>
                {i > 0 ? ', ' : ''}
                <a href={c.url} target="_blank" rel="noreferrer noopener">
                  {c.citation}
                </a>
              </span>
            ))}
            .
          </>
        ) : null}
        {prefilled !== undefined ? (
          <>
            {' '}
            <strong>From the case:</strong> {f.type === 'date-time' && typeof prefilled === 'string' ? formatInstant(prefilled) : displayValue(prefilled)}; write a value here to replace it.
          </>
        ) : null}
        {note ? (
          <>
            {' '}
            <strong className="changed-meanwhile">{note}</strong>
          </>
        ) : null}
      </div>
    </div>
  );
}
