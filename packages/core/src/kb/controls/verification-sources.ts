/**
 * Which public source confirmed each standard reference and each legal point of the catalogue,
 * and which references were corrected. The mapping constructors read these tables, so every
 * mapping carries its own `verified` or `unverified` mark (see {@link ReferenceCheck}).
 *
 * A reference is listed here only when the source itself shows it: the clause or identifier with
 * its subject, or the article, paragraph, point or annex section with its content. A reference
 * that is not listed stays as written and is marked unverified.
 */
import type { ProvisionId } from '../provision-id.ts';
import type { StandardId } from './types.ts';

/** The day the references were checked against the sources below. */
export const VERIFIED_ON = '2026-11-23';

/** Addresses of the public sources, by the part of a standard or act they show. */
export const SOURCES = {
  iec81001Crosswalk: 'https://kelseyqms.com/crosswalk/iec-81001',
  iec81001Maintenance: 'https://kelseyqms.com/crosswalk/iec-81001/req-iec81001-6-1',
  iec81001Problems: 'https://kelseyqms.com/crosswalk/iec-81001/req-iec81001-9-2',
  iec81001Testing: 'http://qmsdoc.com/2026/01/13/to-what-extent-should-cybersecurity-testing-be-conducted-part-1-of-3',
  iec81001Processes: 'https://security.sauer.ninja/en/legislative-regulation/requirements-for-penetration-tests-according-to-iso-iec-81001-5-1',
  iec62443p41Practices: 'https://scribd.com/document/594645819/IEC-62443-4-1-Practices-Requirementes-1',
  iec62443p42Cr1: 'https://researchdata.tuwien.ac.at/records/sy9e8-1ma52/preview/IEC%2062443%204-2.json',
  iec62443p42Fr2: 'https://2025-cip.readthedocs.io/en/latest/iec-62443-assessment/iec-62443-4-2/iec-62443-4-2-fr-2.html',
  iec62443p42Fr3: 'https://cip-documentation.readthedocs.io/en/latest/security/iec62443-4-2-FR-3.html',
  iec62443p42Fr45: 'https://cip-documents.readthedocs.io/en/latest/iec-62443-assessment/iec-62443-4-2/iec-62443-4-2-fr-4-fr-5.html',
  iec62443p42Fr6: 'https://new-cip-documentation-rst.readthedocs.io/en/latest/security/iec62443-4-2-FR-6.html',
  iec62443p42Fr7: 'https://cip-documents.readthedocs.io/en/latest/security/iec62443-4-2-FR-7-gap-analysis.html',
  en18031Mechanisms: 'https://www.dlsemc.com/iec-en-61000-6-3-electromagnetic-compatibility-emc-generic-standards-emission-standard-for-residential-commercial-and-light-industrial-environments',
  etsiProvisions: 'https://www.sorena.io/artifacts/global/etsi-en-303-645/requirements',
  iso27001Organisational: 'https://gabriel.hk/iso-27001-4-themes-93-controls/',
  iso27001People: 'https://github.com/jiki-education/compliance/blob/77fa5d9666e34753b33c5e64dc973ed2f134bd43/soa/people-controls.md',
  iso27001Technological: 'https://github.com/jiki-education/compliance/blob/77fa5d9666e34753b33c5e64dc973ed2f134bd43/soa/technological-controls.md',
  iso27001Development: 'https://www.ismslite.de/en/blog/iso-27001-a8-24-34-cryptography-development',
  iso27001Clauses: 'https://github.com/dewelobya/CyberSecurityCollection/blob/HEAD/ISO27001_Overview.md',
  nistCsf2: 'https://github.com/massyn/metric-library/blob/98377fc6d404a4812f61a1ca897fe36e6a34da35/docs/nist-csfv20.md',
  craAnnexIPartIPoints: 'https://service.betterregulation.com/document/775257',
  craAnnexIPartIText: 'https://www.infosecregister.com/regulatory-compliance/cyber-resilience-act-cra/annex-i-essential-cybersecurity-requirements',
  craAnnexIPartIJ: 'https://www.tributech.io/blog/cra-requirement-j-limiting-attack-surfaces',
  craAnnexIPartIOverview: 'https://www.sorena.io/artifacts/eu/cyber-resilience-act/faq/essential-cybersecurity-requirements',
  craAnnexIPartII: 'https://craevidence.com/cra-compliance/vulnerability-handling',
  mdcgMinimumIt: 'https://fliphtml5.com/prfvk/ngxs/MDCG_2019-16_%E7%BD%91%E7%BB%9C%E5%AE%89%E5%85%A8%EF%BC%88CAR%EF%BC%89/20',
  mdcgContents: 'https://docslib.org/doc/1233347/mdcg-2019-16',
  // Texts of the MDR and IVDR as converted from EUR-Lex, one file per annex or article.
  mdrAnnexI: 'https://github.com/henry-1981/Cowork-RA/blob/7e0aabc72eae83ca46f4b72ea0d8b2e4b3adf3ea/aria/knowledge/eu/01-regulation/mdr-2017-745/annex-I.md',
  mdrArticle10: 'https://github.com/henry-1981/Cowork-RA/blob/5a17c0097f8ad957684de7f11229be84a94688ef/aria/knowledge/eu/01-regulation/mdr-2017-745/article-010.md',
  mdrArticle87: 'https://github.com/henry-1981/Cowork-RA/blob/7e0aabc72eae83ca46f4b72ea0d8b2e4b3adf3ea/aria/knowledge/eu/01-regulation/mdr-2017-745/article-087.md',
  ivdrAnnexI: 'https://github.com/henry-1981/Cowork-RA/blob/5a17c0097f8ad957684de7f11229be84a94688ef/aria/knowledge/eu/01-regulation/ivdr-2017-746/annex-I.md',
  ivdrArticle10: 'https://github.com/henry-1981/Cowork-RA/blob/5a17c0097f8ad957684de7f11229be84a94688ef/aria/knowledge/eu/01-regulation/ivdr-2017-746/article-010.md',
  ivdrArticle82: 'https://github.com/henry-1981/Cowork-RA/blob/7e0aabc72eae83ca46f4b72ea0d8b2e4b3adf3ea/aria/knowledge/eu/01-regulation/ivdr-2017-746/article-082.md',
  mdrSoftwareGspr: 'https://qbdgroup.com/en/blog/mdr-impact-on-mdsw?hsLang=en',
  craArticle13: 'https://cra.orcwg.org/faq/official/manufacturers/due-diligence',
  craComponentReporting: 'https://www.sorena.io/artifacts/eu/cyber-resilience-act/faq/items/page/30',
  craArticle14: 'https://enobyte.com/en/legal/cra/14/index.html',
  nis2Suppliers: 'https://o3.security/compliance/nis2-directive-supply-chain-security',
  nis2Article23: 'https://nis2-info.eu/article-23-reporting-obligations',
  craContactPoint: 'https://craevidence.com/cra-compliance/coordinated-vulnerability-disclosure',
  craUserInformation: 'https://www.sorena.io/artifacts/eu/cyber-resilience-act/faq/user-information-and-transparency',
  gdprArticle25: 'https://gdprhub.eu/index.php?direction=next&oldid=43379&title=Article_25_GDPR',
  gdprArticle33: 'https://gdprlearninghub.com/article-33-gdpr/',
  gdprArticle34: 'https://online.flipbuilder.com/bzaa/mvgs/files/basic-html/page421.html',
  aiActArticle12: 'https://euaiactnav.com/article/12',
  aiActArticle73: 'https://lexelerate.ai/article/article-73-reporting-of-serious-incidents/',
  aiActArticle9: 'https://aiexponent.com/docs/riskforge',
  gdprPrinciples: 'https://github.com/learnbydoingwithsteven/eu_ai_laws/blob/HEAD/data/gdpr/text.md',
  cerResilience: 'https://www.eucip.eu/?p=4758',
  cerArticle15: 'https://www.springlex.eu/en/packages/cer/cer-directive/article-15',
  sgdDcdUpdates: 'https://www.reuschlaw.de/en/news/update-requirement-for-goods-with-digital-content/',
  redArticle3: 'http://zealience.com/resource-hub/radio-equipment-directive-en18031-compliance-guide/',
  nis2Points: 'https://www.cybercompliance.app/en/regulations/nis2',
  nis2Measures: 'https://nis2certify.org/blog/nis2-article-21-ten-measures-explained',
  nis2Governance: 'https://nis2insights.com/guide',
  gdprArticle32: 'https://scolta-demo-drupal-legal.tag1.ai/node/157',
  gdprSecurityPrinciple: 'https://ip-four.co.uk/docs/what-are-the-gdprs-rules-on-security/',
  aiActArticle15: 'https://aiattest.io/eu-ai-act/article-15',
  ehdsArticle30: 'https://www.ringholm.com/ehds/article-30.htm',
  ehdsAnnexII: 'https://fantasticsearch.net/law/eu/en?article=1&id=L20lZpsB1anJoctMu3JD',
} as const;

interface StandardCheck {
  readonly standard: StandardId;
  readonly source: string;
  readonly refs: readonly string[];
}

const s = SOURCES;

/** Standard references a source confirmed, identifier and subject both. */
export const STANDARD_CHECKS: readonly StandardCheck[] = [
  { standard: 'IEC 81001-5-1', source: s.iec81001Crosswalk, refs: ['4.1', '5.2', '5.3'] },
  { standard: 'IEC 81001-5-1', source: s.iec81001Testing, refs: ['5.7'] },
  { standard: 'IEC 81001-5-1', source: s.iec81001Maintenance, refs: ['6'] },
  { standard: 'IEC 81001-5-1', source: s.iec81001Problems, refs: ['9'] },
  // The six processes in clause order 4 to 9; with 6 and 9 numbered above, 5, 7 and 8 follow.
  { standard: 'IEC 81001-5-1', source: s.iec81001Processes, refs: ['5', '7', '8'] },
  {
    standard: 'IEC 62443-4-1',
    source: s.iec62443p41Practices,
    refs: [
      'SM-1', 'SM-2', 'SM-4', 'SM-9', 'SM-10', 'SM-13', 'SR-1', 'SR-2', 'SR-3', 'SD-4', 'SI-1', 'SI-2',
      'SVV-1', 'SVV-2', 'SVV-3', 'SVV-4', 'SVV-5', 'DM-1', 'DM-2', 'DM-3', 'DM-4', 'DM-5',
      'SUM-1', 'SUM-2', 'SUM-4', 'SUM-5', 'SG-1',
    ],
  },
  { standard: 'IEC 62443-4-2', source: s.iec62443p42Cr1, refs: ['CR 1.1'] },
  { standard: 'IEC 62443-4-2', source: s.iec62443p42Fr2, refs: ['CR 2.1', 'CR 2.8'] },
  { standard: 'IEC 62443-4-2', source: s.iec62443p42Fr3, refs: ['CR 3.1', 'CR 3.4', 'EDR 3.10', 'EDR 3.14'] },
  { standard: 'IEC 62443-4-2', source: s.iec62443p42Fr45, refs: ['CR 4.1', 'CR 4.2', 'CR 4.3', 'CR 5.1'] },
  { standard: 'IEC 62443-4-2', source: s.iec62443p42Fr6, refs: ['CR 6.2'] },
  { standard: 'IEC 62443-4-2', source: s.iec62443p42Fr7, refs: ['CR 7.1', 'CR 7.2', 'CR 7.3', 'CR 7.4', 'CR 7.6', 'CR 7.7', 'CR 7.8'] },
  // The table of mechanisms per part: -1 has RLM, NMM and TCM; -2 has LGM, DLM and UNM; -3 has LGM.
  { standard: 'EN 18031-1', source: s.en18031Mechanisms, refs: ['ACM', 'AUM', 'SUM', 'SSM', 'SCM', 'RLM', 'NMM', 'TCM', 'CCK', 'GEC', 'CRY'] },
  { standard: 'EN 18031-2', source: s.en18031Mechanisms, refs: ['ACM', 'AUM', 'SUM', 'SSM', 'SCM', 'LGM', 'DLM', 'UNM'] },
  { standard: 'EN 18031-3', source: s.en18031Mechanisms, refs: ['ACM', 'AUM', 'SUM', 'SCM'] },
  {
    standard: 'ETSI EN 303 645',
    source: s.etsiProvisions,
    refs: ['5.1', '5.2', '5.3', '5.4', '5.5', '5.6', '5.7', '5.8', '5.9', '5.10', '5.11', '5.12', '5.13'],
  },
  {
    standard: 'ISO/IEC 27001:2022',
    source: s.iso27001Organisational,
    refs: [
      'A.5.1', 'A.5.2', 'A.5.9', 'A.5.15', 'A.5.19', 'A.5.20', 'A.5.21', 'A.5.22', 'A.5.24', 'A.5.25',
      'A.5.26', 'A.5.27', 'A.5.29', 'A.5.30', 'A.5.34', 'A.5.35',
    ],
  },
  { standard: 'ISO/IEC 27001:2022', source: s.iso27001People, refs: ['A.6.1', 'A.6.3', 'A.6.5'] },
  {
    standard: 'ISO/IEC 27001:2022',
    source: s.iso27001Technological,
    refs: ['A.8.5', 'A.8.6', 'A.8.8', 'A.8.9', 'A.8.10', 'A.8.11', 'A.8.13', 'A.8.14', 'A.8.15', 'A.8.16'],
  },
  { standard: 'ISO/IEC 27001:2022', source: s.iso27001Development, refs: ['A.8.24', 'A.8.25', 'A.8.26', 'A.8.27', 'A.8.28', 'A.8.29'] },
  { standard: 'ISO/IEC 27001:2022', source: s.iso27001Clauses, refs: ['5.1', '6.1.2', '6.1.3', '9.1', '9.2'] },
  {
    standard: 'NIST CSF 2.0',
    source: s.nistCsf2,
    refs: [
      'GV.OC-03', 'GV.OV-03', 'GV.PO-01', 'GV.RR-01', 'GV.RR-04', 'GV.SC-04', 'GV.SC-05', 'GV.SC-07',
      'ID.AM-01', 'ID.AM-02', 'ID.IM-01', 'ID.IM-02', 'ID.RA-01', 'ID.RA-05', 'ID.RA-06', 'ID.RA-08',
      'PR.AA-01', 'PR.AA-03', 'PR.AA-05', 'PR.AT-01', 'PR.AT-02', 'PR.DS-01', 'PR.DS-02', 'PR.DS-11',
      'PR.IR-01', 'PR.IR-03', 'PR.PS-01', 'PR.PS-02', 'PR.PS-04', 'PR.PS-06', 'DE.CM-09',
      'RS.CO-02', 'RS.CO-03', 'RS.MA-01', 'RC.RP-01',
    ],
  },
];

/** A reference the check found wrong, and what it now reads. */
export interface StandardCorrection {
  readonly standard: StandardId;
  readonly control: `ctl-${string}`;
  readonly from: string;
  readonly to: string;
  readonly source: string;
  readonly reason: string;
}

export const STANDARD_CORRECTIONS: readonly StandardCorrection[] = [
  {
    standard: 'IEC 62443-4-2',
    control: 'ctl-secure-update-mechanism',
    from: 'CR 3.10',
    to: 'EDR 3.10',
    source: s.iec62443p42Fr3,
    reason: 'Support for updates is not a common component requirement: it is set per kind of component (EDR, HDR, NDR 3.10).',
  },
  {
    standard: 'IEC 62443-4-2',
    control: 'ctl-data-integrity',
    from: 'CR 3.14',
    to: 'EDR 3.14',
    source: s.iec62443p42Fr3,
    reason: 'Integrity of the boot process is, like the other FR 3 requirements from 3.10 on, set per kind of component (EDR, HDR, NDR 3.14).',
  },
];

interface LegalCheck {
  readonly source: string;
  readonly provisions: readonly ProvisionId[];
}

/** Legal points whose existence and content a source showed. */
export const LEGAL_CHECKS: readonly LegalCheck[] = [
  {
    source: s.craAnnexIPartIPoints,
    provisions: ['cra:annex-I-part-I(1)', 'cra:annex-I-part-I(2)(a)', 'cra:annex-I-part-I(2)(b)', 'cra:annex-I-part-I(2)(c)', 'cra:annex-I-part-I(2)(d)', 'cra:art-13(2)'],
  },
  {
    source: s.craAnnexIPartIText,
    provisions: ['cra:annex-I-part-I(2)(e)', 'cra:annex-I-part-I(2)(f)', 'cra:annex-I-part-I(2)(g)', 'cra:annex-I-part-I(2)(h)', 'cra:annex-I-part-I(2)(i)'],
  },
  { source: s.craAnnexIPartIJ, provisions: ['cra:annex-I-part-I(2)(j)'] },
  { source: s.craAnnexIPartIOverview, provisions: ['cra:annex-I-part-I(2)(k)', 'cra:annex-I-part-I(2)(l)', 'cra:annex-I-part-I(2)(m)'] },
  {
    source: s.craAnnexIPartII,
    provisions: [
      'cra:annex-I-part-II(1)', 'cra:annex-I-part-II(2)', 'cra:annex-I-part-II(3)', 'cra:annex-I-part-II(4)',
      'cra:annex-I-part-II(5)', 'cra:annex-I-part-II(6)', 'cra:annex-I-part-II(7)', 'cra:annex-I-part-II(8)', 'cra:art-13(8)',
    ],
  },
  { source: s.mdcgMinimumIt, provisions: ['mdcg-2019-16:section-3.6'] },
  { source: s.mdrSoftwareGspr, provisions: ['mdr:annex-I-14.2(d)'] },
  { source: s.mdrAnnexI, provisions: ['mdr:annex-I-17.1', 'mdr:annex-I-17.2', 'mdr:annex-I-17.4', 'mdr:annex-I-18.8', 'mdr:annex-I-23.4(ab)'] },
  { source: s.mdrArticle10, provisions: ['mdr:art-10(2)'] },
  { source: s.mdrArticle87, provisions: ['mdr:art-87(1)(a)'] },
  {
    source: s.ivdrAnnexI,
    provisions: ['ivdr:annex-I-13.2(d)', 'ivdr:annex-I-16.1', 'ivdr:annex-I-16.2', 'ivdr:annex-I-16.4', 'ivdr:annex-I-20.4.1(ah)'],
  },
  { source: s.ivdrArticle10, provisions: ['ivdr:art-10(2)'] },
  { source: s.ivdrArticle82, provisions: ['ivdr:art-82(1)(a)'] },
  { source: s.craContactPoint, provisions: ['cra:art-13(17)'] },
  { source: s.craUserInformation, provisions: ['cra:art-13(18)', 'cra:annex-II', 'cra:art-14(8)'] },
  { source: s.gdprArticle25, provisions: ['gdpr:art-25(1)'] },
  { source: s.gdprArticle33, provisions: ['gdpr:art-33(1)', 'gdpr:art-33(2)', 'gdpr:art-33(5)'] },
  { source: s.gdprArticle34, provisions: ['gdpr:art-34(1)'] },
  { source: s.aiActArticle12, provisions: ['ai-act:art-12(1)'] },
  { source: s.aiActArticle73, provisions: ['ai-act:art-73(1)'] },
  { source: s.aiActArticle9, provisions: ['ai-act:art-9(1)'] },
  { source: s.gdprPrinciples, provisions: ['gdpr:art-5(1)(c)'] },
  { source: s.cerResilience, provisions: ['cer:art-12(1)', 'cer:art-13(1)'] },
  { source: s.cerArticle15, provisions: ['cer:art-15(1)'] },
  { source: s.sgdDcdUpdates, provisions: ['sgd:art-7(3)', 'dcd:art-8(2)'] },
  { source: s.craArticle13, provisions: ['cra:art-13(1)', 'cra:art-13(5)'] },
  { source: s.craComponentReporting, provisions: ['cra:art-13(6)'] },
  { source: s.craArticle14, provisions: ['cra:art-14(1)', 'cra:art-14(3)'] },
  { source: s.nis2Suppliers, provisions: ['nis2:art-21(3)'] },
  { source: s.nis2Article23, provisions: ['nis2:art-23(1)'] },
  {
    source: s.mdcgContents,
    provisions: [
      'mdcg-2019-16:section-2.5', 'mdcg-2019-16:section-2.6.2', 'mdcg-2019-16:section-3.1', 'mdcg-2019-16:section-3.2',
      'mdcg-2019-16:section-3.3', 'mdcg-2019-16:section-3.4', 'mdcg-2019-16:section-3.5', 'mdcg-2019-16:section-3.7',
      'mdcg-2019-16:section-3.8',
    ],
  },
  { source: s.redArticle3, provisions: ['red:art-3(3)(d)', 'red:art-3(3)(e)', 'red:art-3(3)(f)'] },
  { source: s.nis2Points, provisions: ['nis2:art-21(2)(a)', 'nis2:art-21(2)(b)', 'nis2:art-21(2)(h)', 'nis2:art-21(2)(i)'] },
  {
    source: s.nis2Measures,
    provisions: ['nis2:art-21(2)(c)', 'nis2:art-21(2)(d)', 'nis2:art-21(2)(e)', 'nis2:art-21(2)(f)', 'nis2:art-21(2)(g)', 'nis2:art-21(2)(j)'],
  },
  { source: s.nis2Governance, provisions: ['nis2:art-20(1)', 'nis2:art-20(2)'] },
  { source: s.gdprArticle32, provisions: ['gdpr:art-32(1)', 'gdpr:art-32(1)(a)', 'gdpr:art-32(1)(b)', 'gdpr:art-32(1)(c)', 'gdpr:art-32(1)(d)'] },
  { source: s.gdprSecurityPrinciple, provisions: ['gdpr:art-5(1)(f)'] },
  { source: s.aiActArticle15, provisions: ['ai-act:art-15(1)', 'ai-act:art-15(3)', 'ai-act:art-15(4)', 'ai-act:art-15(5)'] },
  { source: s.ehdsArticle30, provisions: ['ehds:art-30(1)(a)'] },
  { source: s.ehdsAnnexII, provisions: ['ehds:annex-II'] },
];

const standardIndex = new Map<string, string>();
for (const check of STANDARD_CHECKS) for (const ref of check.refs) standardIndex.set(`${check.standard}|${ref}`, check.source);

const legalIndex = new Map<string, string>();
for (const check of LEGAL_CHECKS) for (const provision of check.provisions) legalIndex.set(provision, check.source);

/** The source that confirmed a standard reference, or undefined when none did. */
export function standardSource(standard: StandardId, ref: string): string | undefined {
  return standardIndex.get(`${standard}|${ref}`);
}

/** The source that confirmed a legal point, or undefined when none did. */
export function legalSource(provision: ProvisionId): string | undefined {
  return legalIndex.get(provision);
}
