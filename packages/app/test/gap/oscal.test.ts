/**
 * OSCAL exports validated against the official NIST OSCAL 1.2.1 JSON Schemas (vendored in
 * test/fixtures/oscal-1.2.1 with their provenance), and reproducible: the same input gives
 * byte-identical output with the same UUIDs.
 */
import { describe, expect, it } from 'vitest';
import { CONTROLS, evaluateGap } from '@iomt/core';
import { oscalAssessmentResults, oscalCatalog, oscalProfile, uuidV5 } from '../../src/export/index.ts';
import { exampleState, glucoseResult, glucoseSelection } from './fixtures.ts';
import { oscalErrors } from './oscal-schema.ts';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

describe('uuidV5', () => {
  it('matches the RFC 9562 test vector (www.example.com in the DNS namespace)', () => {
    expect(uuidV5('www.example.com', '6ba7b810-9dad-11d1-80b4-00c04fd430c8')).toBe('2ed6657d-e927-568b-95e1-2665a8aea6a2');
  });
  it('derives version-5 UUIDs that depend only on the name', () => {
    expect(uuidV5('control:ctl-incident-handling')).toMatch(UUID);
    expect(uuidV5('a')).toBe(uuidV5('a'));
    expect(uuidV5('a')).not.toBe(uuidV5('b'));
  });
});

describe('the schema validator', () => {
  it('rejects a catalog without metadata (so a pass below means something)', () => {
    expect(oscalErrors('catalog', { catalog: { uuid: uuidV5('x') } }).join('\n')).toMatch(/metadata/);
    expect(oscalErrors('profile', { profile: { uuid: 'not-a-uuid', metadata: {}, imports: [] } })).not.toEqual([]);
  });
});

describe('OSCAL catalog', () => {
  const doc = oscalCatalog('2026-11-23');

  it('validates against the OSCAL 1.2.1 catalog schema', () => {
    expect(oscalErrors('catalog', doc)).toEqual([]);
  });

  it('holds every control once, grouped by category, with statement, guidance and mappings', () => {
    const controls = doc.catalog.groups.flatMap((g) => g.controls);
    expect(controls.map((c) => c.id).sort()).toEqual(CONTROLS.map((c) => c.id).sort());
    for (const g of doc.catalog.groups) for (const c of g.controls) expect(c.class).toBe(g.id);
    const ih = controls.find((c) => c.id === 'ctl-incident-handling');
    expect(ih?.parts?.map((p) => p.name)).toEqual(['statement', 'guidance']);
    expect(ih?.props).toContainEqual(expect.objectContaining({ name: 'legal-mapping', value: 'nis2:art-21(2)(b)', class: 'equal' }));
    expect(ih?.props).toContainEqual(expect.objectContaining({ name: 'standard-mapping', value: 'ISO/IEC 27001:2022 A.5.24', class: 'subset' }));
    expect(ih?.links?.some((l) => l.href.startsWith('https://eur-lex.europa.eu/') && l.text === 'Art 21(2)(b) NIS2 (equal)')).toBe(true);
  });

  it('links standards to back-matter resources that exist', () => {
    const resources = new Set(doc.catalog['back-matter'].resources.map((r) => `#${r.uuid}`));
    const internal = doc.catalog.groups.flatMap((g) => g.controls).flatMap((c) => c.links ?? []).filter((l) => l.href.startsWith('#'));
    expect(internal.length).toBeGreaterThan(0);
    for (const l of internal) expect(resources.has(l.href), l.href).toBe(true);
  });

  it('is reproducible: same date, same bytes', () => {
    expect(JSON.stringify(oscalCatalog('2026-11-23'))).toBe(JSON.stringify(doc));
    expect(doc.catalog.metadata['last-modified']).toBe('2026-11-23T00:00:00Z');
  });
});

describe('OSCAL profile', () => {
  const selection = glucoseSelection();
  const doc = oscalProfile(selection, 'GlucoLink system');

  it('validates against the OSCAL 1.2.1 profile schema', () => {
    expect(oscalErrors('profile', doc)).toEqual([]);
  });

  it('imports the catalog and includes exactly the selected controls, with the duties behind each', () => {
    expect(doc.profile.imports[0]?.['include-controls'][0]?.['with-ids']).toEqual(selection.controls.map((c) => c.control));
    const href = doc.profile.imports[0]?.href ?? '';
    expect(doc.profile['back-matter'].resources.map((r) => `#${r.uuid}`)).toContain(href);
    const alter = doc.profile.modify?.alters.find((a) => a['control-id'] === 'ctl-reliability-single-fault');
    expect(alter?.adds[0]?.props).toContainEqual(expect.objectContaining({ name: 'required-by', value: 'mdr:electronic-systems-reliability', class: 'applies' }));
  });

  it('is reproducible', () => {
    expect(JSON.stringify(oscalProfile(glucoseSelection(), 'GlucoLink system'))).toBe(JSON.stringify(doc));
  });
});

describe('OSCAL assessment results', () => {
  const result = glucoseResult();
  const doc = oscalAssessmentResults(result);
  const r = doc['assessment-results'].results[0];

  it('validates against the OSCAL 1.2.1 assessment-results schema', () => {
    expect(oscalErrors('assessment-results', doc)).toEqual([]);
  });

  it('has one finding and one observation per selected control, satisfied only when implemented', () => {
    const n = result.checklist.flatMap((g) => g.items).length;
    expect(r?.findings).toHaveLength(n);
    expect(r?.observations).toHaveLength(n);
    const f = (id: string) => r?.findings?.find((x) => x.target['target-id'] === `${id}_smt`);
    expect(f('ctl-security-risk-assessment')?.target.status.state).toBe('satisfied');
    expect(f('ctl-incident-handling')?.target).toMatchObject({ status: { state: 'not-satisfied' }, 'implementation-status': { state: 'partial' } });
    expect(f('ctl-supplier-security')?.target['implementation-status'].state).toBe('planned');
  });

  it('records evidence as back-matter resources with SHA-256 hashes, linked from the observations', () => {
    const resources = doc['assessment-results']['back-matter'].resources;
    const sra = resources.find((x) => x.title === 'SRA-GlucoLink-v3.2.pdf');
    expect(sra?.rlinks?.[0]).toEqual({
      href: 'https://qms.example.com/docs/SRA-GlucoLink-v3.2',
      hashes: [{ algorithm: 'SHA-256', value: exampleState().controls['ctl-security-risk-assessment']?.evidence?.[0]?.sha256 }],
    });
    const obs = r?.observations?.find((o) => o.title.startsWith('ctl-security-risk-assessment'));
    expect(obs?.['relevant-evidence']?.[0]?.href).toBe(`#${sra?.uuid}`);
  });

  it('marks a justified not-applicable control as satisfied with the reason', () => {
    const state = exampleState();
    const na = evaluateGap(glucoseSelection(), {
      ...state,
      controls: { ...state.controls, 'ctl-human-resources-security': { status: 'not-applicable', justification: 'Covered by the parent group.' } },
    });
    const d = oscalAssessmentResults(na);
    expect(oscalErrors('assessment-results', d)).toEqual([]);
    const f = d['assessment-results'].results[0]?.findings?.find((x) => x.target['target-id'] === 'ctl-human-resources-security_smt');
    expect(f?.target.status).toEqual({ state: 'satisfied', reason: 'not-applicable' });
  });

  it('is reproducible', () => {
    expect(JSON.stringify(oscalAssessmentResults(glucoseResult()))).toBe(JSON.stringify(doc));
  });
});
