import { describe, expect, it } from 'vitest';
import { enisaSeverity } from '../../src/index.ts';

describe('ENISA severity aid (SE = DPC × EI + CB, ENISA 2013)', () => {
  it('scores exfiltrated, identifiable health records by a malicious actor as very high', () => {
    const r = enisaSeverity(
      { dataProcessingContext: 4, easeOfIdentification: 'maximum', confidentiality: 'unknown-recipients', integrity: 'none', availability: 'temporary', maliciousIntent: true },
      'high-risk',
    );
    expect(r).toMatchObject({ score: 5.25, level: 'very-high', components: { dpc: 4, ei: 1, cb: 1.25 }, controllerAssessment: 'high-risk' });
    expect(r.note).toMatch(/aid only/);
  });
  it('keeps the band edges: 1.99 low, 2 medium, 3 high, 4 very high', () => {
    const base = { integrity: 'none', availability: 'none', maliciousIntent: false } as const;
    expect(enisaSeverity({ ...base, dataProcessingContext: 2, easeOfIdentification: 'maximum', confidentiality: 'none' }, undefined).level).toBe('medium');
    expect(enisaSeverity({ ...base, dataProcessingContext: 3, easeOfIdentification: 'significant', confidentiality: 'none' }, undefined)).toMatchObject({ score: 2.25, level: 'medium' });
    expect(enisaSeverity({ ...base, dataProcessingContext: 3, easeOfIdentification: 'maximum', confidentiality: 'none' }, undefined).level).toBe('high');
    expect(enisaSeverity({ ...base, dataProcessingContext: 4, easeOfIdentification: 'maximum', confidentiality: 'none' }, undefined).level).toBe('very-high');
    expect(enisaSeverity({ ...base, dataProcessingContext: 1, easeOfIdentification: 'negligible', confidentiality: 'known-recipients' }, undefined)).toMatchObject({ score: 0.5, level: 'low' });
  });
  it('says when the controller has not recorded its own assessment', () => {
    const r = enisaSeverity({ dataProcessingContext: 1, easeOfIdentification: 'limited', confidentiality: 'none', integrity: 'none', availability: 'none', maliciousIntent: false }, undefined);
    expect(r.controllerAssessment).toMatch(/not recorded/);
  });
});
