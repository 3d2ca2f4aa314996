/**
 * Questions for classification, in the order that settles the outcomes fastest: each missing
 * fact is tried with every possible answer, and facts whose answers settle the most open
 * classifications on average come first.
 */
import type { Profile } from '../facts/profile-schema.ts';
import { FACTS } from '../facts/vocabulary-index.ts';
import type { AssessOptions } from './assessment-types.ts';
import { classify } from './classify.ts';
import type { ClassifyResult } from './classify.ts';
import { candidateAnswers } from './questions.ts';
import type { Question } from './questions.ts';
import { setFact } from './set-fact.ts';

const summary = (r: ClassifyResult): Map<string, string> =>
  new Map(r.classifications.map((c) => [c.classifier, `${c.status}:${c.status === 'decided' ? c.outcomes.join('+') : c.possible.join('|')}`]));

export interface ClassificationQuestion extends Omit<Question, 'answers'> {
  readonly answers: readonly {
    readonly value: unknown;
    readonly label: string;
    /** Classifications this answer would decide or change, with their new outcome. */
    readonly settles: readonly { readonly classifier: string; readonly status: string; readonly outcome: string }[];
  }[];
}

export function classificationQuestions(profile: Profile, options: AssessOptions): ClassificationQuestion[] {
  const base = classify(profile, { ...options, explain: false });
  const before = summary(base);
  const scored: { q: ClassificationQuestion; score: number; order: number }[] = [];
  base.missingFacts.forEach((fact, order) => {
    const spec = FACTS.get(fact);
    if (!spec) return;
    const answers: ClassificationQuestion['answers'][number][] = [];
    let settledTotal = 0;
    const affects = new Set<string>();
    for (const candidate of candidateAnswers(fact, spec)) {
      const after = classify(setFact(profile, fact, candidate.value), { ...options, explain: false });
      const settles = after.classifications
        .filter((c) => before.get(c.classifier) !== summary({ ...after, classifications: [c] }).get(c.classifier))
        .map((c) => ({ classifier: c.classifier, status: c.status, outcome: c.status === 'decided' ? c.outcomes.join('+') : c.possible.join(' or ') }));
      settledTotal += settles.filter((s) => s.status === 'decided').length;
      for (const s of settles) affects.add(s.classifier);
      answers.push({ value: candidate.value, label: candidate.label, settles });
    }
    if (affects.size === 0) return;
    scored.push({
      q: {
        fact,
        question: spec.question,
        ...(spec.help ? { help: spec.help } : {}),
        ...(spec.cite ? { cite: spec.cite } : {}),
        type: spec.type,
        affects: [...affects].map((a) => a.split(':')[0] as Question['affects'][number]),
        answers,
      },
      score: answers.length > 0 ? settledTotal / answers.length : 0,
      order,
    });
  });
  return scored.sort((a, b) => b.score - a.score || a.order - b.order).map((s) => s.q);
}
