/**
 * Cybersecurity authorities: the national CSIRTs (NIS2 Art 10, incident notifications under
 * Art 23), the NIS2 competent authority for the health sector (Art 8), and the CSIRT designated
 * as coordinator for coordinated vulnerability disclosure (NIS2 Art 12(1)), which receives CRA
 * Art 14 notifications through ENISA's single reporting platform (CRA Art 16).
 *
 * CSIRTs are verified against ENISA's CSIRTs Network repository (member list in the advisory
 * template, and the table of members' vulnerability-disclosure policies), pinned to the commits
 * read. Membership of the CSIRTs Network shows a CSIRT appointed by the member state; it does not
 * by itself show which CSIRT receives NIS2 reports from health-sector entities where a state has
 * several, nor which is the Art 12(1) coordinator — the notes say so.
 */
import { known, unknown } from './common.ts';
import type { AuthorityTable, ReportingChannel } from './types.ts';

const CNW = 'https://github.com/enisaeu/CNW/blob';
/** CSIRTs Network member list (advisory template). */
const CNW_MEMBERS = `${CNW}/1e640e139c7f76f891e4bff192a8cd79653834a8/advisories/CNW-20XX-XX-template.md`;
/** CSIRTs Network README: members' vulnerability-disclosure policies and advisories. */
const CNW_README = `${CNW}/019c54ac220e2cfda62656f63d9061353990f8d1/README.md`;
const CNW_SITE = 'https://csirtsnetwork.eu/';

const MEMBER_NOTE =
  'Listed by ENISA as a CSIRTs Network member for this state. Whether NIS2 incident notifications from health-sector entities go to this CSIRT or to a competent authority (which forwards them) depends on national law, not checked here.';
const SEVERAL =
  'The state has more than one CSIRT in the CSIRTs Network; which one receives notifications from health-sector entities depends on national law, not checked here.';

function csirt(
  name: string,
  website: string | undefined,
  extra: { abbreviation?: string; note?: string; confidence?: 'high' | 'medium' | 'low' } = {},
) {
  return known({
    name,
    ...(extra.abbreviation ? { abbreviation: extra.abbreviation } : {}),
    ...(website ? { website } : {}),
    sources: [CNW_MEMBERS, CNW_SITE],
    confidence: extra.confidence ?? 'medium',
    note: extra.note ?? MEMBER_NOTE,
  });
}

const NIS2_EEA =
  'EEA EFTA state: whether NIS2 applies here is unknown (the first NIS Directive was incorporated into the EEA Agreement in 2023; no source found on NIS2).';

export const NIS2_CSIRTS: AuthorityTable = {
  AT: csirt('CERT.at', 'https://cert.at'),
  BE: csirt('CERT.be (Centre for Cybersecurity Belgium)', 'https://ccb.belgium.be', {
    abbreviation: 'CCB',
  }),
  BG: csirt('CERT.bg', 'https://www.govcert.bg'),
  HR: csirt('CERT.hr; CERT ZSIS', undefined, { note: SEVERAL }),
  CY: csirt('CSIRT-CY', 'https://csirt.cy'),
  CZ: csirt('GovCERT.CZ (NÚKIB); CSIRT.CZ', 'https://nukib.gov.cz', { note: SEVERAL }),
  DK: csirt('CFCS', 'https://www.cfcs.dk'),
  EE: csirt('CERT-EE', 'https://www.ria.ee'),
  FI: csirt('NCSC-FI', 'https://www.kyberturvallisuuskeskus.fi'),
  FR: csirt('CERT-FR (ANSSI)', 'https://www.cert.ssi.gouv.fr'),
  DE: known({
    name: 'CERT-Bund (Federal Office for Information Security)',
    nationalName: 'Bundesamt für Sicherheit in der Informationstechnik',
    abbreviation: 'BSI',
    website: 'https://www.bsi.bund.de',
    reportingChannel: {
      description:
        'BSI reporting portal (joint reporting office of BSI and BBK) after registration as a regulated entity',
    },
    sources: [
      CNW_MEMBERS,
      CNW_README,
      'https://www.openkritis.de/betreiber/meldepflichten-bsig.html',
    ],
    confidence: 'medium',
    note: "In Germany NIS2 entities notify significant incidents to the BSI (BSI page 'NIS-2-Meldepflicht', stored over http; secondary sources describe the portal). CERT-Bund is the BSI's CSIRT.",
  }),
  GR: csirt('GR-CSIRT', undefined, {
    confidence: 'low',
    note: `${MEMBER_NOTE} The listed GR-CSIRT site is on a defence domain (csirt.cd.mil.gr); a separate National Cybersecurity Authority may receive NIS2 notifications — not checked.`,
  }),
  HU: csirt('NCSC-HU', 'https://nki.gov.hu'),
  IE: csirt('NCSC-IE (CSIRT-IE)', 'https://www.ncsc.gov.ie'),
  IT: csirt('CSIRT-ITA (listed by ENISA as "CERT Italia")', 'https://www.csirt.gov.it'),
  LV: csirt('CERT.LV', 'https://cert.lv'),
  LT: csirt('CERT-LT', 'https://www.nksc.lt'),
  LU: csirt('CIRCL; GOVCERT.LU', 'https://www.circl.lu', { note: SEVERAL }),
  MT: csirt('CSIRTMalta', undefined),
  NL: csirt('NCSC-NL', 'https://www.ncsc.nl'),
  PL: csirt('CERT Polska (CERT-PL)', 'https://cert.pl', {
    note: `${MEMBER_NOTE} Poland also has sectoral CSIRTs (e.g. KNF CSIRT for finance).`,
  }),
  PT: csirt('CNCS', undefined),
  RO: csirt('DNSC', 'https://dnsc.ro'),
  SK: csirt('SK-CERT', 'https://www.sk-cert.sk'),
  SI: csirt('SI-CERT', 'https://www.cert.si'),
  ES: csirt('INCIBE-CERT; CCN-CERT', 'https://www.incibe.es', { note: SEVERAL }),
  SE: csirt('CERT-SE', 'https://www.cert.se'),
  IS: known({
    name: 'CERT-IS (Computer Emergency Response Team - Iceland)',
    abbreviation: 'CERT-IS',
    website: 'https://cert.is',
    sources: ['https://cert.is/um-okkur/rfc-2350'],
    confidence: 'medium',
    note: `Hosted by the Electronic Communications Office of Iceland (RFC 2350 profile). ${NIS2_EEA}`,
  }),
  LI: known({
    name: 'Computer Security Incident Response Team Liechtenstein',
    abbreviation: 'CSIRT.LI',
    website: 'https://www.llv.li/en/national-administration/national-cyber-security-unit/csirt',
    sources: [
      'https://www.llv.li/en/national-administration/national-cyber-security-unit/csirt',
      'https://llv.li/en/national-administration/national-cyber-security-unit/csirt/rfc2350',
    ],
    confidence: 'high',
    note: `National CSIRT within the NIS framework under the Cyber Security Act (CSG) of 4 May 2023, part of the National Cyber Security Unit. ${NIS2_EEA}`,
  }),
  NO: unknown(
    'Searched the stored pages for the Norwegian national CSIRT; only a 2010 ENISA country report (NorCERT) was found, too old to rely on.',
    {
      leads: [
        'NorCERT / Nasjonal sikkerhetsmyndighet (NSM) — from a 2010 ENISA country report, not confirmed as current',
      ],
      note: NIS2_EEA,
    },
  ),
};

const NIS2_AUTH_TRIED =
  'Not established: no stored source was found naming the authority designated under NIS2 Art 8 for the health sector (the stored material lists CSIRTs, not competent authorities).';

export const NIS2_COMPETENT_AUTHORITIES: AuthorityTable = {
  AT: unknown(NIS2_AUTH_TRIED),
  BE: unknown(NIS2_AUTH_TRIED, {
    leads: [
      'Centre for Cybersecurity Belgium (CCB) — named as NIS2 authority and reporting point only in an unattributed third-party code sample',
    ],
  }),
  BG: unknown(NIS2_AUTH_TRIED),
  HR: unknown(NIS2_AUTH_TRIED),
  CY: unknown(NIS2_AUTH_TRIED),
  CZ: unknown(NIS2_AUTH_TRIED, {
    leads: [
      'NÚKIB (National Cyber and Information Security Agency) — CSIRTs Network lists GovCERT.CZ under NÚKIB; its NIS2 role not checked',
    ],
  }),
  DK: unknown(NIS2_AUTH_TRIED),
  EE: unknown(NIS2_AUTH_TRIED),
  FI: unknown(NIS2_AUTH_TRIED),
  FR: unknown(NIS2_AUTH_TRIED, {
    leads: [
      'ANSSI — listed by ENISA for France’s vulnerability-disclosure channel; its NIS2 role not checked in the stored sources',
    ],
  }),
  DE: known({
    name: 'Federal Office for Information Security',
    nationalName: 'Bundesamt für Sicherheit in der Informationstechnik',
    abbreviation: 'BSI',
    website: 'https://www.bsi.bund.de',
    reportingChannel: {
      description:
        'BSI reporting portal (joint reporting office of BSI and BBK) after registration as a regulated entity',
    },
    sources: [
      'https://www.openkritis.de/betreiber/meldepflichten-bsig.html',
      'https://www.src-consulting.com/nis2/nis2-meldeprozess',
    ],
    confidence: 'medium',
    note: "The BSI's own page 'NIS-2-Meldepflicht' (stored over http) says essential and important entities must report significant incidents to the BSI; the BSI also supervises them under the BSIG as amended by the NIS2 implementation act. Health-sector specifics not checked.",
  }),
  GR: unknown(NIS2_AUTH_TRIED),
  HU: unknown(NIS2_AUTH_TRIED),
  IE: unknown(NIS2_AUTH_TRIED),
  IT: unknown(NIS2_AUTH_TRIED),
  LV: unknown(NIS2_AUTH_TRIED),
  LT: unknown(NIS2_AUTH_TRIED),
  LU: unknown(NIS2_AUTH_TRIED),
  MT: unknown(NIS2_AUTH_TRIED),
  NL: unknown(NIS2_AUTH_TRIED),
  PL: unknown(NIS2_AUTH_TRIED),
  PT: unknown(NIS2_AUTH_TRIED),
  RO: unknown(NIS2_AUTH_TRIED),
  SK: unknown(NIS2_AUTH_TRIED),
  SI: unknown(NIS2_AUTH_TRIED),
  ES: unknown(NIS2_AUTH_TRIED),
  SE: unknown(NIS2_AUTH_TRIED),
  IS: unknown(NIS2_AUTH_TRIED, { note: NIS2_EEA }),
  LI: unknown(NIS2_AUTH_TRIED, { note: NIS2_EEA }),
  NO: unknown(NIS2_AUTH_TRIED, { note: NIS2_EEA }),
};

/** CRA Art 14 notifications go to the coordinator CSIRT and ENISA at once, through ENISA's platform. */
const SRP: ReportingChannel = {
  description:
    "ENISA single reporting platform (CRA Art 16), using the electronic notification end-point of the coordinator CSIRT of the member state of the manufacturer's main establishment (CRA Art 14(7))",
};
const CRA_TRIED =
  'Not established: ENISA’s CSIRTs Network repository lists no national vulnerability-disclosure policy for this state, and no stored source names the CSIRT designated as coordinator under NIS2 Art 12(1).';
const CVD_NOTE =
  'ENISA lists this CSIRT as publishing the national coordinated-vulnerability-disclosure policy or reporting channel; its formal designation as coordinator under NIS2 Art 12(1) was not checked in national law.';
const CRA_EEA =
  'EEA EFTA state: whether the CRA (and NIS2 Art 12) apply here is unknown (no source found on their incorporation into the EEA Agreement).';

function coordinator(
  name: string,
  policyUrl: string,
  extra: {
    abbreviation?: string;
    website?: string;
    confidence?: 'medium' | 'low';
    note?: string;
  } = {},
) {
  return known({
    name,
    ...(extra.abbreviation ? { abbreviation: extra.abbreviation } : {}),
    ...(extra.website ? { website: extra.website } : {}),
    reportingChannel: SRP,
    sources: [CNW_README, policyUrl],
    confidence: extra.confidence ?? 'low',
    note: extra.note ?? CVD_NOTE,
  });
}

export const CRA_COORDINATING_CSIRTS: AuthorityTable = {
  AT: coordinator('CERT.at', 'https://www.cert.at/de/spezielles/2025/5/nationale-cvd-policy', {
    website: 'https://cert.at',
    confidence: 'medium',
    note: `${CVD_NOTE} CERT.at publishes the national CVD policy (2025).`,
  }),
  BE: coordinator(
    'Centre for Cybersecurity Belgium',
    'https://ccb.belgium.be/en/vulnerability-reporting-ccb',
    { abbreviation: 'CCB', website: 'https://ccb.belgium.be' },
  ),
  BG: unknown(CRA_TRIED, { reportingChannel: SRP }),
  HR: unknown(CRA_TRIED, { reportingChannel: SRP }),
  CY: unknown(CRA_TRIED, { reportingChannel: SRP }),
  CZ: unknown(CRA_TRIED, { reportingChannel: SRP }),
  DK: unknown(CRA_TRIED, { reportingChannel: SRP }),
  EE: unknown(CRA_TRIED, { reportingChannel: SRP }),
  FI: coordinator(
    'NCSC-FI',
    'https://www.kyberturvallisuuskeskus.fi/en/our-services/situation-awareness-and-network-management',
    {
      website: 'https://www.kyberturvallisuuskeskus.fi',
    },
  ),
  FR: coordinator(
    'ANSSI (CERT-FR)',
    'https://www.ssi.gouv.fr/actualite/vous-souhaitez-declarer-une-faille-de-securite/',
    { website: 'https://www.cert.ssi.gouv.fr' },
  ),
  DE: coordinator(
    'CERT-Bund (BSI)',
    'https://www.bsi.bund.de/EN/IT-Sicherheitsvorfall/IT-Schwachstellen/it-schwachstellen_node.html',
    {
      website: 'https://www.bsi.bund.de',
    },
  ),
  GR: unknown(CRA_TRIED, { reportingChannel: SRP }),
  HU: unknown(CRA_TRIED, { reportingChannel: SRP }),
  IE: unknown(CRA_TRIED, { reportingChannel: SRP }),
  IT: unknown(CRA_TRIED, { reportingChannel: SRP }),
  LV: coordinator('CERT.LV', 'https://cert.lv/en/2016/09/cert-lv-responsible-disclosure-policy', {
    website: 'https://cert.lv',
  }),
  LT: unknown(CRA_TRIED, { reportingChannel: SRP }),
  LU: coordinator('CIRCL', 'https://circl.lu/pub/responsible-vulnerability-disclosure/', {
    website: 'https://www.circl.lu',
  }),
  MT: coordinator('CIPD', 'https://www.mdia.gov.mt/ncvdp/', {
    note: `${CVD_NOTE} ENISA lists the national CVD policy under the abbreviation CIPD, hosted on the MDIA site; the body's full name was not captured.`,
  }),
  NL: coordinator(
    'NCSC-NL',
    'https://english.ncsc.nl/publications/publications/2019/juni/01/coordinated-vulnerability-disclosure-the-guideline',
    {
      website: 'https://www.ncsc.nl',
    },
  ),
  PL: coordinator('CERT Polska (CERT-PL)', 'https://cert.pl/en/cvd/', {
    website: 'https://cert.pl',
  }),
  PT: unknown(CRA_TRIED, { reportingChannel: SRP }),
  RO: unknown(CRA_TRIED, { reportingChannel: SRP }),
  SK: coordinator('SK-CERT', 'https://www.sk-cert.sk/en/vulnerability-reporting/index.html', {
    website: 'https://www.sk-cert.sk',
  }),
  SI: unknown(CRA_TRIED, { reportingChannel: SRP }),
  ES: coordinator(
    'INCIBE-CERT',
    'https://www.incibe.es/en/incibe-cert/early-warning/vulnerabilities/cve-assignment-publication',
    {
      website: 'https://www.incibe.es',
    },
  ),
  SE: unknown(CRA_TRIED, { reportingChannel: SRP }),
  IS: unknown(CRA_TRIED, { reportingChannel: SRP, note: CRA_EEA }),
  LI: unknown(CRA_TRIED, { reportingChannel: SRP, note: CRA_EEA }),
  NO: unknown(CRA_TRIED, { reportingChannel: SRP, note: CRA_EEA }),
};
