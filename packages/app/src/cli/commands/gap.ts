/**
 * `iomt gap FILE [--assessment STATE.json] [--init]`: the controls a profile's duties require,
 * checked against a saved assessment state — checklist, coverage and ranked gaps — or, with
 * `--init`, a starting state to fill in.
 */
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { assess, continueGapState, evaluateGap, gapStateJsonSchema, initialGapState, overlapMatrix, selectControls } from '@iomt/core';
import type { Assessment, ControlSelection, GapResult, GapState, Profile } from '@iomt/core';
import { importGapState } from '../../export/assessment-import.ts';
import { gapCsv } from '../../export/csv.ts';
import { gapHtml } from '../../export/html-report.ts';
import { gapMarkdown } from '../../export/markdown-report.ts';
import { CliError } from '../cli-error.ts';
import { renderGap } from '../format/gap-table.ts';
import { asOfOption, scenarioOption } from '../options.ts';
import { loadProfile } from '../profile-file.ts';

export interface GapFlags {
  assessment?: string;
  asOf?: string;
  scenario?: string[];
  format?: string;
  init?: boolean;
  schema?: boolean;
}

export type GapFormat = 'table' | 'markdown' | 'html' | 'csv' | 'json';
const GAP_FORMATS: readonly GapFormat[] = ['table', 'markdown', 'html', 'csv', 'json'];

export function gapFormatOption(value: string | undefined): GapFormat {
  const f = value ?? 'table';
  if (!(GAP_FORMATS as readonly string[]).includes(f)) throw new CliError(`--format ${f}: expected one of ${GAP_FORMATS.join(', ')}`);
  return f as GapFormat;
}

/** Reads and validates a state file; errors name the file, the JSON pointer, the value and the expectation. */
export function loadGapState(file: string): GapState {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new CliError(`${file}: cannot read the assessment file (${code === 'ENOENT' ? 'no such file' : code ?? 'unreadable'})`);
  }
  const r = importGapState(text);
  if (!r.ok) throw new CliError(r.messages.map((m) => `${file}: ${m}`).join('\n'));
  return r.state;
}

/** The product name a result carries: the state's, else the profile's, else the file name. */
export const productName = (profile: Profile, file: string): string =>
  profile.name ?? profile.product?.name ?? profile.id ?? basename(file).replace(/\.(ya?ml|json)$/i, '');

export interface GapInputs {
  profile: Profile;
  assessment: Assessment;
  selection: ControlSelection;
  state?: GapState;
  product: string;
}

/** Loads the profile (and state), checks they belong together, and selects the controls. */
export function gapInputs(file: string, flags: Pick<GapFlags, 'assessment' | 'asOf' | 'scenario'>): GapInputs {
  const scenarios = scenarioOption(flags.scenario);
  if (flags.asOf !== undefined) asOfOption(flags.asOf);
  const profile = loadProfile(file);
  const state = flags.assessment !== undefined ? loadGapState(flags.assessment) : undefined;
  if (state?.profile !== undefined && profile.id !== undefined && state.profile !== profile.id) {
    throw new CliError(
      `${flags.assessment}: /profile: ${JSON.stringify(state.profile)} is not valid; expected the id of the profile assessed (${JSON.stringify(profile.id)} in ${file})`,
    );
  }
  // The state's date is the default, so a saved assessment reads the same on any day.
  const asOf = flags.asOf ?? state?.asOf ?? asOfOption(undefined);
  const assessment = assess(profile, { asOf, scenarios, explain: false });
  const selection = selectControls(assessment);
  return { profile, assessment, selection, product: state?.product ?? productName(profile, file), ...(state ? { state } : {}) };
}

export function gapResultOf(inputs: GapInputs): GapResult {
  return evaluateGap(inputs.selection, inputs.state, { product: inputs.product });
}

export function gapCommand(file: string | undefined, flags: GapFlags): string {
  const format = gapFormatOption(flags.format);
  if (flags.schema) return JSON.stringify(gapStateJsonSchema(), null, 2) + '\n';
  if (file === undefined) throw new CliError('gap: a profile file is required (or --schema for the JSON Schema of assessment states)');
  const inputs = gapInputs(file, flags);
  if (flags.init) {
    if (format !== 'table' && format !== 'json') throw new CliError(`--init prints the state as JSON; --format ${format} is not available with it`);
    const state = inputs.state ? continueGapState(inputs.state, inputs.selection) : initialGapState(inputs.selection, inputs.product);
    return JSON.stringify(state, null, 2) + '\n';
  }
  const result = gapResultOf(inputs);
  const overlap = overlapMatrix(inputs.assessment, inputs.selection);
  switch (format) {
    case 'json':
      return JSON.stringify({ ...result, overlap }, null, 2) + '\n';
    case 'markdown':
      return gapMarkdown(result, overlap);
    case 'html':
      return gapHtml(result, overlap);
    case 'csv':
      return gapCsv(result);
    case 'table':
      return renderGap(result, overlap);
  }
}
