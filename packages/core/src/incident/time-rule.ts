/**
 * Which rules count a step's time limit, and on which calendar day awareness fell.
 *
 * - Regulations (GDPR, CRA, GPSR, EHDS) bind directly: Regulation (EEC, Euratom) No 1182/71
 *   governs their time limits (its Art 1), so its end is the legal deadline.
 * - Directives (NIS2, CER) bind through the national law transposing them, whose own rules on
 *   computing time limits govern; 1182/71 is only a reading by analogy. The plan keys the status
 *   to plain elapsed time, which no transposition counts later than the Directive's own words.
 * - Vigilance reports (MDR Art 87, IVDR Art 82, AI Act Art 73) run in calendar days (MDCG
 *   2023-3): no weekend or holiday moves their end, so the 1182/71 end is information only.
 */
import { readFact } from '../engine/evaluate.ts';
import type { MemberState } from '../facts/vocabulary.ts';
import { MEMBER_STATES } from '../facts/vocabulary.ts';
import { stateTimeZone } from '../kb/authorities/index.ts';
import type { ActDefinition, IsoDate } from '../kb/types.ts';
import { Temporal } from '../time/temporal.ts';

export type TimeRuleKind = 'regulation-1182-71' | 'national-transposition' | 'calendar-days';

export interface TimeRule {
  readonly kind: TimeRuleKind;
  /** Which end the status is measured against: the 1182/71 end, or the plain elapsed (calendar) end. */
  readonly binding: 'legal' | 'earliest-safe';
  readonly text: string;
}

const VIGILANCE: ReadonlySet<string> = new Set(['mdr', 'ivdr', 'ai-act']);

export function timeRuleFor(act: ActDefinition): TimeRule {
  if (VIGILANCE.has(act.id)) {
    return {
      kind: 'calendar-days',
      binding: 'earliest-safe',
      text: `${act.shortName} reporting timelines are calendar days (MDCG 2023-3): the report is due the stated number of days after awareness, weekends and public holidays included. The Reg 1182/71 reading, which would move an end falling on a weekend or holiday, is information only and not to be relied on.`,
    };
  }
  if (act.kind === 'directive') {
    return {
      kind: 'national-transposition',
      binding: 'earliest-safe',
      text: `${act.shortName} is a Directive: the deadline binds through the national law transposing it, and that law’s own rules on computing time limits govern — whether an end falling on a weekend or public holiday moves, and how hours and days are counted. Regulation 1182/71 does not apply to it; its reading is shown for comparison only. The plan counts plain elapsed time from awareness, which no transposition makes later than the Directive’s own words.`,
    };
  }
  return {
    kind: 'regulation-1182-71',
    binding: 'legal',
    text: `${act.shortName} is a Regulation: Regulation (EEC, Euratom) No 1182/71 governs its time limits, so its end (with the public holidays of the recipient’s Member State) is the legal deadline; the earliest safe instant is the one to aim for.`,
  };
}

/**
 * The calendar day of an instant for comparing it with a date of application. Acts state dates
 * without a zone; the convention here is the zone where the notifier is: its main establishment
 * in the EU, else the latest calendar day in any Member State where the incident occurred, else
 * Central European Time (Europe/Brussels). Awareness at 00:30 CEST on 11 Sep 2026 is thus on
 * 11 Sep 2026 for a German manufacturer, although it is still 10 Sep in UTC.
 */
export function awarenessDay(profile: unknown, instant: string): { day: IsoDate; zone: string } {
  const at = Temporal.Instant.from(instant);
  const main = readFact(profile, 'organisation.mainEstablishment');
  const inEu = readFact(profile, 'organisation.establishedInEu');
  if (inEu !== false && typeof main === 'string' && main in MEMBER_STATES) {
    const zone = stateTimeZone(main as MemberState);
    return { day: at.toZonedDateTimeISO(zone).toPlainDate().toString(), zone };
  }
  const occurred = readFact(profile, 'incident.occurredIn');
  const zones = Array.isArray(occurred) ? occurred.filter((s): s is MemberState => typeof s === 'string' && s in MEMBER_STATES).map(stateTimeZone) : [];
  if (zones.length === 0) zones.push('Europe/Brussels');
  let best = { day: '', zone: '' };
  for (const zone of zones) {
    const day = at.toZonedDateTimeISO(zone).toPlainDate().toString();
    if (day > best.day) best = { day, zone };
  }
  return best;
}
