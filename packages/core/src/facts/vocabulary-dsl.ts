/**
 * Building blocks of the facts vocabulary. Each fact carries the question a questionnaire asks,
 * a short help text and, where the law defines the concept, the provision that does.
 */
import type { ProvisionId } from '../kb/provision-id.ts';

interface FactBase {
  readonly question: string;
  readonly help?: string;
  readonly cite?: ProvisionId;
}

export interface BooleanFact extends FactBase {
  readonly type: 'boolean';
}
export interface NumberFact extends FactBase {
  readonly type: 'number';
  readonly unit: string;
  readonly integer?: boolean;
}
export interface DateFact extends FactBase {
  readonly type: 'date';
}
export interface TextFact extends FactBase {
  readonly type: 'text';
}
export interface EnumFact<V extends string = string> extends FactBase {
  readonly type: 'enum';
  readonly values: readonly V[];
  readonly labels?: Readonly<Record<V, string>>;
}
/** A multi-select: a given list is taken as complete (what is not listed does not hold). */
export interface SetFact<V extends string = string> extends FactBase {
  readonly type: 'set';
  readonly values: readonly V[];
  readonly labels?: Readonly<Record<V, string>>;
}
export type FactSpec = BooleanFact | NumberFact | DateFact | TextFact | EnumFact | SetFact;

/** A group of facts, nested to any depth. */
export interface AnyFactGroup {
  readonly type: 'group';
  readonly title: string;
  readonly children: Readonly<Record<string, FactNode>>;
}
export type FactNode = FactSpec | AnyFactGroup;

export interface FactGroup<C extends Readonly<Record<string, FactNode>> = Readonly<Record<string, FactNode>>>
  extends AnyFactGroup {
  readonly children: C;
}

export const bool = (question: string, more: Omit<FactBase, 'question'> = {}): BooleanFact => ({
  type: 'boolean',
  question,
  ...more,
});
export const num = (
  question: string,
  unit: string,
  more: Omit<FactBase, 'question'> & { integer?: boolean } = {},
): NumberFact => ({ type: 'number', question, unit, ...more });
export const date = (question: string, more: Omit<FactBase, 'question'> = {}): DateFact => ({
  type: 'date',
  question,
  ...more,
});
export const text = (question: string, more: Omit<FactBase, 'question'> = {}): TextFact => ({
  type: 'text',
  question,
  ...more,
});
export const oneOf = <V extends string>(
  question: string,
  labels: Readonly<Record<V, string>>,
  more: Omit<FactBase, 'question'> = {},
): EnumFact<V> => ({
  type: 'enum',
  question,
  values: Object.keys(labels) as V[],
  labels,
  ...more,
});
export const setOf = <V extends string>(
  question: string,
  labels: Readonly<Record<V, string>>,
  more: Omit<FactBase, 'question'> = {},
): SetFact<V> => ({
  type: 'set',
  question,
  values: Object.keys(labels) as V[],
  labels,
  ...more,
});
export const group = <C extends Readonly<Record<string, FactNode>>>(
  title: string,
  children: C,
): FactGroup<C> => ({ type: 'group', title, children });

/** Dotted paths to every leaf fact of a group, e.g. `product.medicalDevice.class`. */
export type LeafPaths<C> = {
  [K in keyof C & string]: C[K] extends FactGroup<infer G> ? `${K}.${LeafPaths<G>}` : K;
}[keyof C & string];

/** The TypeScript value type of one fact spec. */
export type FactValue<S> = S extends BooleanFact
  ? boolean
  : S extends NumberFact
    ? number
    : S extends DateFact | TextFact
      ? string
      : S extends EnumFact<infer V>
        ? V
        : S extends SetFact<infer V>
          ? V[]
          : never;

/** The value type at one dotted path. */
export type ValueAt<C, P extends string> = P extends `${infer K}.${infer Rest}`
  ? K extends keyof C
    ? C[K] extends FactGroup<infer G>
      ? ValueAt<G, Rest>
      : never
    : never
  : P extends keyof C
    ? FactValue<C[P]>
    : never;
