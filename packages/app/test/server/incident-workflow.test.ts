/**
 * The incident workflow over the API: facts edited after creation (each change a new version in
 * the audit log, the plan recomputed), close and reopen, the list with next deadline and counts,
 * and calendar UIDs unique per incident and stable across exports.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createWorld, ENGINES, readIncidentExample } from './harness.ts';
import type { World } from './harness.ts';

interface Incident {
  id: string;
  version: number;
  status: string;
  case: { incident?: Record<string, unknown> } & Record<string, unknown>;
}
interface Plan {
  steps: { duty: string; step: string; status: string; due?: string; missingFacts: string[] }[];
  missingFacts: string[];
  breachRisk?: { used: string; level?: string };
  questions: { act: string; questions: { fact: string; missing: boolean }[] }[];
}
interface ListItem extends Incident {
  summary: { nextDeadline: { at: string; possible: boolean } | null; overdue: number; dueSoon: number; possible: number; openQuestions: number } | null;
}
const NOW = '2026-11-21T12:00:00+01:00';

describe.each(ENGINES)('incident workflow (%s)', (engine) => {
  let w: World;
  let org: string;
  let first: Incident;
  let second: Incident;

  beforeAll(async () => {
    w = await createWorld(engine, { now: () => new Date('2026-11-21T11:00:00Z') });
    org = `/api/v1/orgs/${w.orgA.id}`;
    const base = readIncidentExample('hospital-ransomware.yaml') as Incident['case'];
    const facts = { ...base.incident };
    delete facts.breachRisk;
    first = (await w.json<Incident>(w.as.editorA, 'POST', `${org}/incidents`, { title: 'Ransomware', case: { ...base, incident: { ...facts, breachTypes: ['availability'], breachDataKind: 'special-category' } } })).body;
    second = (await w.json<Incident>(w.as.editorA, 'POST', `${org}/incidents`, { title: 'Second ransomware', case: base })).body;
  });
  afterAll(() => w.dispose());

  const plan = async (id: string) => (await w.json<Plan>(w.as.viewerA, 'GET', `${org}/incidents/${id}/plan?now=${encodeURIComponent(NOW)}`)).body;

  it('leaves GDPR possible while the restoration factor is open, and asks it under GDPR', async () => {
    const p = await plan(first.id);
    expect(p.breachRisk?.used).toBe('undecided');
    expect(p.steps.find((s) => s.duty === 'gdpr:breach-notification-authority')?.status).toBe('possible');
    const gdpr = p.questions.find((q) => q.act === 'gdpr');
    expect(gdpr?.questions.find((q) => q.fact === 'incident.breachRestoration')?.missing).toBe(true);
  });

  it('answering the question is a new version of the case, in the audit log, and the plan is recomputed', async () => {
    const updated = await w.json<Incident>(w.as.editorA, 'PATCH', `${org}/incidents/${first.id}`, {
      case: { ...first.case, incident: { ...first.case.incident, breachRestoration: 'restored-with-delay' } },
      expectedVersion: first.version,
    });
    expect(updated.status).toBe(200);
    expect(updated.body.version).toBe(first.version + 1);
    const p = await plan(first.id);
    expect(p.breachRisk).toMatchObject({ used: 'assessment', level: 'high-risk' });
    expect(p.steps.find((s) => s.duty === 'gdpr:breach-notification-authority')?.status).toBe('due-now');
    const audit = await w.json<{ items: { action: string; entityId: string; change: { version: number; case?: { incident?: Record<string, unknown> } } }[] }>(
      w.as.viewerA,
      'GET',
      `${org}/audit?entityType=incident&entityId=${first.id}`,
    );
    const entry = audit.body.items.find((i) => i.action === 'incident.update');
    expect(entry?.change.version).toBe(first.version + 1);
    expect(entry?.change.case?.incident?.breachRestoration).toBe('restored-with-delay');
    first = updated.body;
  });

  it('a stale version is refused with 409 and changes nothing', async () => {
    const r = await w.call(w.as.editorA, 'PATCH', `${org}/incidents/${first.id}`, { case: first.case, expectedVersion: 1 });
    expect(r.status).toBe(409);
    expect((await w.json<Incident>(w.as.viewerA, 'GET', `${org}/incidents/${first.id}`)).body.version).toBe(first.version);
  });

  it('lists each open incident with its next deadline and its counts; a closed one without', async () => {
    const list = await w.json<{ items: ListItem[] }>(w.as.viewerA, 'GET', `${org}/incidents`);
    const item = list.body.items.find((i) => i.id === first.id);
    expect(item?.summary?.nextDeadline?.at).toMatch(/^2026-11-2/);
    expect(item?.summary?.dueSoon).toBeGreaterThan(0);
    expect(typeof item?.summary?.openQuestions).toBe('number');
    const closed = await w.json<Incident>(w.as.editorA, 'PATCH', `${org}/incidents/${second.id}`, { status: 'closed', expectedVersion: second.version });
    expect(closed.body.status).toBe('closed');
    const after = await w.json<{ items: ListItem[] }>(w.as.viewerA, 'GET', `${org}/incidents`);
    expect(after.body.items.find((i) => i.id === second.id)?.summary).toBeNull();
    const reopened = await w.json<Incident>(w.as.editorA, 'PATCH', `${org}/incidents/${second.id}`, { status: 'open', expectedVersion: closed.body.version });
    expect(reopened.body.status).toBe('open');
    second = reopened.body;
  });

  it('gives each incident its own calendar UIDs, the same on every export', async () => {
    const uids = async (id: string) => {
      const r = await w.call(w.as.viewerA, 'GET', `${org}/incidents/${id}/calendar.ics?now=${encodeURIComponent(NOW)}`);
      return [...(await r.text()).matchAll(/^UID:(.+)$/gm)].map((m) => m[1]!.trim());
    };
    const a = await uids(first.id);
    const b = await uids(second.id);
    expect(a.length).toBeGreaterThan(0);
    expect(a.filter((u) => b.includes(u))).toEqual([]);
    expect(await uids(first.id)).toEqual(a);
    expect(new Set(a).size).toBe(a.length);
  });
});
