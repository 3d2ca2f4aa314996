/** Parses `--contrast FACT=VALUE` arguments into a variant, checking each against the vocabulary. */
import { factSpec, isIsoDate, knowledgeBase, parseProfile, setFact } from '@iomt/core';
import type { ContrastVariant, Profile } from '@iomt/core';
import { CliError } from './cli-error.ts';

function parseValue(fact: string, raw: string): unknown {
  const spec = factSpec(fact);
  if (!spec) {
    throw new CliError(`--contrast ${fact}=${raw}: unknown fact "${fact}"; expected a fact path from \`iomt schema\`, \`as-of\` or \`scenario\``);
  }
  if (raw === 'unknown') return null;
  const bad = (expected: string) => new CliError(`--contrast ${fact}=${raw}: expected ${expected}`);
  switch (spec.type) {
    case 'boolean':
      if (['true', 'yes'].includes(raw)) return true;
      if (['false', 'no'].includes(raw)) return false;
      throw bad('true, false or unknown');
    case 'number': {
      const n = Number(raw);
      if (raw.trim() === '' || !Number.isFinite(n) || n < 0) throw bad(`a non-negative number of ${spec.unit}`);
      return n;
    }
    case 'date':
      if (!isIsoDate(raw)) throw bad('a calendar date as YYYY-MM-DD');
      return raw;
    case 'enum':
      if (!spec.values.includes(raw)) throw bad(`one of ${spec.values.join(', ')}`);
      return raw;
    case 'set': {
      const values = raw === '' ? [] : raw.split(',').map((s) => s.trim());
      const wrong = values.find((v) => !spec.values.includes(v));
      if (wrong !== undefined) throw bad(`a comma-separated list of ${spec.values.join(', ')}`);
      return values;
    }
    case 'text':
      return raw;
  }
}

export function parseContrast(args: readonly string[], profile: Profile): ContrastVariant | undefined {
  if (args.length === 0) return undefined;
  const facts: Record<string, unknown> = {};
  let asOf: string | undefined;
  let scenarios: string[] | undefined;
  for (const arg of args) {
    const eq = arg.indexOf('=');
    if (eq <= 0) throw new CliError(`--contrast ${arg}: expected FACT=VALUE, e.g. product.medicalDevice.qualification=not-a-device`);
    const key = arg.slice(0, eq);
    const raw = arg.slice(eq + 1);
    if (key === 'as-of') {
      if (!isIsoDate(raw)) throw new CliError(`--contrast as-of=${raw}: expected a calendar date as YYYY-MM-DD`);
      asOf = raw;
    } else if (key === 'scenario') {
      scenarios = raw === '' || raw === 'none' ? [] : raw.split(',');
      const known = knowledgeBase.scenarios.map((s) => s.id);
      const wrong = scenarios.find((s) => !known.includes(s));
      if (wrong) throw new CliError(`--contrast scenario=${raw}: unknown scenario "${wrong}"; expected one of ${known.join(', ')} or none`);
    } else {
      facts[key] = parseValue(key, raw);
    }
  }
  let changed = profile;
  for (const [k, v] of Object.entries(facts)) changed = setFact(changed, k, v);
  const check = parseProfile(changed);
  if (!check.ok) {
    throw new CliError(check.issues.map((i) => `--contrast: ${i.pointer}: ${i.message}`).join('\n'));
  }
  return { facts, ...(asOf ? { asOf } : {}), ...(scenarios ? { scenarios } : {}) };
}
