/**
 * Validation of deadline queries: every field is checked before any arithmetic, and a bad one
 * throws a `TimeInputError` naming the field, the value and what was expected.
 */
import type { Period } from '../kb/notification-types.ts';
import { Temporal } from './temporal.ts';
import { TimeInputError } from './time-input-error.ts';

export const PERIOD_UNITS = [
  'hours',
  'days',
  'working-days',
  'weeks',
  'months',
] as const satisfies readonly Period['unit'][];

/** Large enough for any period in an EU act (10 000 hours ≈ 14 months), small enough to bound the loops. */
export const MAX_PERIOD_AMOUNT = 10_000;

/** Reg 1182/71 entered into force on 1 July 1971 (Art 6); earlier events are outside its reach. */
const EARLIEST = Temporal.Instant.from('1971-07-01T00:00:00Z');
const LATEST = Temporal.Instant.from('3000-01-01T00:00:00Z');
const INSTANT_EXPECTED =
  'an ISO 8601 instant with a UTC offset or Z (e.g. 2026-11-02T10:17:00+01:00) from 1971-07-01 to 2999-12-31';

/** Accepts an ISO instant string with offset or `Z`, or a Temporal.Instant (also from another Temporal implementation). */
export function parseInstant(field: string, value: unknown): Temporal.Instant {
  let instant: Temporal.Instant | undefined;
  if (typeof value === 'string') {
    // Temporal rejects strings without an offset; a bare local time would be ambiguous.
    try {
      instant = Temporal.Instant.from(value);
    } catch {
      instant = undefined;
    }
  } else if (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as { epochNanoseconds?: unknown }).epochNanoseconds === 'bigint'
  ) {
    instant = Temporal.Instant.fromEpochNanoseconds(
      (value as { epochNanoseconds: bigint }).epochNanoseconds,
    );
  }
  if (
    !instant ||
    Temporal.Instant.compare(instant, EARLIEST) < 0 ||
    Temporal.Instant.compare(instant, LATEST) >= 0
  ) {
    throw new TimeInputError(field, value, INSTANT_EXPECTED);
  }
  return instant;
}

/** An IANA zone name Temporal (Node's ICU) knows; offset-only zones are refused because a recipient lives in a named zone with its DST rules. */
export function checkTimeZone(field: string, value: unknown): string {
  const expected = "an IANA time zone name such as 'Europe/Berlin'";
  if (typeof value !== 'string' || value.length === 0 || /^[+-]/.test(value))
    throw new TimeInputError(field, value, expected);
  try {
    return new Temporal.ZonedDateTime(0n, value).timeZoneId;
  } catch {
    throw new TimeInputError(field, value, expected);
  }
}

export function checkPeriod(field: string, value: unknown): Period {
  if (typeof value !== 'object' || value === null) {
    throw new TimeInputError(
      field,
      value,
      `an object { amount, unit } with unit one of ${PERIOD_UNITS.join(', ')}`,
    );
  }
  const { amount, unit } = value as { amount?: unknown; unit?: unknown };
  if (typeof unit !== 'string' || !(PERIOD_UNITS as readonly string[]).includes(unit)) {
    throw new TimeInputError(`${field}.unit`, unit, `one of ${PERIOD_UNITS.join(', ')}`);
  }
  if (
    typeof amount !== 'number' ||
    !Number.isInteger(amount) ||
    amount < 1 ||
    amount > MAX_PERIOD_AMOUNT
  ) {
    throw new TimeInputError(
      `${field}.amount`,
      amount,
      `a whole number from 1 to ${MAX_PERIOD_AMOUNT}`,
    );
  }
  return { amount, unit: unit as Period['unit'] };
}

export function checkLabel(field: string, value: unknown, fallback: string): string {
  if (value === undefined) return fallback;
  if (typeof value !== 'string' || value.trim().length === 0 || value.length > 80) {
    throw new TimeInputError(
      field,
      value,
      'a short text (1–80 characters) naming the event, e.g. "awareness"',
    );
  }
  return value.trim();
}
