/**
 * Which directive governs the claim: 85/374/EEC for products placed on the market or put into
 * service up to 9 December 2026, 2024/2853 for those placed after it; a substantially modified
 * product made available again counts from that moment.
 */
import { CONTESTED, PLD_2024_BOUNDARY } from '../kb/liability/pld-law.ts';
import type { PldRegime } from '../kb/liability/pld-law.ts';
import type { IsoDate } from '../kb/types.ts';
import { reason } from '../lifecycle/trace.ts';
import type { Reason } from '../lifecycle/trace.ts';
import type { LiabilityCase } from './case.ts';
import type { Ctx } from './context.ts';
import type { RegimeFinding } from './types.ts';

/** The first of placing on the market and putting into service: the moment the product entered circulation. */
export function firstCirculation(c: LiabilityCase): IsoDate | null {
  const dates = [c.product.placedOnMarketOn, c.product.putIntoServiceOn].filter((d): d is string => typeof d === 'string').sort();
  return dates[0] ?? null;
}

export function decideRegime(c: LiabilityCase, ask: Ctx['ask']): RegimeFinding {
  const first = firstCirculation(c);
  const modifiedOn = c.product.substantiallyModified === true ? (c.product.modifiedAvailableOn ?? null) : null;
  const reasons: Reason[] = [];
  if (first === null && modifiedOn === null) {
    ask('product.placedOnMarketOn', 'When was the unit that caused the damage placed on the market or put into service?', 'It decides between Directive 85/374/EEC and Directive (EU) 2024/2853 and starts the expiry period.');
    reasons.push(reason('The date of placing on the market or putting into service is not known, so the regime cannot be decided.', ['pld-2024:art-2(1)', 'pld-2024:art-21']));
    return { regime: 'unknown', decisiveDate: null, reasons };
  }
  let date = first;
  if (modifiedOn !== null && modifiedOn > PLD_2024_BOUNDARY && (first === null || first <= PLD_2024_BOUNDARY)) {
    date = modifiedOn;
    reasons.push(reason(`The product was substantially modified and made available again on ${modifiedOn}: the modified product counts as a new product placed on the market then.`, ['pld-2024:art-8(2)', 'pld-2024:art-17(1)']));
  }
  const d = date as IsoDate;
  const regime: PldRegime = d > PLD_2024_BOUNDARY ? 'pld-2024' : 'pld-1985';
  if (regime === 'pld-2024') {
    reasons.push(reason(`Placed on the market or put into service on ${d}, after 9 December 2026: Directive (EU) 2024/2853 governs, through the national law transposing it.`, ['pld-2024:art-2(1)']));
    reasons.push(reason(CONTESTED.transposition.text, CONTESTED.transposition.cites));
  } else {
    reasons.push(reason(`Placed on the market or put into service on ${d}, not after 9 December 2026: Directive 85/374/EEC, repealed with effect from 9 December 2026, continues to apply to it through the national law that transposed it.`, ['pld-2024:art-21', 'pld-1985:art-1']));
    if (d === PLD_2024_BOUNDARY) reasons.push(reason(CONTESTED.boundaryDay.text, CONTESTED.boundaryDay.cites, CONTESTED.boundaryDay.contested));
  }
  return { regime, decisiveDate: d, reasons };
}
