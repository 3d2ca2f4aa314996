/**
 * The source check of the catalogue's references: every mapping carries exactly one mark, the
 * tables behind the marks name only references the catalogue uses, corrections took effect, and
 * the verification note adds up and lists what is still to check.
 */
import { describe, expect, it } from 'vitest';
import {
  CATALOGUE_VERIFICATION,
  CONTROLS,
  LEGAL_CHECKS,
  SOURCES,
  STANDARD_CHECKS,
  STANDARD_CORRECTIONS,
  STANDARD_IDS,
  VERIFIED_ON,
  catalogueVerification,
  controlById,
  isIsoDate,
  provisionExists,
  unverifiedReferences,
} from '../../src/index.ts';
import type { Control } from '../../src/index.ts';

const allStandards = CONTROLS.flatMap((c) => c.standards.map((m) => ({ control: c.id, ...m })));
const allLegal = CONTROLS.flatMap((c) => c.provisions.map((m) => ({ control: c.id, ...m })));
const sourceUrls = new Set<string>(Object.values(SOURCES));

describe('reference marks on the mappings', () => {
  it('gives every standard and legal mapping exactly one of verified or unverified', () => {
    for (const m of [...allStandards, ...allLegal]) {
      const label = `${m.control} ${'ref' in m ? `${m.standard} ${m.ref}` : m.provision}`;
      expect(m.verified === undefined, label).toBe(m.unverified === true);
    }
  });

  it('dates every check on the day of the review and cites a listed web address', () => {
    expect(isIsoDate(VERIFIED_ON)).toBe(true);
    for (const m of [...allStandards, ...allLegal]) {
      if (!m.verified) continue;
      expect(m.verified.on).toBe(VERIFIED_ON);
      expect(m.verified.source).toMatch(/^https?:\/\/\S+$/);
      expect(sourceUrls.has(m.verified.source), m.verified.source).toBe(true);
    }
  });
});

describe('the check tables', () => {
  it('list only references the catalogue uses, each under one source', () => {
    const used = new Set(allStandards.map((m) => `${m.standard}|${m.ref}`));
    const seen = new Set<string>();
    for (const check of STANDARD_CHECKS) {
      for (const ref of check.refs) {
        const key = `${check.standard}|${ref}`;
        expect(used.has(key), `stale check ${key}`).toBe(true);
        expect(seen.has(key), `checked twice ${key}`).toBe(false);
        seen.add(key);
      }
    }
    const cited = new Set(allLegal.map((m) => m.provision));
    const seenLegal = new Set<string>();
    for (const check of LEGAL_CHECKS) {
      for (const p of check.provisions) {
        expect(cited.has(p), `stale check ${p}`).toBe(true);
        expect(provisionExists(p), p).toBe(true);
        expect(seenLegal.has(p), `checked twice ${p}`).toBe(false);
        seenLegal.add(p);
      }
    }
  });

  it('applied every correction: the control cites the corrected identifier and no longer the old one', () => {
    expect(STANDARD_CORRECTIONS.length).toBeGreaterThan(0);
    for (const c of STANDARD_CORRECTIONS) {
      const refs = controlById(c.control)?.standards.filter((m) => m.standard === c.standard).map((m) => m.ref) ?? [];
      expect(refs, `${c.control} ${c.standard}`).toContain(c.to);
      expect(refs, `${c.control} ${c.standard}`).not.toContain(c.from);
      const anywhere = allStandards.filter((m) => m.standard === c.standard && m.ref === c.from);
      expect(anywhere, `${c.standard} ${c.from} still cited`).toEqual([]);
      expect(sourceUrls.has(c.source)).toBe(true);
    }
  });

  it('reads IEC 62443-4-2 update support and boot integrity as embedded-device requirements', () => {
    const refs = allStandards.filter((m) => m.standard === 'IEC 62443-4-2').map((m) => m.ref);
    expect(refs).toContain('EDR 3.10');
    expect(refs).toContain('EDR 3.14');
    expect(refs).not.toContain('CR 3.10');
    expect(refs).not.toContain('CR 3.14');
  });
});

describe('the verification note', () => {
  const v = CATALOGUE_VERIFICATION;

  it('covers every standard the catalogue uses, with counts that add up to its distinct identifiers and its mappings', () => {
    const usedStandards = STANDARD_IDS.filter((id) => allStandards.some((m) => m.standard === id));
    expect(v.standards.map((t) => t.standard)).toEqual(usedStandards);
    for (const t of v.standards) {
      const mappings = allStandards.filter((m) => m.standard === t.standard);
      expect(t.mappings.confirmed + t.mappings.corrected + t.mappings.unverified, t.standard).toBe(mappings.length);
      expect(t.refs.confirmed + t.refs.corrected + t.refs.unverified, t.standard).toBe(new Set(mappings.map((m) => m.ref)).size);
      expect(t.unverifiedRefs.length, t.standard).toBe(t.refs.unverified);
    }
  });

  it('gives the figures of this review per standard (distinct identifiers)', () => {
    const figures = Object.fromEntries(v.standards.map((t) => [t.standard, [t.refs.confirmed, t.refs.corrected, t.refs.unverified]]));
    expect(figures).toEqual({
      'IEC 81001-5-1': [9, 0, 0],
      'IEC 62443-4-1': [27, 0, 4],
      'IEC 62443-4-2': [17, 2, 0],
      'EN 18031-1': [11, 0, 0],
      'EN 18031-2': [8, 0, 0],
      'EN 18031-3': [4, 0, 0],
      'ETSI EN 303 645': [13, 0, 1],
      'ISO/IEC 27001:2022': [40, 0, 0],
      'NIST CSF 2.0': [35, 0, 0],
    });
  });

  it('names the standard identifiers that remain unverified', () => {
    const unverified = Object.fromEntries(v.standards.filter((t) => t.unverifiedRefs.length > 0).map((t) => [t.standard, [...t.unverifiedRefs].sort()]));
    expect(unverified).toEqual({
      'IEC 62443-4-1': ['SG-2', 'SG-3', 'SG-4', 'SG-5'],
      'ETSI EN 303 645': ['6'],
    });
  });

  it('counts legal points per act, confirming every point of the coverage core (CRA Annex I, NIS2 Art 21(2), GDPR Art 32(1), RED Art 3(3))', () => {
    const cited = new Set(allLegal.map((m) => m.provision));
    expect(v.acts.reduce((n, a) => n + a.confirmed + a.unverified, 0)).toBe(cited.size);
    const unverified = new Set(v.acts.flatMap((a) => a.unverifiedProvisions));
    const core = [...cited].filter((p) => /^(?:cra:annex-I-|nis2:art-21\(2\)|gdpr:art-32\(1\)|red:art-3\(3\))/.test(p));
    expect(core.length).toBe(14 + 8 + 10 + 5 + 3);
    expect(core.filter((p) => unverified.has(p))).toEqual([]);
  });

  it('lists every unverified mapping with its control, and the list matches the marks', () => {
    const list = unverifiedReferences();
    expect(list.length).toBe(allStandards.filter((m) => m.unverified).length + allLegal.filter((m) => m.unverified).length);
    expect(list).toContainEqual({ control: 'ctl-data-minimisation', kind: 'standard', reference: 'ETSI EN 303 645 6' });
    expect(list).toContainEqual({ control: 'ctl-vulnerability-remediation', kind: 'legal', reference: 'eucc:art-33' });
    expect(list.every((r) => controlById(r.control) !== undefined)).toBe(true);
  });

  it('lists each source once, sorted, and only sources that confirmed something', () => {
    expect(v.sources).toEqual([...new Set(v.sources)].sort());
    const used = new Set([...allStandards, ...allLegal].flatMap((m) => (m.verified ? [m.verified.source] : [])));
    expect(new Set(v.sources)).toEqual(used);
    expect(v.checkedOn).toBe(VERIFIED_ON);
  });

  it('counts a catalogue handed to it, so an edited mapping moves between the columns', () => {
    const edited: Control[] = CONTROLS.map((c) =>
      c.id === 'ctl-security-testing'
        ? { ...c, standards: c.standards.map((m) => (m.ref === 'SVV-4' ? { ...m, verified: undefined, unverified: true as const } : m)) }
        : c,
    );
    const t = catalogueVerification(edited).standards.find((s) => s.standard === 'IEC 62443-4-1');
    expect(t?.refs).toEqual({ confirmed: 26, corrected: 0, unverified: 5 });
    expect(t?.unverifiedRefs).toContain('SVV-4');
  });
});
