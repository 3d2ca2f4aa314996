/**
 * The GDPR breach risk decided from its factors. Each case cites the place of the EDPB guidance
 * it rests on; where the guidance makes an outcome depend on a factor, both branches are tested.
 *   9/2022  = EDPB Guidelines 9/2022 on personal data breach notification, v2.0
 *   01/2021 = EDPB Guidelines 01/2021 on examples regarding personal data breach notification, v2.0
 */
import { describe, expect, it } from 'vitest';
import { assessBreachRisk } from '../../src/incident/breach-risk.ts';
import type { Profile } from '../../src/facts/profile-schema.ts';

type Incident = NonNullable<Profile['incident']>;
const breach = (incident: Incident, roles: string[] = ['controller']): Profile =>
  ({ organisation: { roles, establishedInEu: true, mainEstablishment: 'DE' }, incident: { personalDataBreach: true, ...incident } }) as Profile;

/** A disclosure with every mitigation ruled out, so the listed factor decides. */
const disclosed = (more: Incident): Incident => ({
  breachTypes: ['confidentiality'],
  dataUnintelligible: false,
  trustedRecipient: false,
  breachIdentifiability: 'direct',
  breachDataKind: 'ordinary',
  misuseEvidence: false,
  breachConsequences: 'limited',
  vulnerableIndividuals: false,
  ...more,
});

const level = (p: Profile) => assessBreachRisk(p)?.assessed;
const rule = (p: Profile) => assessBreachRisk(p)?.findings.find((f) => f.certainty === 'decides')?.rule;

describe('confidentiality breaches (9/2022 Section IV.B factors)', () => {
  it('encryption with an uncompromised key: unlikely (9/2022 Section II.D; 01/2021 case 10); without it, not', () => {
    expect(level(breach(disclosed({ breachDataKind: 'special-category', dataUnintelligible: true })))).toBe('unlikely');
    expect(rule(breach(disclosed({ breachDataKind: 'special-category', dataUnintelligible: true })))).toBe('conf-unintelligible');
    expect(level(breach(disclosed({ breachDataKind: 'special-category', dataUnintelligible: false })))).toBe('high-risk');
  });
  it('a trusted recipient who returned or deleted the data: unlikely (9/2022 Section IV.B, severity); an untrusted one: not', () => {
    expect(level(breach(disclosed({ trustedRecipient: true })))).toBe('unlikely');
    expect(level(breach(disclosed({ trustedRecipient: false })))).toBe('risk');
  });
  it('ease of identification: data no one can link to a person are unlikely to harm (9/2022 Section IV.B); directly identifying data are not', () => {
    expect(level(breach(disclosed({ breachDataKind: 'special-category', breachIdentifiability: 'not-identifiable' })))).toBe('unlikely');
    expect(level(breach(disclosed({ breachDataKind: 'special-category', breachIdentifiability: 'indirect' })))).toBe('high-risk');
  });
  it('data already public add no likely risk (9/2022 Section II.D)', () => {
    expect(level(breach(disclosed({ breachDataKind: 'public' })))).toBe('unlikely');
  });
  it('special categories such as health data: damage is to be considered likely — high risk (9/2022 para 102; 01/2021 cases 11 and 12)', () => {
    const p = breach(disclosed({ breachDataKind: 'special-category' }));
    expect(level(p)).toBe('high-risk');
    expect(rule(p)).toBe('conf-special');
    expect(assessBreachRisk(p)?.findings.find((f) => f.rule === 'conf-special')?.guidance.map((g) => g.text).join(' ')).toContain('para 102');
  });
  it('the special-category fact stated on its own counts the same way (Art 9(1))', () => {
    expect(level(breach(disclosed({ breachDataKind: undefined, specialCategoryData: true })))).toBe('high-risk');
  });
  it('evidence of misuse keeps ordinary data at a risk even where the consequences look negligible (9/2022 Section IV.B; 01/2021 case 8); without it, negligible consequences are unlikely', () => {
    expect(level(breach(disclosed({ misuseEvidence: true, breachConsequences: 'negligible' })))).toBe('risk');
    expect(level(breach(disclosed({ misuseEvidence: false, breachConsequences: 'negligible' })))).toBe('unlikely');
    expect(level(breach(disclosed({ misuseEvidence: true, breachConsequences: 'limited' })))).toBe('risk');
  });
  it('misuse of financial or credential data: high risk (01/2021 cases 5 and 7)', () => {
    expect(level(breach(disclosed({ misuseEvidence: true, breachDataKind: 'sensitive' })))).toBe('high-risk');
  });
  it('severe or irreversible consequences: high risk (9/2022 Section IV.B, severity and permanence)', () => {
    expect(level(breach(disclosed({ breachConsequences: 'severe' })))).toBe('high-risk');
  });
  it('vulnerable people (children, patients) are at greater risk (9/2022 Section IV.B, special characteristics of the individual); others not', () => {
    expect(level(breach(disclosed({ vulnerableIndividuals: true })))).toBe('high-risk');
    expect(level(breach(disclosed({ vulnerableIndividuals: false })))).toBe('risk');
  });
  it('financial, identity or credential data expose people to fraud: high risk (9/2022 Section IV.B, nature and sensitivity) — unless the consequences are negligible', () => {
    expect(level(breach(disclosed({ breachDataKind: 'sensitive' })))).toBe('high-risk');
    expect(level(breach(disclosed({ breachDataKind: 'sensitive', breachConsequences: 'negligible' })))).toBe('unlikely');
  });
  it('ordinary data with negligible consequences: unlikely; with real but limited ones: a risk (9/2022 Section IV.B)', () => {
    expect(level(breach(disclosed({ breachConsequences: 'negligible' })))).toBe('unlikely');
    expect(level(breach(disclosed({ breachConsequences: 'limited' })))).toBe('risk');
  });
});

describe('availability and integrity breaches (01/2021 ransomware cases)', () => {
  const ransomware = (more: Incident): Incident => ({ breachTypes: ['availability'], breachDataKind: 'special-category', vulnerableIndividuals: false, breachConsequences: 'limited', ...more });
  it('backup restored promptly, no effect on people: unlikely, documented only (01/2021 case 1)', () => {
    const a = assessBreachRisk(breach(ransomware({ breachRestoration: 'restored-promptly' })));
    expect(a?.assessed).toBe('unlikely');
    expect(a?.outcome).toContain('Art 33(5)');
  });
  it('restored with a delay at a hospital: patients at high risk (01/2021 case 3); the same delay at a business whose people are not vulnerable: a risk', () => {
    expect(level(breach(ransomware({ breachRestoration: 'restored-with-delay' }), ['controller', 'healthcare-provider']))).toBe('high-risk');
    expect(level(breach(ransomware({ breachDataKind: 'ordinary', breachRestoration: 'restored-with-delay' })))).toBe('risk');
  });
  it('health data lost for good: high risk; ordinary data lost with limited consequences: a risk (01/2021 case 2)', () => {
    expect(level(breach(ransomware({ breachRestoration: 'not-restorable' })))).toBe('high-risk');
    expect(level(breach(ransomware({ breachDataKind: 'ordinary', breachRestoration: 'not-restorable' })))).toBe('risk');
  });
  it('altered health data not restored promptly can lead to wrong care: high risk; restored promptly: unlikely (9/2022 Section IV.B)', () => {
    const altered = (r: 'restored-promptly' | 'not-restorable') => breach({ breachTypes: ['integrity'], breachDataKind: 'special-category', breachConsequences: 'limited', breachRestoration: r });
    expect(level(altered('not-restorable'))).toBe('high-risk');
    expect(level(altered('restored-promptly'))).toBe('unlikely');
  });
  it('ransomware with exfiltration: the highest level over the kinds breached decides (01/2021 case 4)', () => {
    const p = breach({ ...ransomware({ breachRestoration: 'restored-promptly' }), breachTypes: ['availability', 'confidentiality'], dataUnintelligible: false, trustedRecipient: false, breachIdentifiability: 'direct' });
    expect(level(p)).toBe('high-risk');
  });
});

describe('open factors, the controller’s own assessment and the plan', () => {
  it('names the factors still open and the levels they allow, instead of guessing', () => {
    const a = assessBreachRisk(breach({ breachTypes: ['availability'], breachDataKind: 'special-category' }));
    expect(a?.assessed).toBeUndefined();
    expect(a?.used).toBe('undecided');
    expect(a?.possible).toEqual(['unlikely', 'risk', 'high-risk']);
    expect(a?.missingFacts).toEqual(expect.arrayContaining(['incident.breachRestoration', 'incident.breachConsequences']));
  });
  it('asks which security properties were breached when the case does not say', () => {
    expect(assessBreachRisk(breach({}))?.missingFacts).toContain('incident.breachTypes');
  });
  it('a factor that cannot change the outcome is not asked (misuse open, but high risk already follows from health data)', () => {
    const a = assessBreachRisk(breach(disclosed({ breachDataKind: 'special-category', misuseEvidence: undefined })));
    expect(a?.assessed).toBe('high-risk');
    expect(a?.missingFacts).toEqual([]);
  });
  it('the controller’s documented assessment prevails and the report says which was used and that it departs', () => {
    const p = breach(disclosed({ breachDataKind: 'special-category', breachRisk: 'risk', breachRiskReasoning: 'Recipient is a hospital bound by professional secrecy.' }));
    const a = assessBreachRisk(p);
    expect(a).toMatchObject({ used: 'controller', level: 'risk', assessed: 'high-risk', controller: 'risk', controllerReasoning: 'Recipient is a hospital bound by professional secrecy.' });
    expect(a?.notes.join(' ')).toContain('departs');
  });
  it('no breach, no assessment', () => {
    expect(assessBreachRisk(breach({ personalDataBreach: false }))).toBeUndefined();
    expect(assessBreachRisk({ organisation: { roles: ['controller'] }, incident: { breachTypes: [] } })).toBeUndefined();
  });
  it('records the number of people without scoring it: the guidelines set no threshold (9/2022 Section IV.B, number of affected individuals)', () => {
    const a = assessBreachRisk(breach(disclosed({ dataSubjectsCount: 3 })));
    expect(a?.assessed).toBe('risk');
    expect(a?.notes.join(' ')).toContain('about 3');
  });
});
