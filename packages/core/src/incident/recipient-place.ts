/**
 * Which Member State's authority receives a report: the one where the notifier is established
 * (NIS2, CRA, GDPR lead authority, CER) or the one(s) where the incident occurred (MDR/IVDR
 * vigilance, AI Act, GPSR, EHDS). People and companies are not places.
 */
import type { ProvisionId } from '../kb/provision-id.ts';
import type { Recipient } from '../kb/notification-types.ts';

export type RecipientPlace =
  | { readonly kind: 'establishment'; readonly cite: ProvisionId }
  | { readonly kind: 'occurred'; readonly cite: ProvisionId }
  | { readonly kind: 'none' };

export const RECIPIENT_PLACE: Readonly<Record<Recipient, RecipientPlace>> = {
  'medical-device-competent-authority': { kind: 'occurred', cite: 'mdr:art-87(1)' },
  'data-protection-authority': { kind: 'establishment', cite: 'gdpr:art-56(1)' },
  'nis2-csirt': { kind: 'establishment', cite: 'nis2:art-26(1)' },
  'nis2-competent-authority': { kind: 'establishment', cite: 'nis2:art-26(1)' },
  'cra-coordinating-csirt-and-enisa': { kind: 'establishment', cite: 'cra:art-14(7)' },
  'ai-market-surveillance-authority': { kind: 'occurred', cite: 'ai-act:art-73(1)' },
  'ai-fundamental-rights-authority': { kind: 'occurred', cite: 'ai-act:art-73(10)' },
  'cer-competent-authority': { kind: 'establishment', cite: 'cer:art-15(1)' },
  'product-safety-authority': { kind: 'occurred', cite: 'gpsr:art-20(1)' },
  'ehr-market-surveillance-authority': { kind: 'occurred', cite: 'ehds:art-44(7)' },
  'notified-body': { kind: 'none' },
  'data-subjects': { kind: 'none' },
  users: { kind: 'none' },
  'service-recipients': { kind: 'none' },
  controller: { kind: 'none' },
  manufacturer: { kind: 'none' },
  'internal-record': { kind: 'none' },
};
