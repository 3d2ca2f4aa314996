/**
 * What a finding (a vulnerability that applies to a device model or unit) requires, and of whom.
 * Law as data: each duty cites the provisions it rests on; the fleet engine decides which apply.
 * Summaries are our own paraphrase. Checked on 2026-12-07: CRA Art 71(2) (Art 14 applies from
 * 11 September 2026, the rest from 11 December 2027) against a reproduction of the OJ text; CRA
 * Art 2(2)(a)–(b) (MDR and IVDR products excluded) against the text; CRA Art 69(3) (Art 14 also
 * for products placed on the market before 11 December 2027) only against secondary sources.
 * The other provisions follow the act files of this knowledge base, which record their own
 * verification (IVDR Art 10(11) as corrective action is marked unconfirmed there).
 */
import type { ProvisionId } from '../provision-id.ts';

export type FleetDutyId =
  | 'cra-vulnerability-handling'
  | 'cra-early-warning'
  | 'cra-excluded'
  | 'mdr-vigilance'
  | 'ivdr-vigilance'
  | 'nis2-risk-management'
  | 'nis2-incident-notification';

export interface FleetDutyDefinition {
  id: FleetDutyId;
  who: 'manufacturer' | 'hospital';
  title: string;
  summary: string;
  cites: readonly ProvisionId[];
  /** The date the duty applies from (for a product on the market); absent: already applies. */
  appliesFrom?: string;
  deadline?: string;
  note?: string;
}

export const FLEET_DUTIES: Record<FleetDutyId, FleetDutyDefinition> = {
  'cra-vulnerability-handling': {
    id: 'cra-vulnerability-handling',
    who: 'manufacturer',
    title: 'Handle the vulnerability for the support period',
    summary:
      'Identify and document the vulnerable component, address and remediate the vulnerability without delay (by a security update, separate from functionality updates where feasible), test, publish information on the fixed vulnerability and distribute the update free of charge, for as long as the support period runs.',
    cites: ['cra:annex-I-part-II', 'cra:annex-I-part-II(1)', 'cra:art-13(8)'],
    appliesFrom: '2027-12-11',
    note: 'Applies to products placed on the market from 11 December 2027 (or substantially modified from then); the support period is at least five years unless the product is expected to be used for less (Art 13(8)).',
  },
  'cra-early-warning': {
    id: 'cra-early-warning',
    who: 'manufacturer',
    title: 'Early warning of an actively exploited vulnerability within 24 hours',
    summary:
      'Notify the actively exploited vulnerability to the CSIRT designated as coordinator and to ENISA through the single reporting platform: an early warning within 24 hours of becoming aware, a vulnerability notification within 72 hours, and a final report within 14 days after a corrective or mitigating measure is available.',
    cites: ['cra:art-14(1)', 'cra:art-14(2)(a)', 'cra:art-14(2)(b)', 'cra:art-14(2)(c)'],
    appliesFrom: '2026-09-11',
    deadline: '24 hours from awareness (early warning); 72 hours (notification); 14 days after a measure is available (final report)',
    note: 'Art 14 applies from 11 September 2026 also to products placed on the market before 11 December 2027 (Art 69(3), Art 71(2)). Start an incident plan from the finding to get the deadlines to the minute.',
  },
  'cra-excluded': {
    id: 'cra-excluded',
    who: 'manufacturer',
    title: 'CRA does not apply: the device is under the MDR or IVDR',
    summary:
      'Products with digital elements to which the Medical Devices Regulation or the In Vitro Diagnostic Medical Devices Regulation applies are outside the CRA: its vulnerability handling and Art 14 reporting do not apply; the vulnerability is handled under the device regulation instead.',
    cites: ['cra:art-2(2)'],
  },
  'mdr-vigilance': {
    id: 'mdr-vigilance',
    who: 'manufacturer',
    title: 'MDR: assess under post-market surveillance and vigilance; consider a field safety corrective action',
    summary:
      'Feed the vulnerability into post-market surveillance and the risk management of the device (software and IT security requirements of Annex I 17.2 and 17.4); take corrective action where the device may no longer conform; report a serious incident it caused and any field safety corrective action (a security patch pushed to devices in the field can be one) to the competent authority.',
    cites: ['mdr:art-83(1)', 'mdr:art-10(12)', 'mdr:art-87(1)(a)', 'mdr:art-87(1)(b)', 'mdr:annex-I-17.2', 'mdr:annex-I-17.4'],
    deadline: 'Serious incident: immediately, at most 15 days (2 days for a serious public health threat, 10 days for death or serious deterioration); FSCA: reported before it is undertaken except in urgency',
  },
  'ivdr-vigilance': {
    id: 'ivdr-vigilance',
    who: 'manufacturer',
    title: 'IVDR: assess under post-market surveillance and vigilance; consider a field safety corrective action',
    summary:
      'Feed the vulnerability into post-market surveillance and the risk management of the device (IT security requirements of Annex I 16.2 and 16.4); take corrective action where the device may no longer conform; report a serious incident and any field safety corrective action to the competent authority.',
    cites: ['ivdr:art-78(1)', 'ivdr:art-10(11)', 'ivdr:art-82(1)(a)', 'ivdr:art-82(1)(b)', 'ivdr:annex-I-16.4'],
    deadline: 'Serious incident: immediately, at most 15 days (2 or 10 days in the graver cases); FSCA: before it is undertaken except in urgency',
  },
  'nis2-risk-management': {
    id: 'nis2-risk-management',
    who: 'hospital',
    title: 'NIS2: manage the risk of the vulnerable device on the network',
    summary:
      'As an essential or important entity, take appropriate and proportionate measures for the device: vulnerability handling in the maintenance of network and information systems (patch, segment, compensating controls), with the measures documented in the risk management.',
    cites: ['nis2:art-21(1)', 'nis2:art-21(2)(e)'],
  },
  'nis2-incident-notification': {
    id: 'nis2-incident-notification',
    who: 'hospital',
    title: 'NIS2: notify a significant incident if the vulnerability was exploited in the network',
    summary:
      'If exploitation in the entity’s own network is a significant incident (severe operational disruption or financial loss, or considerable damage to others), notify the CSIRT or competent authority: early warning within 24 hours of awareness, incident notification within 72 hours, final report within one month.',
    cites: ['nis2:art-23(1)', 'nis2:art-23(3)', 'nis2:art-23(4)(a)', 'nis2:art-23(4)(b)', 'nis2:art-23(4)(d)'],
    deadline: '24 hours from awareness (early warning); 72 hours (notification); one month (final report)',
  },
};
