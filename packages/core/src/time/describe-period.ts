/** Wording of periods and ordinals for explanations. */
import type { Period } from '../kb/notification-types.ts';

/** `72 hours`, `1 month`, `5 working days`. */
export function describePeriod(period: Period): string {
  const words: Record<Period['unit'], readonly [string, string]> = {
    hours: ['hour', 'hours'],
    days: ['day', 'days'],
    'working-days': ['working day', 'working days'],
    weeks: ['week', 'weeks'],
    months: ['month', 'months'],
  };
  const [one, many] = words[period.unit];
  return `${period.amount} ${period.amount === 1 ? one : many}`;
}

/** `1st`, `2nd`, `11th`, `23rd`. */
export function ordinal(n: number): string {
  const suffix = n % 100 >= 11 && n % 100 <= 13 ? 'th' : (['th', 'st', 'nd', 'rd'][n % 10] ?? 'th');
  return `${n}${suffix}`;
}
