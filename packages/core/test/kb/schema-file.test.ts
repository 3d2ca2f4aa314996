import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { gapStateJsonSchema, profileJsonSchema } from '../../src/index.ts';

const published = (name: string): unknown => JSON.parse(readFileSync(join(import.meta.dirname, '../../../../schema', name), 'utf8'));

describe('published JSON Schemas (regenerate with `npm run schema`)', () => {
  it('schema/profile.schema.json is the schema generated from the vocabulary', () => {
    expect(published('profile.schema.json')).toEqual(profileJsonSchema());
  });

  it('schema/gap-assessment.schema.json is the schema of gap assessment states', () => {
    expect(published('gap-assessment.schema.json')).toEqual(gapStateJsonSchema());
  });
});
