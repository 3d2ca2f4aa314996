/**
 * Screening: the decisions of an assessment without the report. For every act its scope truth
 * and verdict, for every obligation in play its status, as compact codes. `assess` builds its
 * report on this; batch callers (fleets, benchmarks) can use it directly.
 */
import type { Profile } from '../facts/profile-schema.ts';
import { knowledgeBase } from '../kb/knowledge-base.ts';
import type { AssessOptions, Verdict } from './assessment-types.ts';
import type { IsoDate, StartsAfter } from '../kb/types.ts';
import { addMonths } from '../time/plain-date.ts';
import { Evaluation, readFact } from './evaluate.ts';
import type { PartState } from './timeline.ts';
import type { Compiled } from './compile.ts';
import { ROLE_TESTS, planFor } from './assessment-plan.ts';
import type { ActPlan, Plan } from './assessment-plan.ts';
import { FALSE, UNKNOWN, andTruth } from './truth.ts';
import type { Truth } from './truth.ts';

/** Obligation status codes: not binding this profile, applies, applies later, possible. */
export const NOT_BINDING = 0;
export const APPLIES = 1;
export const APPLIES_LATER = 2;
export const POSSIBLE = 3;
const NOT_YET = 255;

export interface Screening {
  readonly plan: Plan;
  readonly evaluation: Evaluation;
  /** Scope truth per act, in plan order. */
  readonly scope: Uint8Array;
  /** Status code per obligation, in the plan's flat order. */
  readonly status: Uint8Array;
}

export function decideVerdict(scope: Truth, p: ActPlan): Verdict {
  if (scope === FALSE) return 'does-not-apply';
  if (p.whole.status === 'ended') return 'no-longer-applies';
  if (scope === UNKNOWN) return 'unknown';
  if (p.whole.status === 'applies' || p.parts.some((x) => x.status === 'applies')) return 'applies';
  return 'applies-from';
}

export function screenPlan(profile: Profile, plan: Plan): Screening {
  const evaluation = new Evaluation(profile, knowledgeBase);
  const scope = new Uint8Array(plan.acts.length);
  const status = new Uint8Array(plan.obligationCount);
  // Role truths are shared by many obligations: compute each once, on first need.
  const roles = new Uint8Array(ROLE_TESTS.length).fill(NOT_YET);
  for (let i = 0; i < plan.acts.length; i++) {
    const p = plan.acts[i] as ActPlan;
    const s = p.scope(evaluation);
    scope[i] = s;
    if (s === FALSE) continue;
    for (let j = 0; j < p.obligations.length; j++) {
      const op = p.obligations[j];
      if (!op) continue;
      let role = roles[op.roleIndex] as number;
      if (role === NOT_YET) role = roles[op.roleIndex] = (ROLE_TESTS[op.roleIndex] as Compiled)(evaluation);
      if (role === FALSE) continue;
      const t = op.when ? andTruth(role as Truth, op.when(evaluation)) : (role as Truth);
      if (t === FALSE) continue;
      const timing = op.obligation.startsAfter ? startOf(op.obligation.startsAfter, profile, plan.asOf, op.timing) : op.timing;
      status[p.firstObligation + j] =
        s === UNKNOWN || t === UNKNOWN || timing === undefined
          ? POSSIBLE
          : timing.status === 'applies'
            ? APPLIES
            : APPLIES_LATER;
    }
    evaluation.unknown.length = 0;
  }
  return { plan, evaluation, scope, status };
}

const startCache = new Map<string, IsoDate>();

/**
 * When a duty that starts a fixed time after a stated date begins for this profile: the later
 * of that date and the date its part of the act applies. Undefined while the date is unknown.
 */
export function startOf(start: StartsAfter, profile: Profile, asOf: IsoDate, timing: PartState): PartState | undefined {
  const stated = readFact(profile, start.fact);
  if (typeof stated !== 'string') return undefined;
  const key = `${stated}+${start.months}`;
  let from = startCache.get(key);
  if (from === undefined) {
    from = addMonths(stated, start.months);
    startCache.set(key, from);
  }
  if (timing.from !== undefined && timing.from > from) return timing;
  return { part: timing.part, status: from <= asOf ? 'applies' : 'applies-from', from };
}

/** Screens a profile: verdict and obligation decisions only, no explanations. */
export function screen(profile: Profile, options: AssessOptions): Screening {
  return screenPlan(profile, planFor(options.asOf, options.horizonMonths ?? 24, options.scenarios ?? []));
}
