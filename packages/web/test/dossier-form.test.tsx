// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { useState } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { ProblemError } from '../src/api/problem.ts';
import type { DossierValue, IncidentPlan, PlannedDossierField, PlannedStep } from '../src/api/types.ts';
import { DossierForm } from '../src/components/DossierForm.tsx';
import { dossierChanges, fromInput, groupDossier, mergeDossierConflict, toInput } from '../src/components/dossier-values.ts';

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

describe('merging after someone else saved meanwhile', () => {
  const base: Record<string, DossierValue> = { 'contact-point': 'DPO', 'records-number': 10 };

  it("keeps the user's edits, names the fields others changed, and flags the fields both changed", () => {
    const latest: Record<string, DossierValue> = { 'contact-point': 'CISO', 'records-number': 12, 'suspected-malicious': 'yes' };
    const drafts = { 'records-number': '20', 'indicators-of-compromise': '1.2.3.4', 'contact-point': 'DPO' };
    const merged = mergeDossierConflict(fields, base, latest, drafts);
    // "contact-point" was touched but not changed by the user: it follows the latest value.
    expect(merged.drafts).toEqual({ 'records-number': '20', 'indicators-of-compromise': '1.2.3.4' });
    expect(merged.theirs).toEqual(['contact-point', 'suspected-malicious']);
    expect(merged.both).toEqual(['records-number']);
    expect(dossierChanges(fields, latest, merged.drafts)).toEqual({ 'records-number': 20, 'indicators-of-compromise': ['1.2.3.4'] });
  });

  it('drops an edit that someone else already made, and keeps clearing a field they left alone', () => {
    const latest: Record<string, DossierValue> = { 'contact-point': 'Privacy team', 'records-number': 10 };
    const merged = mergeDossierConflict(fields, base, latest, { 'contact-point': ' Privacy team ', 'records-number': '' });
    expect(merged).toEqual({ drafts: { 'records-number': '' }, theirs: ['contact-point'], both: [] });
    expect(dossierChanges(fields, latest, merged.drafts)).toEqual({ 'records-number': null });
  });

  it('names nothing when only other parts of the incident changed', () => {
    expect(mergeDossierConflict(fields, base, { ...base }, { 'suspected-malicious': 'no' })).toEqual({ drafts: { 'suspected-malicious': 'no' }, theirs: [], both: [] });
  });
});

describe('the dossier form after a conflict', () => {
  /** Stands in for the incident page: one save is refused with 409, the reload brings another user's edits. */
  function Page({ sent }: { sent: Record<string, DossierValue | null>[] }) {
    const [stored, setStored] = useState<Record<string, DossierValue>>({ 'contact-point': 'DPO', 'records-number': 10 });
    const [version, setVersion] = useState(1);
    const server = { version: 2, dossier: { 'contact-point': 'CISO', 'records-number': 10 } as Record<string, DossierValue> };
    return (
      <DossierForm
        plan={plan}
        stored={stored}
        editable
        onSave={(values) => {
          sent.push(values);
          if (version !== server.version) return Promise.reject(new ProblemError({ title: 'Conflict', status: 409, detail: 'incident is at version 2, not 1' }));
          setStored({ ...stored, ...values } as Record<string, DossierValue>);
          return Promise.resolve();
        }}
        onConflict={() => {
          setStored(server.dossier);
          setVersion(server.version);
          return Promise.resolve(server.dossier);
        }}
      />
    );
  }

  it('reloads, keeps the unsaved edits, says which fields changed meanwhile, and saves again', async () => {
    const sent: Record<string, DossierValue | null>[] = [];
    render(<Page sent={sent} />);
    fireEvent.change(screen.getByLabelText('records number'), { target: { value: '25' } });
    fireEvent.change(screen.getByLabelText('suspected malicious'), { target: { value: 'yes' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save the dossier' }));

    const notice = await screen.findByRole('alert', { name: 'Dossier changed meanwhile' });
    expect(notice.textContent).toContain('Not saved: someone else changed this incident');
    expect(notice.textContent).toContain('with your 2 unsaved edits kept on top');
    expect(within(notice).getByRole('link', { name: 'contact point' }).getAttribute('href')).toBe('#dossier-contact-point');
    // Their value is shown where the user left the field alone; the user's edits stay.
    expect(screen.getByLabelText<HTMLTextAreaElement>('contact point').value).toBe('CISO');
    expect(screen.getByLabelText<HTMLInputElement>('records number').value).toBe('25');
    expect(screen.getByLabelText<HTMLSelectElement>('suspected malicious').value).toBe('yes');
    expect(screen.getByText('Someone else changed this meanwhile; it now shows their value.')).toBeTruthy();
    expect(screen.getByText('2 unsaved changes.')).toBeTruthy();

    fireEvent.click(screen.getByRole('button', { name: 'Save the dossier' }));
    await screen.findByText('Saved 2 fields; the reports now show them.');
    expect(sent).toEqual([
      { 'records-number': 25, 'suspected-malicious': 'yes' },
      { 'records-number': 25, 'suspected-malicious': 'yes' },
    ]);
    expect(screen.queryByRole('alert', { name: 'Dossier changed meanwhile' })).toBeNull();
    expect(screen.getByLabelText<HTMLTextAreaElement>('contact point').value).toBe('CISO');
  });

  it('flags a field both changed, with their value, and keeps the edit', async () => {
    const sent: Record<string, DossierValue | null>[] = [];
    render(<Page sent={sent} />);
    fireEvent.change(screen.getByLabelText('contact point'), { target: { value: 'Legal' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save the dossier' }));
    const notice = await screen.findByRole('alert', { name: 'Dossier changed meanwhile' });
    expect(notice.textContent).toContain('Changed by someone else and by you; your edits are kept and saving replaces theirs: contact point.');
    expect(screen.getByText('Someone else changed this meanwhile to “CISO”; your edit is kept and saving replaces theirs.')).toBeTruthy();
    expect(screen.getByLabelText<HTMLTextAreaElement>('contact point').value).toBe('Legal');
  });

  it('leaves a refusal other than a conflict to the page', async () => {
    let reloaded = 0;
    render(
      <DossierForm
        plan={plan}
        stored={{}}
        editable
        onSave={() => Promise.reject(new ProblemError({ title: 'Bad', status: 400 }))}
        onConflict={() => Promise.resolve(void reloaded++).then(() => ({}))}
      />,
    );
    fireEvent.change(screen.getByLabelText('contact point'), { target: { value: 'x' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save the dossier' }));
    const save = screen.getByRole<HTMLButtonElement>('button', { name: 'Save the dossier' });
    expect(save.disabled).toBe(true);
    await waitFor(() => expect(save.disabled).toBe(false));
    expect(screen.getByText('1 unsaved change.')).toBeTruthy();
    expect(reloaded).toBe(0);
    expect(screen.queryByRole('alert')).toBeNull();
  });
});
