/**
 * What one control closes across acts, and the topics × acts overlap matrix with its kinds
 * (only / overlap / duplicate) and citations.
 */
import { describe, expect, it } from 'vitest';
import { closes, InputError, overlapMatrix, OVERLAP_RULES } from '../../src/index.ts';
import { selectionFor } from './example-profiles.ts';

describe('closes', () => {
  it('shows incident handling closing duties across the whole knowledge base', () => {
    const c = closes('ctl-incident-handling');
    expect(c.acts).toEqual(expect.arrayContaining(['gdpr', 'nis2', 'cer', 'mdr', 'ivdr', 'cra', 'ai-act', 'ehds']));
    expect(c.provisions.find((p) => p.provision === 'nis2:art-21(2)(b)')).toMatchObject({ relationship: 'equal', fully: true });
    expect(c.provisions.find((p) => p.provision === 'gdpr:art-33(1)')).toMatchObject({ relationship: 'intersect', fully: false });
    const early = c.duties.find((d) => d.obligation === 'nis2:incident-early-warning-essential');
    expect(early).toMatchObject({ citation: 'Art 23(4)(a) NIS2', alone: true });
    expect(c.duties.find((d) => d.obligation === 'nis2:incident-handling-essential')?.alone).toBe(false);
  });

  it('limits the answer to the profile’s duties when given its selection', () => {
    const { selection } = selectionFor('class-iia-glucose-meter');
    const c = closes('ctl-incident-handling', selection);
    expect(c.acts).toEqual(['mdr', 'mdcg-2019-16', 'gdpr', 'nis2']);
    expect(c.duties.map((d) => d.obligation)).toContain('mdr:report-serious-incident');
    expect(c.duties.every((d) => d.status === 'applies')).toBe(true);
    expect(c.provisions.map((p) => p.provision)).not.toContain('cra:art-14(3)');
  });

  it('closes nothing for a profile that does not need the control', () => {
    const { selection } = selectionFor('large-hospital-group');
    const c = closes('ctl-secure-by-default', selection);
    expect(c.duties).toEqual([]);
    expect(c.provisions).toEqual([]);
  });

  it('rejects an id that is not in the catalogue, naming it', () => {
    expect(() => closes('ctl-nonsense')).toThrow(InputError);
    expect(() => closes('ctl-nonsense')).toThrow(/control: "ctl-nonsense" is not valid; expected a control id of the catalogue/);
  });
});

describe('overlapMatrix', () => {
  const glucose = selectionFor('class-iia-glucose-meter');
  const matrix = overlapMatrix(glucose.assessment, glucose.selection);
  const row = (topic: string) => matrix.rows.find((r) => r.topic === topic);

  it('has the seven topics of the issue in order, and documents its rules', () => {
    expect(matrix.rows.map((r) => r.topic)).toEqual([
      'incident-reporting', 'security-requirements', 'vulnerability-handling', 'updates-and-support',
      'certification-and-conformity', 'data-protection', 'documentation',
    ]);
    expect(matrix.rules).toBe(OVERLAP_RULES);
    expect(matrix.rules.join(' ')).toMatch(/duplicate: a control fully meets \(relationship equal or superset\)/);
  });

  it('shows incident reporting overlapping across MDR, MDCG 2019-16, GDPR and NIS2, with the duties and notification duties cited', () => {
    const r = row('incident-reporting');
    expect(r?.kind).toBe('overlap');
    expect(r?.cells.map((c) => c.act)).toEqual(['mdr', 'mdcg-2019-16', 'gdpr', 'nis2']);
    const gdpr = r?.cells.find((c) => c.act === 'gdpr');
    expect(gdpr?.duties.find((d) => d.id === 'gdpr:breach-notification-authority')).toMatchObject({ citation: 'Art 33(1) GDPR', status: 'applies' });
    expect(gdpr?.notifications.map((n) => n.id)).toContain('gdpr:breach-notification-authority');
    expect(r?.cells.find((c) => c.act === 'nis2')?.notifications.map((n) => n.id)).toContain('nis2:significant-incident-important');
    expect(r?.cells.find((c) => c.act === 'mdr')?.notifications.map((n) => n.citation)).toContain('Art 87(1)(a) MDR');
  });

  it('marks GDPR and NIS2 security requirements as duplicates: business continuity fully meets NIS2 Art 21(2)(c) and GDPR Art 32(1)(c)', () => {
    const r = row('security-requirements');
    expect(r?.kind).toBe('duplicate');
    const gdpr = r?.cells.find((c) => c.act === 'gdpr');
    expect(gdpr?.kind).toBe('duplicate');
    expect(gdpr?.duplicates).toContainEqual({
      control: 'ctl-business-continuity-backup', with: 'nis2', provision: 'gdpr:art-32(1)(c)', otherProvision: 'nis2:art-21(2)(c)',
    });
    // RED speaks on security requirements but none of its duties reaches a control this profile shares.
    expect(r?.cells.find((c) => c.act === 'red')?.kind).toBe('overlap');
  });

  it('leaves a topic with no duty empty, and one act alone as only', () => {
    expect(row('updates-and-support')).toMatchObject({ kind: 'none', cells: [] });
    const hospital = selectionFor('large-hospital-group');
    const h = overlapMatrix(hospital.assessment, hospital.selection);
    expect(h.rows.find((r) => r.topic === 'vulnerability-handling')).toMatchObject({ kind: 'only', cells: [{ act: 'nis2', kind: 'only' }] });
    expect(h.acts).toEqual(['gdpr', 'nis2', 'cer']);
  });

  it('marks cells whose duties are all open as conditional (telemonitoring app)', () => {
    const t = selectionFor('incomplete-telemonitoring-app');
    const m = overlapMatrix(t.assessment, t.selection);
    const cells = m.rows.find((r) => r.topic === 'incident-reporting')?.cells ?? [];
    expect(cells.find((c) => c.act === 'mdr')?.conditional).toBe(true);
    expect(cells.find((c) => c.act === 'gdpr')?.conditional).toBe(false);
  });

  it('puts the RED delegated act’s privacy duty on data protection for the wellness band', () => {
    const b = selectionFor('consumer-fitness-band');
    const m = overlapMatrix(b.assessment, b.selection);
    const dp = m.rows.find((r) => r.topic === 'data-protection');
    expect(dp?.cells.find((c) => c.act === 'red-da')?.duties.map((d) => d.id)).toEqual(['red-da:personal-data-privacy']);
    expect(m.rows.find((r) => r.topic === 'updates-and-support')).toMatchObject({ kind: 'only', cells: [{ act: 'sgd' }] });
  });
});
