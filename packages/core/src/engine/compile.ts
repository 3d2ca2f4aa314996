/**
 * Compiles conditions into closures for the fast path (verdicts without explanations): the
 * same three-valued semantics as `Evaluation.condition`, without interpreting the tree on every
 * call. Compiled once per condition node and cached.
 */
import type { FactPath } from '../facts/vocabulary.ts';
import type { Condition, FactTest, Rule } from '../kb/types.ts';
import { ABSENT } from './evaluation-context.ts';
import type { EvaluationContext } from './evaluation-context.ts';
import { FALSE, TRUE, UNKNOWN } from './truth.ts';
import type { Truth } from './truth.ts';

export type Compiled = (e: EvaluationContext) => Truth;

const compiled = new WeakMap<Condition, Compiled>();

function reader(path: FactPath): (profile: unknown) => unknown {
  const parts = path.split('.');
  if (parts.length === 2) {
    const [a, b] = parts as [string, string];
    return (p) => {
      const g = (p as Record<string, unknown>)[a];
      if (g === null) return ABSENT;
      return g === undefined ? undefined : ((g as Record<string, unknown>)[b] ?? undefined);
    };
  }
  return (p) => {
    let node: unknown = p;
    for (let i = 0; i < parts.length; i++) {
      if (node === null || typeof node !== 'object') return undefined;
      node = (node as Record<string, unknown>)[parts[i] as string];
      if (node === null && i === 0) return ABSENT;
    }
    return node ?? undefined;
  };
}

function tester(t: FactTest): (v: unknown) => Truth {
  switch (t.op) {
    case 'true':
      return (v) => (v === true ? TRUE : FALSE);
    case 'eq':
      return (v) => (v === t.value ? TRUE : FALSE);
    case 'in': {
      const set = new Set<unknown>(t.values);
      return (v) => (set.has(v) ? TRUE : FALSE);
    }
    case 'has':
      return (v) => (Array.isArray(v) && v.includes(t.value) ? TRUE : FALSE);
    case 'hasAny':
      return (v) => (Array.isArray(v) && v.some((x) => t.values.includes(x as string)) ? TRUE : FALSE);
    case 'gte':
      return (v) => ((v as number) >= t.value ? TRUE : FALSE);
    case 'gt':
      return (v) => ((v as number) > t.value ? TRUE : FALSE);
    case 'lt':
      return (v) => ((v as number) < t.value ? TRUE : FALSE);
    case 'lte':
      return (v) => ((v as number) <= t.value ? TRUE : FALSE);
    case 'before':
      return (v) => ((v as string) < t.value ? TRUE : FALSE);
    case 'onOrBefore':
      return (v) => ((v as string) <= t.value ? TRUE : FALSE);
    case 'after':
      return (v) => ((v as string) > t.value ? TRUE : FALSE);
    case 'onOrAfter':
      return (v) => ((v as string) >= t.value ? TRUE : FALSE);
    case 'known':
      return () => TRUE;
  }
}

function build(c: Condition): Compiled {
  switch (c.kind) {
    case 'fact': {
      const read = reader(c.fact);
      const test = tester(c.test);
      const fact = c.fact;
      if (c.test.op === 'known') return (e) => (read(e.profile) === undefined || read(e.profile) === ABSENT ? FALSE : TRUE);
      return (e) => {
        const v = read(e.profile);
        if (v === ABSENT) return FALSE;
        if (v === undefined) {
          e.unknown.push(fact);
          return UNKNOWN;
        }
        return test(v);
      };
    }
    case 'const': {
      const v = c.value ? TRUE : FALSE;
      return () => v;
    }
    case 'not': {
      const sub = compile(c.of);
      return (e) => {
        const v = sub(e);
        return v === UNKNOWN ? UNKNOWN : v === TRUE ? FALSE : TRUE;
      };
    }
    case 'all': {
      const subs = c.of.map(compile);
      return (e) => {
        let result: Truth = TRUE;
        for (const sub of subs) {
          const v = sub(e);
          if (v === FALSE) return FALSE;
          if (v === UNKNOWN) result = UNKNOWN;
        }
        return result;
      };
    }
    case 'any': {
      const subs = c.of.map(compile);
      return (e) => {
        let result: Truth = FALSE;
        for (const sub of subs) {
          const v = sub(e);
          if (v === TRUE) return TRUE;
          if (v === UNKNOWN) result = UNKNOWN;
        }
        return result;
      };
    }
    case 'firstKnown': {
      const stated = compile(c.of[0]);
      const derived = compile(c.of[1]);
      return (e) => {
        const mark = e.unknown.length;
        const s = stated(e);
        const statedUnknown = e.unknown.splice(mark);
        if (s !== UNKNOWN) return s;
        const d = derived(e);
        if (d === UNKNOWN) e.unknown.push(...statedUnknown);
        return d;
      };
    }
    case 'ref': {
      const ref = c.ref;
      return (e) => e.ref(ref);
    }
    case 'class': {
      const ref = c.classifier;
      const values = c.in;
      return (e) => e.classIs(ref, values);
    }
  }
}

export function compile(c: Condition): Compiled {
  let f = compiled.get(c);
  if (!f) {
    f = build(c);
    compiled.set(c, f);
  }
  return f;
}

/** A rule: its condition, unless one of its exceptions holds (as `Evaluation.rule`). */
export function compileRule(rule: Rule): Compiled {
  const when = compile(rule.when);
  const exceptions = (rule.unless ?? []).map((ex) => compile(ex.when));
  if (exceptions.length === 0) return when;
  return (e) => {
    let value = when(e);
    if (value === FALSE) return FALSE;
    for (const ex of exceptions) {
      const v = ex(e);
      if (v === TRUE) return FALSE;
      if (v === UNKNOWN) value = UNKNOWN;
    }
    return value;
  };
}
