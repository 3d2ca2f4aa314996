import { describe, expect, it } from 'vitest';
import { ACT_IDS, knowledgeBase, provisionUrl } from '../../src/index.ts';
import {
  ACT_LABELS,
  actLabel,
  CATEGORY_LABELS,
  citationLabel,
  citationLink,
  humanize,
  recipientLabel,
  RECIPIENT_LABELS,
  ROLE_LABELS,
  verdictLabel,
} from '../../src/labels/index.ts';
import { ROLES } from '../../src/facts/vocabulary.ts';

describe('act labels', () => {
  it('name every act as the knowledge base does, with its number and CELEX', () => {
    for (const act of knowledgeBase.acts) {
      const label = ACT_LABELS[act.id];
      expect(label.short, act.id).toBe(act.shortName);
      expect(label.number, act.id).toBe(act.number);
      if (act.celex) expect(label.celex, act.id).toBe(act.celex);
    }
    expect(Object.keys(ACT_LABELS).sort()).toEqual([...ACT_IDS].sort());
  });

  it('never show a code where a name exists', () => {
    expect(actLabel('reg-2022-123')).toBe('Reg 2022/123');
    expect(actLabel('red-da')).toBe('RED DA');
    expect(verdictLabel('does-not-apply')).toBe('Does not apply');
    expect(verdictLabel('applies-from', '2027-12-11')).toBe('Applies from 2027-12-11');
    expect(recipientLabel('data-subjects')).toBe('the people whose data is affected');
    expect(recipientLabel('cer-competent-authority')).toContain('critical entities');
    expect(humanize('some-new_code')).toBe('Some new code');
  });

  it('cover every role of the vocabulary', () => {
    expect(Object.keys(ROLE_LABELS).sort()).toEqual(Object.keys(ROLES).sort());
    expect(Object.keys(CATEGORY_LABELS)).toHaveLength(10);
    expect(Object.keys(RECIPIENT_LABELS)).toContain('service-recipients');
  });
});

describe('citation deep links', () => {
  it('open the paragraph of an article in the ELI-marked EUR-Lex HTML', () => {
    expect(citationLink('cra:art-14(2)(a)')).toEqual({
      label: 'Art 14(2)(a) CRA',
      href: 'https://eur-lex.europa.eu/legal-content/EN/TXT/HTML/?uri=CELEX:32024R2847#014.002',
      anchored: true,
      destination: 'Art 14(2)(a) CRA on EUR-Lex',
    });
    expect(citationLink('nis2:art-23')?.href).toMatch(/CELEX:32022L2555#art_23$/);
    expect(citationLink('mdr:annex-I-17.2')?.href).toMatch(/CELEX:32017R0745#anx_I$/);
    expect(citationLink('mdr:annex-I-17.2')?.label).toBe('Annex I 17.2 MDR');
    expect(citationLink('gdpr:recital-85')?.href).toMatch(/CELEX:32016R0679#rct_85$/);
    expect(citationLink('gdpr:art-33(1)')?.href).toMatch(/#033\.001$/);
  });

  it('open the document and keep the locator where the text has no anchor', () => {
    const inserted = citationLink('mdr:art-10a(1)');
    expect(inserted?.anchored).toBe(false);
    expect(inserted?.href).not.toContain('#');
    expect(inserted?.destination).toContain('find Art 10a(1)');
    const old = citationLink('pld-1985:art-6');
    expect(old?.anchored).toBe(false);
    expect(old?.destination).toBe('Council Directive 85/374/EEC on EUR-Lex — find Art 6');
  });

  it('name the Commission PDF as such, not EUR-Lex', () => {
    const link = citationLink('mdcg-2019-16:section-3.6');
    expect(link?.label).toBe('MDCG 2019-16 section 3.6');
    expect(link?.href).toMatch(/^https:\/\/health\.ec\.europa\.eu\/.+\.pdf$/);
    expect(link?.destination).not.toContain('EUR-Lex');
    expect(citationLabel('not-a-cite')).toBe('not-a-cite');
  });

  it('are the links the engine puts into its results', () => {
    expect(provisionUrl('cra:art-14(2)')).toBe(citationLink('cra:art-14(2)')?.href);
    expect(provisionUrl('mdcg-2019-16:section-2.1')).toBe(knowledgeBase.act('mdcg-2019-16')?.url);
  });
});

describe('classification labels', () => {
  it('name every classifier and outcome of the knowledge base', async () => {
    const { CLASSIFIER_LABELS, OUTCOME_LABELS, outcomeLabel } = await import('../../src/labels/index.ts');
    for (const act of knowledgeBase.acts) {
      for (const c of act.classifiers ?? []) {
        expect(CLASSIFIER_LABELS[`${act.id}:${c.id}`], `${act.id}:${c.id}`).toBeDefined();
        for (const o of c.outcomes) expect(OUTCOME_LABELS[o], o).toBeDefined();
      }
    }
    expect(outcomeLabel('IIa or IIb')).toBe('class IIa or class IIb');
    expect(outcomeLabel('art-3-3-d+art-3-3-e')).toBe('Art 3(3)(d): network protection and Art 3(3)(e): personal data and privacy');
  });
});
