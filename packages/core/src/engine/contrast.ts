/**
 * Contrast: the same profile under changed facts, another date or other scenarios, act by act
 * and obligation by obligation. This is how the tool shows that two products with the same
 * function can face different law (e.g. certified as a medical device or not).
 */
import type { Profile } from '../facts/profile-schema.ts';
import type { ActId } from '../kb/provision-id.ts';
import { assess } from './assess.ts';
import type { AssessOptions, Assessment, ObligationResult, ObligationStatus, Verdict } from './assessment-types.ts';
import { setFact } from './set-fact.ts';

export interface ContrastVariant {
  /** Facts to change, by dotted path; `null` makes a fact unknown. */
  readonly facts?: Readonly<Record<string, unknown>>;
  readonly asOf?: string;
  readonly scenarios?: readonly string[];
}

export interface ActDifference {
  readonly act: ActId;
  readonly base: Verdict;
  readonly variant: Verdict;
  readonly baseFrom?: string;
  readonly variantFrom?: string;
}

export interface ObligationDifference {
  readonly id: string;
  readonly act: ActId;
  readonly title: string;
  readonly citation: string;
  readonly base: ObligationStatus | 'none';
  readonly variant: ObligationStatus | 'none';
}

export interface Contrast {
  readonly variant: ContrastVariant;
  readonly base: Assessment;
  readonly other: Assessment;
  readonly acts: readonly ActDifference[];
  readonly obligations: readonly ObligationDifference[];
}

export function diffAssessments(base: Assessment, other: Assessment): Pick<Contrast, 'acts' | 'obligations'> {
  const otherActs = new Map(other.acts.map((a) => [a.act, a]));
  const acts: ActDifference[] = [];
  for (const a of base.acts) {
    const b = otherActs.get(a.act);
    if (!b) continue;
    if (a.verdict !== b.verdict || a.applicableFrom !== b.applicableFrom) {
      acts.push({
        act: a.act,
        base: a.verdict,
        variant: b.verdict,
        ...(a.applicableFrom ? { baseFrom: a.applicableFrom } : {}),
        ...(b.applicableFrom ? { variantFrom: b.applicableFrom } : {}),
      });
    }
  }
  const baseOb = new Map(base.obligations.map((o) => [o.id, o]));
  const otherOb = new Map(other.obligations.map((o) => [o.id, o]));
  const obligations: ObligationDifference[] = [];
  const describe = (o: ObligationResult, b: ObligationStatus | 'none', v: ObligationStatus | 'none') => ({
    id: o.id,
    act: o.act,
    title: o.title,
    citation: o.citation,
    base: b,
    variant: v,
  });
  for (const o of base.obligations) {
    const v = otherOb.get(o.id);
    if (!v) obligations.push(describe(o, o.status, 'none'));
    else if (v.status !== o.status) obligations.push(describe(o, o.status, v.status));
  }
  for (const o of other.obligations) if (!baseOb.has(o.id)) obligations.push(describe(o, 'none', o.status));
  return { acts, obligations };
}

export function contrast(profile: Profile, options: AssessOptions, variant: ContrastVariant): Contrast {
  let changed = profile;
  for (const [path, value] of Object.entries(variant.facts ?? {})) changed = setFact(changed, path, value);
  const base = assess(profile, options);
  const other = assess(changed, {
    ...options,
    ...(variant.asOf ? { asOf: variant.asOf } : {}),
    ...(variant.scenarios ? { scenarios: variant.scenarios } : {}),
  });
  return { variant, base, other, ...diffAssessments(base, other) };
}
