/**
 * The cited link table from duties to requirement provisions: no dangling obligation or
 * provision ids, every link reaches at least one control, and the security duties of the acts
 * the issue names are each served by the catalogue.
 */
import { describe, expect, it } from 'vitest';
import { CONTROLS, knowledgeBase, OBLIGATION_LINKS, parseProvision, provisionExists, provisionWithin, requirementProvisions } from '../../src/index.ts';
import type { Obligation } from '../../src/index.ts';

const obligations = new Map<string, Obligation>(knowledgeBase.acts.flatMap((a) => a.obligations.map((o) => [o.id, o] as const)));
const mapped = CONTROLS.flatMap((c) => c.provisions.map((m) => m.provision));

describe('obligation links', () => {
  it('link only obligations that exist in the knowledge base, each once', () => {
    expect(OBLIGATION_LINKS.filter((l) => !obligations.has(l.obligation)).map((l) => l.obligation)).toEqual([]);
    const keys = OBLIGATION_LINKS.map((l) => l.obligation);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('cite and link to provisions that resolve in their act', () => {
    const bad = OBLIGATION_LINKS.flatMap((l) => [l.cite, ...l.provisions]).filter((p) => !parseProvision(p) || !provisionExists(p));
    expect(bad).toEqual([]);
  });

  it('cite a provision of the obligation’s own act (the delegated act may switch on RED requirements)', () => {
    for (const l of OBLIGATION_LINKS) {
      const act = l.obligation.split(':')[0];
      expect(l.cite.startsWith(`${act}:`), `${l.obligation} cites ${l.cite}`).toBe(true);
      for (const p of l.provisions) {
        const target = p.split(':')[0];
        expect(target === act || (act === 'red-da' && target === 'red'), `${l.obligation} → ${p}`).toBe(true);
      }
    }
  });

  it('reach at least one control mapping through every linked provision (no dead links)', () => {
    const dead = OBLIGATION_LINKS.flatMap((l) => l.provisions.filter((p) => !mapped.some((m) => provisionWithin(m, p))).map((p) => `${l.obligation} → ${p}`));
    expect(dead).toEqual([]);
  });

  it('give a one-line rationale', () => {
    for (const l of OBLIGATION_LINKS) {
      expect(l.rationale.trim().length, l.obligation).toBeGreaterThan(20);
      expect(l.rationale, l.obligation).not.toMatch(/\n/);
    }
  });

  it('make the duty’s own citation the first requirement provision', () => {
    const o = obligations.get('cra:essential-requirements');
    expect(o && requirementProvisions(o)).toEqual(['cra:art-13(1)', 'cra:annex-I-part-I']);
    const s = obligations.get('cra:sbom');
    expect(s && requirementProvisions(s)).toEqual(['cra:annex-I-part-II(1)']);
  });
});

describe('every security duty of the acts in the issue is served by a control', () => {
  const servedBy = (id: string) => {
    const o = obligations.get(id);
    if (!o) throw new Error(`no obligation ${id}`);
    const reqs = requirementProvisions(o);
    return CONTROLS.filter((c) => c.provisions.some((m) => reqs.some((r) => provisionWithin(m.provision, r)))).map((c) => c.id);
  };
  const duties = [
    'cra:essential-requirements', 'cra:risk-assessment', 'cra:component-due-diligence', 'cra:vulnerability-handling', 'cra:sbom',
    'cra:report-component-vulnerabilities', 'cra:support-period', 'cra:updates-stay-available', 'cra:end-of-support-information',
    'cra:report-exploited-vulnerability', 'cra:report-severe-incident', 'cra:inform-users', 'cra:user-information', 'cra:single-point-of-contact',
    'mdr:gspr-compliance', 'mdr:risk-management', 'mdr:it-environment-interaction', 'mdr:electronic-systems-reliability',
    'mdr:software-lifecycle-security', 'mdr:minimum-it-requirements', 'mdr:protection-against-unauthorised-access', 'mdr:ifu-it-security',
    'mdr:report-serious-incident', 'ivdr:software-lifecycle-security', 'ivdr:ifu-it-security', 'ivdr:report-serious-incident',
    'red-da:network-protection', 'red-da:personal-data-privacy', 'red-da:fraud-protection',
    'nis2:risk-management-measures-essential', 'nis2:incident-early-warning-important', 'nis2:supplier-risk-assessment-important',
    'gdpr:data-protection-by-design', 'gdpr:security-of-processing', 'gdpr:breach-notification-authority',
    'ai-act:accuracy-robustness-cybersecurity-annex-i', 'ehds:harmonised-components',
    'mdcg-2019-16:secure-by-design', 'mdcg-2019-16:security-testing', 'mdcg-2019-16:lifecycle-vulnerability-monitoring',
  ];
  for (const id of duties) it(`serves ${id}`, () => expect(servedBy(id)).not.toEqual([]));

  it('brings the whole of CRA Annex I Part I into Art 13(1): every point (2)(a)–(m) is reached', () => {
    const reached = new Set(servedBy('cra:essential-requirements').flatMap((id) => CONTROLS.find((c) => c.id === id)?.provisions.map((m) => m.provision) ?? []));
    for (const p of 'abcdefghijklm') expect(reached.has(`cra:annex-I-part-I(2)(${p})`), p).toBe(true);
  });

  it('keeps RED Art 10(1) off the RED Art 3(3) controls: only the delegated act switches them on', () => {
    expect(servedBy('red:essential-requirements')).toEqual([]);
  });
});
