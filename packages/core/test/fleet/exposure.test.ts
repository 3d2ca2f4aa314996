import { describe, expect, it } from 'vitest';
import { fleetDashboard, unitExposure } from '../../src/index.ts';
import type { DeviceUnit, FleetFinding as Finding, ModelVersion } from '../../src/index.ts';
import { UNTRIAGED } from '../../src/index.ts';

const versions: ModelVersion[] = [
  { id: 'old', modelId: 'm', version: '1', supportEnd: '2025-12-31' },
  { id: 'new', modelId: 'm', version: '2', supportEnd: '2031-12-31' },
];
const finding = (v: string, kev: boolean, score: number, state: Finding['analysis']['state'] = 'under_investigation'): Finding => ({
  key: `${v}|CVE-${score}`,
  modelVersionId: v,
  vulnId: `CVE-${score}`,
  aliases: [],
  title: 't',
  cvss: { version: '3.1', baseScore: score, baseSeverity: '', vector: '' },
  severity: 'high',
  knownExploited: kev ? { dateAdded: '2024-01-01', dueDate: null, ransomware: 'unknown', requiredAction: '' } : null,
  evidence: [],
  remediations: [],
  analysis: { ...UNTRIAGED, state },
});
const unit = (id: string, v: string | null, extra: Partial<DeviceUnit> = {}): DeviceUnit => ({
  id, modelVersionId: v, serial: id, assetTag: null, site: 'North', department: null, owner: null, installedOn: null,
  exposure: 'segmented', criticality: 'medium', placedOnMarketOn: '2022-01-01', supportEnd: null, ...extra,
});

describe('exposure of units', () => {
  const findings = [finding('old', true, 9.8), finding('new', true, 7.5), finding('new', false, 5.0), finding('old', false, 4.0, 'not_affected')];
  const units = [unit('a', 'new', { exposure: 'internet-facing', criticality: 'high' }), unit('b', 'old', { site: 'South' }), unit('c', null), unit('d', 'new', { criticality: 'low' })];
  const exp = unitExposure(units, versions, findings, '2026-12-07');

  it('unsupported with a known-exploited vulnerability comes first, then exploited by exposure and criticality', () => {
    expect(exp.map((e) => e.unitId)).toEqual(['b', 'a', 'd', 'c']);
    expect(exp[0]).toMatchObject({ support: 'out-of-support', worstCase: true, knownExploited: 1, openFindings: 1 });
    expect(exp[1]).toMatchObject({ support: 'supported', openFindings: 2, maxCvss: 7.5 });
  });

  it('the dashboard counts by site, criticality and exploitation, lists orphans and overdue triage', () => {
    const d = fleetDashboard(exp, findings, { asOf: '2026-12-07', firstSeen: new Map([['new|CVE-5', '2026-10-01']]), triageDays: 30 });
    expect(d).toMatchObject({ units: 4, exposedUnits: 3, worstCase: 1 });
    expect(d.bySite[0]).toEqual({ site: 'North', units: 3, exposed: 2, knownExploited: 2 });
    expect(d.byExploitation).toEqual({ knownExploited: 3, otherExposed: 0, clean: 1 });
    expect(d.orphanUnits.sort()).toEqual(['b', 'c']);
    expect(d.overdueTriage.map((o) => o.key)).toEqual(['new|CVE-5']);
  });
});
