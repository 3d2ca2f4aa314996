import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';

const root = fileURLToPath(new URL('../../../../examples/', import.meta.url));
export const readExample = (name: string): Record<string, unknown> => parse(readFileSync(`${root}${name}`, 'utf8')) as Record<string, unknown>;
export const readIncidentExample = (name: string): Record<string, unknown> => readExample(`incidents/${name}`);
