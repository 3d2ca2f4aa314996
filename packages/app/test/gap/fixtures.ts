/** Gap results for the export tests: the reviewed glucose-meter example with its example state. */
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { assess, evaluateGap, parseGapState, parseProfile, selectControls } from '@iomt/core';
import type { ControlSelection, GapResult, GapState, Profile } from '@iomt/core';

export const examplesDir = new URL('../../../../examples/', import.meta.url);
export const examplePath = (name: string): string => new URL(name, examplesDir).pathname;

export function profileOf(name: string): Profile {
  const r = parseProfile(parse(readFileSync(new URL(`${name}.yaml`, examplesDir), 'utf8')));
  if (!r.ok) throw new Error(`examples/${name}.yaml does not validate`);
  return r.profile;
}

export function exampleState(): GapState {
  const r = parseGapState(JSON.parse(readFileSync(new URL('assessments/class-iia-glucose-meter.gap.json', examplesDir), 'utf8')));
  if (!r.ok) throw new Error('the example state does not validate');
  return r.state;
}

export function glucoseSelection(): ControlSelection {
  return selectControls(assess(profileOf('class-iia-glucose-meter'), { asOf: '2026-11-23', explain: false }));
}

export function glucoseResult(): GapResult {
  return evaluateGap(glucoseSelection(), exampleState());
}
