import { describe, expect, it } from 'vitest';
import { assess } from '../../src/index.ts';
import type { Assessment, Profile } from '../../src/index.ts';

const TODAY = '2026-11-23';

const run = (profile: Profile, asOf = TODAY): Assessment => assess(profile, { asOf });
const regOf = (r: Assessment) => r.acts.find((a) => a.act === 'reg-2022-123')!;
const duty = (r: Assessment, id: string) => r.obligations.find((o) => o.id === id);
const regIds = (r: Assessment) => r.obligations.filter((o) => o.act === 'reg-2022-123').map((o) => o.id);

type Org = NonNullable<Profile['organisation']>;

/** A ventilator manufacturer whose devices are on a public health emergency critical devices list. */
const criticalMaker = (o: Org = {}): Profile => ({
  product: { medicalDevice: { qualification: 'medical-device', class: 'IIb' } },
  organisation: { roles: ['manufacturer'], healthActivities: ['critical-device-manufacturing', 'medical-device-manufacturing'], ...o },
});

describe('Regulation (EU) 2022/123 — scope (Art 22) and dates', () => {
  it('applies to a manufacturer of devices on a critical devices list', () => {
    const v = regOf(run(criticalMaker()));
    expect(v.verdict).toBe('applies');
    expect(v.applicableFrom).toBe('2023-02-02');
  });

  it('does not reach device manufacturers before Chapter IV applies on 2 February 2023', () => {
    const r = run(criticalMaker(), '2023-02-01');
    expect(regOf(r).verdict).toBe('applies-from');
    expect(regOf(r).applicableFrom).toBe('2023-02-02');
    expect(duty(r, 'reg-2022-123:provide-requested-information')).toMatchObject({ status: 'applies-from', from: '2023-02-02' });
  });

  it('applies Chapter IV on 2 February 2023', () => {
    expect(duty(run(criticalMaker(), '2023-02-02'), 'reg-2022-123:provide-requested-information')?.status).toBe('applies');
  });

  it('does not apply to a device manufacturer whose devices are not on a list', () => {
    const r = run(criticalMaker({ healthActivities: ['medical-device-manufacturing'] }));
    expect(regOf(r).verdict).toBe('does-not-apply');
    expect(regIds(r)).toEqual([]);
  });

  it('does not apply to an organisation with no health activities', () => {
    expect(regOf(run(criticalMaker({ healthActivities: [] }))).verdict).toBe('does-not-apply');
  });

  it('asks for the health activities when they are not stated', () => {
    const v = regOf(run({ organisation: { roles: ['manufacturer'] } }));
    expect(v.verdict).toBe('unknown');
    expect(v.missingFacts).toEqual(['organisation.healthActivities']);
  });
});

describe('Regulation (EU) 2022/123 — information duties (Art 26)', () => {
  it('makes the manufacturer provide requested information, justify gaps and mark confidential parts', () => {
    const r = run(criticalMaker());
    expect(duty(r, 'reg-2022-123:provide-requested-information')?.cite).toBe('reg-2022-123:art-26(1)');
    expect(duty(r, 'reg-2022-123:justify-missing-information')?.cite).toBe('reg-2022-123:art-26(2)');
    expect(duty(r, 'reg-2022-123:mark-confidential-information')?.cite).toBe('reg-2022-123:art-26(3)');
  });

  it('extends the information duty to the authorised representative, importer and distributor', () => {
    const r = run(criticalMaker({ roles: ['authorised-representative', 'importer', 'distributor'] }));
    expect(regIds(r).sort()).toEqual([
      'reg-2022-123:authorised-representative-information',
      'reg-2022-123:distributor-information',
      'reg-2022-123:importer-information',
    ]);
  });

  it('sets no duty on a hospital', () => {
    expect(regIds(run(criticalMaker({ roles: ['healthcare-provider'] })))).toEqual([]);
  });
});
