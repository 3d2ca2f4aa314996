/**
 * The planner's corrections: the GDPR risk decided from its factors drives Art 33/34; a duty or
 * step whose condition is unknown is `possible`, names the missing facts and still shows its
 * deadline; non-EU notifiers are routed as the law says; awareness per role; the Art 33(5)
 * record; and which rules count each time limit. Instants checked by hand.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { parseIncidentCase, planIncident } from '../../src/index.ts';
import type { IncidentCase, IncidentPlan, PlannedStep } from '../../src/index.ts';

const load = (name: string): IncidentCase => {
  const parsed = parseIncidentCase(parse(readFileSync(join(import.meta.dirname, '../../../../examples/incidents', `${name}.yaml`), 'utf8')));
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues));
  return parsed.incident;
};
const steps = (p: IncidentPlan, duty: string, id: string): PlannedStep[] => p.steps.filter((x) => x.duty === duty && x.step === id);
const step = (p: IncidentPlan, duty: string, id: string): PlannedStep => {
  const s = steps(p, duty, id)[0];
  if (!s) throw new Error(`no step ${duty} ${id}`);
  return s;
};
type Facts = NonNullable<IncidentCase['incident']>;
/** The hospital ransomware case with its GDPR facts replaced. */
const hospital = (facts: Facts): IncidentCase => {
  const c = load('hospital-ransomware');
  const rest: Record<string, unknown> = { ...c.incident };
  for (const k of ['breachRisk', 'breachTypes', 'dataUnintelligible', 'riskNoLongerLikely', 'disproportionateEffort', 'specialCategoryData']) delete rest[k];
  return { ...c, incident: { ...rest, ...facts } };
};
const NOW = '2026-11-21T12:00:00+01:00';

describe('GDPR Art 33/34 follow the risk decided from the factors', () => {
  it('ransomware at a hospital, health data restored only after days: high risk (EDPB 01/2021 case 3) — authority and patients', () => {
    const p = planIncident(
      hospital({ breachTypes: ['availability'], breachDataKind: 'special-category', breachRestoration: 'restored-with-delay', breachConsequences: 'limited', dataUnintelligible: false, riskNoLongerLikely: false, disproportionateEffort: false }),
      { now: NOW },
    );
    expect(p.breachRisk).toMatchObject({ used: 'assessment', level: 'high-risk' });
    expect(step(p, 'gdpr:breach-notification-authority', 'notification').status).toBe('due-now');
    expect(step(p, 'gdpr:breach-communication-data-subjects', 'communicate').status).toBe('due-now');
  });
  it('backup restored at once, nothing exfiltrated: unlikely (EDPB 01/2021 case 1) — no notification, but the Art 33(5) record', () => {
    const p = planIncident(hospital({ breachTypes: ['availability'], breachDataKind: 'special-category', breachRestoration: 'restored-promptly' }), { now: NOW });
    expect(p.breachRisk?.level).toBe('unlikely');
    expect(step(p, 'gdpr:breach-notification-authority', 'notification').status).toBe('not-required');
    expect(steps(p, 'gdpr:breach-communication-data-subjects', 'communicate')).toEqual([]);
    const record = step(p, 'gdpr:breach-documentation', 'document');
    expect(record).toMatchObject({ status: 'due-now', recipient: 'internal-record' });
    expect(record.citation).toContain('33(5)');
  });
  it('factors open between unlikely and high risk: Art 33 is possible, names the factors, and still shows its 72-hour deadline', () => {
    const p = planIncident(hospital({ breachTypes: ['availability'], breachDataKind: 'special-category' }), { now: NOW });
    const s = step(p, 'gdpr:breach-notification-authority', 'notification');
    expect(s.status).toBe('possible');
    expect(s.ifApplies).toBe('due-now');
    expect(s.due).toBe('2026-11-24T09:00:00Z');
    expect(s.reason).toMatch(/^if it applies, due /);
    expect(s.missingFacts).toEqual(expect.arrayContaining(['incident.breachRestoration', 'incident.breachRisk']));
    expect(p.missingFacts).toContain('incident.breachRestoration');
  });
  it('factors open only between risk and high risk: Art 33 is certain, Art 34 possible', () => {
    const p = planIncident(
      hospital({ breachTypes: ['confidentiality'], breachDataKind: 'ordinary', dataUnintelligible: false, trustedRecipient: false, breachIdentifiability: 'direct', breachConsequences: 'limited', misuseEvidence: false }),
      { now: NOW },
    );
    expect(p.breachRisk?.possible).toEqual(['risk', 'high-risk']);
    expect(step(p, 'gdpr:breach-notification-authority', 'notification').status).toBe('due-now');
    const art34 = step(p, 'gdpr:breach-communication-data-subjects', 'communicate');
    expect(art34.status).toBe('possible');
    expect(art34.missingFacts).toContain('incident.vulnerableIndividuals');
  });
  it('the controller’s own documented assessment overrides the factors, and the plan says which was used', () => {
    const p = planIncident(hospital({ breachTypes: ['availability'], breachDataKind: 'special-category', breachRestoration: 'restored-with-delay', breachRisk: 'unlikely', breachRiskReasoning: 'Emergency paper procedures kept every treatment on schedule.' }), { now: NOW });
    expect(p.breachRisk).toMatchObject({ used: 'controller', level: 'unlikely', assessed: 'high-risk' });
    expect(step(p, 'gdpr:breach-notification-authority', 'notification').status).toBe('not-required');
  });
  it('Art 34(3)(b): measures since the breach make the high risk no longer likely — no communication; not taken — communication due', () => {
    const facts: Facts = { breachTypes: ['availability'], breachDataKind: 'special-category', breachRestoration: 'restored-with-delay' };
    const spared = step(planIncident(hospital({ ...facts, riskNoLongerLikely: true }), { now: NOW }), 'gdpr:breach-communication-data-subjects', 'communicate');
    expect(spared.status).toBe('not-required');
    expect(spared.reason).toContain('34(3)(b)');
    expect(step(planIncident(hospital({ ...facts, riskNoLongerLikely: false, dataUnintelligible: false, disproportionateEffort: false }), { now: NOW }), 'gdpr:breach-communication-data-subjects', 'communicate').status).toBe('due-now');
  });
  it('Art 34(3)(c): individual messages would take disproportionate effort — a public communication instead', () => {
    const p = planIncident(hospital({ breachTypes: ['availability'], breachDataKind: 'special-category', breachRestoration: 'restored-with-delay', riskNoLongerLikely: false, dataUnintelligible: false, disproportionateEffort: true }), { now: NOW });
    expect(step(p, 'gdpr:breach-communication-data-subjects', 'communicate').status).toBe('not-required');
    expect(p.steps.some((s) => s.duty === 'gdpr:breach-public-communication' && s.status === 'due-now')).toBe(true);
  });
});

describe('conditional steps are possible and name the missing facts', () => {
  it('NIS2 Art 23(4)(d)/(e): with “ongoing” unknown, both the final and the progress report are possible, naming incident.ongoing', () => {
    const c = load('hospital-ransomware');
    const rest: Record<string, unknown> = { ...c.incident };
    delete rest.ongoing;
    const withNotification: IncidentCase = {
      ...c,
      incident: rest,
      timeline: { ...c.timeline, submitted: [...(c.timeline.submitted ?? []), { duty: 'nis2:significant-incident-essential', step: 'incident-notification', at: '2026-11-22T10:00:00+01:00' }] },
    };
    const p = planIncident(withNotification, { now: '2026-11-23T09:00:00+01:00' });
    for (const id of ['final-report', 'progress-report']) {
      const s = step(p, 'nis2:significant-incident-essential', id);
      expect(s.status, id).toBe('possible');
      expect(s.missingFacts, id).toContain('incident.ongoing');
      expect(s.due, id).toBeDefined();
    }
  });
  it('AI Act Art 73(3): with “widespread infringement” unknown the 2-day report is possible, not definite, and so is the 15-day one', () => {
    const c = load('ai-device-death');
    const rest: Record<string, unknown> = { ...c.incident, aiSeriousIncident: ['fundamental-rights'] };
    delete rest.widespreadInfringement;
    // Placed on the market after the Annex I high-risk rules apply (2 Aug 2028), so no legacy exemption.
    const placed = { ...c.product, placedOnMarketOn: '2028-08-10' } as IncidentCase['product'];
    const p = planIncident({ ...c, product: placed, incident: rest, timeline: { aware: '2028-09-04T10:00:00+03:00' } }, { now: '2028-09-04T12:00:00+03:00' });
    const twoDay = p.steps.filter((s) => s.act === 'ai-act' && s.cite === 'ai-act:art-73(3)');
    expect(twoDay.length).toBeGreaterThan(0);
    for (const s of twoDay) {
      expect(s.status).toBe('possible');
      expect(s.missingFacts).toContain('incident.widespreadInfringement');
      expect(s.ifApplies).toBeDefined();
      expect(s.due).toBeDefined();
    }
  });
});

describe('notifiers established outside the EU', () => {
  const nonEu = (facts: Facts): IncidentCase => {
    const c = load('wearable-exploited-vulnerability');
    const org: Record<string, unknown> = { ...c.organisation, establishedInEu: false };
    delete org.mainEstablishment;
    return { ...c, organisation: org, incident: { ...c.incident, ...facts } };
  };
  it('GDPR: no one-stop shop — one notification to the authority of every Member State where affected people live (EDPB 9/2022 para 73)', () => {
    const p = planIncident(nonEu({ dataSubjectsResideIn: ['FR', 'DE', 'IT'] }), { now: '2026-12-04T09:00:00+01:00' });
    const sa = steps(p, 'gdpr:breach-notification-authority', 'notification');
    expect(sa.map((s) => s.memberState).sort()).toEqual(['DE', 'FR', 'IT']);
    expect(sa[0]?.routing).toContain('para 73');
    expect(sa.flatMap((s) => s.missingFacts)).not.toContain('organisation.mainEstablishment');
  });
  it('GDPR: asks where the affected people live rather than for a main establishment that cannot exist', () => {
    const p = planIncident(nonEu({}), { now: '2026-12-04T09:00:00+01:00' });
    const s = step(p, 'gdpr:breach-notification-authority', 'notification');
    expect(s.missingFacts).toContain('incident.dataSubjectsResideIn');
    expect(s.missingFacts).not.toContain('organisation.mainEstablishment');
  });
  it('CRA Art 14(7): the coordinating CSIRT of the authorised representative’s (else importer’s, distributor’s, most users’) Member State', () => {
    const p = planIncident(nonEu({ craCoordinatorState: 'NL' }), { now: '2026-12-04T09:00:00+01:00' });
    const s = step(p, 'cra:actively-exploited-vulnerability', 'early-warning');
    expect(s.memberState).toBe('NL');
    expect(s.routing).toContain('Art 14(7)');
    const open = planIncident(nonEu({}), { now: '2026-12-04T09:00:00+01:00' });
    expect(step(open, 'cra:actively-exploited-vulnerability', 'early-warning').missingFacts).toContain('incident.craCoordinatorState');
  });
});

describe('awareness per role', () => {
  it('a processor that is also a controller: Art 33(2) runs from its awareness as processor, Art 33(1) from its awareness as controller', () => {
    const c = load('wearable-exploited-vulnerability');
    const both: IncidentCase = {
      ...c,
      organisation: { ...c.organisation, roles: [...(c.organisation?.roles ?? []), 'processor'] },
      timeline: { ...c.timeline, awareBy: { 'gdpr:processor': '2026-12-03T09:00:00+01:00', 'gdpr:controller': '2026-12-03T16:40:00+01:00' } },
    };
    const p = planIncident(both, { now: '2026-12-03T17:00:00+01:00' });
    expect(step(p, 'gdpr:breach-notification-controller', 'notify-controller').open?.event.utc).toBe('2026-12-03T08:00:00Z');
    expect(step(p, 'gdpr:breach-notification-authority', 'notification').open?.outerLimit?.event.utc).toBe('2026-12-03T15:40:00Z');
  });
  it('accepts awareness keys of an act and a role, and names the field for a role that does not exist', () => {
    expect(parseIncidentCase({ timeline: { aware: '2026-12-03T09:00:00Z', awareBy: { 'cra:distributor': '2026-12-02T09:00:00Z' } } }).ok).toBe(true);
    const bad = parseIncidentCase({ timeline: { aware: '2026-12-03T09:00:00Z', awareBy: { 'cra:wholesaler': '2026-12-02T09:00:00Z' } } });
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(bad.issues[0]?.pointer).toContain('/timeline/awareBy');
  });
});

describe('which rules count the time limit (issue 11, corrections 2 and 3)', () => {
  it('NIS2 and CER bind through national transposing law: said per step, status keyed to plain elapsed time, 1182/71 only for comparison (Art 288 TFEU; Reg 1182/71 Art 1)', () => {
    const p = planIncident(load('hospital-ransomware'), { now: '2026-11-23T09:00:00+01:00' });
    const nis2 = p.steps.filter((s) => s.act === 'nis2');
    expect(nis2.length).toBeGreaterThan(0);
    for (const s of nis2) {
      expect(s.timeRule.kind).toBe('national-transposition');
      expect(s.timeRule.text).toContain('national law');
    }
    for (const s of p.steps.filter((x) => x.act === 'cer')) expect(s.timeRule.kind).toBe('national-transposition');
    const gdpr = step(p, 'gdpr:breach-notification-authority', 'notification');
    expect(gdpr.timeRule.kind).toBe('regulation-1182-71');
    expect(gdpr.due).toBe(gdpr.open?.outerLimit?.legal.utc);
  });
  it('NIS2 24-hour early warning: due at the plain elapsed end, not the later 1182/71 one (Art 23(4)(a))', () => {
    const c = load('hospital-ransomware');
    const p = planIncident({ ...c, timeline: { ...c.timeline, submitted: [] } }, { now: '2026-11-22T09:30:00+01:00' });
    const s = step(p, 'nis2:significant-incident-essential', 'early-warning');
    // Aware 09:15 Sat 21 Nov (Berlin): 24 hours elapse at 09:15 Sun; 1182/71 would start at the next whole hour.
    expect(s.due).toBe('2026-11-22T08:15:00Z');
    expect(s.status).toBe('overdue');
  });
  it('MDR Art 87: calendar days (MDCG 2023-3) — a 15-day report ending on a Saturday is not moved to Monday, and is overdue on Sunday', () => {
    const c = load('ai-device-death');
    const p = planIncident(
      { ...c, incident: { ...c.incident, deviceSeriousIncident: 'serious-deterioration' }, organisation: { ...c.organisation, mainEstablishment: 'DE' }, timeline: { aware: '2026-12-04T10:00:00+01:00' } },
      { now: '2026-12-20T12:00:00+01:00' },
    );
    const s = step(p, 'mdr:serious-incident', 'report-serious-incident');
    expect(s.timeRule.kind).toBe('calendar-days');
    expect(s.due).toBe('2026-12-19T09:00:00Z');
    expect(s.open?.outerLimit?.legal.utc).not.toBe(s.due);
    expect(s.status).toBe('overdue');
  });
});

describe('dates of application compared in the notifier’s zone (issue 11, correction 4)', () => {
  const c = load('wearable-exploited-vulnerability');
  const at = (aware: string) => step(planIncident({ ...c, timeline: { aware } }, { now: '2026-09-11T06:00:00+02:00' }), 'cra:actively-exploited-vulnerability', 'early-warning');
  it('awareness at 00:30 CEST on 11 Sep 2026 (still 10 Sep in UTC) is on 11 Sep for a German manufacturer: CRA Art 14 applies (Art 71(2))', () => {
    expect(at('2026-09-10T22:30:00Z').status).not.toBe('not-required');
  });
  it('awareness at 23:30 CEST on 10 Sep 2026 is before the date: not required', () => {
    const s = at('2026-09-10T21:30:00Z');
    expect(s.status).toBe('not-required');
    expect(s.reason).toContain('2026-09-10');
  });
  it('states the convention in the plan', () => {
    expect(planIncident(c, { now: '2026-12-04T09:00:00+01:00' }).dateConvention).toContain('main establishment');
  });
});

describe('significance and seriousness aids', () => {
  it('shows the MDR serious-incident test with its criteria for a device death (MDR Art 2(65), MDCG 2023-3)', () => {
    const c = load('ai-device-death');
    const p = planIncident({ ...c, incident: { ...c.incident, deviceIncident: true } }, { now: '2026-12-14T12:00:00+02:00' });
    const mdr = p.significance.find((f) => f.id === 'mdr-serious-incident');
    expect(mdr?.answer).toBe('yes');
    expect(mdr?.guidance.map((g) => g.text).join(' ')).toContain('MDCG 2023-3');
  });
});
