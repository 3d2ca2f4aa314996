/**
 * Gap assessment over the controls crosswalk.
 *
 * @example
 * import { assess, gapAssessment, selectControls, evaluateGap, overlapMatrix } from '@iomt/core';
 * const result = gapAssessment(profile, { asOf: '2026-11-23' }, state); // checklist, coverage, gaps
 * const assessment = assess(profile, { asOf: '2026-11-23' });
 * const selection = selectControls(assessment);                          // which controls, and why
 * const matrix = overlapMatrix(assessment, selection);                    // topics × acts
 */
import { assess } from '../engine/assess.ts';
import type { AssessOptions } from '../engine/assessment-types.ts';
import { validateOptions } from '../engine/options.ts';
import type { Profile } from '../facts/profile-schema.ts';
import { evaluateGap } from './evaluate.ts';
import { selectControls } from './select.ts';
import type { GapResult, GapState } from './types.ts';

export { closes } from './closes.ts';
export { coverageOf, evaluateGap, SCORING } from './evaluate.ts';
export type { EvaluateOptions } from './evaluate.ts';
export { OVERLAP_RULES, OVERLAP_TOPICS, overlapMatrix } from './overlap-matrix.ts';
export { selectControls } from './select.ts';
export {
  continueGapState,
  describeGapStateIssue,
  gapStateJsonSchema,
  GapStateSchema,
  initialGapState,
  parseGapState,
  validateGapState,
} from './state.ts';
export { CONTROL_STATUSES, GAP_STATE_SCHEMA } from './types.ts';
export type * from './types.ts';

/** Assesses the profile, selects its controls and evaluates the state against them, in one call. */
export function gapAssessment(profile: Profile, options: AssessOptions, state?: GapState): GapResult {
  validateOptions(options);
  return evaluateGap(selectControls(assess(profile, { ...options, explain: false })), state);
}
