/**
 * Everything still worth asking about a profile: the questions whose answer changes a verdict or
 * an obligation, then those that decide a classification (MDR/IVDR class, CRA category …) left
 * open for want of a fact. A questionnaire is done only when this list is empty.
 */
import type { Profile } from '../facts/profile-schema.ts';
import type { AssessOptions } from './assessment-types.ts';
import { classificationQuestions } from './classify-questions.ts';
import { questions } from './questions.ts';
import type { AnswerImpact, Question } from './questions.ts';

export interface OpenQuestion extends Omit<Question, 'answers'> {
  /** Classifications (`mdr:class`) the answer can decide or change. */
  readonly classifies: readonly string[];
  readonly answers: readonly (AnswerImpact & { readonly classifications: readonly { readonly classifier: string; readonly outcome: string }[] })[];
}

export function openQuestions(profile: Profile, options: AssessOptions): OpenQuestion[] {
  const classifying = classificationQuestions(profile, options);
  const byFact = new Map(classifying.map((q) => [q.fact, q]));
  const settlesOf = (fact: string, value: unknown) =>
    (byFact.get(fact as Question['fact'])?.answers.find((a) => JSON.stringify(a.value) === JSON.stringify(value))?.settles ?? []).map((s) => ({
      classifier: s.classifier,
      outcome: s.outcome,
    }));
  const out: OpenQuestion[] = questions(profile, options).map((q) => ({
    ...q,
    classifies: [...new Set((byFact.get(q.fact)?.answers ?? []).flatMap((a) => a.settles.map((s) => s.classifier)))],
    answers: q.answers.map((a) => ({ ...a, classifications: settlesOf(q.fact, a.value) })),
  }));
  const asked = new Set(out.map((q) => q.fact));
  for (const q of classifying) {
    if (asked.has(q.fact)) continue;
    out.push({
      ...q,
      classifies: [...new Set(q.answers.flatMap((a) => a.settles.map((s) => s.classifier)))],
      answers: q.answers.map((a) => ({
        value: a.value,
        label: a.label,
        verdicts: [],
        obligationChanges: 0,
        classifications: a.settles.map((s) => ({ classifier: s.classifier, outcome: s.outcome })),
      })),
    });
  }
  return out;
}
