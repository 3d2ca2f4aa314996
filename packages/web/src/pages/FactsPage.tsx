/**
 * Edit facts: every fact of the stored profile in words, each correctable; the changes are shown
 * as a difference (before → after) and saved together as a new profile version. Nothing is
 * overwritten: the history keeps every version.
 */
import { useState } from 'react';
import { api } from '../api/client.ts';
import { toProblem } from '../api/problem.ts';
import type { ProblemDocument } from '../api/types.ts';
import { Link, useLeaveGuard } from '../app/router.tsx';
import { canEdit, useSession } from '../app/session.tsx';
import { useVocabulary } from '../app/use-vocabulary.ts';
import { FactInput, FactPicker } from '../components/FactInput.tsx';
import { ProblemView } from '../components/ProblemView.tsx';
import { Loading } from '../components/Status.tsx';
import { factQuestion, factValueText, type FactIndex } from '../lib/fact-words.ts';
import { diffFacts, flattenFacts } from '../lib/profile-diff.ts';
import { readFactValue, writeFactValue, type ProfileObject } from '../lib/profile-facts.ts';
import { NotFoundOr } from './ProductPage.tsx';
import { ProductNav } from './ProductNav.tsx';
import { useProduct } from './use-product.ts';

/** Applies the edits; a fact set back to unknown is removed from the profile (null would state "no product"). */
export function editedProfile(profile: ProfileObject, edits: ReadonlyMap<string, unknown>): ProfileObject {
  let out = profile;
  for (const [path, value] of edits) out = writeFactValue(out, path, value === null ? undefined : value);
  return out;
}

export default function FactsPage({ orgId, productId }: { orgId: string; productId: string }) {
  const { org } = useSession();
  const product = useProduct(orgId, productId);
  const facts = useVocabulary();
  const [edits, setEdits] = useState<Map<string, unknown>>(new Map());
  const [adding, setAdding] = useState('');
  const [note, setNote] = useState('');
  const [problem, setProblem] = useState<ProblemDocument | undefined>();
  const [saving, setSaving] = useState(false);
  const [saved, setSaved] = useState<number | undefined>();
  useLeaveGuard(edits.size > 0 ? 'Your corrections are not saved yet. Leave anyway?' : undefined);

  if (product.error) return <NotFoundOr problem={product.error} />;
  if (!product.data || !facts) return <Loading what="the facts" />;
  const profile = product.data.latest.profile;
  const next = editedProfile(profile, edits);
  const changes = diffFacts(profile, next);
  const stored = flattenFacts(profile).filter(([path]) => facts.has(path));
  const editable = canEdit(org);

  const setEdit = (path: string, value: unknown) => {
    const copy = new Map(edits);
    copy.set(path, value);
    setEdits(copy);
    setSaved(undefined);
  };

  const save = async () => {
    setSaving(true);
    setProblem(undefined);
    try {
      const v = await api.saveVersion(orgId, productId, {
        profile: next,
        note: note.trim() || `Corrected ${changes.length} fact${changes.length === 1 ? '' : 's'} in the web app`,
        expectedVersion: product.data?.product.latestVersion ?? 0,
      });
      setEdits(new Map());
      setNote('');
      setSaved(v.version);
      product.reload();
    } catch (e) {
      setProblem(toProblem(e));
    } finally {
      setSaving(false);
    }
  };

  return (
    <>
      <h1>Edit facts: {product.data.product.name}</h1>
      <ProductNav orgId={orgId} productId={productId} current="/facts" name={product.data.product.name} />
      <p className="muted">
        Version {product.data.product.latestVersion} of the profile. Correct any answer here; saving makes version {product.data.product.latestVersion + 1} and keeps the earlier ones in the{' '}
        <Link href={`/orgs/${orgId}/products/${productId}/versions`}>history</Link>. Set a fact to “Unknown” when it is not known: it is then asked again, never read as “no”.
      </p>
      {saved ? (
        <p role="status" className="ok">
          Saved as profile version {saved}. <Link href={`/orgs/${orgId}/products/${productId}/results`}>See the results</Link>
        </p>
      ) : null}
      <div className="table-scroll">
        <table className="data facts-table">
          <caption>Facts stated in the profile ({stored.length})</caption>
          <thead>
            <tr>
              <th scope="col">Question</th>
              <th scope="col">Answer</th>
            </tr>
          </thead>
          <tbody>
            {stored.map(([path, value]) => (
              <tr key={path} className={edits.has(path) ? 'changed' : undefined}>
                <th scope="row">
                  <label htmlFor={`fact-${path}`}>{factQuestion(path, facts)}</label>
                  <div className="muted small">{facts.get(path)?.group}</div>
                </th>
                <td>
                  {editable ? (
                    <FactInput id={`fact-${path}`} fact={facts.get(path)!} value={edits.has(path) ? edits.get(path) : value} onChange={(v) => setEdit(path, v)} />
                  ) : (
                    factValueText(path, value, facts)
                  )}
                </td>
              </tr>
            ))}
            {[...edits.keys()]
              .filter((path) => !stored.some(([p]) => p === path))
              .map((path) => (
                <tr key={path} className="changed">
                  <th scope="row">
                    <label htmlFor={`fact-${path}`}>{factQuestion(path, facts)}</label>
                    <div className="muted small">{facts.get(path)?.group}</div>
                  </th>
                  <td>{facts.get(path) ? <FactInput id={`fact-${path}`} fact={facts.get(path)!} value={edits.get(path)} onChange={(v) => setEdit(path, v)} /> : null}</td>
                </tr>
              ))}
          </tbody>
        </table>
      </div>
      {editable ? (
        <div className="inline-form">
          <FactPicker
            facts={facts}
            value={adding}
            label="State another fact"
            exclude={[...stored.map(([p]) => p), ...edits.keys()]}
            onChange={(path) => {
              if (path) setEdit(path, readFactValue(profile, path) ?? null);
              setAdding('');
            }}
          />
        </div>
      ) : null}
      <section aria-labelledby="diff-h" className="card">
        <h2 id="diff-h">Changes to save</h2>
        {changes.length === 0 ? (
          <p className="muted">No change yet.</p>
        ) : (
          <FactDiffTable changes={changes} facts={facts} />
        )}
        {editable ? (
          <div className="stack">
            <label>
              Note for the history (why the facts changed)
              <textarea rows={2} value={note} onChange={(e) => setNote(e.target.value)} />
            </label>
            <ProblemView problem={problem} describe={(f) => factQuestion(f, facts)} />
            <div className="actions">
              <button type="button" disabled={changes.length === 0 || saving} onClick={() => void save()}>
                {saving ? 'Saving…' : `Save as version ${product.data.product.latestVersion + 1}`}
              </button>
              <button type="button" className="secondary" disabled={edits.size === 0 || saving} onClick={() => setEdits(new Map())}>
                Undo all changes
              </button>
            </div>
          </div>
        ) : (
          <p className="muted">Viewers cannot change facts.</p>
        )}
      </section>
    </>
  );
}

export function FactDiffTable({ changes, facts }: { changes: ReturnType<typeof diffFacts>; facts: FactIndex }) {
  return (
    <div className="table-scroll">
      <table className="data fact-diff">
        <caption className="sr-only">Facts before and after</caption>
        <thead>
          <tr>
            <th scope="col">Fact</th>
            <th scope="col">Before</th>
            <th scope="col">After</th>
          </tr>
        </thead>
        <tbody>
          {changes.map((c) => (
            <tr key={c.fact} className={`fact-${c.kind}`}>
              <th scope="row">{factQuestion(c.fact, facts)}</th>
              <td>{c.kind === 'added' ? 'unknown' : factValueText(c.fact, c.before, facts)}</td>
              <td>{c.kind === 'removed' ? 'unknown' : factValueText(c.fact, c.after, facts)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
