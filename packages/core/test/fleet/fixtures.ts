/** Loading the fleet fixtures (see fixtures/fleet/README.md for their provenance). */
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { indexAdvisories, readCsaf, readKev, readOsv } from '../../src/index.ts';
import type { Advisory, AdvisoryIndex } from '../../src/index.ts';

export const FIXTURES = fileURLToPath(new URL('../fixtures/fleet/', import.meta.url));
export const fixture = (path: string): unknown => JSON.parse(readFileSync(`${FIXTURES}${path}`, 'utf8')) as unknown;

export function csafAdvisories(): Advisory[] {
  return readdirSync(`${FIXTURES}csaf`).sort().map((f) => readCsaf(fixture(`csaf/${f}`)));
}
export function osvAdvisories(): Advisory[] {
  return readdirSync(`${FIXTURES}osv`).sort().map((f) => readOsv(fixture(`osv/${f}`)));
}
export function fullIndex(): AdvisoryIndex {
  return indexAdvisories([...csafAdvisories(), ...osvAdvisories()], [readKev(fixture('kev-subset.json'))]);
}
