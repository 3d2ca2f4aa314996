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
const NIS2_AUTH_SEARCHED =
  'Not established: searched the stored pages (2026-11-23) for the national NIS2 transposition act and the authority supervising health-sector entities; no source settles which authority is competent for health and receives notifications, or the act was not found in force. See leads.';
const HEALTH_SECTOR_NOTE =
  'Sectoral authorities may share supervision of health-sector entities; which authority supervises them, and whether notifications go to it or to the CSIRT, was not established from the sources read.';

export const NIS2_COMPETENT_AUTHORITIES: AuthorityTable = {
  AT: unknown(NIS2_AUTH_SEARCHED, {
    leads: [
      'Bundesamt für Cybersicherheit — to be created by the NISG 2026 (Netz- und Informationssystemsicherheitsgesetz 2026), which also keeps a register of the entities (LexisNexis summary of the parliamentary bill, 360.lexisnexis.at); enactment, entry into force and its role for health-sector entities not checked',
    ],
  }),
  BE: known({
    name: 'Centre for Cybersecurity Belgium',
    abbreviation: 'CCB',
    website: 'https://ccb.belgium.be',
    sources: ['https://ccb.belgium.be/fr/node/410', 'https://atwork.safeonweb.be/nis2'],
    confidence: 'high',
    note: `Designated by the Royal Decree of 9 June 2024 implementing the Law of 26 April 2024 (Belgian NIS2 law, in force 18 October 2024) as the national cybersecurity authority and national CSIRT, supported by sectoral authorities (CCB's own pages). ${HEALTH_SECTOR_NOTE} Reporting channel not captured.`,
  }),
  BG: unknown(NIS2_AUTH_TRIED),
  HR: unknown(NIS2_AUTH_TRIED),
  CY: unknown(NIS2_AUTH_TRIED),
  CZ: known({
    name: 'Národní úřad pro kybernetickou a informační bezpečnost',
    abbreviation: 'NÚKIB',
    website: 'https://nukib.gov.cz',
    reportingChannel: {
      description:
        'Portál NÚKIB: registration of the regulated service, then incident reports (initial report within 24 hours) exclusively through the portal once NÚKIB has decided on the registration',
      url: 'https://portal.nukib.gov.cz',
    },
    sources: [
      'https://www.csirt-cz.cz/cs/formulare',
      'https://www.cfotrends.cz/clanky/den-d-je-tady-novy-zakon-o-kyberbezpecnosti-meni-pravidla-pro-12-tisic-firem-a-instituci/',
      'https://www.kyberpece.cz/nekterym-poskytovatelum-socialnich-sluzeb-prisla-vyzva-od-nukib-co-to-znamena-a-kdy-se-vas-to-netyka',
    ],
    confidence: 'medium',
    note: 'Act No. 264/2025 Coll. on cybersecurity (transposing NIS2) in force since 1 November 2025; providers of regulated services, including health care under the Act on health services (Decree No. 408/2025 Coll.), register and report incidents through the Portál NÚKIB; the national CERT (CSIRT.CZ) states that it and the governmental CERT now receive incident reports only through that portal. NÚKIB’s own pages were not read; portal address from secondary sources.',
  }),
  DK: unknown(NIS2_AUTH_SEARCHED, {
    leads: [
      'Act No. 434 of 6 May 2025 (NIS 2-loven) is in force (lovguiden.dk); a vendor article (rismasystems.com) names Sundhedsdatastyrelsen (Danish Health Data Authority) as sectoral supervisor for health, the Styrelsen for Samfundssikkerhed as coordinator and CFCS as receiver of incident reports — not confirmed by an official source',
    ],
  }),
  EE: unknown(NIS2_AUTH_TRIED),
  FI: unknown(NIS2_AUTH_SEARCHED, {
    leads: [
      'Cybersecurity Act 124/2025 (kyberturvallisuuslaki, cited in finlex.fi 125/2025) with sector-by-sector supervision; a South Savo ELY Centre press release (sttinfo.fi, April 2025) lists Valvira and Fimea among the supervising authorities — which of them supervises health-care providers versus medicinal-product or device manufacturers was not established',
    ],
  }),
  FR: unknown(NIS2_AUTH_SEARCHED, {
    leads: [
      'ANSSI — in charge of implementing the NIS2 transposition bill (projet de loi relatif à la résilience des infrastructures critiques et au renforcement de la cybersécurité, presented 15 October 2024); its adoption and the designation of ANSSI as competent authority were not confirmed in the stored sources',
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
  IE: unknown(NIS2_AUTH_SEARCHED, {
    leads: [
      "National Cyber Security Bill 2024 (General Scheme, 30 August 2024): federated model with the NCSC as lead competent authority and CSIRT, and 'an agency or agencies under the remit of the Minister for Health' for the health sector (Wikipedia and law-firm summaries); enactment and the designated health agency not checked",
    ],
  }),
  IT: known({
    name: 'Agenzia per la Cybersicurezza Nazionale',
    abbreviation: 'ACN',
    reportingChannel: {
      description:
        'Registration and communications with the national NIS authority through the digital platform on the ACN portal (ACN determination on the NIS platform)',
    },
    sources: [
      'https://agendadigitale.eu/sicurezza/direttiva-nis-2-cosi-litalia-rafforza-la-sicurezza-digitale',
      'https://solofin.net/news/prestiti/2024/12/31/cybersecurity-il-ruolo-strategico-dellacn-per-attuare-la-nis2',
      'https://www.ictlc.com/determina-dellacn-sulla-piattaforma-digitale-per-la-registrazione-dei-soggetti-nis/',
    ],
    confidence: 'medium',
    note: 'Legislative Decree 138/2024 (in force 16 October 2024) confirms ACN as national NIS competent authority and single point of contact (Art 10), with CSIRT Italia in ACN; it also provides for NIS sector authorities (Art 11), whose designation for health was not read — under the first NIS decree (D.Lgs. 65/2018 Art 7) they were the Ministry of Health and the regions. Sources are secondary summaries; the Gazzetta Ufficiale text was not read beyond its preamble.',
  }),
  LV: unknown(NIS2_AUTH_TRIED),
  LT: unknown(NIS2_AUTH_TRIED),
  LU: unknown(NIS2_AUTH_TRIED),
  MT: unknown(NIS2_AUTH_TRIED),
  NL: unknown(NIS2_AUTH_SEARCHED, {
    leads: [
      'Cyberbeveiligingswet (Cbw): not yet in force in the stored sources; a ministerial regulation for the health sector, in consultation from 10 November 2025, is to name the supervisor and reporting thresholds (icthealth.nl); Z-CERT is the CSIRT for the health sector; the Ministry of Health (VWS) answers questions at nis2-cer@minvws.nl (datavoorgezondheid.nl)',
    ],
  }),
  PL: unknown(NIS2_AUTH_SEARCHED, {
    leads: [
      'Amendment of the Act of 5 July 2018 on the national cybersecurity system (KSC) to transpose NIS2, covering the health sector (rzmlaw.com, May 2024 draft); the stored consolidated text predates it. Under the current KSC the Minister of Health is the authority for the health sector — not checked for the amended act',
    ],
  }),
  PT: known({
    name: 'Centro Nacional de Cibersegurança',
    abbreviation: 'CNCS',
    reportingChannel: {
      description:
        'Notification of significant incidents to the CNCS: early alert within 24 hours, update within 72 hours, final report within 30 working days after the end of impact; entities register on the CNCS platform',
    },
    sources: [
      'https://www.mlgts.pt/pt/conhecimento/legal-alerts/Legal-Alert-Novo-Regime-Juridico-de-Ciberseguranca-Transposicao-da-Diretiva-NIS2/26435',
      'https://www.vda.pt/pt/publicacoes/newsletters-e-flashes/diretiva-nis-2-transposta-em-portugal-decreto-lei-no-1252025-publicado/28172',
      'https://www.cuatrecasas.com/pt/latam/tecnologias-meios-digitais/art/novo-regime-juridico-ciberseguranca',
    ],
    confidence: 'medium',
    note: `Decree-Law 125/2025 of 4 December 2025 (new legal regime for cybersecurity, transposing NIS2; in force 120 days after publication) consolidates the CNCS as national cybersecurity authority, complemented by sectoral supervisory authorities. From law-firm summaries; the CNCS's own pages were not read. ${HEALTH_SECTOR_NOTE}`,
  }),
  RO: unknown(NIS2_AUTH_TRIED),
  SK: unknown(NIS2_AUTH_TRIED),
  SI: unknown(NIS2_AUTH_TRIED),
  ES: unknown(NIS2_AUTH_TRIED),
  SE: unknown(NIS2_AUTH_SEARCHED, {
    leads: [
      'IVO (Inspektionen för vård och omsorg) — its own page says it is the supervisory authority for the health-care sector under the first NIS law, with incident reports to MSB; the new Cybersäkerhetslag (prop. 2025/26:28, proposed entry into force 15 January 2026) was not checked for the health-sector supervisor or the reporting recipient',
    ],
  }),
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
