import { describe, expect, it } from 'vitest';
import { assess } from '../../src/index.ts';
import type { Assessment, Profile } from '../../src/index.ts';

const TODAY = '2026-11-23';

const run = (profile: Profile, asOf = TODAY): Assessment => assess(profile, { asOf });
const redOf = (r: Assessment) => r.acts.find((a) => a.act === 'red')!;
const redIds = (r: Assessment) => r.obligations.filter((o) => o.act === 'red').map((o) => o.id);

/** A Bluetooth glucose meter certified as a class IIa medical device. */
const bluetoothGlucoseMeter = (roles: NonNullable<NonNullable<Profile['organisation']>['roles']> = ['manufacturer']): Profile => ({
  product: {
    name: 'Bluetooth glucose meter',
    radioEquipment: true,
    internetConnected: true,
    specialRegimes: [],
    placedOnMarketOn: '2026-02-01',
    medicalDevice: { qualification: 'medical-device', class: 'IIa' },
  },
  organisation: { roles },
});

describe('RED — scope (Art 1, Art 2(1)(1), Annex I)', () => {
  it('applies to a radio-enabled medical device: the MDR does not displace the RED', () => {
    const v = redOf(run(bluetoothGlucoseMeter()));
    expect(v.verdict).toBe('applies');
    expect(v.applicableFrom).toBe('2016-06-13');
    expect(v.until).toBeUndefined();
  });

  it('does not apply to a product that emits or receives no radio waves', () => {
    const v = redOf(run({ product: { radioEquipment: false, specialRegimes: [] } }));
    expect(v.verdict).toBe('does-not-apply');
    expect(v.missingFacts).toEqual([]);
  });

  it('excludes marine equipment (Annex I, point 2)', () => {
    const v = redOf(run({ product: { radioEquipment: true, specialRegimes: ['marine-equipment'] } }));
    expect(v.verdict).toBe('does-not-apply');
    expect(v.explanation).toContain('marine');
  });

  it('excludes airborne products under the civil aviation rules (Annex I, point 3)', () => {
    expect(redOf(run({ product: { radioEquipment: true, specialRegimes: ['civil-aviation'] } })).verdict).toBe('does-not-apply');
  });

  it('excludes equipment used exclusively for public security or defence (Art 1(4))', () => {
    expect(redOf(run({ product: { radioEquipment: true, specialRegimes: ['national-security-defence'] } })).verdict).toBe(
      'does-not-apply',
    );
  });

  it('is unknown when it is not stated whether the product uses radio, and asks for that fact', () => {
    const v = redOf(run({ product: { specialRegimes: [] } }));
    expect(v.verdict).toBe('unknown');
    expect(v.missingFacts).toContain('product.radioEquipment');
  });

  it('is unknown when radio use is stated but the special regimes are not', () => {
    const v = redOf(run({ product: { radioEquipment: true } }));
    expect(v.verdict).toBe('unknown');
    expect(v.missingFacts).toContain('product.specialRegimes');
  });
});

describe('RED — dates (Arts 49 and 51)', () => {
  it('applies from 13 June 2016, not on the transposition deadline of 12 June 2016', () => {
    const before = redOf(run(bluetoothGlucoseMeter(), '2016-06-12'));
    expect(before.verdict).toBe('applies-from');
    expect(before.applicableFrom).toBe('2016-06-13');
    expect(redOf(run(bluetoothGlucoseMeter(), '2016-06-13')).verdict).toBe('applies');
  });

  it('lists the delegated act on cybersecurity and its repeal as events, not as a repeal of the RED', () => {
    const r = run(bluetoothGlucoseMeter(), '2026-11-23');
    const events = r.upcoming.filter((u) => u.act === 'red');
    expect(events.some((e) => e.date === '2027-12-11' && e.kind === 'other')).toBe(true);
    expect(redOf(run(bluetoothGlucoseMeter(), '2028-01-01')).verdict).toBe('applies');
  });
});

describe('RED — obligations by role (Arts 10–13, 17)', () => {
  it('gives the manufacturer the essential requirements, conformity assessment, documentation and corrective action', () => {
    const ids = redIds(run(bluetoothGlucoseMeter()));
    expect(ids).toEqual(
      expect.arrayContaining([
        'red:essential-requirements',
        'red:conformity-assessment',
        'red:technical-documentation',
        'red:declaration-and-ce-marking',
        'red:identification',
        'red:instructions-and-declaration-copy',
        'red:corrective-action',
      ]),
    );
    expect(ids).not.toContain('red:importer-checks');
    expect(ids).not.toContain('red:distributor-due-care');
  });

  it('gives an importer its own checks and corrective action, not the manufacturer’s duties', () => {
    const ids = redIds(run(bluetoothGlucoseMeter(['importer'])));
    expect(ids.sort()).toEqual(['red:importer-checks', 'red:importer-corrective-action']);
  });

  it('gives a distributor due care and corrective action', () => {
    const ids = redIds(run(bluetoothGlucoseMeter(['distributor'])));
    expect(ids.sort()).toEqual(['red:distributor-corrective-action', 'red:distributor-due-care']);
  });

  it('gives an authorised representative its documentation tasks', () => {
    expect(redIds(run(bluetoothGlucoseMeter(['authorised-representative'])))).toEqual(['red:authorised-representative-tasks']);
  });

  it('leaves every RED duty only possible while the organisation’s role is unknown', () => {
    const r = run({ product: { radioEquipment: true, specialRegimes: [] } });
    const duties = r.obligations.filter((o) => o.act === 'red');
    expect(duties.length).toBeGreaterThan(0);
    for (const d of duties) {
      expect(d.status).toBe('possible');
      expect(d.missingFacts).toContain('organisation.roles');
    }
  });

  it('notes that the cybersecurity requirements of Art 3(3)(d)–(f) bind only through the delegated act', () => {
    const r = run(bluetoothGlucoseMeter());
    const essential = r.obligations.find((o) => o.id === 'red:essential-requirements')!;
    expect(essential.note).toMatch(/2022\/30/);
    expect(essential.category).toBe('security-requirements');
  });
});
