/**
 * The minimum support period of one unit under each regime that can apply to it, and how a
 * declared support end measures against it. Three-valued: a regime whose conditions are
 * unknown reports `applies: 'unknown'` and the facts it needs.
 */
import {
  CONSUMER_CONTRACTS_FROM, CRA_APPLIES_FROM, CRA_MINIMUM_YEARS, SGD_LIABILITY_YEARS, SUPPORT_RULES,
} from '../kb/lifecycle/support-law.ts';
import type { SupportRule } from '../kb/lifecycle/support-law.ts';
import type { IsoDate } from '../kb/types.ts';
import { monthsShort, plusMonths, plusYears, yearsToMonths } from './dates.ts';
import { cite } from './trace.ts';
import type { FactQuestion } from './trace.ts';
import type { Applies, LifecycleProduct, LifecycleUnit, Party, RegimeMinimum, Satisfies, SupportRegimeId } from './types.ts';

export interface RegimeContext {
  readonly product: LifecycleProduct;
  readonly unit: LifecycleUnit;
  /** The unit's placing on the market, else the model's. */
  readonly placedOn: IsoDate | null;
  readonly declared: IsoDate | null;
  readonly ask: (q: FactQuestion) => void;
}

export const Q = {
  placed: { fact: 'unit.placedOnMarketOn', question: 'On what date was this unit placed on the market (or, failing that, the model)?', why: 'Support periods run from placing on the market, and the CRA reaches only units placed from 11 December 2027.' },
  deviceStatus: { fact: 'product.medicalDevice.qualification', question: 'Is the product a medical device or IVD under the MDR/IVDR, or not a device?', why: 'Devices follow the MDR lifetime and are outside the CRA; other connected products follow the CRA support period.' },
  digital: { fact: 'product.hasDigitalElements', question: 'Is it a product with digital elements with a data connection?', why: 'Only such products fall under the CRA support period.' },
  expectedUse: { fact: 'product.expectedUseYears', question: 'For how many years is the product expected to be in use?', why: 'The CRA five-year floor gives way to a shorter expected use, and the support period should reflect a longer one.' },
  lifetime: { fact: 'product.lifecycle.deviceLifetimeYears', question: 'What lifetime has the manufacturer defined for the device (years)?', why: 'Under the MDR/IVDR safety, including IT security, is owed over the lifetime the manufacturer defines.' },
  saleTo: { fact: 'product.lifecycle.saleTo', question: 'Is the product sold to consumers, to professionals, or both?', why: 'The consumer-contract update duties (SGD/DCD) bind sellers and traders only towards consumers.' },
  goods: { fact: 'product.components', question: 'Is the product physical goods with digital elements, or digital content or a service on its own?', why: 'Goods fall under the Sale of Goods Directive, stand-alone software under the Digital Content Directive.' },
  delivered: { fact: 'unit.deliveredOn', question: 'On what date was the unit delivered to the consumer?', why: 'The seller’s liability period, and with it the indicated update period, runs from delivery.' },
  declared: { fact: 'product.lifecycle.declaredSupportEnd', question: 'Until what date has the manufacturer declared security support (support end, at least month and year)?', why: 'The unit’s status is measured against the declared end; beyond the legal minimum nothing else fixes it.' },
} as const satisfies Record<string, FactQuestion>;

function measure(declared: IsoDate | null, minimumEnd: IsoDate | null, fixed: boolean): { satisfies: Satisfies; shortfallMonths: number | null } {
  if (minimumEnd === null) return { satisfies: fixed ? 'unknown' : 'no-number', shortfallMonths: null };
  if (declared === null) return { satisfies: 'unknown', shortfallMonths: null };
  if (declared >= minimumEnd) return { satisfies: 'yes', shortfallMonths: 0 };
  return { satisfies: 'no', shortfallMonths: monthsShort(declared, minimumEnd) };
}

function regime(
  id: SupportRegimeId, applies: Applies, bearer: Party, rule: SupportRule, minimumEnd: IsoDate | null,
  basis: string, declared: IsoDate | null, opts: { indicative?: boolean; fixed?: boolean; satisfies?: Satisfies; note?: string } = {},
): RegimeMinimum {
  const m = opts.satisfies !== undefined ? { satisfies: opts.satisfies, shortfallMonths: null } : measure(declared, minimumEnd, opts.fixed ?? true);
  const note = opts.note ?? ('contested' in rule ? rule.contested : undefined);
  return {
    regime: id, applies, bearer, minimumEnd, indicative: opts.indicative ?? false, basis,
    satisfies: applies === false ? 'no-number' : m.satisfies,
    shortfallMonths: applies === false ? null : m.shortfallMonths,
    cites: rule.cites.map(cite),
    ...(note !== undefined ? { note } : {}),
  };
}

function isDevice(p: LifecycleProduct): Applies {
  if (p.deviceStatus === undefined || p.deviceStatus === null) return 'unknown';
  return p.deviceStatus !== 'not-a-device';
}

export function craMinimum(c: RegimeContext): RegimeMinimum {
  const { product: p, placedOn, declared } = c;
  const device = isDevice(p);
  const modified = p.substantiallyModifiedOn ?? null;
  const dateIn: Applies = placedOn === null
    ? (modified !== null && modified >= CRA_APPLIES_FROM ? true : 'unknown')
    : placedOn >= CRA_APPLIES_FROM || (modified !== null && modified >= CRA_APPLIES_FROM);
  const digital: Applies = p.digitalWithConnection ?? 'unknown';
  const applies = and(not(device), digital, dateIn);
  if (applies === 'unknown') {
    if (device === 'unknown') c.ask(Q.deviceStatus);
    if (digital === 'unknown') c.ask(Q.digital);
    if (dateIn === 'unknown') c.ask(Q.placed);
  }
  if (applies === false) {
    const why = device === true ? 'a device under the MDR/IVDR is outside the CRA (Art 2(2))'
      : digital === false ? 'not a product with digital elements with a data connection'
        : 'placed on the market before 11 December 2027 and not substantially modified since (Art 69(2))';
    return regime('cra', false, 'manufacturer', SUPPORT_RULES.craScope, null, `CRA does not apply: ${why}.`, declared);
  }
  const start = modified !== null && modified >= CRA_APPLIES_FROM && (placedOn === null || placedOn < CRA_APPLIES_FROM) ? modified : placedOn;
  const use = p.expectedUseYears ?? null;
  if (start === null) return regime('cra', applies, 'manufacturer', SUPPORT_RULES.craFloor, null, 'The start of the support period is not known.', declared);
  if (use === null) {
    c.ask(Q.expectedUse);
    const floor = plusYears(start, CRA_MINIMUM_YEARS);
    // Five years suffice whatever the expected use, unless it is shorter; below five years we cannot tell.
    if (declared !== null && declared >= floor) {
      return regime('cra', applies, 'manufacturer', SUPPORT_RULES.craFloor, floor, `At least five years from ${start} (expected use not known).`, declared);
    }
    return regime('cra', applies, 'manufacturer', SUPPORT_RULES.craFloor, null, `Five years from ${start} (until ${floor}) unless the expected use is shorter; the expected use is not known.`, declared);
  }
  const useEnd = plusMonths(start, yearsToMonths(use));
  if (use < CRA_MINIMUM_YEARS) {
    return regime('cra', applies, 'manufacturer', SUPPORT_RULES.craFloor, useEnd, `Expected use of ${use} years is under five years, so the support period matches it: from ${start} to ${useEnd}.`, declared);
  }
  const floor = plusYears(start, CRA_MINIMUM_YEARS);
  if (use === CRA_MINIMUM_YEARS || declared === null || declared < floor) {
    return regime('cra', applies, 'manufacturer', SUPPORT_RULES.craFloor, floor, `At least five years from ${start}, i.e. until ${floor}${use > CRA_MINIMUM_YEARS ? `; the expected use of ${use} years points to ${useEnd}` : ''}.`, declared);
  }
  // Floor met; against the longer expected use the law asks for a reasoned weighing, not a number.
  return regime('cra', applies, 'manufacturer', SUPPORT_RULES.craReflectsUse, floor,
    `The five-year floor (until ${floor}) is met; the expected use of ${use} years points to ${useEnd}, and a shorter declared period must be justified by the weighing in Art 13(8).`,
    declared, { satisfies: declared >= useEnd ? 'yes' : 'weighing' });
}

export function deviceMinimum(c: RegimeContext): RegimeMinimum | null {
  const { product: p, unit, placedOn, declared } = c;
  const status = p.deviceStatus;
  if (status === 'not-a-device') return null;
  const id: SupportRegimeId = status === 'ivd' ? 'ivdr' : 'mdr';
  const rule = id === 'ivdr' ? SUPPORT_RULES.ivdrLifetime : SUPPORT_RULES.mdrLifetime;
  const applies: Applies = status === undefined || status === null ? 'unknown' : true;
  const start = unit.putIntoServiceOn ?? placedOn;
  const life = p.deviceLifetimeYears ?? null;
  if (life === null) {
    if (applies === true) c.ask(Q.lifetime);
    return regime(id, applies, 'manufacturer', rule, null, 'The lifetime defined by the manufacturer is not known.', declared);
  }
  if (start === null) return regime(id, applies, 'manufacturer', rule, null, `A lifetime of ${life} years, from a date that is not known.`, declared);
  const end = plusMonths(start, yearsToMonths(life));
  const from = unit.putIntoServiceOn ? 'putting into service' : 'placing on the market';
  return regime(id, applies, 'manufacturer', rule, end, `Lifetime of ${life} years defined by the manufacturer, from ${from} on ${start}: until ${end}.`, declared);
}

export function consumerMinimum(c: RegimeContext): RegimeMinimum | null {
  const { product: p, unit, placedOn, declared } = c;
  const consumer: Applies = p.saleTo === undefined || p.saleTo === null ? 'unknown' : p.saleTo !== 'professional';
  if (consumer === false) return null;
  if (consumer === 'unknown') c.ask(Q.saleTo);
  const goods = p.goods ?? null;
  if (goods === null) c.ask(Q.goods);
  const delivered = unit.deliveredOn ?? null;
  const contractDate = delivered ?? placedOn;
  // Delivery is never before placing on the market: a placing from 2022 settles it either way.
  const inTime: Applies = contractDate === null ? 'unknown'
    : contractDate >= CONSUMER_CONTRACTS_FROM ? true
      : delivered !== null ? false : 'unknown';
  if (goods === false) {
    const applies = and(consumer, inTime);
    if (p.supplyMode === 'continuous') {
      return regime('dcd', applies, 'trader', SUPPORT_RULES.dcd, null, 'Continuous supply: updates are owed throughout the supply period.', declared, { fixed: false });
    }
    return regime('dcd', applies, 'trader', SUPPORT_RULES.dcd, null, 'Single supply: for the period the consumer may reasonably expect; the Directive gives no number.', declared, { fixed: false });
  }
  const applies = and(consumer, goods === null ? 'unknown' : true, inTime);
  const start = delivered ?? placedOn;
  if (start === null) return regime('sgd', applies, 'seller', SUPPORT_RULES.sgd, null, 'Delivery date not known.', declared, { indicative: true });
  if (delivered === null) c.ask(Q.delivered);
  const end = plusYears(start, SGD_LIABILITY_YEARS);
  if (p.supplyMode === 'continuous') {
    return regime('sgd', applies, 'seller', SUPPORT_RULES.sgdContinuous, end, `Continuous supply: for the supply period, and at least two years from ${delivered ? 'delivery' : 'placing on the market (delivery not known)'} on ${start}, i.e. until ${end}.`, declared);
  }
  return regime('sgd', applies, 'seller', SUPPORT_RULES.sgd, end,
    `No number in the Directive; recital 31 indicates at least the two-year liability period from ${delivered ? 'delivery' : 'placing on the market (delivery not known; delivery is no earlier)'} on ${start}, i.e. until ${end}, and possibly longer for security updates.`,
    declared, { indicative: true });
}

export function gpsrRegime(c: RegimeContext): RegimeMinimum | null {
  const { product: p, declared } = c;
  if (p.saleTo === 'professional' || p.deviceStatus === 'medical-device' || p.deviceStatus === 'ivd') return null;
  const applies = and(p.saleTo === undefined || p.saleTo === null ? 'unknown' : true, not(isDevice(p)));
  return regime('gpsr', applies, 'manufacturer', SUPPORT_RULES.gpsr, null, 'Safety, including cybersecurity features, over the reasonably foreseeable use; no period in years.', declared, { fixed: false });
}

function and(...xs: Applies[]): Applies {
  if (xs.includes(false)) return false;
  return xs.includes('unknown') ? 'unknown' : true;
}

function not(x: Applies): Applies {
  return x === 'unknown' ? 'unknown' : !x;
}
