/**
 * The unified control catalogue (issue 5, first deliverable): well-formed, every mapping
 * resolves, and the coverage goal holds — every listed provision is mapped by a control.
 */
import { describe, expect, it } from 'vitest';
import {
  CONTROL_CATEGORIES,
  CONTROLS,
  MAPPING_RELATIONSHIPS,
  STANDARD_IDS,
  controlById,
  controlsFor,
  parseProvision,
  provisionExists,
  provisionWithin,
} from '../../src/index.ts';
import type { ProvisionId } from '../../src/index.ts';

const COVERAGE: Record<string, readonly ProvisionId[]> = {
  'CRA Annex I Part I': [
    'cra:annex-I-part-I(1)',
    ...(['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i', 'j', 'k', 'l', 'm'] as const).map(
      (p): ProvisionId => `cra:annex-I-part-I(2)(${p})`,
    ),
  ],
  'CRA Annex I Part II': [1, 2, 3, 4, 5, 6, 7, 8].map((n): ProvisionId => `cra:annex-I-part-II(${n})`),
  'MDR Annex I GSPR': [
    'mdr:annex-I-14.2(d)', 'mdr:annex-I-17.1', 'mdr:annex-I-17.2', 'mdr:annex-I-17.4', 'mdr:annex-I-18.8',
    'mdr:annex-I-23.4(ab)',
  ],
  'IVDR Annex I GSPR': [
    'ivdr:annex-I-13.2(d)', 'ivdr:annex-I-16.1', 'ivdr:annex-I-16.2', 'ivdr:annex-I-16.4', 'ivdr:annex-I-20.4.1(ah)',
  ],
  'RED Art 3(3)': ['red:art-3(3)(d)', 'red:art-3(3)(e)', 'red:art-3(3)(f)'],
  'NIS2 Art 21(2)': (['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i', 'j'] as const).map(
    (p): ProvisionId => `nis2:art-21(2)(${p})`,
  ),
  GDPR: ['gdpr:art-32(1)(a)', 'gdpr:art-32(1)(b)', 'gdpr:art-32(1)(c)', 'gdpr:art-32(1)(d)', 'gdpr:art-25(1)'],
  'AI Act Art 15': ['ai-act:art-15(1)', 'ai-act:art-15(3)', 'ai-act:art-15(4)', 'ai-act:art-15(5)'],
  EHDS: ['ehds:annex-II'],
};

const allLegal = CONTROLS.flatMap((c) => c.provisions.map((m) => ({ control: c.id, ...m })));
const allStandards = CONTROLS.flatMap((c) => c.standards.map((m) => ({ control: c.id, ...m })));

describe('control catalogue: shape', () => {
  it('has between 25 and 40 controls', () => {
    expect(CONTROLS.length).toBeGreaterThanOrEqual(25);
    expect(CONTROLS.length).toBeLessThanOrEqual(40);
  });

  it('has unique, stable-looking ids (ctl-kebab-case)', () => {
    const ids = CONTROLS.map((c) => c.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id, id).toMatch(/^ctl-[a-z0-9]+(?:-[a-z0-9]+)*$/);
  });

  it('gives every control a title, statement, guidance and a known category', () => {
    for (const c of CONTROLS) {
      expect(c.title.trim(), c.id).not.toBe('');
      expect(c.statement.trim().length, c.id).toBeGreaterThan(40);
      expect(c.guidance.trim().length, c.id).toBeGreaterThan(40);
      expect(CONTROL_CATEGORIES, c.id).toContain(c.category);
    }
  });

  it('maps every control to at least one provision and one standard', () => {
    for (const c of CONTROLS) {
      expect(c.provisions.length, c.id).toBeGreaterThan(0);
      expect(c.standards.length, c.id).toBeGreaterThan(0);
    }
  });

  it('does not map a control twice to the same provision or standard clause', () => {
    for (const c of CONTROLS) {
      const legal = c.provisions.map((m) => m.provision);
      expect(new Set(legal).size, c.id).toBe(legal.length);
      const std = c.standards.map((m) => `${m.standard} ${m.ref}`);
      expect(new Set(std).size, c.id).toBe(std.length);
    }
  });
});

describe('control catalogue: mappings', () => {
  it('cites only well-formed provisions that resolve in their act', () => {
    const bad = allLegal.filter((m) => !parseProvision(m.provision) || !provisionExists(m.provision));
    expect(bad.map((m) => `${m.control} → ${m.provision}`)).toEqual([]);
  });

  it('uses only the OLIR relationships, with a one-line rationale', () => {
    for (const m of [...allLegal, ...allStandards]) {
      expect(MAPPING_RELATIONSHIPS, m.control).toContain(m.relationship);
      expect(m.rationale.trim(), m.control).not.toBe('');
      expect(m.rationale, m.control).not.toMatch(/\n/);
      expect(m.rationale.length, `${m.control}: ${m.rationale}`).toBeLessThanOrEqual(200);
    }
  });

  it('names known standards by a non-empty clause or identifier only', () => {
    for (const m of allStandards) {
      expect(STANDARD_IDS, m.control).toContain(m.standard);
      expect(m.ref.trim(), `${m.control} ${m.standard}`).not.toBe('');
      // An identifier, not prose: short, no spaces beyond e.g. `CR 2.8`.
      expect(m.ref, `${m.control} ${m.standard}`).toMatch(/^[A-Z0-9][A-Za-z0-9.\- ]{0,11}$/);
    }
  });

  it('writes standard refs in the form each standard uses', () => {
    const forms: Record<string, RegExp> = {
      'IEC 81001-5-1': /^\d+(?:\.\d+)*$/,
      'IEC 62443-4-1': /^(?:SM|SR|SD|SI|SVV|DM|SUM|SG)-\d+$/,
      // CR for common component requirements; EDR, HDR, NDR, SAR for those set per kind of component.
      'IEC 62443-4-2': /^(?:CR|EDR|HDR|NDR|SAR) \d+\.\d+$/,
      'EN 18031-1': /^[A-Z]{3}(?:-\d+)*$/,
      'EN 18031-2': /^[A-Z]{3}(?:-\d+)*$/,
      'EN 18031-3': /^[A-Z]{3}(?:-\d+)*$/,
      'ETSI EN 303 645': /^\d+(?:\.\d+)*$/,
      'ISO/IEC 27001:2022': /^(?:A\.[5-8]\.\d+|\d+(?:\.\d+)*)$/,
      'NIST CSF 2.0': /^(?:GV|ID|PR|DE|RS|RC)\.[A-Z]{2}-\d{2}$/,
    };
    for (const m of allStandards) expect(m.ref, `${m.control} ${m.standard}`).toMatch(forms[m.standard] ?? /^$/);
  });
});

describe('control catalogue: coverage goal of issue 5', () => {
  for (const [group, provisions] of Object.entries(COVERAGE)) {
    it(`maps every listed provision of ${group} to at least one control`, () => {
      const unmapped = provisions.filter((p) => controlsFor(p).length === 0);
      expect(unmapped, `unmapped in ${group}`).toEqual([]);
    });
  }

  it('lists only provisions that resolve', () => {
    const bad = Object.values(COVERAGE).flat().filter((p) => !provisionExists(p));
    expect(bad).toEqual([]);
  });
});

describe('controlsFor and controlById', () => {
  it('finds the CVD control for CRA Annex I Part II(5)', () => {
    expect(controlsFor('cra:annex-I-part-II(5)').map((c) => c.id)).toEqual(['ctl-coordinated-vulnerability-disclosure']);
  });

  it('finds the access-control control for MDR GSPR 18.8 and RED Art 3(3)(f)', () => {
    expect(controlsFor('mdr:annex-I-18.8').map((c) => c.id)).toContain('ctl-authentication-access-control');
    expect(controlsFor('red:art-3(3)(f)').map((c) => c.id)).toContain('ctl-authentication-access-control');
  });

  it('returns the controls of the points when asked for a parent provision (NIS2 Art 21(2))', () => {
    const parent = controlsFor('nis2:art-21(2)').map((c) => c.id);
    const points = new Set(COVERAGE['NIS2 Art 21(2)']?.flatMap((p) => controlsFor(p).map((c) => c.id)));
    expect(new Set(parent)).toEqual(points);
    expect(parent).toContain('ctl-multi-factor-secure-communications');
    expect(parent).toContain('ctl-business-continuity-backup');
  });

  it('returns every Part I and Part II control for CRA Annex I, and nothing for an unmapped provision', () => {
    const annex = controlsFor('cra:annex-I').map((c) => c.id);
    expect(annex).toEqual(expect.arrayContaining([...controlsFor('cra:annex-I-part-I'), ...controlsFor('cra:annex-I-part-II')].map((c) => c.id)));
    expect(controlsFor('cra:art-71(2)')).toEqual([]);
  });

  it('does not treat a longer number as a child (Art 2 is not Art 21; GSPR 17 contains 17.2)', () => {
    expect(provisionWithin('nis2:art-21(2)(a)', 'nis2:art-2')).toBe(false);
    expect(provisionWithin('nis2:art-21(2)(a)', 'nis2:art-21')).toBe(true);
    expect(provisionWithin('mdr:annex-I-17.2', 'mdr:annex-I-17')).toBe(true);
    expect(provisionWithin('mdr:annex-I-17.2', 'mdr:annex-I-1')).toBe(false);
    expect(provisionWithin('cra:annex-II', 'cra:annex-I')).toBe(false);
  });

  it('looks controls up by id', () => {
    expect(controlById('ctl-sbom-component-inventory')?.category).toBe('supply-chain-sbom');
    expect(controlById('ctl-does-not-exist')).toBeUndefined();
  });
});
