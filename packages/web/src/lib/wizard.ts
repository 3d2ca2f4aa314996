/**
 * The profile wizard's step logic. The engine returns only the questions whose answer can change
 * a verdict or an obligation; after each answer the page asks again, so questions that no longer
 * matter drop out. Skipped facts stay unknown (never read as false) and are not asked again in
 * this sitting.
 */
import type { AnswerImpact, Question } from '../api/types.ts';
import { actLabel, classifierLabel, lowerLabel, outcomeLabel, verdictLabel } from '@iomt/core/labels';
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

/**
 * The questions the engine listed for one exact profile (and set of scenarios). A list answers
 * for its profile only: once an answer changes the profile, the list is stale until the engine
 * has been asked again, and no question of it may be shown or answered.
 */
export interface QuestionList {
  readonly profile: ProfileObject;
  readonly scenarios: string;
  readonly questions: readonly Question[];
}

/** What the page displayed: the fact, and the list it was taken from. */
export interface ShownQuestion {
  readonly fact: string;
  readonly list: QuestionList;
}

/** The list when it was computed for the wizard's current profile, else undefined (still working). */
export function currentList(list: QuestionList | undefined, state: WizardState, scenarios: readonly string[]): QuestionList | undefined {
  return list && list.profile === state.profile && list.scenarios === scenarios.join(',') ? list : undefined;
}

/** The question to display, only from a list that belongs to the current profile. */
export function displayedQuestion(list: QuestionList | undefined, state: WizardState, scenarios: readonly string[]): ShownQuestion | undefined {
  const current = currentList(list, state, scenarios);
  const q = current ? currentQuestion(current.questions, state) : undefined;
  return q && current ? { fact: q.fact, list: current } : undefined;
}

/**
 * Records an answer only for the question that was displayed, under the list it came from: if
 * the profile or the list moved on since (a quick second click, a late server answer), the
 * answer is refused and nothing changes.
 */
export function answerShown(
  state: WizardState,
  list: QuestionList | undefined,
  scenarios: readonly string[],
  shown: ShownQuestion,
  value: unknown,
): { state: WizardState } | { refused: string } {
  const now = displayedQuestion(list, state, scenarios);
  if (!now || now.list !== shown.list || now.fact !== shown.fact) {
    return { refused: 'The questions changed while you answered, so that answer was not recorded. Answer the question now shown.' };
  }
  return { state: answer(state, shown.fact, value) };
}

/** Skips only the displayed question of the current list. */
export function skipShown(state: WizardState, list: QuestionList | undefined, scenarios: readonly string[], shown: ShownQuestion): WizardState {
  const now = displayedQuestion(list, state, scenarios);
  return now && now.list === shown.list && now.fact === shown.fact ? skip(state, shown.fact) : state;
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

/** One answer's effect in words: the verdicts it settles, how many obligations change, the classifications it decides. */
export function impactText(a: Pick<AnswerImpact, 'verdicts' | 'obligationChanges' | 'classifications'>): string {
  const parts = (a.verdicts ?? []).map((v) => `${actLabel(v.act)} ${lowerLabel(verdictLabel(v.verdict))}`);
  const n = a.obligationChanges ?? 0;
  if (n > 0) parts.push(`${n} obligation change${n === 1 ? '' : 's'}`);
  for (const c of a.classifications ?? []) parts.push(`${classifierLabel(c.classifier)}: ${outcomeLabel(c.outcome)}`);
  return parts.length > 0 ? parts.join(', ') : 'no change to the result';
}

/**
 * Options for choice questions: every value the schema allows, the engine's answers first with
 * their labels. An option is decisive when its answer changes a verdict or obligations; the
 * others are still valid facts to record.
 */
export function choiceOptions(question: Question, schemaValues: readonly unknown[] = [], labelOf: (value: string) => string | undefined = () => undefined): ChoiceOption[] {
  const seen = new Map<string, ChoiceOption>();
  const out: ChoiceOption[] = [];
  for (const a of question.answers ?? []) {
    const decisive = (a.verdicts?.length ?? 0) > 0 || (a.obligationChanges ?? 0) > 0 || (a.classifications?.length ?? 0) > 0;
    if (Array.isArray(a.value)) {
      // The engine labels a one-value answer of a set question `only: <label of the value>`.
      const values = a.value as unknown[];
      if (values.length === 1) add(String(values[0]), a.label.replace(/^only: /, ''), decisive, impactText(a));
      else for (const v of values) add(String(v), labelOf(String(v)) ?? String(v), decisive);
    } else add(String(a.value), a.label, decisive, impactText(a));
  }
  for (const v of schemaValues) add(String(v), labelOf(String(v)) ?? String(v), false);
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
