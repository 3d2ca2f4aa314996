// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import type { Question } from '../src/api/types.ts';
import { readFactValue, writeFactValue } from '../src/lib/profile-facts.ts';
import { answer, answerShown, back, choiceOptions, currentQuestion, displayedQuestion, hasChoices, impactText, inputKind, parseAnswer, remaining, skip, skipShown, startWizard } from '../src/lib/wizard.ts';
import type { QuestionList } from '../src/lib/wizard.ts';

const q = (fact: string, type: string, answers: Question['answers'] = []): Question => ({ fact, question: `${fact}?`, type, answers, affects: ['mdr'] });

const questions = [
  q('product.medicalDevice.qualification', 'enum', [
    { value: 'medical-device', label: 'Medical device (MDR Art 2(1))' },
    { value: 'not-a-device', label: 'Not a medical device' },
  ]),
  q('product.medicalDevice.medicalPurpose', 'boolean'),
  q('organisation.employees', 'number'),
];

describe('wizard steps', () => {
  it('asks the first question the engine lists that is neither answered nor skipped', () => {
    let state = startWizard({ name: 'Band', product: { wearable: true } });
    expect(currentQuestion(questions, state)?.fact).toBe('product.medicalDevice.qualification');
    state = skip(state, 'product.medicalDevice.qualification');
    expect(currentQuestion(questions, state)?.fact).toBe('product.medicalDevice.medicalPurpose');
    state = answer(state, 'product.medicalDevice.medicalPurpose', false);
    expect(currentQuestion(questions, state)?.fact).toBe('organisation.employees');
    expect(remaining(questions, state)).toBe(1);
  });

  it('writes answers into the profile without touching the other facts, and back undoes the last one', () => {
    const start = startWizard({ name: 'Band', product: { wearable: true } });
    const s1 = answer(start, 'product.medicalDevice.qualification', 'not-a-device');
    expect(s1.profile).toEqual({ name: 'Band', product: { wearable: true, medicalDevice: { qualification: 'not-a-device' } } });
    expect(start.profile).toEqual({ name: 'Band', product: { wearable: true } });
    const s2 = answer(s1, 'organisation.employees', 12);
    expect(readFactValue(s2.profile, 'organisation.employees')).toBe(12);
    const undone = back(s2);
    expect(readFactValue(undone.profile, 'organisation.employees')).toBeUndefined();
    expect(readFactValue(undone.profile, 'product.medicalDevice.qualification')).toBe('not-a-device');
    expect(back(back(undone)).profile).toEqual(start.profile);
  });

  it('resumes where a saved profile left off: answered facts are not asked again', () => {
    const saved = startWizard({ product: { medicalDevice: { qualification: 'medical-device' } } });
    expect(currentQuestion(questions, saved)?.fact).toBe('product.medicalDevice.medicalPurpose');
  });

  it('answering a skipped question un-skips it', () => {
    const s = answer(skip(startWizard({}), 'organisation.employees'), 'organisation.employees', 3);
    expect(s.skipped).toEqual([]);
  });
});

describe('parseAnswer', () => {
  it('converts input by the fact type and explains what is expected', () => {
    expect(parseAnswer(q('a.b', 'boolean'), 'true')).toEqual({ value: true });
    expect(parseAnswer(q('a.b', 'boolean'), 'false')).toEqual({ value: false });
    expect(parseAnswer(q('a.b', 'number'), '120')).toEqual({ value: 120 });
    expect(parseAnswer(q('a.b', 'number'), '-3')).toEqual({ error: 'expected a number ≥ 0 (found "-3")' });
    expect(parseAnswer(q('a.b', 'date'), '2026-03-02')).toEqual({ value: '2026-03-02' });
    expect(parseAnswer(q('a.b', 'date'), '02/03/2026')).toEqual({ error: 'expected a date YYYY-MM-DD (found "02/03/2026")' });
    expect(parseAnswer(q('a.b', 'set'), ['manufacturer', 'controller'])).toEqual({ value: ['manufacturer', 'controller'] });
    expect(parseAnswer(q('a.b', 'set'), [])).toEqual({ value: [] });
    expect(parseAnswer(q('a.b', 'enum'), '')).toEqual({ error: 'choose or enter an answer, or skip the question' });
  });

  it('maps fact types to inputs', () => {
    expect(['boolean', 'enum', 'set', 'number', 'date', 'string'].map((t) => inputKind({ type: t }))).toEqual(['boolean', 'choice', 'multi', 'number', 'date', 'text']);
  });
});

describe('choiceOptions', () => {
  it('lists the engine answers first with their labels, then other allowed values, without duplicates', () => {
    const opts = choiceOptions(questions[0] as Question, ['ivd', 'medical-device']);
    expect(opts.map(({ value, label }) => ({ value, label }))).toEqual([
      { value: 'medical-device', label: 'Medical device (MDR Art 2(1))' },
      { value: 'not-a-device', label: 'Not a medical device' },
      { value: 'ivd', label: 'ivd' },
    ]);
  });

  it('marks the answers that change a verdict or obligations as decisive, and values only the schema allows as not', () => {
    const question = q('product.medicalDevice.qualification', 'enum', [
      { value: 'medical-device', label: 'Medical device', verdicts: [{ act: 'mdr', verdict: 'applies' }], obligationChanges: 12 },
      { value: 'not-a-device', label: 'Not a medical device', verdicts: [], obligationChanges: 3 },
      { value: 'annex-xvi', label: 'Annex XVI product', verdicts: [], obligationChanges: 0 },
    ]);
    const opts = choiceOptions(question, ['medical-device', 'md-accessory', 'ivd', 'ivd-accessory', 'annex-xvi', 'not-a-device']);
    expect(opts.map((o) => [o.value, o.decisive])).toEqual([
      ['medical-device', true],
      ['not-a-device', true],
      ['annex-xvi', false],
      ['md-accessory', false],
      ['ivd', false],
      ['ivd-accessory', false],
    ]);
    expect(opts.map((o) => o.impact)).toEqual(['MDR applies, 12 obligation changes', '3 obligation changes', 'no change to the result', undefined, undefined, undefined]);
    expect(impactText({ verdicts: [{ act: 'cra', verdict: 'applies-from' }], obligationChanges: 1 })).toBe('CRA applies later, 1 obligation change');
    expect(hasChoices(question)).toBe(true);
    expect(hasChoices({ type: 'number' })).toBe(false);
  });

  it('flattens list-valued answers of set questions', () => {
    const opts = choiceOptions(
      q('organisation.healthActivities', 'set', [
        { value: [], label: 'none of these' },
        { value: ['healthcare-provision'], label: 'only: Healthcare provision', verdicts: [{ act: 'nis2', verdict: 'applies' }] },
        { value: ['a', 'b'], label: 'a and b' },
      ]),
    );
    expect(opts).toEqual([
      { value: 'healthcare-provision', label: 'Healthcare provision', decisive: true, impact: 'NIS2 applies' },
      { value: 'a', label: 'a', decisive: false },
      { value: 'b', label: 'b', decisive: false },
    ]);
  });
});

describe('writeFactValue', () => {
  it('replaces a non-object on the way with an object, and removes a fact set to undefined', () => {
    expect(writeFactValue({ product: null }, 'product.wearable', true)).toEqual({ product: { wearable: true } });
    expect(writeFactValue({ product: { wearable: true, x: 1 } }, 'product.wearable', undefined)).toEqual({ product: { x: 1 } });
  });
});

describe('answers go only to the question displayed, under its list', () => {
  const listFor = (profile: Record<string, unknown>, qs: Question[]): QuestionList => ({ profile, scenarios: '', questions: qs });

  it('shows no question while the list for the new profile is still being worked out', () => {
    const start = startWizard({ product: {} });
    const first = listFor(start.profile, questions);
    expect(displayedQuestion(first, start, [])?.fact).toBe('product.medicalDevice.qualification');
    const next = answer(start, 'product.medicalDevice.qualification', 'not-a-device');
    // The old list would offer medicalPurpose; it belongs to the old profile, so nothing is shown.
    expect(displayedQuestion(first, next, [])).toBeUndefined();
    expect(displayedQuestion(first, start, ['some-scenario'])).toBeUndefined();
  });

  it('refuses a second quick answer given for the same displayed question', () => {
    const start = startWizard({ product: {} });
    const list = listFor(start.profile, questions);
    const shown = displayedQuestion(list, start, [])!;
    const one = answerShown(start, list, [], shown, 'medical-device');
    expect('state' in one).toBe(true);
    const after = 'state' in one ? one.state : start;
    const two = answerShown(after, list, [], shown, 'not-a-device');
    expect('refused' in two && two.refused).toContain('not recorded');
    expect(readFactValue(after.profile, 'product.medicalDevice.qualification')).toBe('medical-device');
    expect(after.history).toHaveLength(1);
  });

  it('refuses an answer when a late list replaced the one the question came from', () => {
    const start = startWizard({ product: {} });
    const stale = listFor(start.profile, questions);
    const shown = displayedQuestion(stale, start, [])!;
    // The engine answered again for the same profile (a reload, a scenario switched off and on): a new list.
    const fresh = listFor(start.profile, [q('product.commercialActivity', 'boolean'), ...questions]);
    expect('refused' in answerShown(start, fresh, [], shown, true)).toBe(true);
    expect(readFactValue(start.profile, 'product.commercialActivity')).toBeUndefined();
    const shownNow = displayedQuestion(fresh, start, [])!;
    expect(shownNow.fact).toBe('product.commercialActivity');
    const ok = answerShown(start, fresh, [], shownNow, false);
    expect('state' in ok && readFactValue(ok.state.profile, 'product.commercialActivity')).toBe(false);
  });

  it('skips only the displayed question of the current list', () => {
    const start = startWizard({ product: {} });
    const list = listFor(start.profile, questions);
    const shown = displayedQuestion(list, start, [])!;
    const skipped = skipShown(start, list, [], shown);
    expect(skipped.skipped).toEqual(['product.medicalDevice.qualification']);
    expect(skipShown(skipped, list, [], shown)).toBe(skipped);
  });
});
