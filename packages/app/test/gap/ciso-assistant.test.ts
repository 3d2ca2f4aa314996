/**
 * The catalogue as a CISO Assistant framework library: one assessable node per control under one
 * node per category, unique URNs, parents that exist, and the mappings carried along.
 */
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { citation, CONTROLS } from '@iomt/core';
import { cisoAssistantLibrary, libraryVersion } from '../../src/export/index.ts';
import type { CisoLibrary } from '../../src/export/index.ts';
import { iomt } from '../run-cli.ts';

describe('cisoAssistantLibrary', () => {
  const lib = cisoAssistantLibrary('2026-11-23');
  const nodes = lib.objects.framework.requirement_nodes;

  it('has the library identity and provenance fields', () => {
    expect(lib).toMatchObject({ urn: 'urn:iomt:risk:library:iomt-controls-crosswalk', locale: 'en', publication_date: '2026-11-23', provider: 'iomt-compliance' });
    expect(libraryVersion('2026.11.23.2')).toBe(20261123002);
  });

  it('makes every control one assessable node under its category, with unique URNs and existing parents', () => {
    const urns = new Set(nodes.map((n) => n.urn));
    expect(urns.size).toBe(nodes.length);
    const assessable = nodes.filter((n) => n.assessable);
    expect(assessable.map((n) => n.ref_id).sort()).toEqual(CONTROLS.map((c) => c.id).sort());
    for (const n of assessable) {
      expect(n.depth).toBe(2);
      expect(urns.has(n.parent_urn ?? ''), n.urn).toBe(true);
    }
    for (const n of nodes.filter((x) => !x.assessable)) expect(n).toMatchObject({ depth: 1 });
  });

  it('carries statement, guidance, typical evidence and mappings', () => {
    const n = nodes.find((x) => x.ref_id === 'ctl-coordinated-vulnerability-disclosure');
    expect(n?.description).toMatch(/coordinated vulnerability disclosure policy/);
    expect(n?.annotation).toContain(`${citation('cra:annex-I-part-II(5)')} (equal)`);
    expect(n?.annotation).toContain('ETSI EN 303 645 5.2 (equal)');
    expect(n?.typical_evidence).toBe('published policy, intake records, response-time statistics.');
  });

  it('is printed as YAML by `iomt export ciso-assistant` and reads back to the same object', async () => {
    const r = await iomt('export', 'ciso-assistant', '--as-of', '2026-11-23');
    expect(r.code).toBe(0);
    expect(parse(r.stdout) as CisoLibrary).toEqual(lib);
  });
});

describe('iomt gap --schema', () => {
  it('prints the JSON Schema of assessment states', async () => {
    const r = await iomt('gap', '--schema');
    expect(r.code).toBe(0);
    const schema = JSON.parse(r.stdout) as { properties: { schema: { const: string } } };
    expect(schema.properties.schema.const).toBe('iomt-gap-assessment/1');
  });
  it('asks for a profile file otherwise', async () => {
    const r = await iomt('gap');
    expect(r).toMatchObject({ code: 2, stdout: '' });
    expect(r.stderr).toContain('gap: a profile file is required');
  });
});
