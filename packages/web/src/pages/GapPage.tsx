import { useMemo, useState, type ReactNode } from 'react';
import { api } from '../api/client.ts';
import { CONTROL_STATUSES, GAP_STATE_SCHEMA, type ChecklistItem, type ControlState, type ControlStatus, type GapResult, type GapState, type OverlapMatrix } from '../api/gap-types.ts';
import { toProblem } from '../api/problem.ts';
import type { ProblemDocument, StoredAssessment } from '../api/types.ts';
import { canEdit, useSession } from '../app/session.tsx';
import { useAsync } from '../app/use-async.ts';
import { CoverageBars } from '../components/CoverageBars.tsx';
import { HeatMapTable } from '../components/HeatMapTable.tsx';
import { downloadText } from '../components/download.ts';
import { OverlapMatrixTable } from '../components/OverlapMatrixTable.tsx';
import { ProblemView } from '../components/ProblemView.tsx';
import { Cite, Empty, Loading } from '../components/Status.tsx';
import { formatDate, todayIso } from '../lib/dates.ts';
import { controlStatusLabel, humanize } from '@iomt/core/labels';
import { Badge } from '../components/Status.tsx';
import { evidenceToUpload, EVIDENCE_ACCEPT } from '../lib/evidence-upload.ts';
import { NotFoundOr } from './ProductPage.tsx';
import { ProductNav } from './ProductNav.tsx';
import { useProduct } from './use-product.ts';

const EXPORTS: { format: string; label: string; ext: string; type: string }[] = [
  { format: 'oscal-assessment-results', label: 'OSCAL assessment results', ext: 'oscal-ar.json', type: 'application/json' },
  { format: 'oscal-profile', label: 'OSCAL profile', ext: 'oscal-profile.json', type: 'application/json' },
  { format: 'csv', label: 'CSV', ext: 'csv', type: 'text/csv' },
  { format: 'markdown', label: 'Report (Markdown)', ext: 'md', type: 'text/markdown' },
  { format: 'html', label: 'Report (HTML)', ext: 'html', type: 'text/html' },
];

export default function GapPage({ orgId, productId }: { orgId: string; productId: string }) {
  const { org } = useSession();
  const product = useProduct(orgId, productId);
  const assessments = useAsync(async () => (await api.assessments(orgId, productId)).items.filter((a) => a.productId === productId), [orgId, productId]);
  const [problem, setProblem] = useState<ProblemDocument | undefined>();
  const current: StoredAssessment | undefined = assessments.data?.[0];
  const { scenarios } = useSession();
  const profile = product.data?.latest.profile;
  // The stored assessment is evaluated by the server against the product version it was started on;
  // with pending proposals switched on, the same state is evaluated under them instead.
  const gap = useAsync(async () => {
    if (!current) return undefined;
    if (scenarios.length > 0 && profile) return api.gap(profile, { assessment: current.state, scenarios });
    return (await api.assessmentGap(orgId, current.id)) as GapResult;
  }, [orgId, current?.id, current?.version, profile, scenarios]);
  const report = useAsync(() => api.productAssessment(orgId, productId, { scenario: scenarios }), [orgId, productId, scenarios]);

  if (product.error) return <NotFoundOr problem={product.error} />;
  if (!product.data) return <Loading what="the product" />;
  const name = product.data.product.name;

  const start = async () => {
    setProblem(undefined);
    try {
      const state: GapState = { schema: GAP_STATE_SCHEMA, product: name, asOf: todayIso(), controls: {} };
      await api.createAssessment(orgId, { productId, productVersion: product.data?.product.latestVersion, name: `${name} gap assessment`, state });
      assessments.reload();
    } catch (e) {
      setProblem(toProblem(e));
    }
  };

  const saveControl = async (controlId: string, next: ControlState) => {
    if (!current) return;
    setProblem(undefined);
    const state = (current.state ?? {}) as GapState;
    const updated: GapState = { ...state, asOf: todayIso(), controls: { ...(state.controls ?? {}), [controlId]: next } };
    try {
      await api.saveAssessment(orgId, current.id, { state: updated, expectedVersion: current.version });
      assessments.reload();
    } catch (e) {
      setProblem(toProblem(e));
      throw e;
    }
  };

  const exportAs = async (format: string, ext: string, type: string) => {
    if (!current || !profile) return;
    setProblem(undefined);
    try {
      const body = scenarios.length > 0 ? await api.gapExport(profile, format, { assessment: current.state, scenarios }) : await api.assessmentExport(orgId, current.id, format);
      downloadText(body, `${slug(name)}-gap.${ext}`, type);
    } catch (e) {
      setProblem(toProblem(e));
    }
  };

  return (
    <>
      <h1>Controls and gaps: {name}</h1>
      <ProductNav orgId={orgId} productId={productId} current="/gap" name={name} />
      <ProblemView problem={problem ?? assessments.error ?? gap.error} onDismiss={problem ? () => setProblem(undefined) : undefined} />
      {assessments.loading && !assessments.data ? <Loading what="assessments" /> : null}
      {assessments.data && !current ? (
        <Empty title="No gap assessment for this product yet.">
          <p>It lists the security controls the product's duties require, grouped by category, for you to track status, owner, due date and evidence.</p>
          {canEdit(org) ? (
            <button type="button" onClick={() => void start()}>
              Start the gap assessment
            </button>
          ) : null}
        </Empty>
      ) : null}
      {current && gap.loading && !gap.data ? <Loading what="the gap assessment" /> : null}
      {current && gap.data ? (
        <GapView
          orgId={orgId}
          result={gap.data}
          editable={canEdit(org)}
          onSave={saveControl}
          onExport={exportAs}
          assessment={current}
          overlap={
            report.data ? (
              <section aria-labelledby="ov-h">
                <h2 id="ov-h">Overlap matrix</h2>
                <p className="muted small">Topics on which several acts impose definite duties on this product; hover or focus a cell for the citations.</p>
                <HeatMapTable overlap={report.data.overlap} obligations={report.data.obligations} actNames={new Map(report.data.acts.map((a) => [a.act, a.shortName]))} />
              </section>
            ) : null
          }
        />
      ) : null}
    </>
  );
}

function slug(s: string): string {
  return s.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') || 'product';
}

function GapView({
  orgId,
  result,
  editable,
  onSave,
  onExport,
  assessment,
  overlap,
}: {
  orgId: string;
  overlap: ReactNode;
  result: GapResult;
  editable: boolean;
  onSave: (id: string, s: ControlState) => Promise<void>;
  onExport: (format: string, ext: string, type: string) => Promise<void>;
  assessment: StoredAssessment;
}) {
  const actNames = useMemo(() => new Map(result.coverage.acts.map((a) => [a.act, a.shortName])), [result]);
  const overall = result.coverage.overall;
  return (
    <>
      <p className="summary">
        Overall coverage <strong>{overall.percent === null ? 'n/a' : `${overall.percent}%`}</strong>: {overall.implemented} implemented, {overall.partial} partial, {overall.notStarted} not started,{' '}
        {overall.notApplicable} not applicable. {result.gaps.length} gaps. Assessment version {assessment.version}, as of {formatDate(result.asOf)}.
      </p>
      <div className="actions no-print" role="group" aria-label="Export">
        {EXPORTS.map((e) => (
          <button key={e.format} type="button" className="secondary" onClick={() => void onExport(e.format, e.ext, e.type)}>
            Export {e.label}
          </button>
        ))}
      </div>
      <section aria-labelledby="gaps-h">
        <h2 id="gaps-h">Gaps, ranked</h2>
        <p className="muted small">Controls not yet implemented, those that hold up the most duties that apply first.</p>
        <RankedGaps gaps={result.gaps} />
      </section>
      <section aria-labelledby="cov-h">
        <h2 id="cov-h">Coverage per act</h2>
        <CoverageBars rows={result.coverage.acts.map((a) => ({ ...a, key: a.act, label: a.shortName }))} />
        <h2 id="covc-h">Coverage per category</h2>
        <CoverageBars rows={result.coverage.categories.map((c) => ({ ...c, key: c.category, label: controlCategoryLabel(c.category) }))} empty="No category has controls for this product." />
        <p className="muted small">{result.scoring}</p>
      </section>
      {overlap}
      {result.overlap ?? result.matrix ? (
        <section aria-labelledby="ovm-h">
          <h2 id="ovm-h">Overlap by topic</h2>
          <OverlapMatrixTable matrix={(result.overlap ?? result.matrix) as OverlapMatrix} actNames={actNames} />
        </section>
      ) : null}
      <section aria-labelledby="check-h">
        <h2 id="check-h">Checklist</h2>
        {result.checklist.length === 0 ? <p className="muted">The product's duties require no control of the catalogue.</p> : null}
        {result.checklist.map((group) => (
          <details key={group.category} open className="category">
            <summary>
              <strong>{controlCategoryLabel(group.category)}</strong> ({group.items.filter((i) => i.state.status === 'implemented').length}/{group.items.length} implemented)
            </summary>
            <ul className="checklist">
              {group.items.map((item) => (
                <ControlRow key={item.control} item={item} editable={editable} onSave={onSave} orgId={orgId} assessmentId={assessment.id} />
              ))}
            </ul>
          </details>
        ))}
      </section>
      <p className="muted small">{result.notice}</p>
    </>
  );
}

/** Control categories are catalogue ids (`secure-development`); the words are the id's own. */
const controlCategoryLabel = (category: string) => humanize(category);

function RankedGaps({ gaps }: { gaps: GapResult['gaps'] }) {
  if (gaps.length === 0) return <p className="ok">No gaps: every selected control is implemented or not applicable.</p>;
  return (
    <div className="table-scroll">
      <table className="data">
        <caption className="sr-only">Gaps, ranked</caption>
        <thead>
          <tr>
            <th scope="col" className="num">
              Rank
            </th>
            <th scope="col">Control</th>
            <th scope="col">Status</th>
            <th scope="col" className="num">
              Duties held up
            </th>
            <th scope="col">Owner, due</th>
          </tr>
        </thead>
        <tbody>
          {gaps.map((g, i) => (
            <tr key={g.control}>
              <td className="num">{i + 1}</td>
              <th scope="row">
                <a href={`#ctl-${g.control}`}>{g.title}</a>
              </th>
              <td>
                <Badge tone={g.status === 'partial' ? 'pending' : 'danger'}>{controlStatusLabel(g.status)}</Badge>
              </td>
              <td className="num">{g.blocks}</td>
              <td>
                {g.owner ?? <span className="muted">no owner</span>}
                {g.due ? `, due ${formatDate(g.due)}` : ''}
                {g.overdue ? <strong className="overdue-text"> (overdue)</strong> : null}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function ControlRow({ item, editable, onSave, orgId, assessmentId }: { item: ChecklistItem; editable: boolean; onSave: (id: string, s: ControlState) => Promise<void>; orgId: string; assessmentId: string }) {
  const [editing, setEditing] = useState(false);
  const [draft, setDraft] = useState<ControlState>(item.state);
  const [linkName, setLinkName] = useState('');
  const [linkUrl, setLinkUrl] = useState('');
  const [linkHash, setLinkHash] = useState('');
  const [uploadError, setUploadError] = useState<ProblemDocument | undefined>();
  const [busy, setBusy] = useState(false);
  const id = `ctl-${item.control}`;
  const evidence = draft.evidence ?? [];

  const save = async () => {
    setBusy(true);
    const next: ControlState = { status: draft.status };
    if (draft.owner) next.owner = draft.owner;
    if (draft.due) next.due = draft.due;
    if (draft.notes) next.notes = draft.notes;
    if (draft.justification) next.justification = draft.justification;
    if (evidence.length > 0) next.evidence = evidence;
    try {
      await onSave(item.control, next);
      setEditing(false);
    } catch {
      // the page shows the problem document; keep the form open with the user's input
    } finally {
      setBusy(false);
    }
  };

  /** Uploads the file to the server, which keeps it with its hash for members; the reference goes into the draft. */
  const upload = async (file: File | undefined) => {
    if (!file) return;
    setUploadError(undefined);
    setBusy(true);
    try {
      const body = await evidenceToUpload(file, item.control);
      if ('problem' in body) {
        setUploadError(body.problem);
        return;
      }
      const stored = await api.addEvidence(orgId, assessmentId, body.upload);
      setDraft((d) => ({ ...d, evidence: [...(d.evidence ?? []), { name: stored.fileName, sha256: stored.sha256, url: new URL(stored.href, window.location.origin).href }] }));
    } catch (e) {
      setUploadError(toProblem(e));
    } finally {
      setBusy(false);
    }
  };

  const hashLocal = async (file: File | undefined) => {
    if (!file) return;
    const digest = await crypto.subtle.digest('SHA-256', await file.arrayBuffer());
    if (!linkName) setLinkName(file.name);
    setLinkHash([...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join(''));
  };

  const addLink = () => {
    if (!linkName.trim() || !/^[0-9a-f]{64}$/.test(linkHash)) return;
    setDraft((d) => ({ ...d, evidence: [...(d.evidence ?? []), { name: linkName.trim(), sha256: linkHash, ...(linkUrl.trim() ? { url: linkUrl.trim() } : {}) }] }));
    setLinkName('');
    setLinkUrl('');
    setLinkHash('');
  };

  const duties = item.duties;
  return (
    <li className={`control${item.overdue ? ' overdue' : ''}`} id={id}>
      <div className="control-head">
        <span className={`badge st-${item.state.status}`}>{controlStatusLabel(item.state.status)}</span> <strong>{item.title}</strong> <span className="muted small">{item.control}</span>
        {item.kind !== 'required' ? <span className="muted small"> · {item.kind === 'required-from' ? `needed from ${formatDate(item.from ?? '')}` : 'needed if open facts turn out so'}</span> : null}
        {item.overdue ? <strong className="overdue-text"> · overdue</strong> : null}
      </div>
      <div className="small">
        {item.state.owner ? `Owner ${item.state.owner}. ` : ''}
        {item.state.due ? `Due ${formatDate(item.state.due)}. ` : ''}
      </div>
      {item.state.notes ? <p className="small note-text">{item.state.notes}</p> : null}
      {(item.state.evidence ?? []).length > 0 ? <EvidenceList evidence={item.state.evidence ?? []} /> : null}
      <details className="small">
        <summary>
          Serves {duties.length} dut{duties.length === 1 ? 'y' : 'ies'}
          {item.blocksIfApplicable > 0 ? ` (${item.blocksIfApplicable} only if open facts turn out so)` : ''}
        </summary>
        <ul>
          {duties.map((d) => (
            <li key={d.obligation}>
              {d.title} — {d.citation}
            </li>
          ))}
        </ul>
        {item.provisions.length > 0 ? (
          <p>
            Mapped provisions:{' '}
            {item.provisions.map((p, i) => (
              <span key={p.provision}>
                {i > 0 ? '; ' : ''}
                <Cite cite={p.provision} citation={p.citation} url={p.url} />
              </span>
            ))}
          </p>
        ) : null}
      </details>
      {editable && !editing ? (
        <button type="button" className="secondary small" onClick={() => setEditing(true)} aria-label={`Edit ${item.title}`}>
          Edit
        </button>
      ) : null}
      {editing ? (
        <form
          className="control-form"
          onSubmit={(e) => {
            e.preventDefault();
            void save();
          }}
        >
          <label>
            Status
            <select value={draft.status} onChange={(e) => setDraft({ ...draft, status: e.target.value as ControlStatus })}>
              {CONTROL_STATUSES.map((s) => (
                <option key={s} value={s}>
                  {controlStatusLabel(s)}
                </option>
              ))}
            </select>
          </label>
          <label>
            Owner
            <input value={draft.owner ?? ''} onChange={(e) => setDraft({ ...draft, owner: e.target.value })} />
          </label>
          <label>
            Due
            <input type="date" value={draft.due ?? ''} onChange={(e) => setDraft({ ...draft, due: e.target.value })} />
          </label>
          {draft.status === 'not-applicable' ? (
            <label className="grow">
              Why it does not apply
              <textarea required rows={2} value={draft.justification ?? ''} onChange={(e) => setDraft({ ...draft, justification: e.target.value })} />
            </label>
          ) : null}
          <label className="grow wide">
            Notes
            <textarea rows={4} value={draft.notes ?? ''} onChange={(e) => setDraft({ ...draft, notes: e.target.value })} />
          </label>
          <fieldset className="wide">
            <legend>Evidence</legend>
            {evidence.length > 0 ? <EvidenceList evidence={evidence} onRemove={(i) => setDraft((d) => ({ ...d, evidence: (d.evidence ?? []).filter((_, j) => j !== i) }))} /> : <p className="muted small">None yet.</p>}
            <label>
              Upload a file (PDF, PNG, JPEG, text, CSV, Markdown or JSON; at most 700 KiB) — kept on the server for members, with its SHA-256
              <input type="file" accept={EVIDENCE_ACCEPT} id={`${id}-file`} disabled={busy} onChange={(e) => void upload(e.target.files?.[0])} />
            </label>
            <ProblemView problem={uploadError} onDismiss={() => setUploadError(undefined)} />
            <div className="inline-form">
              <label>
                Or link: name
                <input value={linkName} onChange={(e) => setLinkName(e.target.value)} />
              </label>
              <label className="grow">
                where it is kept (URL)
                <input type="url" placeholder="https://" value={linkUrl} onChange={(e) => setLinkUrl(e.target.value)} />
              </label>
              <label>
                the file, to record its hash
                <input type="file" onChange={(e) => void hashLocal(e.target.files?.[0])} />
              </label>
              <button type="button" className="secondary" disabled={!linkName.trim() || !linkHash} onClick={addLink}>
                Add link
              </button>
            </div>
          </fieldset>
          <div className="actions">
            <button type="submit" disabled={busy}>
              Save
            </button>
            <button
              type="button"
              className="secondary"
              onClick={() => {
                setDraft(item.state);
                setEditing(false);
              }}
            >
              Cancel
            </button>
          </div>
        </form>
      ) : null}
    </li>
  );
}

function EvidenceList({ evidence, onRemove }: { evidence: readonly { name: string; sha256: string; url?: string }[]; onRemove?: (index: number) => void }) {
  return (
    <ul className="evidence-list small">
      {evidence.map((e, i) => (
        <li key={`${e.sha256}-${i}`}>
          {e.url ? (
            <a href={e.url} target="_blank" rel="noreferrer noopener">
              {e.name}
            </a>
          ) : (
            <span>{e.name}</span>
          )}
          <code title={`SHA-256 ${e.sha256}`}>SHA-256 {e.sha256.slice(0, 12)}…</code>
          {onRemove ? (
            <button type="button" className="link" onClick={() => onRemove(i)}>
              Remove {e.name}
            </button>
          ) : null}
        </li>
      ))}
    </ul>
  );
}
