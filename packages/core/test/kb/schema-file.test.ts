import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { profileJsonSchema } from '../../src/index.ts';

describe('published JSON Schema', () => {
  it('schema/profile.schema.json is the schema generated from the vocabulary (run `npm run schema`)', () => {
    const file = join(import.meta.dirname, '../../../../schema/profile.schema.json');
    expect(JSON.parse(readFileSync(file, 'utf8'))).toEqual(profileJsonSchema());
  });
});
