import { describe, expect, it } from 'vitest';
import { assess } from '../../src/index.ts';
import type { Assessment, Profile } from '../../src/index.ts';

const TODAY = '2026-11-23';

const run = (profile: Profile, asOf = TODAY, scenarios: string[] = []): Assessment =>
  assess(profile, { asOf, scenarios });
const nis2Of = (r: Assessment) => r.acts.find((a) => a.act === 'nis2')!;
const duty = (r: Assessment, id: string) => r.obligations.find((o) => o.id === id);
const nis2Ids = (r: Assessment) => r.obligations.filter((o) => o.act === 'nis2').map((o) => o.id);

/**
 * An organisation established in the Union, not a public body, that has stated it is neither
 * identified under NIS2 Art 2(2) nor a CER critical entity, and lists its activities completely.
 */
const org = (o: NonNullable<Profile['organisation']>): Profile => ({
  organisation: {
    establishedInEu: true, publicBody: false, nis2Designation: 'none', cerCriticalEntity: false,
    digitalActivities: [], otherActivities: [], ...o,
  },
});

const hospital = (o: NonNullable<Profile['organisation']> = {}): Profile =>
  org({ roles: ['healthcare-provider'], healthActivities: ['healthcare-provision'], ...o });
const deviceMaker = (o: NonNullable<Profile['organisation']> = {}): Profile =>
  org({ roles: ['manufacturer'], healthActivities: ['medical-device-manufacturing'], ...o });

const isEssential = (r: Assessment) =>
  duty(r, 'nis2:incident-early-warning-essential')?.status === 'applies';
const isImportant = (r: Assessment) =>
  duty(r, 'nis2:incident-early-warning-important')?.status === 'applies';

describe('NIS2 — scope (Art 2) and entity type (Art 3)', () => {
  it('makes a large hospital an essential entity (Annex I health, Art 3(1)(a))', () => {
    const r = run(hospital({ employees: 1800, annualTurnoverEur: 240e6, balanceSheetEur: 310e6 }));
    const v = nis2Of(r);
    expect(v.verdict).toBe('applies');
    expect(v.applicableFrom).toBe('2024-10-18');
    expect(isEssential(r)).toBe(true);
    expect(duty(r, 'nis2:incident-early-warning-important')).toBeUndefined();
  });

  it('makes a large hospital essential even when the designation facts are not stated', () => {
    const r = run({ organisation: { establishedInEu: true, healthActivities: ['healthcare-provision'], employees: 900 } });
    expect(nis2Of(r).verdict).toBe('applies');
    expect(isEssential(r)).toBe(true);
  });

  it('makes a medium-sized medical-device manufacturer an important entity (Annex II 5(a), Art 3(2))', () => {
    const r = run(deviceMaker({ employees: 120, annualTurnoverEur: 22e6, balanceSheetEur: 18e6 }));
    expect(nis2Of(r).verdict).toBe('applies');
    expect(isImportant(r)).toBe(true);
    expect(duty(r, 'nis2:incident-early-warning-essential')).toBeUndefined();
  });

  it('keeps a large medical-device manufacturer important: Annex II entities are not essential by size', () => {
    const r = run(
      deviceMaker({ employees: 2500, annualTurnoverEur: 600e6, balanceSheetEur: 700e6 }),
    );
    expect(isImportant(r)).toBe(true);
    expect(isEssential(r)).toBe(false);
  });

  it('excludes a small medical-device manufacturer (49 staff, EUR 9 million turnover)', () => {
    const r = run(deviceMaker({ employees: 49, annualTurnoverEur: 9e6 }));
    const v = nis2Of(r);
    expect(v.verdict).toBe('does-not-apply');
    expect(v.missingFacts).toEqual([]);
    expect(nis2Ids(r)).toEqual([]);
  });

  it('includes the same manufacturer at 50 staff (Recommendation 2003/361/EC: small is fewer than 50)', () => {
    const r = run(deviceMaker({ employees: 50, annualTurnoverEur: 9e6 }));
    expect(nis2Of(r).verdict).toBe('applies');
    expect(isImportant(r)).toBe(true);
  });

  it('treats a hospital with 249 staff and turnover within the ceiling as important, and with 250 staff as essential', () => {
    const finances = { annualTurnoverEur: 40e6, balanceSheetEur: 30e6 };
    const at249 = run(hospital({ employees: 249, ...finances }));
    expect(isImportant(at249)).toBe(true);
    expect(isEssential(at249)).toBe(false);
    const at250 = run(hospital({ employees: 250, ...finances }));
    expect(isEssential(at250)).toBe(true);
    expect(isImportant(at250)).toBe(false);
  });

  describe('financial ceilings: turnover and balance-sheet total are a pair', () => {
    it('keeps a 10-person enterprise with exactly EUR 10 million turnover small, whatever its balance sheet', () => {
      expect(
        nis2Of(run(deviceMaker({ employees: 10, annualTurnoverEur: 10e6, balanceSheetEur: 80e6 })))
          .verdict,
      ).toBe('does-not-apply');
    });

    it('keeps it small when only the balance sheet is at EUR 10 million and the turnover above', () => {
      expect(
        nis2Of(run(deviceMaker({ employees: 10, annualTurnoverEur: 25e6, balanceSheetEur: 10e6 })))
          .verdict,
      ).toBe('does-not-apply');
    });

    it('makes it medium-sized once both exceed EUR 10 million', () => {
      const r = run(
        deviceMaker({ employees: 10, annualTurnoverEur: 10_000_001, balanceSheetEur: 10_000_001 }),
      );
      expect(nis2Of(r).verdict).toBe('applies');
      expect(isImportant(r)).toBe(true);
    });

    it('keeps a hospital with exactly EUR 50 million turnover within the medium ceiling (important)', () => {
      const r = run(hospital({ employees: 200, annualTurnoverEur: 50e6, balanceSheetEur: 90e6 }));
      expect(isImportant(r)).toBe(true);
    });

    it('keeps a hospital with exactly EUR 43 million balance sheet within the medium ceiling (important)', () => {
      const r = run(hospital({ employees: 200, annualTurnoverEur: 90e6, balanceSheetEur: 43e6 }));
      expect(isImportant(r)).toBe(true);
    });

    it('makes a hospital essential once turnover exceeds EUR 50 million and balance sheet EUR 43 million', () => {
      const r = run(
        hospital({ employees: 200, annualTurnoverEur: 50_000_001, balanceSheetEur: 43_000_001 }),
      );
      expect(isEssential(r)).toBe(true);
    });
  });

  it('makes a small CER critical entity essential regardless of size (Art 2(3), 3(1)(f))', () => {
    const r = run(
      hospital({
        employees: 20,
        annualTurnoverEur: 3e6,
        balanceSheetEur: 2e6,
        cerCriticalEntity: true,
      }),
    );
    expect(nis2Of(r).verdict).toBe('applies');
    expect(isEssential(r)).toBe(true);
    expect(isImportant(r)).toBe(false);
  });

  it('makes a small entity essential or important when a Member State identifies it as such (Art 2(2), 3(1)(e))', () => {
    const asEssential = run(
      deviceMaker({ employees: 12, annualTurnoverEur: 2e6, nis2Designation: 'essential' }),
    );
    expect(isEssential(asEssential)).toBe(true);
    const asImportant = run(
      deviceMaker({ employees: 12, annualTurnoverEur: 2e6, nis2Designation: 'important' }),
    );
    expect(isImportant(asImportant)).toBe(true);
    expect(isEssential(asImportant)).toBe(false);
  });

  it('puts a large maker of public-health-emergency critical devices in Annex I, so essential (Annex II 5(a) exception)', () => {
    const r = run(
      org({
        healthActivities: ['medical-device-manufacturing', 'critical-device-manufacturing'],
        employees: 400,
      }),
    );
    expect(isEssential(r)).toBe(true);
  });

  it('covers a medium cloud provider behind a device fleet as important (Annex I sector 8) with the registry duty (Art 27)', () => {
    const r = run(
      org({
        healthActivities: [],
        digitalActivities: ['cloud-computing'],
        employees: 80,
        annualTurnoverEur: 15e6,
        balanceSheetEur: 12e6,
        establishedInEu: true,
      }),
    );
    expect(isImportant(r)).toBe(true);
    expect(duty(r, 'nis2:registry-information-important')?.status).toBe('applies');
    expect(duty(r, 'nis2:eu-representative-important')).toBeUndefined();
  });

  it('asks a non-EU cloud provider to designate an EU representative (Art 26(3))', () => {
    const r = run(
      org({
        healthActivities: [],
        digitalActivities: ['cloud-computing'],
        employees: 80,
        annualTurnoverEur: 15e6,
        balanceSheetEur: 12e6,
        establishedInEu: false,
        offersServicesInEu: true,
      }),
    );
    expect(duty(r, 'nis2:eu-representative-important')?.status).toBe('applies');
  });

  it('gives a medical-device manufacturer no registry duty (Art 27 lists digital providers only)', () => {
    const r = run(deviceMaker({ employees: 120 }));
    expect(duty(r, 'nis2:registry-information-important')).toBeUndefined();
    expect(duty(r, 'nis2:entity-information-important')?.status).toBe('applies');
  });

  it('does not apply to an organisation outside Annexes I and II', () => {
    const r = run(org({ healthActivities: [], employees: 5000 }));
    expect(nis2Of(r).verdict).toBe('does-not-apply');
  });
});

describe('NIS2 — unknown facts are never false', () => {
  it('leaves a hospital of unknown size open and names the size facts', () => {
    const v = nis2Of(run(hospital()));
    expect(v.verdict).toBe('unknown');
    expect(v.missingFacts).toEqual(
      expect.arrayContaining([
        'organisation.employees',
        'organisation.annualTurnoverEur',
        'organisation.balanceSheetEur',
      ]),
    );
  });

  it('leaves a small manufacturer open while its designation and CER status are unknown', () => {
    const r = run({
      organisation: {
        healthActivities: ['medical-device-manufacturing'],
        digitalActivities: [],
        employees: 12,
        annualTurnoverEur: 2e6,
      },
    });
    const v = nis2Of(r);
    expect(v.verdict).toBe('unknown');
    expect(v.missingFacts).toEqual(
      expect.arrayContaining(['organisation.nis2Designation', 'organisation.cerCriticalEntity']),
    );
    expect(duty(r, 'nis2:incident-early-warning-important')?.status).toBe('possible');
  });

  it('applies to a medium hospital but leaves essential-or-important open until the designations are stated', () => {
    const r = run({
      organisation: {
        establishedInEu: true,
        healthActivities: ['healthcare-provision'],
        digitalActivities: [],
        employees: 120,
      },
    });
    expect(nis2Of(r).verdict).toBe('applies');
    expect(duty(r, 'nis2:incident-early-warning-essential')?.status).toBe('possible');
    expect(duty(r, 'nis2:incident-early-warning-important')?.status).toBe('possible');
    expect(duty(r, 'nis2:incident-early-warning-essential')?.missingFacts).toEqual(
      expect.arrayContaining(['organisation.nis2Designation', 'organisation.cerCriticalEntity']),
    );
  });

  it('settles a 40-person manufacturer with turnover under EUR 10 million without asking for its balance sheet', () => {
    const v = nis2Of(run(deviceMaker({ employees: 40, annualTurnoverEur: 4e6 })));
    expect(v.verdict).toBe('does-not-apply');
    expect(v.missingFacts).not.toContain('organisation.balanceSheetEur');
  });
});

describe('NIS2 — dates (Art 41)', () => {
  const large = hospital({ employees: 1800 });

  it('applies from 18 October 2024, the day after the transposition deadline', () => {
    const before = nis2Of(run(large, '2024-10-17'));
    expect(before.verdict).toBe('applies-from');
    expect(before.applicableFrom).toBe('2024-10-18');
    expect(nis2Of(run(large, '2024-10-18')).verdict).toBe('applies');
  });

  it('lists the duties as applying from 18 October 2024 before that date', () => {
    const r = run(large, '2024-10-17');
    const d = duty(r, 'nis2:incident-early-warning-essential');
    expect(d?.status).toBe('applies-from');
    expect(d?.from).toBe('2024-10-18');
  });
});

describe('NIS2 — obligations', () => {
  it('gives an essential entity every Art 21(2) measure, (a) to (j), with its citation', () => {
    const r = run(hospital({ employees: 1800 }));
    const cites = r.obligations
      .filter((o) => o.act === 'nis2' && o.cite.startsWith('nis2:art-21(2)'))
      .map((o) => o.cite);
    for (const point of ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i', 'j']) {
      expect(cites).toContain(`nis2:art-21(2)(${point})`);
    }
    expect(duty(r, 'nis2:mfa-and-secure-communications-essential')?.cite).toBe('nis2:art-21(2)(j)');
    expect(duty(r, 'nis2:hr-access-control-asset-management-essential')?.cite).toBe(
      'nis2:art-21(2)(i)',
    );
  });

  it('covers governance, supply chain and the staged incident reports', () => {
    const ids = nis2Ids(run(deviceMaker({ employees: 120 })));
    expect(ids).toEqual(
      expect.arrayContaining([
        'nis2:management-approval-important',
        'nis2:management-training-important',
        'nis2:supplier-risk-assessment-important',
        'nis2:incident-early-warning-important',
        'nis2:incident-notification-important',
        'nis2:incident-final-report-important',
        'nis2:incident-progress-report-important',
        'nis2:notify-service-recipients-important',
        'nis2:certified-ict-products-important',
      ]),
    );
  });

  it('keeps the same duties for both entity types, id for id', () => {
    const essential = nis2Ids(run(hospital({ employees: 1800 }))).map((id) =>
      id.replace(/-essential$/, ''),
    );
    const important = nis2Ids(
      run(hospital({ employees: 100, annualTurnoverEur: 20e6, balanceSheetEur: 15e6 })),
    ).map((id) => id.replace(/-important$/, ''));
    expect(essential.sort()).toEqual(important.sort());
  });

  it('adds reporting through a single entry point only under the Digital Omnibus scenario', () => {
    const profile = hospital({ employees: 1800 });
    expect(duty(run(profile), 'nis2:single-entry-point-reporting-essential')).toBeUndefined();
    const r = run(profile, TODAY, ['digital-omnibus']);
    expect(duty(r, 'nis2:single-entry-point-reporting-essential')?.scenario).toBe(
      'digital-omnibus',
    );
    expect(duty(r, 'nis2:incident-early-warning-essential')?.status).toBe('applies');
  });

  it('adds ICT supply-chain duties only under the Cybersecurity Act revision scenario', () => {
    const profile = hospital({ employees: 1800 });
    expect(
      duty(run(profile), 'nis2:ict-supply-chain-high-risk-suppliers-essential'),
    ).toBeUndefined();
    expect(
      duty(
        run(profile, TODAY, ['csa-revision']),
        'nis2:ict-supply-chain-high-risk-suppliers-essential',
      ),
    ).toBeDefined();
  });

  it('binds no one outside the Directive’s scope', () => {
    expect(nis2Ids(run(deviceMaker({ employees: 49, annualTurnoverEur: 9e6 })))).toEqual([]);
  });
});
