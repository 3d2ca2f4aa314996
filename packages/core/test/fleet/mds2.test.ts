import { describe, expect, it } from 'vitest';
import { controlById, compareMds2, mapMds2, MDS2_MAPPED_QUESTIONS, normaliseQuestionId, readMds2Rows } from '../../src/index.ts';

const FORM = [
  ['Manufacturer Disclosure Statement for Medical Device Security -- MDS2'],
  ['Question ID', 'Question', 'Yes, No, N/A, or See Note', 'Note'],
  ['DOC-8', 'Coordinated vulnerability disclosure programme?', 'Yes', ''],
  ['SBOM 1', 'Is the SBOM for this product available?', 'yes', ''],
  ['csup-01', 'Security updates during operational life?', 'Yes', ''],
  ['MLDP–2', 'Anti-malware supported?', 'No', 'Whitelisting only'],
  ['RMOT-1.', 'Remote service?', 'Yes', 'Via vendor VPN'],
  ['RDMP-3', 'Support dates published?', '', ''],
  ['AUTH-??', 'broken id', 'Yes', ''],
];

describe('MDS2 (HN 1-2019) statements', () => {
  it('tolerates the id slips of real forms', () => {
    expect(['SBOM 1', 'sbom-01', 'SBOM-1.', 'SBOM–1', 'SBOM_1'].map(normaliseQuestionId)).toEqual(Array(5).fill('SBOM-1'));
    expect(normaliseQuestionId('Question')).toBeNull();
  });

  it('reads answers keyed by question id and reports the rows it could not read', () => {
    const s = readMds2Rows(FORM.map((r) => r.map(String)));
    expect(Object.keys(s.answers)).toEqual(['DOC-8', 'SBOM-1', 'CSUP-1', 'MLDP-2', 'RMOT-1', 'RDMP-3']);
    expect(s.answers['MLDP-2']).toMatchObject({ answer: 'no' });
    expect(s.answers['RDMP-3']!.answer).toBe('unanswered');
    expect(s.skipped).toEqual([{ row: 7, id: 'AUTH-??' }]);
  });

  it('compares two versions, mapped questions first', () => {
    const a = readMds2Rows(FORM);
    const b = readMds2Rows(FORM.map((r) => (r[0] === 'MLDP–2' ? ['MLDP-2', r[1]!, 'Yes', ''] : r[0] === 'RDMP-3' ? ['RDMP-3', r[1]!, 'Yes', ''] : r)));
    expect(compareMds2(a, b)).toEqual([
      { id: 'MLDP-2', before: 'no', after: 'yes', mapped: true },
      { id: 'RDMP-3', before: 'unanswered', after: 'yes', mapped: true },
    ]);
  });

  it('maps answers onto controls that exist in the catalogue', () => {
    for (const q of MDS2_MAPPED_QUESTIONS) for (const c of q.controls) expect(controlById(c), c).toBeDefined();
    const m = mapMds2(readMds2Rows(FORM));
    expect(m.find((x) => x.question.id === 'SBOM-1')).toMatchObject({ reading: 'evidence' });
    expect(m.find((x) => x.question.id === 'MLDP-2')).toMatchObject({ reading: 'gap' });
    expect(m.find((x) => x.question.id === 'RDMP-3')).toMatchObject({ reading: 'open' });
    expect(m.find((x) => x.question.id === 'RDMP-3')!.question.lifecycleFact).toBe('product.lifecycle.declaredSupportEnd');
  });
});
