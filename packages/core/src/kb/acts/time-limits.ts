// Rules on periods, dates and time limits — Regulation (EEC, Euratom) No 1182/71.
import { always, event, rule } from '../dsl.ts';
import type { ActDefinition } from '../types.ts';

export const timeLimits: ActDefinition = {
  id: 'time-limits',
  kind: 'regulation',
  shortName: 'Reg 1182/71',
  title:
    'Regulation (EEC, Euratom) No 1182/71 of the Council of 3 June 1971 determining the rules applicable to periods, dates and time limits',
  number: 'Regulation (EEC, Euratom) No 1182/71',
  celex: '31971R1182',
  eli: 'http://data.europa.eu/eli/reg/1971/1182/oj',
  url: 'https://eur-lex.europa.eu/legal-content/EN/TXT/?uri=CELEX:31971R1182',
  structure: { articles: 6, annexes: [] },
  summary:
    'How periods, dates and time limits in Union acts are counted: when a period starts and ends, how hours, days, weeks, months and years are reckoned, and what happens when a period ends on a Saturday, Sunday or public holiday. It imposes no duties of its own; every deadline the planner computes follows it unless the act concerned says otherwise.',
  timeline: [
    event('1971-06-03', 'adopted', 'Adopted by the Council'),
    event('1971-06-08', 'published', 'Published in the Official Journal (OJ L 124, 8.6.1971, p. 1)'),
    event('1971-07-01', 'entry-into-force', 'Enters into force', { cite: 'time-limits:art-6' }),
    event('1971-07-01', 'applies', 'Applies from its entry into force', { cite: 'time-limits:art-6' }),
  ],
  scope: rule(
    'scope',
    'time-limits:art-1',
    'it governs how every period, date and time limit in a Union act is computed, unless that act provides otherwise',
    always,
    {
      note: 'Art 1 speaks of acts of the Council and the Commission; the rules are applied to acts of the Parliament and the Council too, and several acts refer to them expressly. An act’s own counting rule prevails (“save as otherwise provided”).',
    },
  ),
  obligations: [],
  notes: [
    'Working days and holidays (Art 2): holidays are the days designated as public holidays in the Member State or Union institution where the action is to be taken; each Member State sends its list to the Commission, which publishes the lists in the Official Journal. Working days are all days other than holidays, Saturdays and Sundays.',
    'Start of a period (Art 3(1)): for a period in hours counted from an event or action, the hour in which the event occurs is not counted; for a period in days, weeks, months or years, the day on which the event occurs is not counted.',
    'Periods in hours (Art 3(2)(a)): the period starts at the beginning of the first hour and ends when the last hour of the period expires. A 72-hour period from an event at 09:40 therefore starts at 10:00 and ends at 10:00 three days later; counting 72 hours from 09:40 is never later than that and is the safe reading.',
    'Periods in days (Art 3(2)(b)): the period starts at the beginning of the first hour of the first day and ends when the last hour of the last day expires — a 14-day period from an event on the 1st runs from the 2nd and ends at midnight at the end of the 15th.',
    'Periods in weeks, months or years (Art 3(2)(c)): the period ends when the last hour expires of the day in the last week, month or year that has the same weekday or the same date as the day from which the period runs; if that date does not exist in the last month (e.g. one month from 31 January), the period ends at the end of that month’s last day.',
    'Parts of months (Art 3(2)(d)): where a period includes parts of months, a month counts as 30 days for calculating those parts.',
    'Weekends and holidays inside a period (Art 3(3)): they are counted, unless expressly excluded or the period is expressed in working days.',
    'Period ending on a non-working day (Art 3(4)): where the last day of a period expressed otherwise than in hours is a holiday, Saturday or Sunday, the period ends when the last hour of the next working day expires. This extension does not apply to periods counted backwards from a given date or event, and never to periods in hours: a 24-hour or 72-hour notification deadline that ends on a Sunday stays on the Sunday.',
    'Minimum working days (Art 3(5)): every period of two days or more includes at least two working days.',
    'Dates on which an act takes effect (Art 4): Art 3, except paras 4 and 5, also governs periods for the entry into force, taking effect, application, expiry or cessation of acts. An act or provision set to enter into force, take effect or apply on a given date does so at the beginning of the first hour of that day; one set to expire or cease to apply on a given date does so when the last hour of that day expires (Art 4(2)–(3)).',
    'Acts to be done on a given date (Art 5): where an action is to be taken on a given date, it may be taken between the beginning of the first hour and the end of the last hour of that day.',
  ],
  sources: [
    { title: 'Regulation (EEC, Euratom) No 1182/71 (EUR-Lex)', url: 'https://eur-lex.europa.eu/eli/reg/1971/1182/oj/eng' },
  ],
  verified: {
    checkedOn: '2026-11-23',
    notes: [
      'Art 3(1) (the hour or day of the event is not counted) and Art 3(2)(b) (a period in days starts at the beginning of the first hour of the first day and ends with the expiry of the last hour of the last day) confirmed from public research notes quoting the EUR-Lex text of CELEX 31971R1182; the same notes confirm that the Regulation has six articles.',
      'Art 2, Art 3(2)(a), (c) and (d), Art 3(3)–(5), Arts 4 and 5 and entry into force on 1 July 1971 (Art 6) follow our reading of the OJ text and were not re-confirmed against EUR-Lex in this pass.',
    ],
  },
};
