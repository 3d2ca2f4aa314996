/** Example profiles for the gap tests, read from `examples/` (reviewed reference cases). */
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { assess, parseProfile, selectControls } from '../../src/index.ts';
import type { Assessment, AssessOptions, ControlSelection, Profile } from '../../src/index.ts';

export const AS_OF = '2026-11-23';

export function example(name: string): Profile {
  const parsed = parseProfile(parse(readFileSync(new URL(`../../../../examples/${name}.yaml`, import.meta.url), 'utf8')));
  if (!parsed.ok) throw new Error(`examples/${name}.yaml does not validate`);
  return parsed.profile;
}

export function selectionFor(name: string, options: Partial<AssessOptions> = {}): { assessment: Assessment; selection: ControlSelection } {
  const assessment = assess(example(name), { asOf: AS_OF, explain: false, ...options });
  return { assessment, selection: selectControls(assessment) };
}

export const ids = (s: ControlSelection): string[] => s.controls.map((c) => c.control);
