/**
 * Official guidance the incident assessments rest on. Guidance is not law: it is cited next to
 * the provision it interprets, with the place in the document and whether that place was checked
 * against a stored copy of the document (`verified`) or only against secondary sources.
 */
export const GUIDANCE = {
  'edpb-9-2022': {
    title: 'EDPB Guidelines 9/2022 on personal data breach notification under GDPR, version 2.0 (adopted 28 March 2023)',
    url: 'https://www.edpb.europa.eu/our-work-tools/our-documents/guidelines/guidelines-92022-personal-data-breach-notification-under_en',
  },
  'edpb-01-2021': {
    title: 'EDPB Guidelines 01/2021 on examples regarding personal data breach notification, version 2.0 (adopted 14 December 2021)',
    url: 'https://www.edpb.europa.eu/our-work-tools/our-documents/guidelines/guidelines-012021-examples-regarding-personal-data-breach_en',
  },
  'enisa-2013': {
    title: 'ENISA, Recommendations for a methodology of the assessment of severity of personal data breaches, v1.0 (December 2013)',
    url: 'https://www.enisa.europa.eu/publications/dbn-severity',
  },
  'mdcg-2023-3': {
    title: 'MDCG 2023-3 Rev.1, Questions and answers on vigilance terms and concepts as outlined in Regulations (EU) 2017/745 and 2017/746',
    url: 'https://health.ec.europa.eu/latest-updates/mdcg-2023-3-rev1-questions-and-answers-vigilance-terms-and-concepts-outlined-regulation-eu-2017745-and-2024-10-30_en',
  },
  'ir-2024-2690': {
    title: 'Commission Implementing Regulation (EU) 2024/2690 (NIS2 technical and methodological requirements and significant incidents of certain digital providers)',
    url: 'https://eur-lex.europa.eu/eli/reg_impl/2024/2690/oj/eng',
  },
} as const;

export type GuidanceId = keyof typeof GUIDANCE;

export interface GuidanceRef {
  readonly doc: GuidanceId;
  /** `para 102`, `Section IV.B`, `case 3`. */
  readonly at: string;
  /** The place was checked against a copy of the document; otherwise only its content was. */
  readonly verified: boolean;
}

export const guidance = (doc: GuidanceId, at: string, verified = false): GuidanceRef => ({ doc, at, verified });

/** `EDPB Guidelines 9/2022 …, para 102` with the mark of an unverified place. */
export function guidanceText(ref: GuidanceRef): string {
  return `${GUIDANCE[ref.doc].title}, ${ref.at}${ref.verified ? '' : ' (place not verified against the document)'}`;
}
