/**
 * NIS2 entities beyond health: research organisations, chemicals, public administration, the
 * size-independent providers of Art 2(2)(a) and 2(4), identification under Art 2(2)(b)–(e), and
 * establishment in the Union (Art 2(1), 26(1)). Each case is built from the text of the
 * Directive, not from the engine's output.
 */
import { describe, expect, it } from 'vitest';
import { assess, classify } from '../../src/index.ts';
import type { Profile } from '../../src/index.ts';

const asOf = '2026-12-07';
type Org = NonNullable<Profile['organisation']>;

/** An EU-established private entity that lists its activities completely and is not identified under Art 2(2) or CER. */
const entity = (o: Org): Profile => ({
  product: null,
  organisation: {
    establishedInEu: true, publicBody: false, healthActivities: [], digitalActivities: [], otherActivities: [],
    nis2Designation: 'none', cerCriticalEntity: false, ...o,
  },
});
const MEDIUM = { employees: 120, annualTurnoverEur: 30e6, balanceSheetEur: 25e6 };
const SMALL = { employees: 20, annualTurnoverEur: 3e6, balanceSheetEur: 2e6 };
const LARGE = { employees: 900, annualTurnoverEur: 300e6, balanceSheetEur: 280e6 };

const entityType = (p: Profile) => {
  const c = classify(p, { asOf }).classifications.find((x) => x.classifier === 'nis2:entity-type');
  if (!c) throw new Error('no NIS2 classification');
  return c;
};
const nis2 = (p: Profile) => assess(p, { asOf, scenarios: [] }).acts.find((a) => a.act === 'nis2')!;

describe('Annex II sector 7: research organisations (Art 6(41))', () => {
  it('makes a medium-sized applied-research institute an important entity', () => {
    expect(entityType(entity({ otherActivities: ['research-organisation'], ...MEDIUM })).outcome).toBe('important');
  });
  it('keeps a large research organisation important: Annex II entities are not essential by size', () => {
    expect(entityType(entity({ otherActivities: ['research-organisation'], ...LARGE })).outcome).toBe('important');
  });
  it('leaves a small research organisation out unless a Member State identifies it', () => {
    expect(entityType(entity({ otherActivities: ['research-organisation'], ...SMALL })).outcome).toBe('out-of-scope');
    expect(entityType(entity({ otherActivities: ['research-organisation'], ...SMALL, nis2Designation: 'important' })).outcome).toBe('important');
  });
});

describe('Annex II sector 3: manufacture and distribution of chemicals (REACH Art 3(9), (14), (3))', () => {
  it('makes a medium-sized distributor of substances and mixtures an important entity', () => {
    expect(entityType(entity({ otherActivities: ['chemicals-distribution'], ...MEDIUM })).outcome).toBe('important');
  });
  it('makes a large producer of articles from substances important, and a small manufacturer out', () => {
    expect(entityType(entity({ otherActivities: ['chemical-articles-production'], ...LARGE })).outcome).toBe('important');
    expect(entityType(entity({ otherActivities: ['chemicals-manufacture'], ...SMALL })).outcome).toBe('out-of-scope');
  });
});

describe('Public administration (Art 2(2)(f), 3(1)(d), 2(7))', () => {
  const publicBody = (o: Org): Profile => entity({ publicBody: true, ...o });
  it('makes a small ministry of central government an essential entity regardless of size', () => {
    const c = entityType(publicBody({ publicAdministration: 'central-government', securityOrLawEnforcement: false, ...SMALL }));
    expect(c.outcome).toBe('essential');
  });
  it('excludes a central-government body working in law enforcement (Art 2(7))', () => {
    const p = publicBody({ publicAdministration: 'central-government', securityOrLawEnforcement: true, ...MEDIUM });
    expect(entityType(p).outcome).toBe('out-of-scope');
    expect(nis2(p).verdict).toBe('does-not-apply');
  });
  it('keeps a trust service provider in scope even when it works for law enforcement (Art 2(9))', () => {
    const p = publicBody({ publicAdministration: 'central-government', securityOrLawEnforcement: true, digitalActivities: ['qualified-trust-service'], ...SMALL });
    expect(entityType(p).outcome).toBe('essential');
  });
  it('brings a regional administration in only after the Member State’s risk-based assessment, as an important entity', () => {
    const regional = (designation: 'none' | 'important') =>
      publicBody({ publicAdministration: 'regional', securityOrLawEnforcement: false, nis2Designation: designation, ...LARGE });
    expect(entityType(regional('none')).outcome).toBe('out-of-scope');
    expect(entityType(regional('important')).outcome).toBe('important');
  });
  it('leaves local administration out: only national law can extend the Directive to it (Art 2(5)(a))', () => {
    expect(entityType(publicBody({ publicAdministration: 'local', securityOrLawEnforcement: false, ...LARGE })).outcome).toBe('out-of-scope');
  });
  it('reads the publicBody fact: a body not stated to be public is no public administration entity', () => {
    expect(entityType(entity({ ...SMALL })).outcome).toBe('out-of-scope');
  });
  it('asks whether a small organisation is a public body rather than putting it out of scope with confidence', () => {
    const p: Profile = { product: null, organisation: { ...entity({ ...SMALL }).organisation, publicBody: undefined } };
    const c = entityType(p);
    expect(c.status).not.toBe('decided');
    expect(c.missingFacts).toContain('organisation.publicBody');
  });
});

describe('Providers covered regardless of size (Art 2(2)(a), 2(4), 3(1)(b)–(c))', () => {
  it('makes a small DNS service provider and a small TLD name registry essential', () => {
    expect(entityType(entity({ digitalActivities: ['dns-service'], ...SMALL })).outcome).toBe('essential');
    expect(entityType(entity({ digitalActivities: ['tld-registry'], ...SMALL })).outcome).toBe('essential');
  });
  it('makes a small qualified trust service provider essential and a small non-qualified one important', () => {
    expect(entityType(entity({ digitalActivities: ['qualified-trust-service'], ...SMALL })).outcome).toBe('essential');
    expect(entityType(entity({ digitalActivities: ['trust-service'], ...SMALL })).outcome).toBe('important');
  });
  it('makes a public electronic communications provider essential from medium size, important below', () => {
    expect(entityType(entity({ digitalActivities: ['public-electronic-communications'], ...MEDIUM })).outcome).toBe('essential');
    expect(entityType(entity({ digitalActivities: ['public-electronic-communications'], ...SMALL })).outcome).toBe('important');
  });
  it('covers a small domain name registrar without making it essential or important (Art 2(4), 3(3))', () => {
    expect(entityType(entity({ digitalActivities: ['domain-name-registration'], ...SMALL })).outcome).toBe('domain-registration-only');
  });
  it('leaves a small cloud provider out: cloud is not among the size-independent types', () => {
    expect(entityType(entity({ digitalActivities: ['cloud-computing'], ...SMALL })).outcome).toBe('out-of-scope');
  });
});

describe('Identification by a Member State regardless of size (Art 2(2)(b)–(e), 3(1)(e), 3(2))', () => {
  it('makes a small hospital identified as essential an essential entity, and one identified as important important', () => {
    const clinic = (d: 'essential' | 'important') => entity({ healthActivities: ['healthcare-provision'], nis2Designation: d, ...SMALL });
    expect(entityType(clinic('essential')).outcome).toBe('essential');
    expect(entityType(clinic('important')).outcome).toBe('important');
  });
  it('does not let an identification bring in an entity of no Annex I or II type', () => {
    expect(entityType(entity({ nis2Designation: 'essential', ...SMALL })).outcome).toBe('out-of-scope');
  });
});

describe('Establishment in the Union (Art 2(1), 26(1))', () => {
  const maker = (o: Org): Profile => entity({ healthActivities: ['medical-device-manufacturing'], ...LARGE, ...o });
  it('does not make a medical-device manufacturer established only outside the Union an important entity', () => {
    const p = maker({ establishedInEu: false, offersServicesInEu: true });
    expect(entityType(p).outcome).toBe('out-of-scope');
    expect(nis2(p).verdict).toBe('does-not-apply');
  });
  it('makes the EU subsidiary of a non-EU group important, counting the group’s figures', () => {
    // Linked enterprises count (Recommendation 2003/361/EC Annex Art 6): 40 local staff, 900 in the group.
    expect(entityType(maker({ establishedInEu: true, employees: 900 })).outcome).toBe('important');
  });
  it('asks where an entity is established instead of assuming it', () => {
    const c = entityType(maker({ establishedInEu: undefined }));
    expect(c.status).not.toBe('decided');
    expect(c.missingFacts).toContain('organisation.establishedInEu');
  });
  it('reaches a non-EU DNS provider through its services in the Union, with a representative (Art 26(1)(b), 26(3))', () => {
    const p = entity({ establishedInEu: false, offersServicesInEu: true, digitalActivities: ['dns-service'], ...SMALL });
    expect(entityType(p).outcome).toBe('essential');
    const duties = assess(p, { asOf, scenarios: [] }).obligations;
    expect(duties.find((o) => o.id === 'nis2:eu-representative-essential')?.status).toBe('applies');
  });
  it('leaves out a non-EU cloud provider that offers nothing in the Union', () => {
    expect(entityType(entity({ establishedInEu: false, offersServicesInEu: false, digitalActivities: ['cloud-computing'], ...LARGE })).outcome).toBe('out-of-scope');
  });
});

describe('A list of activities is complete only when the new activity list is stated', () => {
  it('leaves a large organisation with no stated other activities open, naming the list', () => {
    const p: Profile = { product: null, organisation: { ...entity({ ...LARGE }).organisation, otherActivities: undefined } };
    const c = entityType(p);
    expect(c.status).not.toBe('decided');
    expect(c.missingFacts).toContain('organisation.otherActivities');
  });
});
