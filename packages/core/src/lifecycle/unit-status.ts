/**
 * The support status of one unit at an as-of date: supported, ending soon, out of support
 * (an orphan) or unknown, measured against the declared support end or, where none is
 * declared, against the legal minimum; with the reasons, the duties of each party and the
 * questions for missing facts. Pure and cheap: a fleet calls it once per unit.
 */
import { SUPPORT_DUTIES } from '../kb/lifecycle/support-law.ts';
import type { SupportRule } from '../kb/lifecycle/support-law.ts';
import type { IsoDate } from '../kb/types.ts';
import { isIsoDate } from '../time/plain-date.ts';
import { TimeInputError } from '../time/time-input-error.ts';
import { plusMonths } from './dates.ts';
import { consumerMinimum, craMinimum, deviceMinimum, gpsrRegime, Q } from './regimes.ts';
import type { RegimeContext } from './regimes.ts';
import { cite, reason } from './trace.ts';
import type { FactQuestion, Reason } from './trace.ts';
import type {
  LifecycleProduct, LifecycleUnit, Party, PartyDuty, RegimeMinimum, SupportState, UnitSupportOptions, UnitSupportStatus,
} from './types.ts';

export const DEFAULT_ENDING_WITHIN_MONTHS = 6;

/**
 * Status of one unit of a product at `asOf`.
 *
 * @example
 * unitSupportStatus(
 *   { deviceStatus: 'not-a-device', digitalWithConnection: true, saleTo: 'consumer', goods: true, expectedUseYears: 4 },
 *   { id: 'SN-1', placedOnMarketOn: '2028-03-01', declaredSupportEnd: '2032-02-29' },
 *   '2031-10-01',
 * ).state // 'ending-soon'
 */
export function unitSupportStatus(
  product: LifecycleProduct, unit: LifecycleUnit, asOf: IsoDate, options: UnitSupportOptions = {},
): UnitSupportStatus {
  if (!isIsoDate(asOf)) throw new TimeInputError('asOf', asOf, 'a calendar date as YYYY-MM-DD');
  const window = options.endingWithinMonths ?? DEFAULT_ENDING_WITHIN_MONTHS;
  if (!Number.isInteger(window) || window < 0) throw new TimeInputError('endingWithinMonths', String(window), 'a whole number of months, 0 or more');

  const questions: FactQuestion[] = [];
  const asked = new Set<string>();
  const ask = (q: FactQuestion): void => {
    if (!asked.has(q.fact)) { asked.add(q.fact); questions.push(q); }
  };
  const placedOn = unit.placedOnMarketOn ?? product.placedOnMarketOn ?? null;
  const declaredUnit = unit.declaredSupportEnd ?? null;
  const declared = declaredUnit ?? product.declaredSupportEnd ?? null;
  if (placedOn === null) ask(Q.placed);
  const ctx: RegimeContext = { product, unit, placedOn, declared, ask };

  const regimes: RegimeMinimum[] = [craMinimum(ctx)];
  for (const r of [deviceMinimum(ctx), consumerMinimum(ctx), gpsrRegime(ctx)]) if (r) regimes.push(r);

  // The binding minimum: the latest end among the regimes that certainly apply.
  let legalMinimum: UnitSupportStatus['legalMinimum'] = null;
  for (const r of regimes) {
    if (r.applies === true && r.minimumEnd !== null && (legalMinimum === null || r.minimumEnd > legalMinimum.end)) {
      legalMinimum = { end: r.minimumEnd, regime: r.regime, indicative: r.indicative };
    }
  }

  const reasons: Reason[] = [];
  for (const r of regimes) {
    if (r.applies === false) continue;
    reasons.push({ text: `${r.regime.toUpperCase()}${r.applies === 'unknown' ? ' (if it applies)' : ''}: ${r.basis}`, cites: r.cites, ...(r.note ? { contested: r.note } : {}) });
  }

  let supportEnd: IsoDate | null = declared;
  let basis: UnitSupportStatus['supportEndBasis'] = declared === null ? null : declaredUnit !== null ? 'declared-for-unit' : 'declared-for-product';
  let state: SupportState;
  if (declared !== null) {
    state = stateAt(asOf, declared, window);
    reasons.push(reason(`Declared support end ${declared}${declaredUnit !== null ? ' (for this unit)' : ''}: ${describe(state, declared, asOf)}.`, ['cra:art-13(19)']));
  } else if (legalMinimum !== null) {
    supportEnd = legalMinimum.end;
    basis = 'legal-minimum';
    const s = stateAt(asOf, legalMinimum.end, window);
    // Past the minimum and with nothing declared, nothing tells whether updates still come.
    state = s === 'out-of-support' ? 'unknown' : s;
    ask(Q.declared);
    reasons.push(reason(
      s === 'out-of-support'
        ? `No support end is declared and the legal minimum (${legalMinimum.regime.toUpperCase()}, until ${legalMinimum.end}) has passed: whether the unit still receives security updates is unknown.`
        : `No support end is declared; by law (${legalMinimum.regime.toUpperCase()}${legalMinimum.indicative ? ', as indicated by its recital' : ''}) updates are owed at least until ${legalMinimum.end}.`,
      [], legalMinimum.indicative ? 'The two-year figure comes from SGD recital 31; the Directive itself sets no number.' : undefined,
    ));
  } else {
    state = 'unknown';
    ask(Q.declared);
    reasons.push(reason('Neither a declared support end nor a legal minimum can be established from the facts given.', []));
  }

  const shortfallMonths = declared !== null && legalMinimum !== null && !legalMinimum.indicative
    ? Math.max(0, ...regimes.filter((r) => r.applies === true && !r.indicative).map((r) => r.shortfallMonths ?? 0))
    : declared !== null && legalMinimum !== null ? (regimes.find((r) => r.regime === legalMinimum?.regime)?.shortfallMonths ?? null) : null;
  if (shortfallMonths !== null && shortfallMonths > 0 && legalMinimum !== null) {
    reasons.push(reason(`The declared end falls ${shortfallMonths} month(s) short of the minimum under ${legalMinimum.regime.toUpperCase()} (${legalMinimum.end}); the duty runs to the minimum regardless of the declaration.`, regimes.find((r) => r.regime === legalMinimum?.regime)?.cites.map((c) => c.id) ?? []));
  }

  return {
    unit: unit.id ?? null, asOf, state, supportEnd, supportEndBasis: basis, legalMinimum, shortfallMonths,
    regimes, reasons, duties: dutiesFor(state, regimes, unit, ask), questions,
  };
}

function stateAt(asOf: IsoDate, end: IsoDate, window: number): SupportState {
  if (asOf > end) return 'out-of-support';
  return end <= plusMonths(asOf, window) ? 'ending-soon' : 'supported';
}

function describe(state: SupportState, end: IsoDate, asOf: IsoDate): string {
  switch (state) {
    case 'out-of-support': return `support ended after ${end}; on ${asOf} the unit receives no security updates from its manufacturer (an orphan)`;
    case 'ending-soon': return `support ends within the window, on ${end}`;
    default: return `supported on ${asOf}`;
  }
}

function duty(party: Party, rule: SupportRule, condition?: string): PartyDuty {
  return { party, duty: rule.text, cites: rule.cites.map(cite), ...(condition ? { condition } : {}) };
}

function dutiesFor(state: SupportState, regimes: readonly RegimeMinimum[], unit: LifecycleUnit, ask: (q: FactQuestion) => void): PartyDuty[] {
  const applies = (id: string) => regimes.find((r) => r.regime === id)?.applies;
  const cond = (id: string) => (applies(id) === 'unknown' ? `if the ${id.toUpperCase()} applies` : undefined);
  const out: PartyDuty[] = [];
  const D = SUPPORT_DUTIES;
  const cra = applies('cra');
  const device = applies('mdr') ?? applies('ivdr');
  if (cra !== undefined && cra !== false) {
    if (state !== 'out-of-support') out.push(duty('manufacturer', D.craHandleVulnerabilities, cond('cra')));
    out.push(duty('manufacturer', D.craKeepUpdatesAvailable, cond('cra')));
    if (state === 'ending-soon' || state === 'out-of-support') out.push(duty('manufacturer', D.craNotifyEnd, cond('cra')));
  }
  out.push(duty('manufacturer', D.craReportingContinues, 'for products with digital elements within the CRA (not MDR/IVDR devices)'));
  if (device !== undefined && device !== false) {
    out.push(duty('manufacturer', state === 'out-of-support' || state === 'ending-soon' ? D.mdrEndOfLifetime : D.mdrMaintain, device === 'unknown' ? 'if the product is a device' : undefined));
  }
  const sgd = applies('sgd');
  if (sgd !== undefined && sgd !== false && state !== 'out-of-support') {
    out.push(duty('seller', D.sellerUpdates, cond('sgd')));
    out.push(duty('seller', D.sellerInstallFailure, cond('sgd')));
  }
  const dcd = applies('dcd');
  if (dcd !== undefined && dcd !== false && state !== 'out-of-support') out.push(duty('trader', D.traderUpdates, cond('dcd')));

  const operator = unit.operator ?? null;
  if (operator === 'healthcare-provider' || operator === null) {
    const orphan = state === 'out-of-support' || state === 'ending-soon';
    const on = operator === null ? 'if the unit is operated by a healthcare provider' : undefined;
    if (orphan) {
      if (unit.nis2Entity === true) out.push(duty('healthcare-provider', D.hospitalNis2, on));
      else if (unit.nis2Entity === false) out.push(duty('healthcare-provider', D.hospitalGdpr, on));
      else {
        out.push(duty('healthcare-provider', D.hospitalNis2, on ? `${on} that is an essential or important entity under NIS2` : 'if the operator is an essential or important entity under NIS2'));
        if (operator === 'healthcare-provider') ask({ fact: 'unit.nis2Entity', question: 'Is the operator of this unit an essential or important entity under NIS2?', why: 'An NIS2 entity must treat an orphan device in its Art 21 cybersecurity risk management.' });
      }
      if (unit.nis2Entity !== false) out.push(duty('healthcare-provider', D.hospitalSupplyChain, on));
    }
    if (device !== undefined && device !== false) out.push(duty('healthcare-provider', D.hospitalOperator, on));
  }
  if (operator === 'consumer' && state !== 'out-of-support') out.push(duty('user', D.userInstall));
  return out;
}
