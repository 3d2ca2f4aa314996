/**
 * The profile wizard's step logic. The engine returns only the questions whose answer can change
 * a verdict or an obligation; after each answer the page asks again, so questions that no longer
 * matter drop out. Skipped facts stay unknown (never read as false) and are not asked again in
 * this sitting.
 */
import type { AnswerImpact, Question } from '../api/types.ts';
import { readFactValue, writeFactValue, type ProfileObject } from './profile-facts.ts';

export interface WizardState {
  profile: ProfileObject;
  skipped: string[];
  /** Facts answered in this sitting, in order, so Back can undo the last one. */
  history: { fact: string; previous: unknown }[];
}

export function startWizard(profile: ProfileObject): WizardState {
  return { profile, skipped: [], history: [] };
}

/** The question to show: the first the engine lists that was neither skipped nor answered. */
export function currentQuestion(questions: readonly Question[], state: WizardState): Question | undefined {
  return questions.find((q) => !state.skipped.includes(q.fact) && readFactValue(state.profile, q.fact) == null);
}

export function answer(state: WizardState, fact: string, value: unknown): WizardState {
  return {
    profile: writeFactValue(state.profile, fact, value),
    skipped: state.skipped.filter((f) => f !== fact),
    history: [...state.history, { fact, previous: readFactValue(state.profile, fact) }],
  };
}

export function skip(state: WizardState, fact: string): WizardState {
  return { ...state, skipped: [...state.skipped, fact] };
}

export function back(state: WizardState): WizardState {
  const last = state.history.at(-1);
  if (!last) return state;
  return {
    profile: writeFactValue(state.profile, last.fact, last.previous),
    skipped: state.skipped,
    history: state.history.slice(0, -1),
  };
}

export function remaining(questions: readonly Question[], state: WizardState): number {
  return questions.filter((q) => !state.skipped.includes(q.fact) && readFactValue(state.profile, q.fact) == null).length;
}

export type InputKind = 'boolean' | 'choice' | 'multi' | 'number' | 'date' | 'text';

export function inputKind(question: Pick<Question, 'type'>): InputKind {
  switch (question.type) {
    case 'boolean':
      return 'boolean';
    case 'enum':
      return 'choice';
    case 'set':
    case 'list':
      return 'multi';
    case 'number':
    case 'integer':
      return 'number';
    case 'date':
      return 'date';
    default:
      return 'text';
  }
}

/** Turns form input into the fact's value, or explains what is expected (the same words the API uses). */
export function parseAnswer(question: Pick<Question, 'type' | 'fact'>, raw: string | string[]): { value: unknown } | { error: string } {
  const kind = inputKind(question);
  if (kind === 'multi') return { value: Array.isArray(raw) ? raw : raw ? [raw] : [] };
  const text = Array.isArray(raw) ? (raw[0] ?? '') : raw.trim();
  if (text === '') return { error: 'choose or enter an answer, or skip the question' };
  switch (kind) {
    case 'boolean':
      if (text === 'true' || text === 'false') return { value: text === 'true' };
      return { error: 'expected yes or no' };
    case 'number': {
      const n = Number(text);
      return Number.isFinite(n) && n >= 0 ? { value: n } : { error: `expected a number ≥ 0 (found "${text}")` };
    }
    case 'date':
      return /^\d{4}-\d{2}-\d{2}$/.test(text) && !Number.isNaN(Date.parse(text)) ? { value: text } : { error: `expected a date YYYY-MM-DD (found "${text}")` };
    default:
      return { value: text };
  }
}

export interface ChoiceOption {
  value: string;
  label: string;
  /** True when the engine says this answer changes a verdict or an obligation. */
  decisive: boolean;
  /** What the answer changes, as the engine computed it; absent for values it did not try on their own. */
  impact?: string;
}

/** One answer's effect in words: the verdicts it settles and how many obligations change. */
export function impactText(a: Pick<AnswerImpact, 'verdicts' | 'obligationChanges'>): string {
  const parts = (a.verdicts ?? []).map((v) => `${v.act.toUpperCase()} ${v.verdict.replaceAll('-', ' ')}`);
  const n = a.obligationChanges ?? 0;
  if (n > 0) parts.push(`${n} obligation change${n === 1 ? '' : 's'}`);
  return parts.length > 0 ? parts.join(', ') : 'no change to the result';
}

/**
 * Options for choice questions: every value the schema allows, the engine's answers first with
 * their labels. An option is decisive when its answer changes a verdict or obligations; the
 * others are still valid facts to record.
 */
export function choiceOptions(question: Question, schemaValues: readonly unknown[] = []): ChoiceOption[] {
  const seen = new Map<string, ChoiceOption>();
  const out: ChoiceOption[] = [];
  for (const a of question.answers ?? []) {
    const decisive = (a.verdicts?.length ?? 0) > 0 || (a.obligationChanges ?? 0) > 0;
    if (Array.isArray(a.value)) {
      // The engine labels a one-value answer of a set question `only: <label of the value>`.
      const values = a.value as unknown[];
      if (values.length === 1) add(String(values[0]), a.label.replace(/^only: /, ''), decisive, impactText(a));
      else for (const v of values) add(String(v), String(v), decisive);
    } else add(String(a.value), a.label, decisive, impactText(a));
  }
  for (const v of schemaValues) add(String(v), String(v), false);
  return out;
  function add(value: string, label: string, decisive: boolean, impact?: string) {
    const known = seen.get(value);
    if (known) {
      known.decisive ||= decisive;
      known.impact ??= impact;
      return;
    }
    const option: ChoiceOption = impact === undefined ? { value, label, decisive } : { value, label, decisive, impact };
    seen.set(value, option);
    out.push(option);
  }
}

/** Fact types whose answers are chosen from a list. */
export function hasChoices(question: Pick<Question, 'type'>): boolean {
  const kind = inputKind(question);
  return kind === 'choice' || kind === 'multi';
}
