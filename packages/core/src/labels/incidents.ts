/** Recipients of reports and the states of reporting steps and incidents. */
import type { StepStatus } from '../incident/plan.ts';
import type { Recipient } from '../kb/notification-types.ts';
import type { Tone } from './outcomes.ts';
import { labelFrom } from './words.ts';

export const RECIPIENT_LABELS: Readonly<Record<Recipient, string>> = {
  'medical-device-competent-authority': 'the competent authority for medical devices',
  'data-protection-authority': 'the data protection supervisory authority',
  'nis2-csirt': 'the CSIRT designated under NIS2',
  'nis2-competent-authority': 'the NIS2 competent authority',
  'cra-coordinating-csirt-and-enisa': 'the coordinating CSIRT and ENISA (single reporting platform)',
  'ai-market-surveillance-authority': 'the market surveillance authority for AI systems',
  'ai-fundamental-rights-authority': 'the authority protecting fundamental rights (AI Act)',
  'cer-competent-authority': 'the competent authority for critical entities (CER)',
  'product-safety-authority': 'the product safety authority (Safety Business Gateway)',
  'ehr-market-surveillance-authority': 'the market surveillance authority for EHR systems',
  'notified-body': 'the notified body',
  'data-subjects': 'the people whose data is affected',
  users: 'the product’s users',
  'service-recipients': 'the recipients of the service',
  controller: 'the controller',
  manufacturer: 'the manufacturer',
  'internal-record': 'an internal record (kept, not sent)',
};

/** `to the people whose data is affected` */
export function recipientLabel(recipient: string): string {
  return labelFrom(RECIPIENT_LABELS, recipient);
}

export const STEP_STATUS_LABELS: Readonly<Record<StepStatus, string>> = {
  overdue: 'Overdue',
  'due-now': 'Due now',
  'due-soon': 'Due soon',
  upcoming: 'Upcoming',
  waiting: 'Waiting for its start event',
  'on-request': 'Only on request',
  'before-action': 'Before the action is taken',
  submitted: 'Submitted',
  'not-required': 'Not required',
  possible: 'May apply',
};

export const STEP_STATUS_TONES: Readonly<Record<StepStatus, Tone>> = {
  overdue: 'danger',
  'due-now': 'danger',
  'due-soon': 'pending',
  upcoming: 'pending',
  waiting: 'neutral',
  'on-request': 'neutral',
  'before-action': 'pending',
  submitted: 'positive',
  'not-required': 'neutral',
  possible: 'open',
};

export function stepStatusLabel(status: string): string {
  return labelFrom(STEP_STATUS_LABELS, status);
}

export function stepStatusTone(status: string): Tone {
  return (STEP_STATUS_TONES as Readonly<Record<string, Tone>>)[status] ?? 'neutral';
}

export const INCIDENT_STATUS_LABELS: Readonly<Record<'open' | 'closed', string>> = { open: 'Open', closed: 'Closed' };
