/**
 * Validators for the official NIST OSCAL 1.2.1 JSON Schemas, vendored in test/fixtures/oscal-1.2.1
 * (source, licence and checksums in its README). The validator follows the draft each schema
 * declares: draft-07 (the OSCAL 1.2.1 release) with Ajv's default class, 2020-12 with Ajv2020.
 */
import { readFileSync } from 'node:fs';
import { Ajv } from 'ajv';
import { Ajv2020 } from 'ajv/dist/2020.js';
import type { ErrorObject, ValidateFunction } from 'ajv';
import addFormatsModule from 'ajv-formats';

const OSCAL_DIR = new URL('../fixtures/oscal-1.2.1/', import.meta.url);
const addFormats = addFormatsModule as unknown as (ajv: Ajv) => Ajv;

const cache = new Map<string, ValidateFunction>();

/** The compiled validator of one OSCAL model: catalog, profile, assessment-results. */
export function oscalValidator(model: 'catalog' | 'profile' | 'assessment-results'): ValidateFunction {
  let v = cache.get(model);
  if (!v) {
    const schema = JSON.parse(readFileSync(new URL(`oscal_${model}_schema.json`, OSCAL_DIR), 'utf8')) as Record<string, unknown>;
    const draft = String(schema.$schema);
    if (!/draft-07|draft\/2020-12/.test(draft)) throw new Error(`oscal_${model}_schema.json declares ${draft}; expected draft-07 or 2020-12`);
    const ajv = draft.includes('2020-12') ? new Ajv2020({ allErrors: true, strict: false }) : new Ajv({ allErrors: true, strict: false });
    addFormats(ajv);
    v = ajv.compile(schema);
    cache.set(model, v);
  }
  return v;
}

/** Errors as `instancePath: message` lines (empty when valid). */
export function oscalErrors(model: 'catalog' | 'profile' | 'assessment-results', document: unknown): string[] {
  const v = oscalValidator(model);
  if (v(document)) return [];
  return (v.errors ?? []).map((e: ErrorObject) => `${e.instancePath || '/'}: ${e.message ?? ''} ${JSON.stringify(e.params)}`);
}
