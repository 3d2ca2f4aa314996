/** Gap assessments and their exports, from a profile and a state document (as `iomt gap` and `iomt export`). */
import { assess, evaluateGap, initialGapState, parseGapState, selectControls } from '@iomt/core';
import type { ControlSelection, GapResult, GapState, Profile } from '@iomt/core';
import { gapCsv, gapHtml, gapMarkdown, oscalAssessmentResults, oscalCatalog, oscalProfile } from '../export/index.ts';
import { invalid } from './problem.ts';

export const GAP_EXPORT_FORMATS = ['oscal-catalog', 'oscal-profile', 'oscal-assessment-results', 'csv', 'markdown', 'html'] as const;
export type GapExportFormat = (typeof GAP_EXPORT_FORMATS)[number];

export function stateFrom(data: unknown, prefix: string): GapState {
  const r = parseGapState(data);
  if (!r.ok) throw invalid(r.issues.map((i) => ({ pointer: prefix + i.pointer, in: 'body', ...(i.value !== undefined ? { value: i.value } : {}), expected: i.expected })));
  return r.state;
}

const productName = (profile: Profile, fallback: string): string => profile.name ?? profile.product?.name ?? profile.id ?? fallback;

export interface GapInputs {
  selection: ControlSelection;
  state?: GapState;
  product: string;
}

/** Selects the controls; the state's date is the default so a saved assessment reads the same on any day. */
export function gapInputs(profile: Profile, options: { asOf?: string; scenarios: string[]; today: string; fallbackName: string }, state?: GapState, statePointer = '/assessment'): GapInputs {
  if (state?.profile !== undefined && profile.id !== undefined && state.profile !== profile.id) {
    throw invalid([{ pointer: `${statePointer}/profile`, in: 'body', value: state.profile, expected: `the id of the profile assessed (${JSON.stringify(profile.id)})` }]);
  }
  const asOf = options.asOf ?? state?.asOf ?? options.today;
  const selection = selectControls(assess(profile, { asOf, scenarios: options.scenarios, explain: false }));
  return { selection, product: state?.product ?? productName(profile, options.fallbackName), ...(state ? { state } : {}) };
}

export const gapResult = (inputs: GapInputs): GapResult => evaluateGap(inputs.selection, inputs.state, { product: inputs.product });

export const startingState = (profile: Profile, selection: ControlSelection, name: string): GapState => initialGapState(selection, productName(profile, name));

export interface Rendered {
  body: string;
  type: string;
  filename: string;
}

export function renderGapExport(inputs: GapInputs, format: GapExportFormat): Rendered {
  const jsonOut = (v: unknown, filename: string): Rendered => ({ body: JSON.stringify(v, null, 2) + '\n', type: 'application/json', filename });
  switch (format) {
    case 'oscal-catalog':
      return jsonOut(oscalCatalog(inputs.selection.asOf), 'catalog.json');
    case 'oscal-profile':
      return jsonOut(oscalProfile(inputs.selection, inputs.product), 'profile.json');
    case 'oscal-assessment-results':
      return jsonOut(oscalAssessmentResults(gapResult(inputs)), 'assessment-results.json');
    case 'csv':
      return { body: gapCsv(gapResult(inputs)), type: 'text/csv; charset=utf-8', filename: 'gap.csv' };
    case 'markdown':
      return { body: gapMarkdown(gapResult(inputs)), type: 'text/markdown; charset=utf-8', filename: 'gap.md' };
    case 'html':
      return { body: gapHtml(gapResult(inputs)), type: 'text/html; charset=utf-8', filename: 'gap.html' };
  }
}
