/**
 * Medical-device competent authorities (MDR Art 101 / IVDR Art 96), which receive serious-incident
 * and field-safety-corrective-action reports (MDR Art 87, IVDR Art 82) until the EUDAMED vigilance
 * module is mandatory.
 *
 * Verified on each authority's own vigilance pages (or, where marked, on the national law or a
 * third-party summary). The Commission's list of competent authorities and the CAMD member list,
 * to which several authorities refer, were not found in the stored sources (searched again on
 * 2026-11-23), so each entry rests on national sources.
 */
import { known, unknown } from './common.ts';
import type { AuthorityTable } from './types.ts';

const EUDAMED =
  'Reports go to the competent authority of the state where the incident occurred (MDR Art 87(1)); once the EUDAMED vigilance module is mandatory they are submitted through EUDAMED.';

export const MEDICAL_DEVICE_AUTHORITIES: AuthorityTable = {
  AT: known({
    name: 'Federal Office for Safety in Health Care',
    nationalName: 'Bundesamt für Sicherheit im Gesundheitswesen',
    abbreviation: 'BASG',
    website: 'https://www.basg.gv.at',
    reportingChannel: {
      description:
        'Manufacturer reporting form (PDF with XML) for serious incidents and FSCAs, sent to medizinprodukte@basg.gv.at',
      url: 'https://basg.gv.at/en/market-surveillance/reporting/medical-devices-vigilance',
    },
    sources: [
      'https://basg.gv.at/en/market-surveillance/reporting/medical-devices-vigilance',
      'https://basg.gv.at/en/consumers/medizinprodukte',
    ],
    confidence: 'high',
    note: EUDAMED,
  }),
  BE: known({
    name: 'Federal Agency for Medicines and Health Products',
    abbreviation: 'FAMHP',
    website: 'https://www.famhp.be',
    reportingChannel: {
      description:
        'Incident and FSCA notification forms for manufacturers and authorised representatives, sent to the Vigilance division (vigilance.meddev@fagg-afmps.be)',
      url: 'https://www.famhp.be/en/human_use/health_products/medical_devices_accessories/materiovigilance/how_notify',
    },
    sources: [
      'https://www.famhp.be/en/human_use/health_products/medical_devices_accessories/materiovigilance/how_notify',
      'https://www.afmps.be/en/human_use/health_products/medical_devices_accessories/materiovigilance/who_should_notify',
    ],
    confidence: 'high',
    note: `Known in French as AFMPS and in Dutch as FAGG (its domains and mailboxes); its full French and Dutch names were not captured. The stored pages date from before the MDR applied (last updated 2020). ${EUDAMED}`,
  }),
  BG: unknown(
    "Searched the stored web pages (English and Bulgarian) for the Bulgarian Drug Agency's medical-device vigilance pages and for the competent authority under the MDR; only the 2007 Medical Devices Act (pre-MDR, third-party copies) and BDA pages on medicinal products were found.",
    {
      leads: [
        'Bulgarian Drug Agency (BDA, Изпълнителна агенция по лекарствата, www.bda.bg) — named as regulator of medical devices only by a law-firm article (cms-lawnow.com, 2021); the Medical Devices Act 2007 provides for an incident notification system, its authority not read in an MDR-era text',
      ],
    },
  ),
  HR: known({
    name: 'Agency for Medicinal Products and Medical Devices',
    abbreviation: 'HALMED',
    website: 'https://halmed.hr',
    sources: [
      'https://halmed.hr/en/Medicinski-proizvodi/Uloga-HALMED-a-i-zakonodavni-okvir/Uloga-HALMED-a',
      'https://mdlaw.eu/ivdr/mdr-ivdr-national-implementation-croatia/',
    ],
    confidence: 'high',
    note: `HALMED runs the vigilance system; its own page cites the pre-MDR Medicinal Products Act, a third-party summary of the MDR implementing act names HALMED as the Croatian competent authority. Reporting channel not captured. ${EUDAMED}`,
  }),
  CY: known({
    name: 'Cyprus Medical Devices Competent Authority',
    nationalName: 'Αρμόδια Αρχή Ιατροτεχνολογικού Εξοπλισμού',
    website:
      'https://www.moh.gov.cy/moh/mphs/mphs.nsf/All/E08EECD15D63E1ACC225850A00343F19?OpenDocument',
    sources: [
      'https://www.cyprus.gov.cy/Moh/mphs/mphs.nsf/page21_el/page21_el?OpenDocument',
      'https://www.moh.gov.cy/moh/mphs/mphs.nsf/All/E08EECD15D63E1ACC225850A00343F19?OpenDocument',
    ],
    confidence: 'high',
    note: `Part of the Medical and Public Health Services of the Ministry of Health; its own page describes it as the competent government authority for medical devices under Cypriot and EU law, and its regulatory pages cite the MDR and IVDR. Vigilance reporting channel not captured. ${EUDAMED}`,
  }),
  CZ: known({
    name: 'State Institute for Drug Control',
    nationalName: 'Státní ústav pro kontrolu léčiv',
    abbreviation: 'SÚKL',
    website: 'https://sukl.gov.cz',
    reportingChannel: {
      description:
        'Manufacturer Incident Report (MIR) as PDF and XML, signed electronically, via the SÚKL web interface, data box qwfai2m, or e-mail (urgent@sukl.gov.cz outside office hours)',
      url: 'https://sukl.gov.cz/hlaseni-zavazne-nezadouci-prihody-a-podezreni-na-zavaznou-nezadouci-prihodu-u-zp/jak-podat-hlaseni-vigilance-zp/',
    },
    sources: [
      'https://sukl.gov.cz/hlaseni-zavazne-nezadouci-prihody-a-podezreni-na-zavaznou-nezadouci-prihodu-u-zp/jak-podat-hlaseni-vigilance-zp/',
    ],
    confidence: 'high',
    note: EUDAMED,
  }),
  DK: known({
    name: 'Danish Medicines Agency',
    nationalName: 'Lægemiddelstyrelsen',
    abbreviation: 'DKMA',
    website: 'https://laegemiddelstyrelsen.dk',
    reportingChannel: {
      description:
        "Incident reporting for manufacturers, per the agency's guidance on reporting incidents and field safety corrective actions",
      url: 'https://laegemiddelstyrelsen.dk/da/udstyr/indberetning-af-haendelser',
    },
    sources: [
      'https://laegemiddelstyrelsen.dk/da/udstyr/indberetning-af-haendelser',
      'https://www.ism.dk/sundhed/medicin-og-apoteker/medicinsk-udstyr',
    ],
    confidence: 'high',
    note: EUDAMED,
  }),
  EE: known({
    name: 'Terviseamet',
    website: 'https://www.terviseamet.ee',
    reportingChannel: {
      description:
        'Manufacturer Incident Report (MIR) form to Terviseamet, the competent authority of the state where the incident occurred; medical-devices department mailbox mso@terviseamet.ee',
      url: 'https://www.terviseamet.ee/et/meditsiini-seadmed/meditsiiniseadmed/jaemuujale/meditsiiniseadmete-ohutusalane-teave',
    },
    sources: [
      'https://www.terviseamet.ee/et/meditsiini-seadmed/meditsiiniseadmed/jaemuujale/meditsiiniseadmete-ohutusalane-teave',
      'https://terviseamet.ee/et/meditsiini-seadmed/turujarelevalve/defektsed-seadmed',
    ],
    confidence: 'high',
    note: `Terviseamet calls itself the competent authority (pädev asutus) to which manufacturers report incidents with the European MIR form. The stored vigilance page gives pre-MDR deadlines (2/10/30 days) and may predate the MDR; its English name (commonly 'Health Board') was not captured from the stored pages. ${EUDAMED}`,
  }),
  FI: known({
    name: 'Finnish Medicines Agency Fimea',
    abbreviation: 'Fimea',
    website: 'https://www.fimea.fi',
    reportingChannel: {
      description:
        'Manufacturer incident report (MIR form); older Fimea guidance gives meddev.vigilance@fimea.fi',
      url: 'https://www.fimea.fi/web/en/medical-devices/manufacturer-s-incident-reporting-procedure/incident-report',
    },
    sources: [
      'https://www.fimea.fi/web/en/medical-devices/manufacturer-s-incident-reporting-procedure/incident-report',
      'https://www.fimea.fi/en/web/en/medical-devices/incident-reporting',
    ],
    confidence: 'high',
    note: EUDAMED,
  }),
  FR: known({
    name: 'Agence nationale de sécurité du médicament et des produits de santé',
    abbreviation: 'ANSM',
    website: 'https://ansm.sante.fr',
    reportingChannel: {
      description:
        'Materiovigilance declaration to ANSM (materiovigilance@ansm.sante.fr or the medical-devices declaration form)',
      url: 'https://ansm.sante.fr/dossiers-thematiques/declaration-dun-incident-survenu-avec-un-dae',
    },
    sources: [
      'https://ansm.sante.fr/dossiers-thematiques/declaration-dun-incident-survenu-avec-un-dae',
      'https://ansm.sante.fr/documents/reference/reglementation-relative-aux-dispositifs-medicaux-dm-et-aux-dispositifs-medicaux-de-diagnostic-in-vitro-dmdiv/faq-reglement-dm-2eme-partie',
    ],
    confidence: 'high',
    note: `ANSM is the competent authority for the MDR under the Public Health Code (Art L5211-2); ANSM states that manufacturers must notify it of serious incidents under MDR Art 87. The channel above was given for a device class (defibrillators) and is assumed general. ${EUDAMED}`,
  }),
  DE: known({
    name: 'Federal Institute for Drugs and Medical Devices',
    nationalName: 'Bundesinstitut für Arzneimittel und Medizinprodukte',
    abbreviation: 'BfArM',
    website: 'https://www.bfarm.de',
    reportingChannel: {
      description:
        'Reports to the BfArM medical-devices department (mp-vigilanz@bfarm.de); user reports are recorded in the German medical-device information and database system (DMIDS)',
      url: 'https://bfarm.de/DE/Medizinprodukte/_FAQ/Vorkommnisse/_node.html',
    },
    sources: [
      'https://bfarm.de/DE/Medizinprodukte/_FAQ/Vorkommnisse/_node.html',
      'https://rp.baden-wuerttemberg.de/themen/gesundheit/medizinprodukte/vorkommnisse-mit-medizinprodukten/',
      'https://lexcada.com/akn/de/act/2021-04-21/MPAMIV/deu/!page_3',
    ],
    confidence: 'high',
    note: `For certain in vitro diagnostics (per BfArM, those under classification rules 1, 2 and 3(a) onwards; the stored copy is truncated there) the Paul-Ehrlich-Institut receives the reports instead. The regional authorities of the Länder supervise the implementation of corrective measures. ${EUDAMED}`,
  }),
  GR: known({
    name: 'National Organization for Medicines',
    abbreviation: 'EOF',
    sources: ['https://globalmedreg.com/home/listing/16'],
    confidence: 'low',
    note: `Only third-party regulatory summaries (globalmedreg, thema-med) name EOF as the Greek competent authority; the authority's own site was not found in the stored sources. ${EUDAMED}`,
  }),
  HU: known({
    name: 'Nemzeti Népegészségügyi és Gyógyszerészeti Központ',
    abbreviation: 'NNGYK',
    website: 'https://nngyk.gov.hu',
    sources: [
      'https://ogyei.gov.hu/medical_devices',
      'https://nngyk.gov.hu/hu/?id=593&view=category',
      'https://hgysz.hu/07/21/megjelent-a-nemzeti-nepegeszsegugyi-es-gyogyszereszeti-kozpontrol-szolo-rendelet/',
    ],
    confidence: 'medium',
    note: `OGYÉI's own page states that OGYÉI is the Hungarian competent authority for medical devices and in vitro diagnostics (MDR era). Under Government Decree 333/2023 (VII. 20.), OGYÉI merged into the NNGYK on 1 August 2023, which is its general legal successor and took over its powers, including its medical-device tasks (NNGYK page; professional association summary). The NNGYK's own medical-device vigilance page and reporting channel were not found. ${EUDAMED}`,
  }),
  IE: known({
    name: 'Health Products Regulatory Authority',
    abbreviation: 'HPRA',
    website: 'https://www.hpra.ie',
    reportingChannel: {
      description:
        'Mandatory manufacturer reports to the HPRA Medical Devices Department (devices@hpra.ie)',
    },
    sources: ['https://www.hpra.ie/homepage/medical-devices/safety-information'],
    confidence: 'high',
    note: `The HPRA describes itself as the competent authority monitoring the safety of all medical devices in Ireland. The e-mail address above is given on its reporting page (hpra.ie/homepage/medical-devices/safety-information/reporting-safety-issues, stored over http); the manufacturer-specific route was not captured. ${EUDAMED}`,
  }),
  IT: known({
    name: 'Ministry of Health',
    nationalName: 'Ministero della Salute',
    website: 'https://www.salute.gov.it',
    reportingChannel: {
      description:
        'Serious-incident and FSCA reports to the Ministry of Health as set out in Legislative Decree 137/2022 Art 10 and the circular of 29 November 2022',
      url: 'https://www.salute.gov.it/portale/temi/p2_6.jsp?lingua=italiano&id=90&area=dispositivi-medici&menu=vigilanza_cap1',
    },
    sources: [
      'https://www.salute.gov.it/portale/temi/p2_6.jsp?lingua=italiano&id=90&area=dispositivi-medici&menu=vigilanza_cap1',
      'https://www.gazzettaufficiale.it/atto/serie_generale/caricaArticolo?art.versione=1&art.idGruppo=0&art.flagTipoArticolo=0&art.codiceRedazionale=22G00145&art.idArticolo=10&art.idSottoArticolo=1&art.idSottoArticolo1=10&art.dataPubblicazioneGazzetta=2022-09-13&art.progressivo=0',
    ],
    confidence: 'high',
    note: EUDAMED,
  }),
  LV: known({
    name: 'State Agency of Medicines',
    nationalName: 'Zāļu valsts aģentūra',
    abbreviation: 'ZVA',
    website: 'https://www.zva.gov.lv',
    sources: [
      'https://www.vi.gov.lv/lv/izplatisanas-un-lietosanas-kontrole',
      'https://www.zva.gov.lv/lv/veselibas-aprupes-specialistiem-un-iestadem/mediciniskas-ierices/vigilance/zinot-par-negadijumu-ar-medicinisko-ierici',
    ],
    confidence: 'medium',
    note: `The Health Inspectorate (Veselības inspekcija) names ZVA as the competent institution for medical devices and the vigilance system; the Inspectorate itself controls distribution and use. English name from a third-party source. Manufacturer channel not captured. ${EUDAMED}`,
  }),
  LT: known({
    name: 'Valstybinė akreditavimo sveikatos priežiūros veiklai tarnyba prie Sveikatos apsaugos ministerijos',
    abbreviation: 'VASPVT',
    website: 'https://vaspvt.gov.lt',
    reportingChannel: {
      description:
        "Incident and field-safety-corrective-action reports to the Accreditation Service under chapter III (MDR devices) or chapter II (IVDR devices) of its vigilance reporting procedure ('Budrumas' tvarkos aprašas)",
      url: 'https://vaspvt.gov.lt/node/116',
    },
    sources: ['https://vaspvt.gov.lt/node/116'],
    confidence: 'high',
    note: `The service's vigilance page says the law obliges manufacturers and their representatives to inform it ('Akreditavimo tarnyba') of incidents and FSCAs, for devices under Regulation (EU) 2017/745 and the IVDR. English name not captured from the stored page. ${EUDAMED}`,
  }),
  LU: unknown(
    'Searched the stored pages of the Luxembourg Ministry of Health and Social Security (santesecu.public.lu), guichet.lu and Legilux for the MDR competent authority and a vigilance page; the medical-devices pages describe the national law but name no vigilance authority or channel.',
    {
      leads: [
        'Ministry of Health and Social Security — its medical-devices page (santesecu.public.lu/en/espace-professionnel/departement-sante/pharmacies-et-medicaments/dispositifs-medicaux.html) covers the MDR/IVDR and national registration rules; the Law of 16 January 1990 puts devices under the supervision of the Minister of Health',
        'Division of Pharmacy and Medicines of the National Health Directorate — guichet.lu names it the competent authority for pharmacovigilance (medicinal products, not devices)',
        'Agence luxembourgeoise des médicaments et produits de santé (ALMPS) — bill mentioned in a 2022 parliamentary question (dp.lu); whether it exists and handles device vigilance was not checked',
      ],
    },
  ),
  MT: known({
    name: 'Malta Medicines Authority',
    website: 'https://medicinesauthority.gov.mt',
    reportingChannel: {
      description:
        'Medical Devices unit (devices.medicinesauthority@gov.mt); national incident-reporting system',
      url: 'https://medicinesauthority.gov.mt/medicaldevices?l=1',
    },
    sources: [
      'https://medicinesauthority.gov.mt/medicaldevices',
      'https://medicinesauthority.gov.mt/medicaldevices?l=1',
    ],
    confidence: 'high',
    note: `National competent authority for medical devices under Subsidiary Legislation 458.59. ${EUDAMED}`,
  }),
  NL: known({
    name: 'Inspectie Gezondheidszorg en Jeugd',
    abbreviation: 'IGJ',
    website: 'https://www.igj.nl',
    reportingChannel: {
      description:
        "Manufacturer Incident Report (MIR) form submitted with 'Submit XML by Email' plus the PDF to meldpunt@igj.nl; FSCA standard form",
      url: 'https://www.igj.nl/zorgsectoren/medische-technologie/toezicht-op-producten/vigilantie-medische-technologie/melden-als-fabrikant',
    },
    sources: [
      'https://www.igj.nl/zorgsectoren/medische-technologie/toezicht-op-producten/vigilantie-medische-technologie/melden-als-fabrikant',
      'https://english.igj.nl/medical-technology/market-supervision/vigilance-reporting-incidents-and-corrective-actions/vigilance-reporting',
    ],
    confidence: 'high',
    note: EUDAMED,
  }),
  PL: known({
    name: 'Prezes Urzędu Rejestracji Produktów Leczniczych, Wyrobów Medycznych i Produktów Biobójczych',
    abbreviation: 'URPL',
    website: 'https://urpl.gov.pl',
    reportingChannel: {
      description:
        'Initial report by e-mail to incydenty@urpl.gov.pl or via ePUAP, until the EUDAMED module is in use',
      url: 'https://urpl.gov.pl/pl/komunikat-prezesa-urz%C4%99du-z-dnia-27-wrze%C5%9Bnia-2023-r-w-sprawie-post%C4%99powania-z-powa%C5%BCnymi-incydentami',
    },
    sources: [
      'https://urpl.gov.pl/pl/komunikat-prezesa-urz%C4%99du-z-dnia-27-wrze%C5%9Bnia-2023-r-w-sprawie-post%C4%99powania-z-powa%C5%BCnymi-incydentami',
    ],
    confidence: 'high',
    note: `The President of URPL declares itself the competent authority within the meaning of MDR Art 101 (communication of 27 September 2023). ${EUDAMED}`,
  }),
  PT: known({
    name: 'INFARMED, I.P.',
    abbreviation: 'INFARMED',
    website: 'https://www.infarmed.pt',
    reportingChannel: {
      description:
        'Incident notification and FSCA report forms of the National Medical Devices Vigilance System',
    },
    sources: [
      'https://www.infarmed.pt/web/infarmed/perguntas-frequentes-area-transversal/dm/vigilancia-dm',
      'https://www.infarmed.pt/pt_PT/web/infarmed/entidades/dispositivos-medicos/registo-de-dm-e-div',
      'https://globalmedreg.com/home/listing/33',
    ],
    confidence: 'high',
    note: `A third-party summary gives the English name "National Authority of Medicines and Health Products (INFARMED)"; the full official name was not captured. ${EUDAMED}`,
  }),
  RO: known({
    name: 'NAMMDR',
    nationalName: 'ANMDMR',
    website: 'https://anm.ro',
    sources: ['https://anm.ro/en/dispozitive-medicale/vigilenta'],
    confidence: 'high',
    note: `The agency's page states "The NAMMDR is the Romanian Competent Authority in the field of medical devices"; its full name was not captured from the stored page. ${EUDAMED}`,
  }),
  SK: known({
    name: 'State Institute for Drug Control',
    nationalName: 'Štátny ústav pre kontrolu liečiv',
    abbreviation: 'ŠÚKL',
    website: 'https://www.sukl.sk',
    sources: [
      'https://www.sukl.sk/sk/zdravotnicke-pomocky-informacie/vseobecne-informacie-z-oblasti-zp/vseobecne-informacie-o-posobnosti-sukl-v-oblasti-zdravotnickych-pomocok-zp?page_id=5691',
    ],
    confidence: 'high',
    note: `ŠÚKL describes itself as the competent authority (CA) for medical devices, recording and evaluating incidents within the vigilance system. Channel not captured. ${EUDAMED}`,
  }),
  SI: known({
    name: 'JAZMP',
    website: 'https://www.jazmp.si',
    sources: [
      'https://www.jazmp.si/en/medical-devices/medical-device-vigilance/',
      'https://jazmp.si/en/medical-devices/medical-device-vigilance/',
    ],
    confidence: 'high',
    note: `Participants in the vigilance system must report serious incidents in Slovenia to JAZMP; the full name and channel were not captured from the stored page. ${EUDAMED}`,
  }),
  ES: known({
    name: 'Agencia Española de Medicamentos y Productos Sanitarios',
    abbreviation: 'AEMPS',
    website: 'https://www.aemps.gob.es',
    sources: [
      'https://www.aemps.gob.es/productos-sanitarios/vigilancia_productossanitarios/vig-prof-nota/',
    ],
    confidence: 'high',
    note: `Stored AEMPS guidance (2019) covers the vigilance system, with regional vigilance points of the autonomous communities for healthcare professionals; the manufacturer channel was not captured. ${EUDAMED}`,
  }),
  SE: known({
    name: 'Swedish Medical Products Agency',
    nationalName: 'Läkemedelsverket',
    website: 'https://lakemedelsverket.se',
    reportingChannel: {
      description:
        'Manufacturer reporting of serious incidents that occurred in Sweden to Läkemedelsverket',
      url: 'https://lakemedelsverket.se/ChangeLanguage?contentReference=4050&languageId=en',
    },
    sources: [
      'https://lakemedelsverket.se/ChangeLanguage?contentReference=4050&languageId=en',
      'https://halmed.hr/en/Novosti-i-edukacije/Novosti/2021/HRPRES2020-Meeting-of-the-Competent-Authorities-for-Medical-Devices-CAMD-hosted-by-HALMED/2384',
    ],
    confidence: 'high',
    note: `Care providers report incidents with devices they make in-house to IVO (Inspektionen för vård och omsorg) instead. ${EUDAMED}`,
  }),
  IS: known({
    name: 'Icelandic Medicines Agency',
    abbreviation: 'IMA',
    website: 'https://www.ima.is',
    reportingChannel: {
      description: 'Incident report to the Icelandic Medicines Agency via island.is',
      url: 'https://island.is/en/incidents-involving-medical-devices',
    },
    sources: [
      'https://www.ima.is/medical-devices/about-medical-devices/',
      'https://island.is/en/incidents-involving-medical-devices',
    ],
    confidence: 'high',
    note: `EEA EFTA state; the IMA states it is the competent authority for medical devices. ${EUDAMED}`,
  }),
  LI: known({
    name: 'Office of Public Health',
    nationalName: 'Amt für Gesundheit',
    website: 'https://www.llv.li',
    reportingChannel: {
      description:
        'Serious incidents and FSCAs of devices placed on the market under EEA law: notification to the Office of Public Health (the page offers an EEA notification form); devices placed on the market under the customs treaty with Switzerland: Swissmedic',
      url: 'https://llv.li/en/business/industry-professional-associations/health-professions-and-healing/medical-devices-in-vitro-diagnostic-medical-devices/incidents-fsca',
    },
    sources: [
      'https://llv.li/en/business/industry-professional-associations/health-professions-and-healing/medical-devices-in-vitro-diagnostic-medical-devices/incidents-fsca',
      'https://www.gesetze.li/konso/html/2024074000?version=1&search_text=&search_loc=',
    ],
    confidence: 'high',
    note: `EEA EFTA state. The national administration's vigilance page: "The responsible authority for devices placed on the market under EEA law is the Office of Public Health"; for devices placed on the market under customs-treaty (Swiss) law it is Swissmedic. The Amt für Gesundheit and Swissmedic cooperate under an administrative agreement of 27 February 2024. ${EUDAMED}`,
  }),
  NO: known({
    name: 'Direktoratet for medisinske produkter',
    abbreviation: 'DMP',
    website: 'https://www.dmp.no',
    reportingChannel: {
      description: 'Serious incidents in Norway reported to DMP under the EU vigilance system',
      url: 'https://www.dmp.no/medisinsk-utstyr/hendelser-og-sikkerhetstiltak/alvorlige-hendelser-med-medisinsk-utstyr',
    },
    sources: [
      'https://www.dmp.no/medisinsk-utstyr/hendelser-og-sikkerhetstiltak/alvorlige-hendelser-med-medisinsk-utstyr',
    ],
    confidence: 'high',
    note: `EEA EFTA state. English name not captured. ${EUDAMED}`,
  }),
};
