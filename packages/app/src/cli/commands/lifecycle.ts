/**
 * `iomt lifecycle FILE` (support periods and update duties of a product and its units) and
 * `iomt liability CASE` (product liability for a damage case), in table, Markdown or JSON.
 */
import { analyseLiability, analyseLifecycle, liabilityCaseJsonSchema, lifecycleCaseJsonSchema, parseLiabilityCase, parseLifecycleCase } from '@iomt/core';
import type { LiabilityCase, LifecycleCase } from '@iomt/core';
import { liabilityMarkdown, liabilityText, lifecycleMarkdown, lifecycleText } from '../../outputs/lifecycle-outputs.ts';
import { CliError } from '../cli-error.ts';
import { asOfOption, formatOption } from '../options.ts';
import { loadDocument } from '../profile-file.ts';

export interface LifecycleFlags { asOf?: string; format?: string; within?: string; schema?: boolean }
export interface LiabilityFlags { asOf?: string; format?: string; schema?: boolean }

const json = (v: unknown): string => JSON.stringify(v, null, 2) + '\n';

function withinOption(value: string | undefined): number {
  if (value === undefined) return 6;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0 || n > 120) throw new CliError(`--within ${value}: expected a whole number of months from 0 to 120`);
  return n;
}

function needFile(file: string | undefined, what: string): string {
  if (file === undefined) throw new CliError(`missing ${what} file (or use --schema)`);
  return file;
}

export function lifecycleCommand(file: string | undefined, flags: LifecycleFlags): string {
  if (flags.schema) return json(lifecycleCaseJsonSchema());
  const format = formatOption(flags.format);
  const asOf = asOfOption(flags.asOf);
  const within = withinOption(flags.within);
  const input = loadDocument<LifecycleCase>(needFile(file, 'lifecycle'), (d) => parseLifecycleCase(d));
  const a = analyseLifecycle(input, asOf, { endingWithinMonths: within });
  return format === 'json' ? json(a) : format === 'markdown' ? lifecycleMarkdown(a) : lifecycleText(a);
}

export function liabilityCommand(file: string | undefined, flags: LiabilityFlags): string {
  if (flags.schema) return json(liabilityCaseJsonSchema());
  const format = formatOption(flags.format);
  const asOf = asOfOption(flags.asOf);
  const input = loadDocument<LiabilityCase>(needFile(file, 'case'), (d) => parseLiabilityCase(d));
  const a = analyseLiability(input, asOf);
  return format === 'json' ? json(a) : format === 'markdown' ? liabilityMarkdown(a) : liabilityText(a);
}
