/**
 * Plain-language labels for the codes of incident plans, for people: the CLI, the web app and the
 * reports show these instead of internal codes. Recipients, step and incident statuses come from
 * `incidents.ts` (one source per code); this module adds hints, risk levels, time rules and
 * timeline events.
 */
import { labelFrom } from './words.ts';
import { INCIDENT_STATUS_LABELS, RECIPIENT_LABELS, STEP_STATUS_LABELS } from './incidents.ts';

/** The step-status words are those of `incidents.ts`: one map per code, under the older name too. */
export const STEP_STATUS_LABEL: Readonly<Record<string, string>> = STEP_STATUS_LABELS;

/** One line on what the status asks of the user. */
export const STEP_STATUS_HINT: Readonly<Record<string, string>> = {
  overdue: 'The deadline has passed: send it now and give the reasons for the delay.',
  'due-now': 'Send it as soon as possible.',
  'due-soon': 'The deadline is near.',
  upcoming: 'Due later.',
  waiting: 'Its clock starts with an earlier step or event.',
  'on-request': 'Prepare it; send it only if the authority asks for it.',
  'before-action': 'Due before the action is taken; at the same time in urgent cases.',
  submitted: 'Recorded as sent.',
  'not-required': 'The law does not require it in this case.',
  possible: 'Depends on facts not yet known; if it applies, its deadline runs already.',
};

/** The recipient words are those of `incidents.ts`, in their in-sentence form (`to the notified body`). */
export const RECIPIENT_LABEL: Readonly<Record<string, string>> = RECIPIENT_LABELS;

export const RISK_LEVEL_LABEL: Readonly<Record<string, string>> = {
  unlikely: 'Unlikely to result in a risk',
  risk: 'A risk, not a high risk',
  'high-risk': 'A high risk',
};

export const RISK_SOURCE_LABEL: Readonly<Record<string, string>> = {
  controller: 'the controller’s own documented assessment',
  assessment: 'assessed from the factors (EDPB guidelines)',
  undecided: 'not decided yet: factors missing',
};

export const TIME_RULE_LABEL: Readonly<Record<string, string>> = {
  'regulation-1182-71': 'Regulation 1182/71',
  'national-transposition': 'National transposing law',
  'calendar-days': 'Calendar days',
};

export const SIGNIFICANCE_ANSWER_LABEL: Readonly<Record<string, string>> = {
  yes: 'Yes',
  no: 'No',
  open: 'Not decided: facts missing',
};

export const INCIDENT_STATUS_LABEL: Readonly<Record<string, string>> = INCIDENT_STATUS_LABELS;

export const TIMELINE_EVENT_LABEL: Readonly<Record<string, string>> = {
  occurred: 'The incident occurred',
  detected: 'It was detected',
  aware: 'We became aware',
  measureAvailable: 'A corrective measure became available',
  handled: 'The incident was handled',
  awareBy: 'Awareness for one regime or role (e.g. vigilance, processor)',
};

/** `Due soon`, or words made from the code where a newer server sends one this module does not know. */
export const labelOf = (map: Readonly<Record<string, string>>, code: string): string => labelFrom(map, code);

/** `3 overdue`, `nothing overdue`: a zero is not an alarm. */
export function countText(n: number, what: string, none = `nothing ${what}`): string {
  return n === 0 ? none : `${n} ${what}`;
}
