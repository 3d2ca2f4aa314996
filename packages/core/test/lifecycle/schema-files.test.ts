import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { liabilityCaseJsonSchema, lifecycleCaseJsonSchema } from '../../src/index.ts';

const published = (name: string): unknown => JSON.parse(readFileSync(join(import.meta.dirname, '../../../../schema', name), 'utf8'));

describe('published JSON Schemas of lifecycle files and damage cases (regenerate with `npm run schema`)', () => {
  it('schema/lifecycle-case.schema.json', () => {
    expect(published('lifecycle-case.schema.json')).toEqual(lifecycleCaseJsonSchema());
  });
  it('schema/liability-case.schema.json', () => {
    expect(published('liability-case.schema.json')).toEqual(liabilityCaseJsonSchema());
  });
});
