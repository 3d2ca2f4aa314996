/**
 * Evaluates conditions and rules over a profile in three-valued logic, recording why: every
 * labelled condition becomes a reason with its citation, and every fact that was needed but
 * missing is collected so it can be asked.
 */
import type { FactPath } from '../facts/vocabulary.ts';
import type { ProvisionId } from '../kb/provision-id.ts';
import type { Classifier, Condition, FactTest, Rule } from '../kb/types.ts';
import { evaluateClassifier, outcomeIn } from './classification.ts';
import type { ClassOutcome } from './classification.ts';
import { compile } from './compile.ts';
import { ABSENT } from './evaluation-context.ts';
import type { EvaluationContext } from './evaluation-context.ts';
import { FALSE, TRUE, UNKNOWN, truthName } from './truth.ts';
import type { Truth } from './truth.ts';

export interface Reason {
  readonly label: string;
  readonly cite?: ProvisionId;
  readonly value: 'true' | 'false' | 'unknown';
  /** For a test of a single fact: which fact, and what the profile says. */
  readonly fact?: FactPath;
  readonly factValue?: unknown;
  readonly children?: Reason[];
}

export interface RuleLookup {
  rule(ref: string): Rule | undefined;
  classifier(ref: string): Classifier | undefined;
}

interface Memo {
  readonly value: Truth;
  readonly unknownFacts: readonly FactPath[];
}

export class Evaluation implements EvaluationContext {
  private readonly memo = new Map<string, Memo>();
  private readonly classMemo = new Map<string, ClassOutcome>();
  /**
   * Facts found missing, in the order met. Callers take a mark (`unknown.length`) before
   * evaluating and read what was added after it; an array is far cheaper than a set per call.
   */
  readonly unknown: FactPath[] = [];

  constructor(
    readonly profile: unknown,
    private readonly rules: RuleLookup,
  ) {}

  /** The distinct facts missing since `mark`. */
  missingSince(mark: number): FactPath[] {
    return mark === this.unknown.length ? [] : [...new Set(this.unknown.slice(mark))];
  }

  /** Evaluates a condition; labelled nodes are appended to `out` when it is given. */
  condition(c: Condition, out?: Reason[]): Truth {
    if (out && c.label !== undefined) {
      const children: Reason[] = [];
      const value = this.conditionBody(c, children);
      const reason: Reason = {
        label: c.label,
        value: truthName(value),
        ...(c.cite ? { cite: c.cite } : {}),
        ...(c.kind === 'fact' ? { fact: c.fact, factValue: factValueForReason(readFact(this.profile, c.fact)) } : {}),
        ...(children.length > 0 ? { children } : {}),
      };
      out.push(reason);
      return value;
    }
    return out ? this.conditionBody(c, out) : compile(c)(this);
  }

  private conditionBody(c: Condition, out: Reason[] | undefined): Truth {
    switch (c.kind) {
      case 'fact': {
        const v = testFact(readFact(this.profile, c.fact), c.test);
        if (v === UNKNOWN) this.unknown.push(c.fact);
        return v;
      }
      case 'const':
        return c.value ? TRUE : FALSE;
      case 'not': {
        const v = this.condition(c.of, out);
        return v === UNKNOWN ? UNKNOWN : v === TRUE ? FALSE : TRUE;
      }
      case 'all': {
        let result: Truth = TRUE;
        for (const sub of c.of) {
          const v = this.condition(sub, out);
          if (v === FALSE) return FALSE;
          if (v === UNKNOWN) result = UNKNOWN;
        }
        return result;
      }
      case 'any': {
        let result: Truth = FALSE;
        for (const sub of c.of) {
          const v = this.condition(sub, out);
          if (v === TRUE) return TRUE;
          if (v === UNKNOWN) result = UNKNOWN;
        }
        return result;
      }
      case 'firstKnown': {
        const mark = this.unknown.length;
        const stated = this.condition(c.of[0], out);
        const statedUnknown = this.unknown.splice(mark);
        if (stated !== UNKNOWN) return stated;
        const derived = this.condition(c.of[1], out);
        // Ask the stated fact only if the derivation cannot settle the answer either.
        if (derived === UNKNOWN) this.unknown.push(...statedUnknown);
        return derived;
      }
      case 'ref':
        return this.ref(c.ref, out);
      case 'class':
        return this.classIs(c.classifier, c.in);
    }
  }

  /** Evaluates a classifier once per profile; its missing facts count wherever it is used. */
  classification(ref: string): ClassOutcome {
    let r = this.classMemo.get(ref);
    if (!r) {
      const c = this.rules.classifier(ref);
      if (!c) throw new Error(`unknown classifier reference ${ref}`);
      const saved = this.unknown.splice(0);
      r = evaluateClassifier(c, this);
      this.unknown.push(...saved);
      this.classMemo.set(ref, r);
    }
    return r;
  }

  classIs(ref: string, values: readonly string[]): Truth {
    const r = this.classification(ref);
    const c = this.rules.classifier(ref) as Classifier;
    const v = outcomeIn(c, r, values);
    if (v === UNKNOWN) this.unknown.push(...r.unknownFacts);
    return v;
  }

  /** Evaluates a named rule of the knowledge base. */
  ref(ref: string, out?: Reason[]): Truth {
    if (!out) {
      const hit = this.memo.get(ref);
      if (hit) {
        if (hit.value === UNKNOWN) this.unknown.push(...hit.unknownFacts);
        return hit.value;
      }
    }
    const rule = this.rules.rule(ref);
    if (!rule) throw new Error(`unknown rule reference ${ref}`);
    const mark = this.unknown.length;
    const value = this.rule(rule, out);
    if (!out) this.memo.set(ref, { value, unknownFacts: value === UNKNOWN ? this.unknown.slice(mark) : [] });
    return value;
  }

  /** A rule holds when its condition holds and none of its exceptions does. */
  rule(rule: Rule, out?: Reason[]): Truth {
    const children: Reason[] | undefined = out ? [] : undefined;
    let value = this.condition(rule.when, children);
    if (value !== FALSE && rule.unless) {
      for (const ex of rule.unless) {
        const exChildren: Reason[] | undefined = children ? [] : undefined;
        const exValue = this.condition(ex.when, exChildren);
        if (children && exValue !== FALSE) {
          children.push({
            label: `unless ${ex.label}`,
            cite: ex.cite,
            value: truthName(exValue),
            ...(exChildren && exChildren.length > 0 ? { children: exChildren } : {}),
          });
        }
        if (exValue === TRUE) {
          value = FALSE;
          break;
        }
        if (exValue === UNKNOWN) value = UNKNOWN;
      }
    }
    if (out && children) {
      out.push({ label: rule.label, cite: rule.cite, value: truthName(value), children });
    }
    return value;
  }
}

const pathCache = new Map<string, readonly string[]>();

export { ABSENT };

/** Reads a fact by dotted path; a missing or null fact is unknown (undefined). */
export function readFact(profile: unknown, path: string): unknown {
  let parts = pathCache.get(path);
  if (!parts) {
    parts = path.split('.');
    pathCache.set(path, parts);
  }
  let node: unknown = profile;
  for (let i = 0; i < parts.length; i++) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<string, unknown>)[parts[i] as string];
    if (node === null && i === 0 && parts.length > 1) return ABSENT;
  }
  return node ?? undefined;
}

function testFact(value: unknown, test: FactTest): Truth {
  if (value === ABSENT) return FALSE;
  if (test.op === 'known') return value === undefined ? FALSE : TRUE;
  if (value === undefined) return UNKNOWN;
  switch (test.op) {
    case 'true':
      return value === true ? TRUE : FALSE;
    case 'eq':
      return value === test.value ? TRUE : FALSE;
    case 'in':
      return test.values.includes(value as string) ? TRUE : FALSE;
    case 'has':
      return Array.isArray(value) && value.includes(test.value) ? TRUE : FALSE;
    case 'hasAny':
      return Array.isArray(value) && value.some((v) => test.values.includes(v as string)) ? TRUE : FALSE;
    case 'gte':
      return (value as number) >= test.value ? TRUE : FALSE;
    case 'gt':
      return (value as number) > test.value ? TRUE : FALSE;
    case 'lt':
      return (value as number) < test.value ? TRUE : FALSE;
    case 'lte':
      return (value as number) <= test.value ? TRUE : FALSE;
    case 'before':
      return (value as string) < test.value ? TRUE : FALSE;
    case 'onOrBefore':
      return (value as string) <= test.value ? TRUE : FALSE;
    case 'after':
      return (value as string) > test.value ? TRUE : FALSE;
    case 'onOrAfter':
      return (value as string) >= test.value ? TRUE : FALSE;
  }
}

function factValueForReason(v: unknown): unknown {
  return v === ABSENT ? 'no product' : v;
}
