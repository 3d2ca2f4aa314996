/** Shared option parsing: dates, scenarios and output formats, each rejected with a clear reason. */
import { isIsoDate, knowledgeBase } from '@iomt/core';
import { CliError } from './cli-error.ts';

export type Format = 'table' | 'markdown' | 'json';
const FORMATS: readonly Format[] = ['table', 'markdown', 'json'];

/** Today's date in UTC: the only place the CLI reads the clock. */
export const today = (): string => new Date().toISOString().slice(0, 10);

export function asOfOption(value: string | undefined): string {
  if (value === undefined) return today();
  if (!isIsoDate(value)) throw new CliError(`--as-of ${value}: expected a calendar date as YYYY-MM-DD`);
  return value;
}

export function formatOption(value: string | undefined): Format {
  const f = value ?? 'table';
  if (!(FORMATS as readonly string[]).includes(f)) {
    throw new CliError(`--format ${f}: expected one of ${FORMATS.join(', ')}`);
  }
  return f as Format;
}

export function scenarioOption(values: readonly string[] | undefined): string[] {
  const known = knowledgeBase.scenarios.map((s) => s.id);
  const list = (values ?? []).flatMap((v) => v.split(',')).filter((v) => v !== '');
  for (const s of list) {
    if (!known.includes(s)) throw new CliError(`--scenario ${s}: unknown scenario; expected one of ${known.join(', ')}`);
  }
  return list;
}

export function horizonOption(value: string | undefined): number {
  if (value === undefined) return 24;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0 || n > 600) throw new CliError(`--horizon ${value}: expected a whole number of months from 0 to 600`);
  return n;
}
