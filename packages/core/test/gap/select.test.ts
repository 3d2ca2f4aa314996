/**
 * Selection of controls from a profile's duties: different legal situations pick different
 * controls, open duties make a control conditional (never dropped), later duties make it
 * required from their date, and the link table is named where it brought a control in.
 */
import { describe, expect, it } from 'vitest';
import { assess, selectControls } from '../../src/index.ts';
import type { Profile } from '../../src/index.ts';
import { AS_OF, example, ids, selectionFor } from './example-profiles.ts';

describe('selectControls on the reviewed examples', () => {
  const glucose = selectionFor('class-iia-glucose-meter').selection;
  const band = selectionFor('consumer-fitness-band').selection;
  const hospital = selectionFor('large-hospital-group').selection;

  it('selects the MDR device controls for the class IIa glucose meter (GSPR 14.2(d), 17.1, 17.2, 17.4, 23.4(ab))', () => {
    expect(ids(glucose)).toEqual(
      expect.arrayContaining([
        'ctl-it-environment-interaction', 'ctl-reliability-single-fault', 'ctl-secure-development-lifecycle',
        'ctl-security-requirements-threat-model', 'ctl-security-information-for-users', 'ctl-authentication-access-control',
      ]),
    );
    const reliability = glucose.controls.find((c) => c.control === 'ctl-reliability-single-fault');
    expect(reliability?.kind).toBe('required');
    expect(reliability?.duties.map((d) => d.obligation)).toEqual(['mdr:gspr-compliance', 'mdr:electronic-systems-reliability']);
    expect(reliability?.provisions.map((p) => p.citation)).toEqual(['Annex I 17.1 MDR']);
  });

  it('selects the RED delegated-act controls for the wellness band, not the MDR ones', () => {
    expect(ids(band)).toEqual(
      expect.arrayContaining(['ctl-secure-by-default', 'ctl-network-impact-limitation', 'ctl-secure-update-mechanism', 'ctl-secure-data-deletion-portability']),
    );
    for (const mdrOnly of ['ctl-reliability-single-fault', 'ctl-it-environment-interaction', 'ctl-security-information-for-users']) {
      expect(ids(band)).not.toContain(mdrOnly);
    }
    for (const redOnly of ['ctl-secure-by-default', 'ctl-network-impact-limitation', 'ctl-secure-update-mechanism']) {
      expect(ids(glucose)).not.toContain(redOnly);
    }
    const byDefault = band.controls.find((c) => c.control === 'ctl-secure-by-default');
    expect(byDefault?.acts).toEqual(['red-da']);
    expect(byDefault?.duties.map((d) => [d.obligation, d.linkedBy])).toEqual([['red-da:network-protection', 'red-da:art-1(1)'], ['red-da:personal-data-privacy', 'red-da:art-1(2)']]);
  });

  it('selects the security-update control for the band through the Sale of Goods Directive, the MDR for the meter', () => {
    expect(band.controls.find((c) => c.control === 'ctl-security-updates-support-period')?.acts).toEqual(['sgd']);
    expect(glucose.controls.find((c) => c.control === 'ctl-security-updates-support-period')?.acts).toEqual(['mdr', 'mdcg-2019-16']);
  });

  it('selects only organisational and data controls for the hospital group (no product)', () => {
    for (const product of ['ctl-secure-by-default', 'ctl-reliability-single-fault', 'ctl-attack-surface-reduction', 'ctl-security-information-for-users']) {
      expect(ids(hospital)).not.toContain(product);
    }
    expect(ids(hospital)).toEqual(expect.arrayContaining(['ctl-business-continuity-backup', 'ctl-incident-handling', 'ctl-multi-factor-secure-communications']));
    expect(hospital.controls.find((c) => c.control === 'ctl-business-continuity-backup')?.acts).toEqual(['gdpr', 'nis2', 'cer']);
  });

  it('keeps every control in catalogue order and lists duties that no control serves', () => {
    const all = selectionFor('class-iia-glucose-meter').selection;
    expect(all.duties.find((d) => d.obligation === 'mdr:udi')?.controls).toEqual([]);
    expect(all.duties.find((d) => d.obligation === 'nis2:incident-early-warning-important')?.controls).toEqual(['ctl-incident-handling']);
  });
});

describe('selection kinds', () => {
  it('makes controls of open duties conditional, never drops them (telemonitoring app, MDR status unknown)', () => {
    const { selection } = selectionFor('incomplete-telemonitoring-app');
    const reliability = selection.controls.find((c) => c.control === 'ctl-reliability-single-fault');
    expect(reliability?.kind).toBe('conditional');
    expect(reliability?.duties.every((d) => d.status === 'possible')).toBe(true);
    // GDPR applies for sure, so its controls are required even though MDR duties are open.
    expect(selection.controls.find((c) => c.control === 'ctl-privacy-by-design')?.kind).toBe('required');
  });

  it('makes a control needed only by later duties required from their date (band before the RED delegated act applied)', () => {
    const { selection } = selectionFor('consumer-fitness-band', { asOf: '2025-06-01' });
    const c = selection.controls.find((x) => x.control === 'ctl-network-impact-limitation');
    expect(c).toMatchObject({ kind: 'required-from', from: '2025-08-01' });
    expect(selection.controls.find((x) => x.control === 'ctl-privacy-by-design')?.kind).toBe('required');
  });

  it('brings in CRA Annex I through Art 13(1) for a product placed on the market after 11 December 2027', () => {
    const band = example('consumer-fitness-band');
    const later: Profile = { ...band, product: { ...band.product, placedOnMarketOn: '2028-01-10' } };
    const selection = selectControls(assess(later, { asOf: '2028-02-01', explain: false }));
    const mitigation = selection.controls.find((c) => c.control === 'ctl-exploitation-mitigation');
    expect(mitigation?.kind).toBe('required');
    expect(mitigation?.duties).toEqual([
      expect.objectContaining({ obligation: 'cra:essential-requirements', linkedBy: 'cra:art-13(1)', provisions: ['cra:annex-I-part-I(2)(k)'] }),
    ]);
    // The RED delegated act is repealed by then: its duties no longer select anything.
    expect(selection.controls.flatMap((c) => c.acts)).not.toContain('red-da');
  });

  it('carries the question asked: date, scenarios and profile', () => {
    const { selection } = selectionFor('class-iia-glucose-meter', { scenarios: ['digital-omnibus'] });
    expect(selection).toMatchObject({ asOf: AS_OF, scenarios: ['digital-omnibus'], profile: { id: 'class-iia-glucose-meter' } });
  });
});
