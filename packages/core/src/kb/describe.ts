/** Renders rules as indented text, so a reviewer can read an act's logic next to the law. */
import { citation } from './knowledge-base.ts';
import type { ProvisionId } from './provision-id.ts';
import type { Condition, FactTest, Rule } from './types.ts';

function testText(t: FactTest): string {
  switch (t.op) {
    case 'true':
      return 'is true';
    case 'known':
      return 'is stated';
    case 'eq':
      return `= ${JSON.stringify(t.value)}`;
    case 'in':
      return `is one of ${t.values.join(', ')}`;
    case 'has':
      return `includes ${t.value}`;
    case 'hasAny':
      return `includes any of ${t.values.join(', ')}`;
    case 'gte':
      return `≥ ${t.value}`;
    case 'gt':
      return `> ${t.value}`;
    case 'lt':
      return `< ${t.value}`;
    case 'lte':
      return `≤ ${t.value}`;
    case 'before':
      return `before ${t.value}`;
    case 'onOrBefore':
      return `on or before ${t.value}`;
    case 'after':
      return `after ${t.value}`;
    case 'onOrAfter':
      return `on or after ${t.value}`;
  }
}

const cited = (c: { label?: string; cite?: ProvisionId }, fallback: string): string =>
  `${c.label ?? fallback}${c.cite ? ` [${citation(c.cite)}]` : ''}`;

export function describeCondition(c: Condition, indent = ''): string[] {
  switch (c.kind) {
    case 'fact':
      return [`${indent}${cited(c, '')}${c.label ? ' — ' : ''}${c.fact} ${testText(c.test)}`];
    case 'const':
      return [`${indent}${c.value ? 'always' : 'never'}`];
    case 'ref':
      return [`${indent}${cited(c, `rule ${c.ref}`)}${c.label ? ` — rule ${c.ref}` : ''}`];
    case 'class':
      return [`${indent}${cited(c, '')}${c.label ? ' — ' : ''}classification ${c.classifier} is one of ${c.in.join(', ')}`];
    case 'not':
      return [`${indent}${c.label ? cited(c, '') + ': ' : ''}NOT`, ...describeCondition(c.of, indent + '  ')];
    case 'all':
    case 'any':
    case 'firstKnown': {
      const head = c.kind === 'all' ? 'ALL of' : c.kind === 'any' ? 'ANY of' : 'the first that is known of';
      return [
        `${indent}${c.label ? cited(c, '') + ': ' : ''}${head}`,
        ...c.of.flatMap((sub) => describeCondition(sub, indent + '  ')),
      ];
    }
  }
}

export function describeRule(r: Rule, indent = ''): string[] {
  const lines = [`${indent}${r.label} [${citation(r.cite)}]`, ...describeCondition(r.when, indent + '  ')];
  for (const ex of r.unless ?? []) {
    lines.push(`${indent}  UNLESS ${ex.label} [${citation(ex.cite)}]`, ...describeCondition(ex.when, indent + '    '));
  }
  if (r.note) lines.push(`${indent}  Note: ${r.note}`);
  return lines;
}
