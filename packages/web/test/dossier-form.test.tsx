// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { DossierValue, IncidentPlan, PlannedDossierField, PlannedStep } from '../src/api/types.ts';
import { DossierForm } from '../src/components/DossierForm.tsx';
import { dossierChanges, fromInput, groupDossier, toInput } from '../src/components/dossier-values.ts';

afterEach(cleanup);

const field = (id: string, type: PlannedDossierField['type'], acts: string[], extra: Partial<PlannedDossierField> = {}): PlannedDossierField => ({
  id,
  label: id.replace(/-/g, ' '),
  description: `What ${id} holds.`,
  type,
  cites: [{ cite: 'gdpr:art-33(3)(a)', citation: 'Art 33(3)(a) GDPR', url: 'https://eur-lex.europa.eu/eli/reg/2016/679/oj' }],
  written: false,
  acts,
  ...extra,
});
const step = (act: string, duty: string, id: string, content: string[], extra: Partial<PlannedStep> = {}): PlannedStep => ({
  duty,
  act,
  regime: act.toUpperCase(),
  dutyTitle: duty,
  step: id,
  stepTitle: `Step ${id}`,
  cite: `${act}:art-1`,
  citation: 'Art 1',
  url: 'https://eur-lex.europa.eu/',
  deadlineText: 'without undue delay',
  status: 'due-now',
  reason: '',
  content: content.map((c) => ({ id: c, label: c, written: false })),
  missingFacts: [],
  ...extra,
});

const fields = [
  field('contact-point', 'text', ['gdpr']),
  field('awareness-time', 'date-time', ['gdpr', 'nis2'], { written: true, value: '2026-11-21T09:15:00+01:00', source: 'case' }),
  field('suspected-malicious', 'choice', ['nis2'], { options: ['yes', 'no', 'not-yet-known'] }),
  field('indicators-of-compromise', 'list', ['nis2']),
  field('records-number', 'number', ['gdpr']),
];
const plan: IncidentPlan = {
  now: '2026-11-23T08:00:00Z',
  incident: {},
  missingFacts: [],
  notice: 'Not legal advice.',
  steps: [
    step('gdpr', 'gdpr:notify', 'notification', ['contact-point', 'awareness-time', 'records-number'], { memberState: 'DE' }),
    step('gdpr', 'gdpr:notify', 'notification', ['contact-point', 'awareness-time', 'records-number'], { memberState: 'AT' }),
    step('nis2', 'nis2:report', 'early-warning', ['awareness-time', 'suspected-malicious', 'indicators-of-compromise']),
    step('nis2', 'nis2:report', 'final-report', ['indicators-of-compromise'], { status: 'not-required' }),
  ],
  dossier: {
    fields,
    summary: { needed: 5, written: 1, missing: ['contact-point', 'suspected-malicious', 'indicators-of-compromise', 'records-number'] },
    regimes: [
      { act: 'gdpr', regime: 'GDPR', needed: 3, written: 1, missing: ['contact-point', 'records-number'] },
      { act: 'nis2', regime: 'NIS2', needed: 3, written: 1, missing: ['suspected-malicious', 'indicators-of-compromise'] },
    ],
  },
};

describe('grouping the dossier by regime and step', () => {
  it('asks each field once, under the first step that needs it, and merges per-state steps', () => {
    const groups = groupDossier(plan);
    expect(groups.map((g) => [g.regime, g.steps.map((s) => s.step.step)])).toEqual([
      ['GDPR', ['notification']],
      ['NIS2', ['early-warning']],
    ]);
    expect(groups[0]!.steps[0]!.states).toEqual(['DE', 'AT']);
    expect(groups[0]!.steps[0]!.fields.map((f) => f.id)).toEqual(['contact-point', 'awareness-time', 'records-number']);
    expect(groups[1]!.steps[0]!.fields.map((f) => f.id)).toEqual(['suspected-malicious', 'indicators-of-compromise']);
    expect(groups[1]!.steps[0]!.alsoNeeds.map((f) => f.id)).toEqual(['awareness-time']);
  });
});

describe('converting between inputs and stored values', () => {
  it('keeps lists one item a line, numbers as numbers, and empties as null', () => {
    expect(toInput('list', ['a', 'b'])).toBe('a\nb');
    expect(fromInput('list', ' a \n\n b ')).toEqual(['a', 'b']);
    expect(fromInput('number', '51200')).toBe(51_200);
    expect(fromInput('text', '   ')).toBeNull();
    expect(fromInput('choice', 'yes')).toBe('yes');
  });
  it('round-trips a date-time through the wall-clock input with the viewer offset', () => {
    const instant = fromInput('date-time', '2026-11-21T09:15') as string;
    expect(instant).toMatch(/^2026-11-21T09:15:00[+-]\d{2}:\d{2}$/);
    expect(toInput('date-time', instant)).toBe('2026-11-21T09:15');
  });
  it('sends only what changed: new values, and null for a stored field emptied', () => {
    const stored: Record<string, DossierValue> = { 'contact-point': 'DPO', 'records-number': 10 };
    expect(dossierChanges(fields, stored, { 'contact-point': 'DPO', 'records-number': '', 'suspected-malicious': 'yes', 'indicators-of-compromise': '' })).toEqual({
      'records-number': null,
      'suspected-malicious': 'yes',
    });
  });
});

describe('the dossier form', () => {
  it('shows each field with its provisions, the right input per type, completeness per regime, and saves only the changes', async () => {
    const saved: Record<string, DossierValue | null>[] = [];
    render(<DossierForm plan={plan} stored={{ 'contact-point': 'DPO' }} editable onSave={(v) => Promise.resolve(void saved.push(v))} />);
    expect(screen.getByRole('list', { name: 'Completeness per regime' }).textContent).toContain('1 of 3 fields written');
    expect(screen.getByLabelText<HTMLTextAreaElement>('contact point').value).toBe('DPO');
    expect(screen.getByLabelText(/^awareness time \(/).getAttribute('type')).toBe('datetime-local');
    expect(screen.getByLabelText('records number').getAttribute('type')).toBe('number');
    expect(screen.getByLabelText('suspected malicious').tagName).toBe('SELECT');
    expect(screen.getByLabelText('indicators of compromise (one per line)').tagName).toBe('TEXTAREA');
    expect(screen.getAllByRole('link', { name: 'Art 33(3)(a) GDPR' })[0]!.getAttribute('href')).toBe('https://eur-lex.europa.eu/eli/reg/2016/679/oj');
    expect(screen.getByText(/From the case:/)).toBeTruthy();
    const save = screen.getByRole<HTMLButtonElement>('button', { name: 'Save the dossier' });
    expect(save.disabled).toBe(true);
    fireEvent.change(screen.getByLabelText('suspected malicious'), { target: { value: 'not-yet-known' } });
    fireEvent.change(screen.getByLabelText('indicators of compromise (one per line)'), { target: { value: '185.220.101.47\nREADME-RESTORE.txt' } });
    fireEvent.click(save);
    await screen.findByText('Saved 2 fields; the reports now show them.');
    expect(saved).toEqual([{ 'suspected-malicious': 'not-yet-known', 'indicators-of-compromise': ['185.220.101.47', 'README-RESTORE.txt'] }]);
  });
  it('is read-only for those who may not edit', () => {
    render(<DossierForm plan={plan} stored={{}} editable={false} onSave={() => Promise.resolve()} />);
    expect(screen.getByLabelText<HTMLTextAreaElement>('contact point').disabled).toBe(true);
    expect(screen.queryByRole('button', { name: 'Save the dossier' })).toBeNull();
  });
});
