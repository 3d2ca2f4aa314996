/**
 * Limitation (3 years from awareness) and expiry (10 years from placing on the market or
 * putting into service; 25 years for latent personal injury under 2024/2853), as last days.
 */
import { PLD_2024_LATENT_EXPIRY_YEARS, PLD_EXPIRY_YEARS, PLD_LIMITATION_YEARS } from '../kb/liability/pld-law.ts';
import type { ProvisionId } from '../kb/provision-id.ts';
import type { IsoDate } from '../kb/types.ts';
import { plusYears } from '../lifecycle/dates.ts';
import { cite } from '../lifecycle/trace.ts';
import type { Ctx } from './context.ts';
import { firstCirculation } from './regime.ts';
import type { PeriodFinding } from './types.ts';

const COUNTING = 'Counted as Regulation 1182/71 counts periods in years: the period ends on the same date, or on the last day of the month where that date does not exist (29 February + 3 years = 28 February); national law governs counting, suspension and interruption.';

function period(id: PeriodFinding['id'], from: IsoDate | null, years: number, asOf: IsoDate, text: string, ids: ProvisionId[], contested?: string): PeriodFinding {
  const lastDay = from === null ? null : plusYears(from, years);
  const state: PeriodFinding['state'] = lastDay === null ? 'unknown' : asOf > lastDay ? 'expired' : 'running';
  return { id, lastDay, from, state, text: `${text} ${COUNTING}`, cites: ids.map(cite), ...(contested !== undefined ? { contested } : {}) };
}

export function periods(ctx: Ctx): PeriodFinding[] {
  if (ctx.regime === 'unknown') return [];
  const old = ctx.regime === 'pld-1985';
  const { c, asOf } = ctx;
  const aware = c.claimant?.awareOn ?? null;
  if (aware === null) ctx.ask('claimant.awareOn', 'When did the injured person become aware (or should reasonably have become aware) of the damage, the defect and the identity of the liable operator?', 'The three-year limitation period runs from that day.');
  const out: PeriodFinding[] = [
    period('limitation', aware, PLD_LIMITATION_YEARS, asOf,
      'Proceedings must be brought within three years of the day the injured person became aware, or should reasonably have become aware, of the damage, the defect and the identity of the liable operator.',
      old ? ['pld-1985:art-10(1)'] : ['pld-2024:art-16(1)']),
  ];
  const modified = !old && c.product.substantiallyModified === true ? (c.product.modifiedAvailableOn ?? null) : null;
  const from = modified ?? (old ? (c.product.placedOnMarketOn ?? c.product.putIntoServiceOn ?? null) : firstCirculation(c));
  out.push(period('expiry', from, PLD_EXPIRY_YEARS, asOf,
    old
      ? 'The rights expire ten years after the producer put the actual product that caused the damage into circulation, unless proceedings were brought in the meantime.'
      : modified
        ? 'The rights expire ten years after the substantially modified product was made available on the market or put into service, unless proceedings were brought in the meantime.'
        : 'The rights expire ten years after the defective product was placed on the market or put into service, unless proceedings were brought in the meantime.',
    old ? ['pld-1985:art-11'] : ['pld-2024:art-17(1)'],
    old ? 'The CJEU upheld the ten-year extinction period, even for progressive illness (C-338/24, as reported).' : undefined));
  if (!old) {
    const latent = c.damage?.latentPersonalInjury ?? null;
    const injury = c.damage?.personalInjury === true || c.damage?.psychologicalHarm === 'medically-recognised';
    if (injury && latent === null) ctx.ask('damage.latentPersonalInjury', 'Did the latency of the personal injury prevent the injured person from bringing proceedings within ten years?', 'Then the expiry period is 25 years.');
    if (latent === true) {
      out.push(period('latent-expiry', from, PLD_2024_LATENT_EXPIRY_YEARS, asOf, 'Where the latency of a personal injury prevented proceedings within ten years, the rights expire after 25 years.', ['pld-2024:art-17(2)']));
    } else {
      out.push({ id: 'latent-expiry', lastDay: null, from, state: latent === false || !injury ? 'not-applicable' : 'unknown', text: 'The 25-year period applies only where the latency of a personal injury prevented proceedings within ten years.', cites: [cite('pld-2024:art-17(2)')] });
    }
  }
  return out;
}
