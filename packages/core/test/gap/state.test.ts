/**
 * The assessment state document: valid files parse, bad ones are rejected with the JSON pointer,
 * the value found and the expectation; a starting state and continuing an older one.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  continueGapState,
  describeGapStateIssue,
  GAP_STATE_SCHEMA,
  gapStateJsonSchema,
  initialGapState,
  InputError,
  parseGapState,
  validateGapState,
} from '../../src/index.ts';
import type { GapState } from '../../src/index.ts';
import { selectionFor } from './example-profiles.ts';

const base = { schema: GAP_STATE_SCHEMA, product: 'GlucoLink system', asOf: '2026-11-23' } as const;
const sha = 'a'.repeat(64);
const issuesOf = (input: unknown) => {
  const r = parseGapState(input);
  if (r.ok) throw new Error('expected the state to be rejected');
  return r.issues;
};

describe('parseGapState', () => {
  it('accepts the example state file', () => {
    const file = JSON.parse(readFileSync(new URL('../../../../examples/assessments/class-iia-glucose-meter.gap.json', import.meta.url), 'utf8')) as unknown;
    const r = parseGapState(file);
    expect(r.ok).toBe(true);
    if (r.ok) expect(r.state.controls['ctl-incident-handling']?.status).toBe('partial');
  });

  it('accepts a full entry with evidence and an optional URL', () => {
    const r = parseGapState({
      ...base,
      controls: { 'ctl-sbom-component-inventory': { status: 'implemented', owner: 'Eng', due: '2027-01-31', notes: 'n', evidence: [{ name: 'sbom.json', sha256: sha, url: 'https://example.com/sbom.json' }] } },
    });
    expect(r.ok).toBe(true);
  });

  it('rejects an unknown control id, naming its pointer and the expectation', () => {
    expect(issuesOf({ ...base, controls: { 'ctl-firewall': { status: 'implemented' } } })).toEqual([
      { pointer: '/controls/ctl-firewall', value: { status: 'implemented' }, expected: 'a control id of the catalogue (see `iomt controls list`)' },
    ]);
  });

  it('rejects an impossible due date and a bad as-of date', () => {
    const issues = issuesOf({ ...base, asOf: '2026-11-31', controls: { 'ctl-incident-handling': { status: 'partial', due: '2026-02-30' } } });
    expect(issues).toEqual([
      { pointer: '/asOf', value: '2026-11-31', expected: 'a calendar date as YYYY-MM-DD' },
      { pointer: '/controls/ctl-incident-handling/due', value: '2026-02-30', expected: 'a calendar date as YYYY-MM-DD' },
    ]);
    expect(describeGapStateIssue(issues[1] as never)).toBe('/controls/ctl-incident-handling/due: "2026-02-30" is not valid; expected a calendar date as YYYY-MM-DD');
  });

  it('requires a justification for not-applicable', () => {
    expect(issuesOf({ ...base, controls: { 'ctl-asset-management': { status: 'not-applicable', justification: '  ' } } })).toEqual([
      { pointer: '/controls/ctl-asset-management/justification', value: '  ', expected: 'a justification (non-empty text) when status is "not-applicable"' },
    ]);
    const missing = issuesOf({ ...base, controls: { 'ctl-asset-management': { status: 'not-applicable' } } });
    expect(describeGapStateIssue(missing[0] as never)).toBe(
      '/controls/ctl-asset-management/justification: missing; expected a justification (non-empty text) when status is "not-applicable"',
    );
  });

  it('rejects an unknown status, a bad hash, a relative URL and an unknown field', () => {
    const issues = issuesOf({
      ...base,
      controls: {
        'ctl-incident-handling': { status: 'done' },
        'ctl-security-testing': { status: 'implemented', evidence: [{ name: 'report.pdf', sha256: 'ABC', url: 'reports/x.pdf' }] },
        'ctl-data-integrity': { status: 'implemented', owners: 'x' },
      },
    });
    expect(issues).toEqual(
      expect.arrayContaining([
        { pointer: '/controls/ctl-incident-handling/status', value: 'done', expected: 'one of "not-started", "partial", "implemented", "not-applicable"' },
        { pointer: '/controls/ctl-security-testing/evidence/0/sha256', value: 'ABC', expected: 'a SHA-256 hash as 64 lowercase hexadecimal digits' },
        { pointer: '/controls/ctl-security-testing/evidence/0/url', value: 'reports/x.pdf', expected: 'an absolute URL, e.g. https://…' },
        { pointer: '/controls/ctl-data-integrity/owners', value: 'x', expected: 'no field of this name in the iomt-gap-assessment/1 format' },
      ]),
    );
  });

  it('rejects another format and a missing product', () => {
    expect(issuesOf({ ...base, schema: 'iomt-gap-assessment/2', controls: {} })).toEqual([
      { pointer: '/schema', value: 'iomt-gap-assessment/2', expected: 'one of "iomt-gap-assessment/1"' },
    ]);
    const { product: _unused, ...noProduct } = base;
    void _unused;
    expect(issuesOf({ ...noProduct, controls: {} })).toEqual([{ pointer: '/product', expected: 'a string' }]);
    expect(issuesOf([])).toEqual([{ pointer: '/', value: [], expected: 'an object' }]);
  });

  it('throws an InputError naming the first problem from validateGapState', () => {
    expect(() => validateGapState({ ...base, controls: { 'ctl-x': { status: 'partial' } } })).toThrow(InputError);
    expect(() => validateGapState({ ...base, controls: { 'ctl-x': { status: 'partial' } } })).toThrow(/^\/controls\/ctl-x: /);
  });
});

describe('starting and continuing a state', () => {
  const { selection } = selectionFor('class-iia-glucose-meter');

  it('starts every selected control as not-started, with the profile id and date', () => {
    const s = initialGapState(selection, 'GlucoLink system');
    expect(s).toMatchObject({ schema: GAP_STATE_SCHEMA, product: 'GlucoLink system', profile: 'class-iia-glucose-meter', asOf: '2026-11-23' });
    expect(Object.keys(s.controls)).toEqual(selection.controls.map((c) => c.control));
    expect(parseGapState(JSON.parse(JSON.stringify(s))).ok).toBe(true);
  });

  it('keeps what was recorded, adds newly selected controls and keeps entries no longer selected', () => {
    const previous: GapState = {
      ...base,
      asOf: '2026-01-01',
      controls: { 'ctl-incident-handling': { status: 'implemented', owner: 'Vigilance' }, 'ctl-secure-by-default': { status: 'partial' } },
    };
    const next = continueGapState(previous, selection, '2026-11-23');
    expect(next.asOf).toBe('2026-11-23');
    expect(next.controls['ctl-incident-handling']).toEqual({ status: 'implemented', owner: 'Vigilance' });
    expect(next.controls['ctl-asset-management']).toEqual({ status: 'not-started' });
    expect(next.controls['ctl-secure-by-default']).toEqual({ status: 'partial' });
    expect(previous.controls['ctl-asset-management']).toBeUndefined();
  });
});

describe('gapStateJsonSchema', () => {
  it('is a draft 2020-12 schema that lists the fields and the statuses', () => {
    const schema = gapStateJsonSchema() as { $schema: string; required: string[]; properties: Record<string, unknown> };
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(schema.required).toEqual(expect.arrayContaining(['schema', 'product', 'asOf', 'controls']));
    expect(JSON.stringify(schema.properties.controls)).toContain('"not-applicable"');
  });
});
