/**
 * Evaluates classifiers in three-valued logic. For `highest` classifiers the strictest outcome
 * of the rules that hold is the floor; rules still unknown above it keep stricter outcomes
 * possible, and only their missing facts are asked. A stated outcome (the class on the
 * certificate) wins over the derivation.
 */
import type { FactPath } from '../facts/vocabulary.ts';
import type { Classifier } from '../kb/types.ts';
import type { EvaluationContext } from './evaluation-context.ts';
import { FALSE, TRUE, UNKNOWN } from './truth.ts';
import type { Truth } from './truth.ts';

export interface ClassOutcome {
  /** Outcomes that hold for certain (`highest`: at most one). */
  readonly definite: readonly string[];
  /** Outcomes that may still hold, depending on missing facts (includes `definite`). */
  readonly possible: readonly string[];
  /** `highest`: the outcome of the strictest rule known to hold, if any. */
  readonly floor?: string;
  /** Truth of each rule, by index in `classifier.rules` (undefined: not evaluated). */
  readonly ruleTruth: readonly (Truth | undefined)[];
  readonly stated: boolean;
  readonly unknownFacts: readonly FactPath[];
  readonly applicable: Truth;
}

export function evaluateClassifier(c: Classifier, e: EvaluationContext): ClassOutcome {
  const ruleTruth: (Truth | undefined)[] = new Array<Truth | undefined>(c.rules.length);
  const startMark = e.unknown.length;
  const applicable = c.appliesWhen ? e.condition(c.appliesWhen) : TRUE;
  const applicableUnknown = e.unknown.splice(startMark);
  if (applicable === FALSE) return { definite: [], possible: [], ruleTruth, stated: false, unknownFacts: [], applicable };
  let floorOutcome: string | undefined;

  if (c.stated) {
    const mark = e.unknown.length;
    const stated = readStated(c, e);
    e.unknown.length = mark;
    if (stated !== undefined) {
      return { definite: [stated], possible: [stated], floor: stated, ruleTruth, stated: true, unknownFacts: [], applicable };
    }
  }

  const unknownByRule: FactPath[][] = [];
  for (let i = 0; i < c.rules.length; i++) {
    const mark = e.unknown.length;
    ruleTruth[i] = e.condition((c.rules[i] as Classifier['rules'][number]).when);
    unknownByRule[i] = e.unknown.splice(mark);
  }
  const rank = (o: string) => c.outcomes.indexOf(o);
  const unknownFacts = new Set<FactPath>(applicable === UNKNOWN ? applicableUnknown : []);
  let definite: string[];
  let possible: string[];
  if (c.mode === 'highest') {
    let floor = -1;
    c.rules.forEach((r, i) => {
      if (ruleTruth[i] === TRUE) floor = Math.max(floor, rank(r.outcome));
    });
    const above = new Set<string>();
    c.rules.forEach((r, i) => {
      if (ruleTruth[i] === UNKNOWN && rank(r.outcome) > floor) {
        above.add(r.outcome);
        for (const f of unknownByRule[i] ?? []) unknownFacts.add(f);
      }
    });
    floorOutcome = floor >= 0 ? c.outcomes[floor] : undefined;
    definite = floorOutcome !== undefined && above.size === 0 ? [floorOutcome] : [];
    possible = [...(floorOutcome !== undefined ? [floorOutcome] : []), ...above].sort((a, b) => rank(a) - rank(b));
    // With no rule known to hold, any unknown rule may still be the one that applies.
    if (floorOutcome === undefined) {
      c.rules.forEach((r, i) => {
        if (ruleTruth[i] === UNKNOWN) for (const f of unknownByRule[i] ?? []) unknownFacts.add(f);
      });
    }
  } else {
    const held = new Set<string>();
    const maybe = new Set<string>();
    c.rules.forEach((r, i) => {
      if (ruleTruth[i] === TRUE) held.add(r.outcome);
    });
    c.rules.forEach((r, i) => {
      if (ruleTruth[i] === UNKNOWN && !held.has(r.outcome)) {
        maybe.add(r.outcome);
        for (const f of unknownByRule[i] ?? []) unknownFacts.add(f);
      }
    });
    definite = [...held].sort((a, b) => rank(a) - rank(b));
    possible = [...new Set([...held, ...maybe])].sort((a, b) => rank(a) - rank(b));
  }
  if (applicable === UNKNOWN) definite = [];
  return {
    definite,
    possible,
    ...(floorOutcome !== undefined ? { floor: floorOutcome } : {}),
    ruleTruth,
    stated: false,
    unknownFacts: [...unknownFacts],
    applicable,
  };
}

function readStated(c: Classifier, e: EvaluationContext): string | undefined {
  if (!c.stated) return undefined;
  for (const o of c.outcomes) {
    if (e.condition({ kind: 'fact', fact: c.stated, test: { op: 'eq', value: o } }) === TRUE) return o;
  }
  return undefined;
}

/** Whether the outcome is one of `values`: true if every possible outcome is, false if none can be. */
export function outcomeIn(c: Classifier, r: ClassOutcome, values: readonly string[]): Truth {
  if (r.applicable === FALSE) return FALSE;
  if (c.mode === 'highest') {
    if (r.possible.length === 0) return r.applicable === UNKNOWN ? UNKNOWN : FALSE;
    if (r.applicable === TRUE && r.floor !== undefined && r.possible.every((o) => values.includes(o))) return TRUE;
    if (r.possible.every((o) => !values.includes(o))) return FALSE;
    return UNKNOWN;
  }
  if (r.applicable === TRUE && r.definite.some((o) => values.includes(o))) return TRUE;
  if (r.possible.every((o) => !values.includes(o))) return FALSE;
  return UNKNOWN;
}
