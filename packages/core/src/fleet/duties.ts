/**
 * The legal duties a finding triggers, decided from the regimes the product falls under (from
 * the assessment of its profile), the side (manufacturer or hospital), exploitation, support
 * status and the triage state, each with the provisions it rests on. Unknown facts give a
 * `possible` duty naming what is missing, never a silent "does not apply".
 */
import { citation, provisionUrl } from '../kb/knowledge-base.ts';
import { FLEET_DUTIES } from '../kb/fleet/duties.ts';
import type { FleetDutyId } from '../kb/fleet/duties.ts';
import type { SupportStatus } from './support-status.ts';
import type { AnalysisState } from './types.ts';

export type Truth = 'true' | 'false' | 'unknown';

export interface Regimes {
  cra: Truth;
  mdr: Truth;
  ivdr: Truth;
}

export interface DutyContext {
  asOf: string;
  side: 'manufacturer' | 'hospital';
  regimes: Regimes;
  /** Hospital side: whether the organisation is an essential or important entity under NIS2. */
  nis2Entity: Truth;
  knownExploited: boolean;
  /** Hospital side, from triage: whether the vulnerability was exploited in its own network. */
  exploitedInNetwork: Truth;
  support: SupportStatus;
  analysis: AnalysisState;
}

export type DutyStatus = 'applies' | 'applies-from' | 'possible' | 'not-applicable';

export interface FleetDuty {
  id: FleetDutyId;
  who: 'manufacturer' | 'hospital';
  title: string;
  summary: string;
  status: DutyStatus;
  from?: string;
  deadline?: string;
  because: string[];
  missing: string[];
  note?: string;
  cites: { id: string; citation: string; url: string }[];
  /** For the CRA early warning: start an incident plan from the finding. */
  action?: 'start-incident-plan';
}

function duty(id: FleetDutyId, status: DutyStatus, because: string[], missing: string[] = [], extra: Partial<FleetDuty> = {}): FleetDuty {
  const d = FLEET_DUTIES[id];
  return {
    id,
    who: d.who,
    title: d.title,
    summary: d.summary,
    status,
    ...(d.deadline ? { deadline: d.deadline } : {}),
    ...(d.note ? { note: d.note } : {}),
    because,
    missing,
    cites: d.cites.map((c) => ({ id: c, citation: citation(c), url: provisionUrl(c) })),
    ...extra,
  };
}

const combine = (a: Truth, b: Truth): Truth => (a === 'true' && b === 'true' ? 'true' : a === 'false' || b === 'false' ? 'false' : 'unknown');

export function fleetDuties(ctx: DutyContext): FleetDuty[] {
  // A triaged "not affected" or "fixed" closes the finding: the decision is the record.
  if (ctx.analysis === 'not_affected' || ctx.analysis === 'fixed') return [];
  return ctx.side === 'manufacturer' ? manufacturerDuties(ctx) : hospitalDuties(ctx);
}

function manufacturerDuties(ctx: DutyContext): FleetDuty[] {
  const out: FleetDuty[] = [];
  const { cra, mdr, ivdr } = ctx.regimes;
  const medical = mdr === 'true' || ivdr === 'true';
  if (medical) {
    out.push(duty('cra-excluded', 'not-applicable', [mdr === 'true' ? 'the MDR applies to the product' : 'the IVDR applies to the product']));
  }
  if (mdr !== 'false') {
    out.push(duty('mdr-vigilance', mdr === 'true' ? 'applies' : 'possible', mdr === 'true' ? ['the MDR applies to the product'] : ['whether the MDR applies is open'], mdr === 'true' ? [] : ['MDR applicability of the product profile']));
  }
  if (ivdr !== 'false') {
    out.push(duty('ivdr-vigilance', ivdr === 'true' ? 'applies' : 'possible', ivdr === 'true' ? ['the IVDR applies to the product'] : ['whether the IVDR applies is open'], ivdr === 'true' ? [] : ['IVDR applicability of the product profile']));
  }
  if (cra !== 'false' && !medical) {
    const missing = cra === 'unknown' ? ['CRA applicability of the product profile'] : [];
    const craBecause = cra === 'true' ? 'the product is a product with digital elements under the CRA' : 'whether the CRA applies is open';
    const handling = FLEET_DUTIES['cra-vulnerability-handling'];
    const started = ctx.asOf >= handling.appliesFrom!;
    const support =
      ctx.support === 'out-of-support'
        ? 'the declared support period has ended: the handling duties run for the support period only (Art 13(8))'
        : ctx.support === 'unknown'
          ? 'the support period is not known'
          : 'the unit is within its declared support period';
    if (ctx.support === 'out-of-support') {
      out.push(duty('cra-vulnerability-handling', 'not-applicable', [craBecause, support], missing));
    } else {
      out.push(
        duty('cra-vulnerability-handling', cra === 'true' && (ctx.support === 'supported' || ctx.support === 'ending-soon') ? (started ? 'applies' : 'applies-from') : 'possible', [craBecause, support], [...missing, ...(ctx.support === 'unknown' ? ['support end of the unit or model version'] : [])], started ? {} : { from: handling.appliesFrom! }),
      );
    }
    if (ctx.knownExploited) {
      const ew = FLEET_DUTIES['cra-early-warning'];
      const on = ctx.asOf >= ew.appliesFrom!;
      out.push(
        duty('cra-early-warning', cra === 'true' ? (on ? 'applies' : 'applies-from') : 'possible', [craBecause, 'the vulnerability is known to be actively exploited (CISA KEV)'], missing, {
          ...(on ? {} : { from: ew.appliesFrom! }),
          action: 'start-incident-plan',
        }),
      );
    }
  }
  return out;
}

function hospitalDuties(ctx: DutyContext): FleetDuty[] {
  if (ctx.nis2Entity === 'false') return [];
  const missing = ctx.nis2Entity === 'unknown' ? ['whether the organisation is an essential or important entity under NIS2'] : [];
  const because = ctx.nis2Entity === 'true' ? ['the organisation is an essential or important entity under NIS2'] : ['whether the organisation is an NIS2 entity is open'];
  const out = [duty('nis2-risk-management', ctx.nis2Entity === 'true' ? 'applies' : 'possible', because, missing)];
  const exploited = combine(ctx.nis2Entity, ctx.exploitedInNetwork);
  if (exploited !== 'false') {
    out.push(
      duty(
        'nis2-incident-notification',
        exploited === 'true' ? 'applies' : 'possible',
        [...because, ctx.exploitedInNetwork === 'true' ? 'the vulnerability was exploited in the organisation’s network' : 'whether it was exploited in the network is open'],
        [...missing, ...(ctx.exploitedInNetwork === 'unknown' ? ['whether the vulnerability was exploited in the network (triage)'] : [])],
        { note: 'Notify only if the exploitation is a significant incident (Art 23(3)); plan it as an incident to get the deadlines.' },
      ),
    );
  }
  return out;
}
