/**
 * What to ask next: every missing fact that can change an answer, each possible answer and the
 * verdicts it would change. Found by re-assessing the profile with each answer in turn, so a
 * question is listed only if it makes a difference.
 */
import { FACTS } from '../facts/vocabulary-index.ts';
import type { FactPath } from '../facts/vocabulary.ts';
import type { FactSpec } from '../facts/vocabulary-dsl.ts';
import type { Profile } from '../facts/profile-schema.ts';
import type { ActId, ProvisionId } from '../kb/provision-id.ts';
import { allConditions } from '../kb/walk.ts';
import { addDays } from '../time/plain-date.ts';
import { assess } from './assess.ts';
import type { AssessOptions, Verdict } from './assessment-types.ts';
import { diffAssessments } from './contrast.ts';
import { setFact } from './set-fact.ts';

export interface AnswerImpact {
  readonly value: unknown;
  readonly label: string;
  /** Acts whose verdict this answer would change, with the new verdict. */
  readonly verdicts: readonly { readonly act: ActId; readonly verdict: Verdict }[];
  /** How many obligations would appear, drop out or change status. */
  readonly obligationChanges: number;
}

export interface Question {
  readonly fact: FactPath;
  readonly question: string;
  readonly help?: string;
  readonly cite?: ProvisionId;
  readonly type: FactSpec['type'];
  /** The acts whose verdict depends on the answer. */
  readonly affects: readonly ActId[];
  readonly answers: readonly AnswerImpact[];
}

let thresholdCache: Map<string, Set<string | number>> | undefined;

/** The values rules compare each fact with: the answers worth trying for numbers and dates. */
function thresholds(): Map<string, Set<string | number>> {
  if (thresholdCache) return thresholdCache;
  const map = new Map<string, Set<string | number>>();
  for (const { condition: c } of allConditions()) {
    if (c.kind !== 'fact' || !('value' in c.test)) continue;
    const v = c.test.value;
    if (typeof v !== 'number' && typeof v !== 'string') continue;
    const set = map.get(c.fact) ?? new Set();
    set.add(v);
    map.set(c.fact, set);
  }
  thresholdCache = map;
  return map;
}

export function candidateAnswers(fact: FactPath, spec: FactSpec): { value: unknown; label: string }[] {
  const labels = 'labels' in spec ? (spec.labels) : undefined;
  switch (spec.type) {
    case 'boolean':
      return [
        { value: true, label: 'yes' },
        { value: false, label: 'no' },
      ];
    case 'enum':
      return spec.values.map((v) => ({ value: v, label: labels?.[v] ?? v }));
    case 'set':
      return [
        { value: [], label: 'none of these' },
        ...spec.values.map((v) => ({ value: [v], label: `only: ${labels?.[v] ?? v}` })),
      ];
    case 'number': {
      const points = [...(thresholds().get(fact) ?? [])].filter((v): v is number => typeof v === 'number').sort((a, b) => a - b);
      const values = new Set<number>();
      for (const t of points) {
        if (t > 0) values.add(t - 1);
        values.add(t);
        values.add(t + 1);
      }
      return [...values].sort((a, b) => a - b).map((v) => ({ value: v, label: `${v.toLocaleString('en-GB')} ${spec.unit}` }));
    }
    case 'date': {
      const points = [...(thresholds().get(fact) ?? [])].filter((v): v is string => typeof v === 'string').sort();
      const values = new Set<string>();
      for (const t of points) {
        values.add(addDays(t, -1));
        values.add(t);
      }
      return [...values].sort().map((v) => ({ value: v, label: v }));
    }
    case 'text':
      return [];
  }
}

export function questions(profile: Profile, options: AssessOptions): Question[] {
  const base = assess(profile, { ...options, explain: false });
  const baseVerdict = new Map(base.acts.map((a) => [a.act, a.verdict]));
  const result: Question[] = [];
  for (const fact of base.missingFacts) {
    const spec = FACTS.get(fact);
    if (!spec) continue;
    const answers: AnswerImpact[] = [];
    const affects = new Set<ActId>();
    for (const candidate of candidateAnswers(fact, spec)) {
      const variant = assess(setFact(profile, fact, candidate.value), { ...options, explain: false });
      const verdicts = variant.acts
        .filter((a) => a.verdict !== baseVerdict.get(a.act))
        .map((a) => ({ act: a.act, verdict: a.verdict }));
      for (const v of verdicts) affects.add(v.act);
      answers.push({
        value: candidate.value,
        label: candidate.label,
        verdicts,
        obligationChanges: diffAssessments(base, variant).obligations.length,
      });
    }
    if (answers.some((a) => a.verdicts.length > 0 || a.obligationChanges !== 0)) {
      result.push({
        fact,
        question: spec.question,
        ...(spec.help ? { help: spec.help } : {}),
        ...(spec.cite ? { cite: spec.cite } : {}),
        type: spec.type,
        affects: [...affects],
        answers,
      });
    }
  }
  // Questions that settle the most acts first; ties keep questionnaire order.
  return result
    .map((q, i) => ({ q, i }))
    .sort((a, b) => b.q.affects.length - a.q.affects.length || a.i - b.i)
    .map(({ q }) => q);
}
