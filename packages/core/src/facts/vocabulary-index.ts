/** Flat views of the vocabulary: every leaf fact by its dotted path, in questionnaire order. */
import type { FactNode, FactSpec } from './vocabulary-dsl.ts';
import { VOCABULARY } from './vocabulary.ts';
import type { FactPath } from './vocabulary.ts';

function flatten(
  children: Readonly<Record<string, FactNode>>,
  prefix: string,
  out: Map<string, FactSpec>,
): void {
  for (const [key, spec] of Object.entries(children)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (spec.type === 'group') flatten(spec.children, path, out);
    else out.set(path, spec);
  }
}

const index = new Map<string, FactSpec>();
flatten(VOCABULARY, '', index);

export const FACTS: ReadonlyMap<FactPath, FactSpec> = index as Map<FactPath, FactSpec>;

export function factSpec(path: string): FactSpec | undefined {
  return index.get(path);
}

export function isFactPath(path: string): path is FactPath {
  return index.has(path);
}

const ORDER = new Map<string, number>([...index.keys()].map((k, i) => [k, i]));

/** Sorts fact paths in questionnaire order (the order of the vocabulary). */
export const byFactOrder = (a: string, b: string): number => (ORDER.get(a) ?? 0) - (ORDER.get(b) ?? 0);
