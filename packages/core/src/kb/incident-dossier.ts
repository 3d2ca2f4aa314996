/**
 * The merged incident dossier: one catalogue of the information the notification steps of every
 * regime ask for, so an incident is written up once and each report is rendered from it. Each
 * step of a notification duty lists the ids of the fields it needs (`content`); the `cites` say
 * which provisions ask for the field. Labels and descriptions are our own words.
 *
 * The medical-device fields follow the headings of the Manufacturer Incident Report (MIR) form
 * that competent authorities use until the EUDAMED vigilance module is mandatory; the form itself
 * is not law and its section numbers are not reproduced.
 */
import type { ProvisionId } from './provision-id.ts';

export type DossierFieldType = 'text' | 'date-time' | 'number' | 'list' | 'choice';

export interface DossierField {
  readonly id: string;
  readonly label: string;
  /** What to write, in the terms the authorities expect. */
  readonly description: string;
  readonly type: DossierFieldType;
  /** For `choice` fields: the answers offered. */
  readonly options?: readonly string[];
  /** The provisions that ask for this information. */
  readonly cites: readonly ProvisionId[];
}

export const DOSSIER_FIELDS = [
  // --- Who reports, and when things happened --------------------------------------------------
  {
    id: 'notifier-identity',
    label: 'Notifier',
    description:
      'Name, address and role of the organisation reporting (manufacturer, controller, entity), with its registration numbers where it has them: EUDAMED single registration number (SRN), national NIS2 registration, VAT or company number.',
    type: 'text',
    cites: ['mdr:art-87(1)', 'nis2:art-23(4)', 'cra:art-14(1)', 'gpsr:art-20(1)'],
  },
  {
    id: 'contact-point',
    label: 'Contact point',
    description:
      'Name and contact details of the data protection officer or other contact point where more information can be obtained; for vigilance, the person responsible for regulatory compliance.',
    type: 'text',
    cites: ['gdpr:art-33(3)(b)', 'gdpr:art-34(2)', 'mdr:art-15(3)'],
  },
  {
    id: 'occurrence-time',
    label: 'When the incident occurred',
    description:
      'Date and time (with time zone) when the incident happened or started, as far as known.',
    type: 'date-time',
    cites: ['mdr:art-87(1)', 'cra:art-14(4)(b)', 'gdpr:art-33(3)(a)'],
  },
  {
    id: 'awareness-time',
    label: 'When the notifier became aware',
    description:
      'Date and time (with time zone) when the notifier became aware of the incident; the reporting clocks of most regimes run from it. Explain briefly what made it aware.',
    type: 'date-time',
    cites: [
      'mdr:art-87(3)',
      'gdpr:art-33(1)',
      'nis2:art-23(4)(a)',
      'cra:art-14(2)(a)',
      'ai-act:art-73(2)',
      'cer:art-15(1)',
    ],
  },
  {
    id: 'occurrence-location',
    label: 'Where it occurred',
    description:
      'Member State(s) and place where the incident occurred, e.g. the hospital or home-care setting, for the authority of that Member State.',
    type: 'text',
    cites: ['mdr:art-87(11)', 'ai-act:art-73(1)', 'gpsr:art-20(1)', 'ehds:art-44(7)'],
  },
  {
    id: 'member-states-made-available',
    label: 'Member States where the product is available',
    description:
      'The Member States in which the manufacturer knows the affected product has been made available.',
    type: 'list',
    cites: ['cra:art-14(2)(a)', 'cra:art-14(4)(a)', 'gpsr:art-9(8)'],
  },
  {
    id: 'delay-reasons',
    label: 'Reasons for a late notification',
    description:
      'Only where the notification is made after the deadline: why it could not be made in time.',
    type: 'text',
    cites: ['gdpr:art-33(1)'],
  },

  // --- What is affected -----------------------------------------------------------------------
  {
    id: 'product-identification',
    label: 'Product identification',
    description:
      'Product name, type or model, version (hardware, firmware and software), serial or batch numbers, UDI-DI and UDI-PI for devices, risk class and notified body, EU database registration for AI and EHR systems, and the components affected.',
    type: 'text',
    cites: [
      'mdr:art-87(1)',
      'cra:art-14(2)(b)',
      'ai-act:art-73(1)',
      'gpsr:art-20(1)',
      'ehds:art-44(7)',
    ],
  },
  {
    id: 'incident-classification',
    label: 'Classification under the regime',
    description:
      'How the incident qualifies under the regime reported to, e.g. death, unanticipated serious deterioration, serious public health threat or other serious incident (MDR/IVDR); which point of AI Act Art 3(49); significant incident (NIS2); severe incident (CRA Art 14(5)).',
    type: 'choice',
    options: [
      'death',
      'unanticipated-serious-deterioration',
      'serious-public-health-threat',
      'other-serious-incident',
      'fundamental-rights-infringement',
      'critical-infrastructure-disruption',
      'significant-incident',
      'severe-incident',
      'actively-exploited-vulnerability',
    ],
    cites: ['mdr:art-87(3)', 'ai-act:art-3(49)', 'nis2:art-23(3)', 'cra:art-14(5)'],
  },
  {
    id: 'incident-description',
    label: 'Nature of the incident',
    description:
      'What happened, in factual terms: the event, the systems, devices or data involved and how the incident was detected; for an accident, its circumstances; for a personal data breach, which of confidentiality, integrity and availability was affected.',
    type: 'text',
    cites: [
      'gdpr:art-33(3)(a)',
      'cra:art-14(4)(b)',
      'cer:art-15(2)',
      'gpsr:art-20(1)',
      'ehds:art-44(7)',
    ],
  },
  {
    id: 'suspected-malicious',
    label: 'Unlawful or malicious act suspected',
    description: 'Whether the incident is suspected of being caused by unlawful or malicious acts.',
    type: 'choice',
    options: ['yes', 'no', 'not-yet-known'],
    cites: ['nis2:art-23(4)(a)', 'cra:art-14(4)(a)'],
  },
  {
    id: 'cross-border-impact',
    label: 'Cross-border impact',
    description:
      'Whether the incident has or could have an impact in other Member States, which ones, and the information an authority needs to judge that.',
    type: 'text',
    cites: ['nis2:art-23(1)', 'nis2:art-23(4)(a)', 'nis2:art-23(4)(d)(iv)', 'cer:art-15(2)'],
  },
  {
    id: 'severity-and-impact',
    label: 'Initial assessment: severity and impact',
    description:
      'A first assessment of how severe the incident is and what it affects: services, functions, patients, users, data.',
    type: 'text',
    cites: ['nis2:art-23(4)(b)', 'cra:art-14(4)(b)'],
  },
  {
    id: 'indicators-of-compromise',
    label: 'Indicators of compromise',
    description:
      'Where available: IP addresses, domains, file hashes, malware names and other technical indicators that help others detect the same attack.',
    type: 'list',
    cites: ['nis2:art-23(4)(b)'],
  },
  {
    id: 'exploit-nature',
    label: 'Vulnerability and exploit',
    description:
      'The general nature of the vulnerability and of how it is being exploited (affected component, attack vector, CVE identifier if assigned).',
    type: 'text',
    cites: ['cra:art-14(2)(b)'],
  },
  {
    id: 'information-sensitivity',
    label: 'Sensitivity of the information',
    description:
      'How sensitive the notifier considers the information given, e.g. whether it must not be shared further before a fix is available.',
    type: 'choice',
    options: ['low', 'medium', 'high'],
    cites: ['cra:art-14(2)(b)', 'cra:art-14(4)(b)'],
  },

  // --- Who is affected ----------------------------------------------------------------------
  {
    id: 'data-subject-categories',
    label: 'Categories of people affected',
    description:
      'Which kinds of people the personal data concern, e.g. patients, device users, staff, children.',
    type: 'list',
    cites: ['gdpr:art-33(3)(a)'],
  },
  {
    id: 'data-subjects-number',
    label: 'Approximate number of people affected',
    description: 'The approximate number of data subjects concerned.',
    type: 'number',
    cites: ['gdpr:art-33(3)(a)'],
  },
  {
    id: 'record-categories',
    label: 'Categories of personal data records',
    description:
      'Which kinds of records are concerned, e.g. identification data, health data (glucose readings, ECG traces, diagnoses), credentials, location.',
    type: 'list',
    cites: ['gdpr:art-33(3)(a)'],
  },
  {
    id: 'records-number',
    label: 'Approximate number of records',
    description: 'The approximate number of personal data records concerned.',
    type: 'number',
    cites: ['gdpr:art-33(3)(a)'],
  },
  {
    id: 'persons-affected',
    label: 'Number of persons harmed or exposed',
    description: 'How many patients, users or other persons were harmed or exposed to the risk.',
    type: 'number',
    cites: ['mdr:art-87(1)', 'ai-act:art-73(1)'],
  },
  {
    id: 'health-outcome',
    label: 'Outcome for the persons concerned',
    description:
      'The health consequences for patients, users or other persons: death, injury, illness, the treatment needed, and whether they are temporary or permanent.',
    type: 'text',
    cites: ['mdr:art-2(65)', 'ai-act:art-3(49)', 'gpsr:art-20(2)'],
  },
  {
    id: 'likely-consequences',
    label: 'Likely consequences',
    description:
      'The likely consequences of the incident for the people concerned and for the services, e.g. identity theft, discrimination, delayed treatment, loss of monitoring.',
    type: 'text',
    cites: ['gdpr:art-33(3)(c)', 'cer:art-15(2)'],
  },
  {
    id: 'breach-risk-assessment',
    label: 'Risk assessment of the breach',
    description:
      'The level of risk to people’s rights and freedoms (unlikely, risk, high risk) and the reasoning: type of breach, nature and sensitivity of the data, ease of identification, severity and permanence of consequences, special characteristics of the people and of the controller, number of people, mitigation. Say whether it is the controller’s own assessment or the one the factors give.',
    type: 'text',
    cites: ['gdpr:art-33(5)', 'gdpr:art-33(1)', 'gdpr:art-34(1)'],
  },
  {
    id: 'users-affected',
    label: 'Users affected by the disruption',
    description:
      'The number and proportion of users of the essential service affected by the disruption.',
    type: 'text',
    cites: ['cer:art-15(1)(a)'],
  },
  {
    id: 'disruption-duration',
    label: 'Duration of the disruption',
    description:
      'How long the disruption of the service has lasted or is expected to last, in hours.',
    type: 'number',
    cites: ['cer:art-15(1)(b)'],
  },
  {
    id: 'geographic-area',
    label: 'Area affected',
    description:
      'The geographical area affected by the disruption, and whether it is geographically isolated.',
    type: 'text',
    cites: ['cer:art-15(1)(c)'],
  },
  {
    id: 'service-impact',
    label: 'Effect on the services provided',
    description:
      'For the recipients of the services: which services are or may be affected, how, and for how long.',
    type: 'text',
    cites: ['nis2:art-23(1)'],
  },

  // --- Analysis -------------------------------------------------------------------------------
  {
    id: 'causal-assessment',
    label: 'Causal relationship',
    description:
      'The notifier’s assessment of the causal link between the product and the incident (established, reasonably possible, excluded) and the evidence for it.',
    type: 'text',
    cites: ['mdr:art-87(3)', 'ai-act:art-73(2)', 'ehds:art-44(7)'],
  },
  {
    id: 'root-cause',
    label: 'Threat type or root cause',
    description:
      'The type of threat or the root cause that likely triggered the incident, e.g. phishing, an unpatched vulnerability, a software defect, a supplier compromise.',
    type: 'text',
    cites: ['nis2:art-23(4)(d)(ii)', 'cra:art-14(4)(c)', 'cer:art-15(2)'],
  },
  {
    id: 'detailed-description',
    label: 'Detailed description',
    description:
      'For the final report: a detailed description of the incident or vulnerability, including its severity and impact.',
    type: 'text',
    cites: ['nis2:art-23(4)(d)(i)', 'cra:art-14(2)(c)', 'cra:art-14(4)(c)'],
  },
  {
    id: 'malicious-actor',
    label: 'Malicious actor',
    description:
      'Where available: what is known of the actor that has exploited or is exploiting the vulnerability.',
    type: 'text',
    cites: ['cra:art-14(2)(c)'],
  },
  {
    id: 'manufacturer-investigation',
    label: 'Investigation and conclusions',
    description:
      'The manufacturer’s investigation: risk assessment, tests on the device or system (without altering it before informing the authority), findings and conclusions; for devices, the number of similar incidents and their trend.',
    type: 'text',
    cites: ['mdr:art-89(1)', 'mdr:art-89(5)', 'ivdr:art-84(5)', 'ai-act:art-73(6)'],
  },
  {
    id: 'status-update',
    label: 'Status update',
    description:
      'What has changed since the last report: new findings, the state of containment and recovery, revised impact.',
    type: 'text',
    cites: ['nis2:art-23(4)(c)', 'nis2:art-23(4)(e)', 'cra:art-14(6)'],
  },
  {
    id: 'trend-analysis',
    label: 'Trend analysis',
    description:
      'The statistically significant increase found: incidents or side-effects concerned, method and observation period from the post-market surveillance plan, comparison with the expected frequency or severity.',
    type: 'text',
    cites: ['mdr:art-88(1)', 'ivdr:art-83(1)'],
  },

  // --- Measures -------------------------------------------------------------------------------
  {
    id: 'mitigation-measures',
    label: 'Measures taken or proposed',
    description:
      'The measures taken or proposed to address the incident and to mitigate its possible adverse effects, distinguishing applied and ongoing measures.',
    type: 'text',
    cites: ['gdpr:art-33(3)(d)', 'nis2:art-23(4)(d)(iii)', 'cra:art-14(2)(b)', 'cra:art-14(4)(b)'],
  },
  {
    id: 'corrective-actions',
    label: 'Corrective actions on the product',
    description:
      'Corrective actions taken or envisaged on the product: field safety corrective action, recall, withdrawal, software or security update, changed instructions.',
    type: 'text',
    cites: ['mdr:art-89(1)', 'ehds:art-44(7)', 'gpsr:art-9(8)'],
  },
  {
    id: 'security-update',
    label: 'Security update or fix',
    description:
      'Details of the security update or other corrective or mitigating measure made available to remedy the vulnerability, and when it became available.',
    type: 'text',
    cites: ['cra:art-14(2)(c)'],
  },
  {
    id: 'user-measures',
    label: 'What users can do',
    description:
      'Corrective or mitigating measures users can take themselves (update, disable a function, change credentials, watch for symptoms), in plain words.',
    type: 'text',
    cites: ['cra:art-14(2)(b)', 'cra:art-14(8)', 'nis2:art-23(2)'],
  },
  {
    id: 'fsca-description',
    label: 'Field safety corrective action',
    description:
      'The action planned: reasons with reference to the device malfunction and the risks, devices and UDIs concerned, Member States, the actions users must take, and the planned start date.',
    type: 'text',
    cites: ['mdr:art-87(1)(b)', 'mdr:art-89(8)'],
  },
  {
    id: 'field-safety-notice',
    label: 'Field safety notice',
    description:
      'The notice to users: identifies the devices (UDIs) and the manufacturer (SRN), explains clearly, without understating the risk, why the action is taken, and says what users must do; in the language the Member State requires.',
    type: 'text',
    cites: ['mdr:art-89(8)', 'ivdr:art-84(8)'],
  },
  {
    id: 'risk-description',
    label: 'Risk presented by the product',
    description:
      'Why the product is considered dangerous: the hazard, who is exposed and how, and the result of the risk assessment.',
    type: 'text',
    cites: ['gpsr:art-9(8)'],
  },
  {
    id: 'plain-language-summary',
    label: 'Message to the people affected',
    description:
      'A description of the breach in clear and plain language for the people affected, with the contact point, the likely consequences and the measures taken, and what they can do to protect themselves.',
    type: 'text',
    cites: ['gdpr:art-34(2)'],
  },
] as const satisfies readonly DossierField[];

export type DossierFieldId = (typeof DOSSIER_FIELDS)[number]['id'];

const IDS: ReadonlySet<string> = new Set(DOSSIER_FIELDS.map((f) => f.id));

export function isDossierFieldId(id: string): id is DossierFieldId {
  return IDS.has(id);
}

export function dossierField(id: string): DossierField | undefined {
  return DOSSIER_FIELDS.find((f) => f.id === id);
}

/** The fields a notification step must contain; the compiler checks every id. */
export const content = (...ids: DossierFieldId[]): readonly DossierFieldId[] => ids;
