/**
 * Facts as people read them: the vocabulary's question instead of the dotted path, and each
 * value by its label (`Physical device`, `yes`, `120 employees`) instead of its code.
 */
import { humanize } from '@iomt/core/labels';
import type { VocabularyFact } from '../api/types.ts';

export type FactIndex = ReadonlyMap<string, VocabularyFact>;

export function indexFacts(facts: readonly VocabularyFact[]): FactIndex {
  return new Map(facts.map((f) => [f.path, f]));
}

/** The question that asks for the fact, or words made from its last path segment. */
export function factQuestion(path: string, facts?: FactIndex): string {
  return facts?.get(path)?.question ?? humanize(path.split('.').pop() ?? path);
}

/** A short name for the fact: its group and question, for pickers and tables. */
export function factTitle(path: string, facts?: FactIndex): string {
  const f = facts?.get(path);
  return f ? `${f.group ? `${f.group}: ` : ''}${f.question}` : humanize(path.split('.').pop() ?? path);
}

/** One value in words; null or missing is "unknown", never "no". */
export function factValueText(path: string | undefined, value: unknown, facts?: FactIndex): string {
  if (value === undefined || value === null) return 'unknown';
  const f = path ? facts?.get(path) : undefined;
  if (typeof value === 'boolean') return value ? 'yes' : 'no';
  if (Array.isArray(value)) return value.length === 0 ? 'none of these' : value.map((v) => factValueText(path, v, facts)).join(', ');
  if (typeof value === 'string') return f?.values?.find((v) => v.value === value)?.label ?? value;
  if (typeof value === 'number') return f?.unit ? `${value} ${f.unit}` : String(value);
  return JSON.stringify(value);
}
