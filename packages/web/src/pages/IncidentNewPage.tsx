import { useEffect, useState, type FormEvent } from 'react';
import { api } from '../api/client.ts';
import { toProblem } from '../api/problem.ts';
import type { ProblemDocument, RegimeQuestions } from '../api/types.ts';
import { IncidentQuestions } from '../components/IncidentQuestions.tsx';
import { navigate } from '../app/router.tsx';
import { useAsync } from '../app/use-async.ts';
import { ProblemView } from '../components/ProblemView.tsx';
import { nowForInput, viewerTimeZone } from '../lib/dates.ts';
import { buildIncidentCase, emptyIncidentForm, INCIDENT_FLAGS, MEMBER_STATES, ORG_ROLES, type IncidentForm } from './incident-form.ts';

export default function IncidentNewPage({ orgId }: { orgId: string }) {
  const [form, setForm] = useState<IncidentForm>(() => emptyIncidentForm(nowForInput()));
  const [productId, setProductId] = useState('');
  const [productProfile, setProductProfile] = useState<Record<string, unknown> | undefined>();
  const [questions, setQuestions] = useState<RegimeQuestions[] | undefined>();
  const [problem, setProblem] = useState<ProblemDocument | undefined>();
  const [busy, setBusy] = useState(false);
  const products = useAsync(() => api.products(orgId), [orgId]);
  const set = (patch: Partial<IncidentForm>) => setForm({ ...form, ...patch });
  const tz = viewerTimeZone();

  // The product's profile already says which roles the organisation has; start from those.
  const chooseProduct = async (id: string) => {
    setProductId(id);
    setProductProfile(undefined);
    if (!id) return;
    try {
      const p = await api.product(orgId, id);
      const profile = (await api.version(orgId, id, p.latestVersion)).profile;
      setProductProfile(profile);
      const roles = (profile.organisation as { roles?: unknown } | undefined)?.roles;
      if (Array.isArray(roles)) setForm((f) => ({ ...f, roles: roles.filter((r): r is string => typeof r === 'string') }));
    } catch (e) {
      setProblem(toProblem(e));
    }
  };

  // The questions follow the draft: a draft plan says which regimes the incident may fall under
  // and what each needs to know. Debounced, and a failed draft keeps the last questions.
  const draftKey = JSON.stringify({ form: { ...form, title: form.title || 'Draft' }, productProfile });
  useEffect(() => {
    const timer = setTimeout(() => {
      let draft: Record<string, unknown>;
      try {
        draft = buildIncidentCase({ ...form, title: form.title || 'Draft', productProfile });
      } catch {
        return;
      }
      api.incidentPlan(draft).then(
        (p) => setQuestions(p.questions ?? []),
        () => undefined,
      );
    }, 400);
    return () => clearTimeout(timer);
    // draftKey stands for form and productProfile.
  }, [draftKey]);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setProblem(undefined);
    try {
      const created = await api.createIncident(orgId, { title: form.title, productId: productId || null, case: buildIncidentCase({ ...form, productProfile }) });
      navigate(`/orgs/${orgId}/incidents/${created.id}`);
    } catch (e) {
      setProblem(toProblem(e));
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <h1>Start an incident</h1>
      <p className="muted">Five short steps. What you don't know yet, leave open: the plan says which duties depend on it. Times are in your zone, {tz}.</p>
      <form className="stack" onSubmit={(e) => void submit(e)}>
        <fieldset className="card">
          <legend>1. What happened</legend>
          <label>
            Short title
            <input required maxLength={200} value={form.title} onChange={(e) => set({ title: e.target.value })} placeholder="e.g. Ransomware on the infusion-pump server" />
          </label>
          <label>
            Description
            <textarea rows={3} value={form.description} onChange={(e) => set({ description: e.target.value })} />
          </label>
        </fieldset>
        <fieldset className="card">
          <legend>2. Who is affected</legend>
          <label>
            Product concerned
            <select value={productId} onChange={(e) => void chooseProduct(e.target.value)}>
              <option value="">None: an incident of the organisation (e.g. a hospital)</option>
              {products.data?.items.map((p) => (
                <option key={p.id} value={p.id}>
                  {p.name}
                </option>
              ))}
            </select>
          </label>
          <fieldset>
            <legend>Our roles</legend>
            {ORG_ROLES.map(([value, label]) => (
              <label key={value} className="check">
                <input type="checkbox" checked={form.roles.includes(value)} onChange={(e) => set({ roles: e.target.checked ? [...form.roles, value] : form.roles.filter((r) => r !== value) })} /> {label}
              </label>
            ))}
          </fieldset>
          <label className="check">
            <input type="checkbox" checked={form.establishedInEu} onChange={(e) => set({ establishedInEu: e.target.checked })} /> Established in the EU
          </label>
          {form.establishedInEu ? (
            <label>
              Main establishment
              <select value={form.mainEstablishment} onChange={(e) => set({ mainEstablishment: e.target.value })}>
                {MEMBER_STATES.map(([code, name]) => (
                  <option key={code} value={code}>
                    {name}
                  </option>
                ))}
              </select>
            </label>
          ) : (
            <p className="muted small">Outside the EU the plan asks where the affected people live (GDPR: every supervisory authority there) and where the coordinating CSIRT is (CRA Art 14(7)).</p>
          )}
          <label>
            Staff (headcount)
            <input type="number" min={0} value={form.employees} onChange={(e) => set({ employees: e.target.value })} />
          </label>
        </fieldset>
        <fieldset className="card">
          <legend>3. What kind of incident</legend>
          <label>
            Member States where it occurred
            <span className="muted small">Ctrl- or Cmd-click to choose several. Chosen: {form.occurredIn.join(', ') || 'none'}</span>
            <select multiple size={5} value={form.occurredIn} onChange={(e) => set({ occurredIn: [...e.target.selectedOptions].map((o) => o.value) })}>
              {MEMBER_STATES.map(([code, name]) => (
                <option key={code} value={code}>
                  {name}
                </option>
              ))}
            </select>
          </label>
          {INCIDENT_FLAGS.map(([key, label, cite]) => (
            <fieldset key={key} className="flag">
              <legend>
                {label} <span className="muted small">({cite})</span>
              </legend>
              {(['yes', 'no', ''] as const).map((v) => (
                <label key={v} className="check inline-check">
                  <input type="radio" name={key} checked={(form.flags[key] ?? '') === v} onChange={() => set({ flags: { ...form.flags, [key]: v } })} /> {v === '' ? 'not known yet' : v}
                </label>
              ))}
            </fieldset>
          ))}
          {form.flags.personalDataBreach === 'yes' ? (
            <label>
              Risk to people's rights and freedoms (GDPR Art 33(1)) — your own documented assessment, if you have made it
              <span className="muted small">Leave “not assessed yet” to let the factors asked below decide it (EDPB Guidelines 9/2022).</span>
              <select value={form.breachRisk} onChange={(e) => set({ breachRisk: e.target.value })}>
                <option value="">not assessed yet</option>
                <option value="unlikely">Unlikely to result in a risk</option>
                <option value="risk">A risk, but not a high risk</option>
                <option value="high-risk">A high risk</option>
              </select>
            </label>
          ) : null}
        </fieldset>
        <fieldset className="card">
          <legend>4. When ({tz})</legend>
          <label>
            Became aware (most clocks start here)
            <input type="datetime-local" required value={form.aware} onChange={(e) => set({ aware: e.target.value })} />
          </label>
          <label>
            Occurred
            <input type="datetime-local" value={form.occurred} onChange={(e) => set({ occurred: e.target.value })} />
          </label>
          <label>
            Detected
            <input type="datetime-local" value={form.detected} onChange={(e) => set({ detected: e.target.value })} />
          </label>
        </fieldset>
        <fieldset className="card">
          <legend>5. What each regime needs to know</legend>
          <p className="muted small">Asked because the incident may fall under these regimes; each question says why and cites the provision. Unanswered questions stay open and the plan shows the steps that depend on them as “may apply”.</p>
          {questions ? (
            <IncidentQuestions
              regimes={questions}
              answers={form.facts}
              skip={[...INCIDENT_FLAGS.map(([k]) => k), 'breachRisk', 'occurredIn']}
              onChange={(k, v) => setForm((f) => ({ ...f, facts: { ...f.facts, [k]: v } }))}
            />
          ) : (
            <p className="muted" role="status">
              Working out which questions matter…
            </p>
          )}
        </fieldset>
        <ProblemView problem={problem} />
        <button type="submit" disabled={busy}>
          {busy ? 'Planning…' : 'Create the incident and plan notifications'}
        </button>
      </form>
    </>
  );
}
