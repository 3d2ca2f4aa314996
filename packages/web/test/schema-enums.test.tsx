import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Question } from '../src/api/types.ts';
import { enumValuesByFact } from '../src/lib/schema-enums.ts';
import { choiceOptions } from '../src/lib/wizard.ts';

const profileSchema: unknown = JSON.parse(readFileSync(new URL('../../../schema/profile.schema.json', import.meta.url), 'utf8'));

describe('enumValuesByFact', () => {
  it('reads nullable enums, set-valued enums and local $refs by dotted fact path, without null', () => {
    const schema = {
      type: 'object',
      $defs: { role: { type: 'string', enum: ['manufacturer', 'importer'] } },
      properties: {
        product: {
          anyOf: [
            {
              type: 'object',
              properties: {
                klass: { anyOf: [{ type: 'string', enum: ['I', 'IIa'] }, { type: 'null' }] },
                parts: { anyOf: [{ type: 'array', items: { type: 'string', enum: ['hardware', 'mobile-app'] } }, { type: 'null' }] },
                wearable: { anyOf: [{ type: 'boolean' }, { type: 'null' }] },
              },
            },
            { type: 'null' },
          ],
        },
        organisation: { type: 'object', properties: { roles: { type: 'array', items: { $ref: '#/$defs/role' } } } },
        stated: { enum: ['a', null, 'a', 'b'] },
      },
    };
    const enums = enumValuesByFact(schema);
    expect(Object.fromEntries(enums)).toEqual({
      'product.klass': ['I', 'IIa'],
      'product.parts': ['hardware', 'mobile-app'],
      'organisation.roles': ['manufacturer', 'importer'],
      stated: ['a', 'b'],
    });
    expect(enums.has('product.wearable')).toBe(false);
  });

  it('finds every allowed value of the real profile schema, so the wizard can offer more than the decisive answers', () => {
    const enums = enumValuesByFact(profileSchema);
    expect(enums.get('product.medicalDevice.qualification')).toEqual(['medical-device', 'md-accessory', 'ivd', 'ivd-accessory', 'annex-xvi', 'not-a-device']);
    expect(enums.get('product.components')).toContain('mobile-app');
    expect(enums.get('product.medicalDevice.class')).toEqual(expect.arrayContaining(['I', 'IIa', 'IIb', 'III']));

    const question: Question = {
      fact: 'product.medicalDevice.qualification',
      question: 'What is it under the MDR or IVDR?',
      type: 'enum',
      answers: [
        { value: 'medical-device', label: 'Medical device', verdicts: [{ act: 'mdr', verdict: 'applies' }], obligationChanges: 20 },
        { value: 'not-a-device', label: 'Not a medical device', verdicts: [{ act: 'mdr', verdict: 'does-not-apply' }], obligationChanges: 0 },
      ],
    };
    const options = choiceOptions(question, enums.get(question.fact));
    expect(options).toHaveLength(6);
    expect(options.filter((o) => o.decisive).map((o) => o.value)).toEqual(['medical-device', 'not-a-device']);
    expect(options.slice(2).map((o) => o.value)).toEqual(['md-accessory', 'ivd', 'ivd-accessory', 'annex-xvi']);
  });

  it('gives nothing for a schema that is not an object', () => {
    expect(enumValuesByFact(null).size).toBe(0);
    expect(enumValuesByFact('x').size).toBe(0);
  });
});
