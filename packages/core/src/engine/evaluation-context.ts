/**
 * What compiled conditions and classifiers read from an evaluation in progress. `Evaluation`
 * implements it; keeping it apart lets the compiler and the classifier sit below the evaluator
 * that uses them.
 */
import type { FactPath } from '../facts/vocabulary.ts';
import type { Condition } from '../kb/types.ts';
import type { Truth } from './truth.ts';

/**
 * Marks a fact inside a group the profile states is absent (`product: null` for an
 * organisation-only profile): no such thing exists, so every test on it is false.
 */
export const ABSENT: unique symbol = Symbol('absent');

export interface EvaluationContext {
  readonly profile: unknown;
  /** Facts found missing, in the order met (callers take a mark and read what was added). */
  readonly unknown: FactPath[];
  condition(c: Condition): Truth;
  ref(ref: string): Truth;
  classIs(ref: string, values: readonly string[]): Truth;
}
