/** Which of the regimes that decide a finding's duties cover a product profile, dates aside. */
import { assess } from '../engine/assess.ts';
import type { Profile } from '../facts/profile-schema.ts';
import type { Regimes, Truth } from './duties.ts';

export function regimesOf(profile: Profile, asOf: string): Regimes {
  const a = assess(profile, { asOf, explain: false, horizonMonths: 0 });
  const scope = (id: string): Truth => (a.acts.find((x) => x.act === id)?.scope ?? 'unknown');
  return { cra: scope('cra'), mdr: scope('mdr'), ivdr: scope('ivdr') };
}
