import { describe, expect, it } from 'vitest';
import { fc, test } from '@fast-check/vitest';
import { all, any, eq, firstKnown, gte, has, is, not, onOrAfter, ref, rule, unless } from '../../src/kb/dsl.ts';
import { Evaluation } from '../../src/engine/evaluate.ts';
import type { Reason } from '../../src/engine/evaluate.ts';
import { FALSE, TRUE, UNKNOWN, andTruth, notTruth, orTruth } from '../../src/engine/truth.ts';
import type { Truth } from '../../src/engine/truth.ts';
import type { Rule } from '../../src/kb/types.ts';

const noRules = { rule: () => undefined, classifier: () => undefined };
const evalOn = (profile: unknown, rules: Record<string, Rule> = {}) => new Evaluation(profile, { rule: (r) => rules[r], classifier: () => undefined });

describe('three-valued logic', () => {
  const truth = fc.constantFrom<Truth>(FALSE, TRUE, UNKNOWN);
  test.prop([truth, truth])('follows Kleene: and/or are commutative and De Morgan holds', (a, b) => {
    expect(andTruth(a, b)).toBe(andTruth(b, a));
    expect(orTruth(a, b)).toBe(orTruth(b, a));
    expect(notTruth(andTruth(a, b))).toBe(orTruth(notTruth(a), notTruth(b)));
  });
  it('never turns unknown into false: unknown AND true is unknown, unknown OR false is unknown', () => {
    expect(andTruth(UNKNOWN, TRUE)).toBe(UNKNOWN);
    expect(orTruth(UNKNOWN, FALSE)).toBe(UNKNOWN);
    expect(andTruth(UNKNOWN, FALSE)).toBe(FALSE);
    expect(orTruth(UNKNOWN, TRUE)).toBe(TRUE);
  });
});

describe('fact tests', () => {
  it('reads a missing fact as unknown and records it', () => {
    const e = evalOn({ product: {} });
    expect(e.condition(is('product.wearable'))).toBe(UNKNOWN);
    expect(e.missingSince(0)).toEqual(['product.wearable']);
  });
  it('reads null as an explicitly unknown fact', () => {
    expect(evalOn({ product: { wearable: null } }).condition(is('product.wearable'))).toBe(UNKNOWN);
  });
  it('treats a stated list as complete', () => {
    const e = evalOn({ organisation: { roles: ['importer'] } });
    expect(e.condition(has('organisation.roles', 'manufacturer'))).toBe(FALSE);
    expect(e.condition(has('organisation.roles', 'importer'))).toBe(TRUE);
  });
  it('compares numbers at the boundary', () => {
    expect(evalOn({ organisation: { employees: 49 } }).condition(gte('organisation.employees', 50))).toBe(FALSE);
    expect(evalOn({ organisation: { employees: 50 } }).condition(gte('organisation.employees', 50))).toBe(TRUE);
  });
  it('compares dates on the day', () => {
    const c = onOrAfter('product.placedOnMarketOn', '2027-12-11');
    expect(evalOn({ product: { placedOnMarketOn: '2027-12-10' } }).condition(c)).toBe(FALSE);
    expect(evalOn({ product: { placedOnMarketOn: '2027-12-11' } }).condition(c)).toBe(TRUE);
  });
});

describe('combinators', () => {
  it('short-circuits: a false conjunct settles ALL without asking the unknown one', () => {
    const e = evalOn({ product: { wearable: false } });
    expect(e.condition(all(is('product.wearable'), is('product.toy')))).toBe(FALSE);
    expect(e.unknown.length).toBe(0);
  });
  it('keeps ANY unknown when nothing is true and something is unknown', () => {
    const e = evalOn({ product: { wearable: false } });
    expect(e.condition(any(is('product.wearable'), is('product.toy')))).toBe(UNKNOWN);
    expect(e.missingSince(0)).toEqual(['product.toy']);
  });
  it('prefers a stated fact over a derivation (firstKnown) and asks for it only if the derivation is open', () => {
    const c = firstKnown(eq('product.medicalDevice.qualification', 'medical-device'), is('product.medicalDevice.medicalPurpose'));
    expect(evalOn({ product: { medicalDevice: { qualification: 'not-a-device', medicalPurpose: true } } }).condition(c)).toBe(FALSE);
    expect(evalOn({ product: { medicalDevice: { medicalPurpose: true } } }).condition(c)).toBe(TRUE);
    const open = evalOn({ product: {} });
    expect(open.condition(c)).toBe(UNKNOWN);
    expect(open.missingSince(0).sort()).toEqual(['product.medicalDevice.medicalPurpose', 'product.medicalDevice.qualification']);
  });
  it('negates unknown to unknown', () => {
    expect(evalOn({}).condition(not(is('product.toy')))).toBe(UNKNOWN);
  });
});

describe('rules with exceptions', () => {
  const scope = rule('scope', 'cra:art-2(1)', 'a connected product', is('product.dataConnection', { label: 'it connects', cite: 'cra:art-2(1)' }), {
    unless: [unless('md', 'cra:art-2(2)(a)', 'the MDR applies', ref('mdr:scope'))],
  });
  const mdr = rule('scope', 'mdr:art-2(1)', 'a medical device', eq('product.medicalDevice.qualification', 'medical-device'));
  it('excludes where a named exception holds, and says which one', () => {
    const e = evalOn({ product: { dataConnection: true, medicalDevice: { qualification: 'medical-device' } } }, { 'mdr:scope': mdr });
    const out: Reason[] = [];
    expect(e.rule(scope, out)).toBe(FALSE);
    expect(out[0]?.children?.find((c) => c.label === 'unless the MDR applies')?.value).toBe('true');
  });
  it('is unknown when the exception is unknown', () => {
    const e = evalOn({ product: { dataConnection: true } }, { 'mdr:scope': mdr });
    expect(e.rule(scope)).toBe(UNKNOWN);
    expect(e.missingSince(0)).toEqual(['product.medicalDevice.qualification']);
  });
  it('records labelled leaves with the fact and its value', () => {
    const out: Reason[] = [];
    evalOn({ product: { dataConnection: false } }, { 'mdr:scope': mdr }).rule(scope, out);
    expect(out[0]?.children?.[0]).toMatchObject({ label: 'it connects', value: 'false', fact: 'product.dataConnection', factValue: false });
  });
  it('throws on a reference to a rule that does not exist (a knowledge-base bug)', () => {
    expect(() => new Evaluation({}, noRules).condition(ref('cra:nonexistent'))).toThrow(/unknown rule reference/);
  });
});

describe('organisation-only profiles', () => {
  it('reads every product condition as false when the profile states `product: null`', () => {
    const e = evalOn({ product: null, organisation: { roles: ['healthcare-provider'] } });
    expect(e.condition(is('product.hasDigitalElements'))).toBe(FALSE);
    expect(e.condition(eq('product.medicalDevice.qualification', 'medical-device'))).toBe(FALSE);
    expect(e.unknown.length).toBe(0);
  });
});
