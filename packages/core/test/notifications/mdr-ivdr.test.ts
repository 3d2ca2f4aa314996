/** MDR Art 87–89 and IVDR Art 82–84 vigilance duties on realistic device incidents. */
import { describe, expect, it } from 'vitest';
import { FALSE, TRUE, UNKNOWN } from '../../src/engine/truth.ts';
import type { Profile } from '../../src/facts/profile-schema.ts';
import { dueSteps, duty, holds, missing, step, trigger } from './helpers.ts';

type Incident = NonNullable<Profile['incident']>;
const withIncident = (incident: Incident): Profile => ({
  product: { medicalDevice: { qualification: 'medical-device', class: 'IIb' } },
  organisation: { roles: ['manufacturer'] },
  incident,
});

/** An insulin pump whose firmware fault delivered an overdose; the patient died. */
const pumpDeath = withIncident({
  deviceSeriousIncident: 'death',
  causalLink: 'established',
  expectedSideEffect: false,
});

describe('MDR serious incident (Art 87(1)(a), (3)–(5))', () => {
  it('is due for a death caused by the device, with the 10-day report and the final report', () => {
    expect(holds('mdr:serious-incident', pumpDeath)).toBe(TRUE);
    expect(dueSteps('mdr:serious-incident', pumpDeath)).toEqual([
      'report-death-or-unanticipated-deterioration',
      'final-report',
    ]);
  });

  it('gives a serious public health threat 2 days (Art 87(4)), e.g. a cyberattack on life-supporting devices', () => {
    const p = withIncident({
      deviceSeriousIncident: 'serious-public-health-threat',
      causalLink: 'reasonably-possible',
      expectedSideEffect: false,
    });
    expect(holds('mdr:serious-incident', p)).toBe(TRUE);
    expect(dueSteps('mdr:serious-incident', p)).toEqual([
      'report-public-health-threat',
      'final-report',
    ]);
  });

  it('gives an unanticipated serious deterioration 10 days (Art 87(5))', () => {
    const p = withIncident({
      deviceSeriousIncident: 'unanticipated-serious-deterioration',
      causalLink: 'established',
      expectedSideEffect: false,
    });
    expect(dueSteps('mdr:serious-incident', p)).toEqual([
      'report-death-or-unanticipated-deterioration',
      'final-report',
    ]);
  });

  it('gives other serious incidents, including near misses, 15 days (Art 87(3))', () => {
    const p = withIncident({
      deviceSeriousIncident: 'serious-deterioration',
      causalLink: 'reasonably-possible',
      expectedSideEffect: false,
    });
    expect(holds('mdr:serious-incident', p)).toBe(TRUE);
    expect(dueSteps('mdr:serious-incident', p)).toEqual([
      'report-serious-incident',
      'final-report',
    ]);
  });

  it('is not due where the incident could not have led to a serious outcome', () => {
    expect(
      trigger(
        'mdr:serious-incident',
        withIncident({ deviceSeriousIncident: 'none', causalLink: 'established' }),
      ),
    ).toBe(FALSE);
  });

  it('is not due where a causal link with the device is excluded', () => {
    expect(
      trigger(
        'mdr:serious-incident',
        withIncident({ deviceSeriousIncident: 'death', causalLink: 'excluded' }),
      ),
    ).toBe(FALSE);
  });

  it('asks about the causal link rather than assuming none (Art 87(7): when in doubt, report)', () => {
    const p = withIncident({ deviceSeriousIncident: 'death' });
    expect(trigger('mdr:serious-incident', p)).toBe(UNKNOWN);
    expect(missing('mdr:serious-incident', p)).toContain('incident.causalLink');
  });

  it('exempts expected side-effects documented and quantified for trend reporting (Art 87(1)(a))', () => {
    const p = withIncident({
      deviceSeriousIncident: 'serious-deterioration',
      causalLink: 'established',
      expectedSideEffect: true,
    });
    expect(trigger('mdr:serious-incident', p)).toBe(TRUE);
    expect(holds('mdr:serious-incident', p)).toBe(FALSE);
    expect(duty('mdr:serious-incident').exemptions?.map((e) => [e.id, e.cite])).toEqual([
      ['expected-side-effect', 'mdr:art-87(1)(a)'],
    ]);
  });

  it('leaves the duty open while the side-effect question is unanswered', () => {
    const p = withIncident({ deviceSeriousIncident: 'death', causalLink: 'established' });
    expect(holds('mdr:serious-incident', p)).toBe(UNKNOWN);
    expect(missing('mdr:serious-incident', p)).toEqual(['incident.expectedSideEffect']);
  });

  it('reads only incident facts: the act’s scope and the role are the planner’s to check', () => {
    expect(missing('mdr:serious-incident', {}).every((f) => f.startsWith('incident.'))).toBe(true);
  });

  it('pins the deadlines to the article: immediately, at the latest 2 / 10 / 15 days after awareness', () => {
    const limits = (id: string) => {
      const s = step('mdr:serious-incident', id);
      return [s.cite, s.deadline];
    };
    expect(limits('report-public-health-threat')).toEqual([
      'mdr:art-87(4)',
      {
        kind: 'immediately',
        anchor: { kind: 'awareness' },
        outerLimit: { amount: 2, unit: 'days' },
      },
    ]);
    expect(limits('report-death-or-unanticipated-deterioration')).toEqual([
      'mdr:art-87(5)',
      {
        kind: 'immediately',
        anchor: { kind: 'awareness' },
        outerLimit: { amount: 10, unit: 'days' },
      },
    ]);
    expect(limits('report-serious-incident')).toEqual([
      'mdr:art-87(3)',
      {
        kind: 'immediately',
        anchor: { kind: 'awareness' },
        outerLimit: { amount: 15, unit: 'days' },
      },
    ]);
    expect(step('mdr:serious-incident', 'final-report').cite).toBe('mdr:art-89(5)');
    expect(duty('mdr:serious-incident').recipient).toBe('medical-device-competent-authority');
  });
});

describe('MDR field safety corrective action (Art 87(1)(b), 87(8), 89(8))', () => {
  const fsca = withIncident({ fscaPlanned: true });

  it('is due when a recall or security update is planned', () => {
    expect(holds('mdr:field-safety-corrective-action', fsca)).toBe(TRUE);
    expect(
      trigger('mdr:field-safety-corrective-action', withIncident({ fscaPlanned: false })),
    ).toBe(FALSE);
  });

  it('is reported before the action, then the field safety notice goes to users', () => {
    expect(step('mdr:field-safety-corrective-action', 'fsca-report').deadline).toEqual({
      kind: 'before-action',
      action: 'the field safety corrective action is undertaken',
    });
    const notice = step('mdr:field-safety-corrective-action', 'field-safety-notice');
    expect(notice.recipient).toBe('users');
    expect(notice.cite).toBe('mdr:art-89(8)');
    expect(notice.deadline).toEqual({
      kind: 'without-undue-delay',
      anchor: { kind: 'step', step: 'fsca-report' },
    });
  });
});

describe('MDR trend reporting (Art 88)', () => {
  it('is due on a statistically significant increase, without a fixed period', () => {
    expect(holds('mdr:trend-report', withIncident({ trendIncrease: true }))).toBe(TRUE);
    expect(step('mdr:trend-report', 'trend-report').deadline).toEqual({
      kind: 'without-undue-delay',
      anchor: { kind: 'awareness' },
    });
  });
});

describe('IVDR serious incident (Art 82, mirror of MDR Art 87)', () => {
  const ivd = (incident: Incident): Profile => ({
    product: { medicalDevice: { qualification: 'ivd', class: 'C' } },
    organisation: { roles: ['manufacturer'] },
    incident,
  });

  it('gives a wrong glucose result that led to a hypoglycaemic coma 10 days when unanticipated', () => {
    const p = ivd({
      deviceSeriousIncident: 'unanticipated-serious-deterioration',
      causalLink: 'reasonably-possible',
      expectedSideEffect: false,
    });
    expect(holds('ivdr:serious-incident', p)).toBe(TRUE);
    expect(dueSteps('ivdr:serious-incident', p)).toEqual([
      'report-death-or-unanticipated-deterioration',
      'final-report',
    ]);
  });

  it('cites the IVDR paragraphs, which match the MDR’s', () => {
    expect(duty('ivdr:serious-incident').steps.map((s) => s.cite)).toEqual([
      'ivdr:art-82(4)',
      'ivdr:art-82(5)',
      'ivdr:art-82(3)',
      'ivdr:art-84(5)',
    ]);
    expect(duty('ivdr:serious-incident').steps.map((s) => s.deadline)).toEqual(
      duty('mdr:serious-incident').steps.map((s) => s.deadline),
    );
  });

  it('exempts expected erroneous results (Art 82(1)(a))', () => {
    const p = ivd({
      deviceSeriousIncident: 'serious-deterioration',
      causalLink: 'established',
      expectedSideEffect: true,
    });
    expect(holds('ivdr:serious-incident', p)).toBe(FALSE);
    expect(duty('ivdr:serious-incident').exemptions?.[0]?.id).toBe('expected-erroneous-result');
  });

  it('reports a field safety corrective action before it is taken (Art 82(8))', () => {
    expect(holds('ivdr:field-safety-corrective-action', ivd({ fscaPlanned: true }))).toBe(TRUE);
    expect(step('ivdr:field-safety-corrective-action', 'fsca-report').cite).toBe('ivdr:art-82(8)');
    expect(step('ivdr:field-safety-corrective-action', 'field-safety-notice').cite).toBe(
      'ivdr:art-84(8)',
    );
  });
});
