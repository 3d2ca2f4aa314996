/**
 * The merged dossier: validated against the catalogue, prefilled from the facts the case already
 * states, and reported by the plan per step, per regime and for the whole incident.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fc, test } from '@fast-check/vitest';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { checkDossierValues, DOSSIER_FIELDS, IncidentCaseSchema, mergeDossier, parseIncidentCase, planIncident, prefilledDossier } from '../../src/index.ts';
import type { IncidentCase, ProfileIssue } from '../../src/index.ts';
import { z } from 'zod';

const raw = (name: string): Record<string, unknown> =>
  parse(readFileSync(join(import.meta.dirname, '../../../../examples/incidents', `${name}.yaml`), 'utf8')) as Record<string, unknown>;
const load = (name: string, change: (c: Record<string, unknown>) => Record<string, unknown> = (c) => c): IncidentCase => {
  const parsed = parseIncidentCase(change(raw(name)));
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues));
  return parsed.incident;
};
const issuesOf = (dossier: unknown): ProfileIssue[] => {
  const parsed = parseIncidentCase({ ...raw('hospital-ransomware'), dossier });
  if (parsed.ok) throw new Error('expected issues');
  return parsed.issues;
};
const NOW = '2026-11-23T09:00:00+01:00';

describe('validating the dossier of a case against the catalogue', () => {
  it('accepts the partly written dossier of the hospital example', () => {
    const c = load('hospital-ransomware');
    expect(c.dossier?.['suspected-malicious']).toBe('yes');
    expect(c.dossier?.['indicators-of-compromise']).toHaveLength(3);
  });
  it('names an unknown field id with its pointer, its value and the catalogue ids', () => {
    const [issue, ...rest] = issuesOf({ 'incident-summary': 'Ransomware' });
    expect(rest).toEqual([]);
    expect(issue).toMatchObject({ pointer: '/dossier/incident-summary', value: 'Ransomware' });
    expect(issue?.message).toContain('a field id of the dossier catalogue');
    expect(issue?.message).toContain('incident-description');
  });
  it('names a value of the wrong type with what the field expects', () => {
    const issues = issuesOf({ 'data-subjects-number': 'about 48,000', 'indicators-of-compromise': 'one IP address' });
    expect(issues).toEqual([
      { pointer: '/dossier/indicators-of-compromise', path: 'dossier.indicators-of-compromise', value: 'one IP address', message: expect.stringContaining('a list of at most 200 non-empty texts') as unknown },
      { pointer: '/dossier/data-subjects-number', path: 'dossier.data-subjects-number', value: 'about 48,000', message: expect.stringContaining('a number, zero or more (“Approximate number of people affected”)') as unknown },
    ]);
  });
  it('refuses a choice outside its options, listing them', () => {
    const [issue] = issuesOf({ 'suspected-malicious': 'probably' });
    expect(issue).toMatchObject({ pointer: '/dossier/suspected-malicious', value: 'probably', message: 'expected one of: "yes", "no", "not-yet-known" (“Unlawful or malicious act suspected”)' });
  });
  it('refuses a date-time without its offset', () => {
    const [issue] = issuesOf({ 'occurrence-time': '2026-11-21T03:40' });
    expect(issue).toMatchObject({ pointer: '/dossier/occurrence-time', value: '2026-11-21T03:40' });
    expect(issue?.message).toContain('an instant with its offset');
  });
  it('refuses a negative number, an empty text and a list with a non-text item, one issue per field', () => {
    const issues = issuesOf({ 'records-number': -1, 'root-cause': '   ', 'record-categories': ['health data', 7, 8] });
    expect(issues.map((i) => i.pointer).sort()).toEqual(['/dossier/record-categories', '/dossier/records-number', '/dossier/root-cause']);
    expect(issues.find((i) => i.pointer === '/dossier/record-categories')?.value).toEqual(['health data', 7, 8]);
  });
  it('takes an authority reference on a submitted report, and refuses an empty one', () => {
    const ok = load('hospital-ransomware');
    expect(ok.timeline.submitted?.[0]?.reference).toBe('CB-2026-047311');
    const c = raw('hospital-ransomware');
    const timeline = c.timeline as Record<string, unknown>;
    const bad = parseIncidentCase({ ...c, timeline: { ...timeline, submitted: [{ duty: 'nis2:significant-incident-essential', step: 'early-warning', at: NOW, reference: '' }] } });
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(bad.issues[0]?.pointer).toBe('/timeline/submitted/0/reference');
  });
  it('documents every catalogue field in the JSON Schema of incident cases', () => {
    const schema = z.toJSONSchema(IncidentCaseSchema, { target: 'draft-2020-12', unrepresentable: 'any', io: 'input' }) as unknown as { properties: { dossier: { properties: Record<string, { title?: string; enum?: string[] }>; additionalProperties: boolean } } };
    const props = schema.properties.dossier.properties;
    expect(Object.keys(props)).toEqual(DOSSIER_FIELDS.map((f) => f.id));
    expect(props['suspected-malicious']?.enum).toEqual(['yes', 'no', 'not-yet-known']);
    expect(schema.properties.dossier.additionalProperties).toBe(false);
  });
});

describe('merging changes into a dossier', () => {
  it('accepts null as "remove" only in a merge, and merges value by value', () => {
    expect(checkDossierValues({ 'root-cause': null })).toHaveLength(1);
    expect(checkDossierValues({ 'root-cause': null }, { allowNull: true })).toEqual([]);
    expect(mergeDossier({ 'root-cause': 'Phishing', 'contact-point': 'DPO' }, { 'root-cause': null, 'records-number': 51_200, 'contact-point': '  CISO  ' })).toEqual({
      'contact-point': 'CISO',
      'records-number': 51_200,
    });
  });
  it('names each bad change under its own pointer', () => {
    expect(checkDossierValues({ 'a/b': 1, 'records-number': '12' }, { allowNull: true })).toEqual([
      { pointer: '/a~1b', value: 1, expected: expect.stringContaining('a field id of the dossier catalogue') as unknown },
      { pointer: '/records-number', value: '12', expected: 'a number, zero or more (“Approximate number of records”)' },
    ]);
  });
  test.prop([fc.constantFrom(...DOSSIER_FIELDS.map((f) => f.id)), fc.oneof(fc.string(), fc.integer(), fc.array(fc.string()), fc.constant(null), fc.boolean())], { numRuns: 300 })(
    'a change that passes the check always yields a dossier the case parser accepts',
    (id, value) => {
      const change = { [id]: value };
      if (checkDossierValues(change, { allowNull: true }).length > 0) return;
      const merged = mergeDossier({}, change);
      expect(parseIncidentCase({ ...raw('hospital-ransomware'), dossier: merged }).ok).toBe(true);
    },
  );
});

describe('prefilling from the facts the case states', () => {
  it('takes awareness, occurrence and the number of people affected from the hospital case', () => {
    expect(prefilledDossier(load('hospital-ransomware'))).toEqual({
      'awareness-time': '2026-11-21T09:15:00+01:00',
      'occurrence-time': '2026-11-21T03:40:00+01:00',
      'data-subjects-number': 48000,
    });
  });
  it('takes the Member States where the product is made available from its markets', () => {
    expect(prefilledDossier(load('wearable-exploited-vulnerability'))['member-states-made-available']).toEqual(['DE', 'FR', 'NL', 'ES', 'IT']);
  });
  it('lets a written value take precedence over a prefilled one', () => {
    const c = load('hospital-ransomware', (x) => ({ ...x, dossier: { ...(x.dossier as object), 'data-subjects-number': 51_200 } }));
    const field = planIncident(c, { now: NOW }).dossier.fields.find((f) => f.id === 'data-subjects-number');
    expect(field).toMatchObject({ written: true, value: 51_200, source: 'dossier' });
  });
});

describe('the plan reports what is written', () => {
  const plan = planIncident(load('hospital-ransomware'), { now: NOW });

  it('marks each content field of a step written or not', () => {
    const gdpr = plan.steps.find((s) => s.duty === 'gdpr:breach-notification-authority' && s.step === 'notification');
    const written = Object.fromEntries(gdpr!.content.map((c) => [c.id, c.written]));
    expect(written).toMatchObject({ 'contact-point': true, 'data-subjects-number': true, 'awareness-time': true, 'likely-consequences': false, 'records-number': false });
  });
  it('sums up the fields the due steps need, per plan and per regime, with those still missing', () => {
    expect(plan.dossier.summary).toEqual({ needed: 23, written: 12, missing: plan.dossier.fields.filter((f) => !f.written).map((f) => f.id) });
    expect(plan.dossier.summary.missing).toEqual(
      expect.arrayContaining(['likely-consequences', 'records-number', 'plain-language-summary', 'root-cause', 'cross-border-impact']),
    );
    const gdpr = plan.dossier.regimes.find((r) => r.act === 'gdpr');
    expect(gdpr).toMatchObject({ regime: 'GDPR', needed: 15, written: 9 });
    expect(gdpr?.missing).toEqual(['delay-reasons', 'records-number', 'likely-consequences', 'breach-risk-assessment', 'user-measures', 'plain-language-summary']);
    expect(plan.dossier.regimes.map((r) => r.act).sort()).toEqual(['gdpr', 'nis2']);
  });
  it('gives each needed field its definition, citations with links, value and source', () => {
    const f = plan.dossier.fields.find((x) => x.id === 'suspected-malicious');
    expect(f).toMatchObject({ type: 'choice', options: ['yes', 'no', 'not-yet-known'], written: true, value: 'yes', source: 'dossier', acts: ['nis2'] });
    expect(f?.cites[0]).toMatchObject({ cite: 'nis2:art-23(4)(a)', citation: 'Art 23(4)(a) NIS2' });
    expect(f?.cites[0]?.url).toMatch(/^https:\/\/eur-lex\.europa\.eu\//);
    expect(plan.dossier.fields.find((x) => x.id === 'awareness-time')).toMatchObject({ source: 'case', written: true });
  });
  it('carries the authority reference of a submitted step', () => {
    expect(plan.steps.find((s) => s.step === 'early-warning' && s.duty === 'nis2:significant-incident-essential')).toMatchObject({ status: 'submitted', reference: 'CB-2026-047311' });
  });
  it('plans a case without a dossier as before, with every needed field missing except the prefilled ones', () => {
    const bare = planIncident(load('hospital-ransomware', ({ dossier: _omitted, ...rest }) => rest), { now: NOW });
    expect(bare.steps.map((s) => [s.duty, s.step, s.status])).toEqual(plan.steps.map((s) => [s.duty, s.step, s.status]));
    expect(bare.dossier.summary.written).toBe(3);
  });
});
