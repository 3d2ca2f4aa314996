/**
 * One incident, every duty: a cyberattack on a connected insulin pump and its cloud. Triggers
 * carry only what the incident adds; combined with each act's scope and the duty's role (as the
 * planner combines them) they give the set of reports, with the overlap the design describes.
 */
import { describe, expect, it } from 'vitest';
import { Evaluation } from '../../src/engine/evaluate.ts';
import { ROLE_CONDITIONS } from '../../src/engine/roles.ts';
import { andTruth, truthName } from '../../src/engine/truth.ts';
import type { Profile } from '../../src/facts/profile-schema.ts';
import { knowledgeBase } from '../../src/kb/knowledge-base.ts';
import { allDuties } from './helpers.ts';

const attackOnInsulinPump: Profile = {
  name: 'Malicious firmware pushed to connected insulin pumps through a compromised cloud',
  product: {
    hasDigitalElements: true,
    dataConnection: true,
    commercialActivity: true,
    processesPersonalData: true,
    processesHealthData: true,
    consumerProduct: true,
    markets: ['DE', 'FR', 'NL'],
    medicalDevice: { qualification: 'medical-device', class: 'IIb' },
    ai: { isAiSystem: false },
    ehr: { isEhrSystem: false, claimsEhrInteroperability: false },
  },
  organisation: {
    roles: ['manufacturer', 'controller'],
    establishedInEu: true,
    publicBody: false,
    healthActivities: ['medical-device-manufacturing'],
    digitalActivities: [],
    otherActivities: [],
    employees: 800,
    nis2Designation: 'none',
    cerCriticalEntity: false,
  },
  incident: {
    occurredIn: ['DE', 'FR'],
    deviceSeriousIncident: 'unanticipated-serious-deterioration',
    causalLink: 'reasonably-possible',
    expectedSideEffect: false,
    fscaPlanned: true,
    trendIncrease: false,
    breachTypes: ['confidentiality', 'integrity'],
    breachRisk: 'high-risk',
    dataUnintelligible: false,
    riskNoLongerLikely: false,
    disproportionateEffort: false,
    securityIncident: true,
    severeOperationalDisruption: true,
    affectsServiceRecipients: false,
    significantCyberThreat: false,
    ongoing: false,
    activelyExploitedVulnerability: true,
    severeIncidentProductSecurity: ['malicious-code'],
    aiSeriousIncident: [],
    essentialServiceDisruption: 'none',
    consumerProductAccident: true,
    productDangerous: false,
  },
};

function verdicts(profile: Profile): Record<string, string> {
  const e = new Evaluation(profile, knowledgeBase);
  const out: Record<string, string> = {};
  for (const act of knowledgeBase.acts) {
    for (const d of act.notifications ?? []) {
      if (d.scenario) continue;
      const scope = e.ref(`${act.id}:scope`);
      const role = e.condition(ROLE_CONDITIONS[d.who]);
      const duty = e.rule({
        id: d.id,
        label: d.title,
        cite: d.cite,
        when: d.trigger,
        ...(d.exemptions ? { unless: [...d.exemptions] } : {}),
      });
      out[d.id] = truthName(andTruth(andTruth(scope, role), duty));
    }
  }
  return out;
}

describe('one incident, every duty', () => {
  const result = verdicts(attackOnInsulinPump);
  const due = Object.keys(result)
    .filter((id) => result[id] === 'true')
    .sort();

  it('owes MDR vigilance, GDPR breach notifications and the NIS2 reports of an important entity', () => {
    expect(due).toEqual([
      'gdpr:breach-communication-data-subjects',
      'gdpr:breach-documentation',
      'gdpr:breach-notification-authority',
      'mdr:field-safety-corrective-action',
      'mdr:serious-incident',
      'nis2:significant-incident-important',
    ]);
  });

  it('owes no CRA report for the pump itself, since the MDR excludes it from the CRA (CRA Art 2(2)(a))', () => {
    expect(result['cra:actively-exploited-vulnerability']).toBe('false');
    expect(result['cra:severe-incident']).toBe('false');
  });

  it('owes no GPSR accident notification, which device vigilance displaces', () => {
    expect(result['gpsr:accident-notification']).toBe('false');
  });

  it('leaves nothing open on a fully described incident', () => {
    expect(Object.keys(result).filter((id) => result[id] === 'unknown')).toEqual([]);
  });

  it('covers every current duty of the knowledge base', () => {
    expect(Object.keys(result).length).toBe(allDuties().filter((d) => !d.scenario).length);
  });
});
