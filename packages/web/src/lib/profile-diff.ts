/**
 * Profile versions as readable facts: a YAML-like rendering of one version and the fact-by-fact
 * difference between two. Facts are addressed by their dotted path (`product.medicalDevice.class`),
 * as in questions and contrasts.
 */
import type { ProfileObject } from './profile-facts.ts';

export type FactValue = string | number | boolean | null | readonly unknown[];

const isPlainObject = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v);

/** Every leaf fact with its dotted path, in document order. Lists are one fact; `$schema` is not a fact. */
export function flattenFacts(profile: ProfileObject, prefix = ''): [string, FactValue][] {
  const out: [string, FactValue][] = [];
  for (const [key, value] of Object.entries(profile)) {
    if (!prefix && key === '$schema') continue;
    const path = prefix ? `${prefix}.${key}` : key;
    if (isPlainObject(value)) {
      const inner = flattenFacts(value, path);
      // An empty group is stated explicitly; keep it visible rather than silently dropping it.
      if (inner.length === 0) out.push([path, null]);
      else out.push(...inner);
    } else if (value !== undefined) out.push([path, value as FactValue]);
  }
  return out;
}

/** One value as a person reads it: strings bare unless they could be misread, lists in brackets. */
export function formatFactValue(value: unknown): string {
  if (value === null || value === undefined) return 'null';
  if (typeof value === 'string') return /^(true|false|null|yes|no|~|-?\d[\d.e+-]*)$/i.test(value) || value === '' || /^[\s[{"'#&*!|>%@`-]|[:#]\s|\s$|\n/.test(value) ? JSON.stringify(value) : value;
  if (Array.isArray(value)) return `[${value.map(formatFactValue).join(', ')}]`;
  if (isPlainObject(value)) return `{${Object.entries(value).map(([k, v]) => `${k}: ${formatFactValue(v)}`).join(', ')}}`;
  if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint') return String(value);
  return JSON.stringify(value) ?? '';
}

/** A YAML-like text of a profile: nested groups indented by two spaces, scalar lists inline. */
export function profileToYamlText(profile: ProfileObject): string {
  const lines: string[] = [];
  const walk = (node: Record<string, unknown>, depth: number) => {
    const pad = '  '.repeat(depth);
    for (const [key, value] of Object.entries(node)) {
      if (depth === 0 && key === '$schema') continue;
      if (isPlainObject(value) && Object.keys(value).length > 0) {
        lines.push(`${pad}${key}:`);
        walk(value, depth + 1);
      } else if (Array.isArray(value) && value.some(isPlainObject)) {
        lines.push(`${pad}${key}:`);
        for (const item of value) lines.push(`${pad}  - ${formatFactValue(item)}`);
      } else {
        lines.push(`${pad}${key}: ${isPlainObject(value) ? '{}' : formatFactValue(value)}`);
      }
    }
  };
  walk(profile, 0);
  return lines.join('\n');
}

export type FactChangeKind = 'added' | 'removed' | 'changed';

export interface FactChange {
  fact: string;
  kind: FactChangeKind;
  before?: FactValue;
  after?: FactValue;
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** What changed from one version's facts to another's, sorted by fact path. A fact set to null is a change, not a removal. */
export function diffFacts(before: ProfileObject, after: ProfileObject): FactChange[] {
  const a = new Map(flattenFacts(before));
  const b = new Map(flattenFacts(after));
  const changes: FactChange[] = [];
  for (const [fact, value] of a) {
    if (!b.has(fact)) changes.push({ fact, kind: 'removed', before: value });
    else if (!same(value, b.get(fact))) changes.push({ fact, kind: 'changed', before: value, after: b.get(fact) });
  }
  for (const [fact, value] of b) if (!a.has(fact)) changes.push({ fact, kind: 'added', after: value });
  return changes.sort((x, y) => (x.fact < y.fact ? -1 : x.fact > y.fact ? 1 : 0));
}
