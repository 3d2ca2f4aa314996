/**
 * Small constructors that let an act file read like the act. They build plain data
 * (see types.ts); fact paths are checked by the compiler, so a misspelt fact does not compile.
 */
import type { FactPath, FactValueAt } from '../facts/vocabulary.ts';
import type { ProvisionId } from './provision-id.ts';
import type {
  ClassRule,
  ClassifierRef,
  Condition,
  Exception,
  FactTest,
  IsoDate,
  Obligation,
  PredicateRef,
  Rule,
  TimelineEvent,
} from './types.ts';

type Meta = { label?: string; cite?: ProvisionId };

const leaf = (fact: FactPath, test: FactTest, meta: Meta = {}): Condition => ({
  kind: 'fact',
  fact,
  test,
  ...meta,
});

/** The fact holds (a boolean fact that is true). */
export const is = (fact: FactPath, meta?: Meta): Condition => leaf(fact, { op: 'true' }, meta);
/** The fact has been stated (never unknown). */
export const known = (fact: FactPath, meta?: Meta): Condition => leaf(fact, { op: 'known' }, meta);
export const eq = <P extends FactPath>(fact: P, value: FactValueAt<P>, meta?: Meta): Condition =>
  leaf(fact, { op: 'eq', value: value as string | number | boolean }, meta);
export const oneOf = <P extends FactPath>(
  fact: P,
  values: readonly FactValueAt<P>[],
  meta?: Meta,
): Condition => leaf(fact, { op: 'in', values: values as readonly string[] }, meta);
/** A multi-select fact contains the value. */
export const has = <P extends FactPath>(
  fact: P,
  value: FactValueAt<P> extends readonly (infer V)[] ? V : never,
  meta?: Meta,
): Condition => leaf(fact, { op: 'has', value: value as string }, meta);
export const hasAny = <P extends FactPath>(
  fact: P,
  values: readonly (FactValueAt<P> extends readonly (infer V)[] ? V : never)[],
  meta?: Meta,
): Condition => leaf(fact, { op: 'hasAny', values: values as readonly string[] }, meta);
export const gte = (fact: FactPath, value: number, meta?: Meta): Condition =>
  leaf(fact, { op: 'gte', value }, meta);
export const gt = (fact: FactPath, value: number, meta?: Meta): Condition =>
  leaf(fact, { op: 'gt', value }, meta);
export const lt = (fact: FactPath, value: number, meta?: Meta): Condition =>
  leaf(fact, { op: 'lt', value }, meta);
export const lte = (fact: FactPath, value: number, meta?: Meta): Condition =>
  leaf(fact, { op: 'lte', value }, meta);
export const before = (fact: FactPath, value: IsoDate, meta?: Meta): Condition =>
  leaf(fact, { op: 'before', value }, meta);
export const onOrBefore = (fact: FactPath, value: IsoDate, meta?: Meta): Condition =>
  leaf(fact, { op: 'onOrBefore', value }, meta);
export const after = (fact: FactPath, value: IsoDate, meta?: Meta): Condition =>
  leaf(fact, { op: 'after', value }, meta);
export const onOrAfter = (fact: FactPath, value: IsoDate, meta?: Meta): Condition =>
  leaf(fact, { op: 'onOrAfter', value }, meta);

export const all = (...of: Condition[]): Condition => ({ kind: 'all', of });
export const any = (...of: Condition[]): Condition => ({ kind: 'any', of });
export const not = (of: Condition, meta?: Meta): Condition => ({ kind: 'not', of, ...meta });
export const firstKnown = (stated: Condition, derived: Condition, meta?: Meta): Condition => ({
  kind: 'firstKnown',
  of: [stated, derived],
  ...meta,
});
/** Another rule of the knowledge base, e.g. `ref('mdr:scope')`. */
export const ref = (predicate: PredicateRef, meta?: Meta): Condition => ({
  kind: 'ref',
  ref: predicate,
  ...meta,
});
export const always: Condition = { kind: 'const', value: true, label: 'always' };

/** Adds a label and citation to a composite condition. */
export const explain = (label: string, cite: ProvisionId | undefined, c: Condition): Condition =>
  cite ? { ...c, label, cite } : { ...c, label };

export const rule = (
  id: string,
  cite: ProvisionId,
  label: string,
  when: Condition,
  more: { unless?: Exception[]; note?: string } = {},
): Rule => ({ id, cite, label, when, ...more });

/** A named exception to a rule: `unless('Art 2(2)(a)', ...)`. */
export const unless = (id: string, cite: ProvisionId, label: string, when: Condition): Exception => ({
  id,
  cite,
  label,
  when,
});

export const event = (
  date: IsoDate,
  kind: TimelineEvent['kind'],
  label: string,
  more: Omit<TimelineEvent, 'date' | 'kind' | 'label'> = {},
): TimelineEvent => ({ date, kind, label, ...more });

export const duty = (o: Obligation): Obligation => o;

/** The outcome of a classifier is one of these values: `classIs('mdr:class', ['IIb', 'III'])`. */
export const classIs = (classifier: ClassifierRef, values: readonly string[], meta?: Meta): Condition => ({
  kind: 'class',
  classifier,
  in: values,
  ...meta,
});

export const classRule = (
  id: string,
  cite: ProvisionId,
  label: string,
  outcome: string,
  when: Condition,
  note?: string,
): ClassRule => (note ? { id, cite, label, outcome, when, note } : { id, cite, label, outcome, when });
