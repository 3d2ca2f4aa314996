/**
 * The facts vocabulary: everything a rule may ask about a product and the organisation behind
 * it. Profiles (YAML/JSON) are validated against the schema generated from this, and the
 * questionnaires ask these questions. A fact that is absent is unknown, never false.
 */
import { bool, date, group, num, oneOf, setOf, text } from './vocabulary-dsl.ts';
import type { LeafPaths, ValueAt } from './vocabulary-dsl.ts';
import { INCIDENT } from './groups/incident.ts';
import { IVDR_CLASSIFICATION } from './groups/ivdr-classification.ts';
import { LIFECYCLE } from './groups/lifecycle.ts';
import { MDR_CLASSIFICATION } from './groups/mdr-classification.ts';

export const MEMBER_STATES = {
  AT: 'Austria', BE: 'Belgium', BG: 'Bulgaria', HR: 'Croatia', CY: 'Cyprus', CZ: 'Czechia',
  DK: 'Denmark', EE: 'Estonia', FI: 'Finland', FR: 'France', DE: 'Germany', GR: 'Greece',
  HU: 'Hungary', IE: 'Ireland', IT: 'Italy', LV: 'Latvia', LT: 'Lithuania', LU: 'Luxembourg',
  MT: 'Malta', NL: 'Netherlands', PL: 'Poland', PT: 'Portugal', RO: 'Romania', SK: 'Slovakia',
  SI: 'Slovenia', ES: 'Spain', SE: 'Sweden',
} as const;
export type MemberState = keyof typeof MEMBER_STATES;

export const ROLES = {
  manufacturer: 'Manufacturer (places the product on the market under its own name or trademark)',
  'authorised-representative': 'Authorised representative of a non-EU manufacturer',
  importer: 'Importer',
  distributor: 'Distributor',
  'healthcare-provider': 'Healthcare provider (hospital, clinic, practice, telehealth service)',
  controller: 'Controller of personal data',
  processor: 'Processor of personal data on behalf of a controller',
  'ai-provider': 'Provider of an AI system',
  'ai-deployer': 'Deployer of an AI system',
  'data-holder': 'Data holder of product or related-service data',
  seller: 'Seller of goods to consumers',
  trader: 'Trader supplying digital content or digital services to consumers',
  'open-source-steward': 'Open-source software steward',
} as const;
export type Role = keyof typeof ROLES;

export const VOCABULARY = {
  product: group('The product', {
    name: text('What is the product called?'),
    intendedPurpose: text('What is the intended purpose, in the manufacturer’s words?'),
    components: setOf('Which parts make up the product as it is placed on the market?', {
      hardware: 'Physical device',
      'embedded-software': 'Firmware or embedded software',
      'mobile-app': 'Mobile app',
      'desktop-software': 'Desktop or server software',
      'cloud-service': 'Cloud back-end or remote data processing',
      gateway: 'Gateway or hub',
    }),
    hasDigitalElements: bool(
      'Is it a software or hardware product (with any remote data processing), i.e. a product with digital elements?',
      { cite: 'cra:art-3(1)' },
    ),
    dataConnection: bool(
      'Does its intended purpose or reasonably foreseeable use include a direct or indirect logical or physical data connection to a device or network?',
      { cite: 'cra:art-2(1)' },
    ),
    internetConnected: bool(
      'Can it communicate over the internet, itself or through other equipment (e.g. via a phone)?',
      { cite: 'red-da:art-1(1)' },
    ),
    radioEquipment: bool(
      'Does it intentionally emit or receive radio waves for communication (Bluetooth, Wi-Fi, cellular, NFC, …)?',
      { cite: 'red:art-2(1)(1)' },
    ),
    wearable: bool('Is it designed to be worn on, strapped to or hung from the body or clothing?', {
      cite: 'red-da:art-1(2)(d)',
    }),
    healthMonitoring: bool('Does it have a health-monitoring purpose (such as tracking vital signs or activity)?', {
      cite: 'cra:annex-III',
    }),
    forChildren: bool('Is it intended for use by and for children?', { cite: 'cra:annex-III' }),
    childcare: bool('Is it designed or intended exclusively for childcare (e.g. a baby monitor)?', {
      cite: 'red-da:art-1(2)(b)',
    }),
    toy: bool('Is it a toy within the Toy Safety Directive 2009/48/EC?', { cite: 'red-da:art-1(2)(c)' }),
    enablesMoneyTransfer: bool(
      'Does it let its holder or user transfer money, monetary value or virtual currency?',
      { cite: 'red-da:art-1(3)' },
    ),
    processesPersonalData: bool('Does it (or its app or cloud) process personal data?', {
      cite: 'gdpr:art-4(1)',
    }),
    processesHealthData: bool('Does it process data concerning health (vital signs, glucose, ECG, diagnoses, …)?', {
      cite: 'gdpr:art-4(15)',
    }),
    generatesProductData: bool(
      'Does it obtain, generate or collect data about its use or environment that it can communicate (a connected product)?',
      { cite: 'data-act:art-2(5)' },
    ),
    hasRelatedService: bool(
      'Is it supplied with a digital service without which it could not perform a function (a related service, e.g. the companion app or cloud)?',
      { cite: 'data-act:art-2(6)' },
    ),
    consumerProduct: bool(
      'Is it intended for consumers, or likely under reasonably foreseeable conditions to be used by consumers?',
      { cite: 'gpsr:art-3(1)' },
    ),
    commercialActivity: bool(
      'Is it made available in the course of a commercial activity (paid or free of charge)?',
      { cite: 'cra:art-3(22)' },
    ),
    openSource: bool('Is it free and open-source software?', { cite: 'cra:art-3(48)' }),
    euCybersecurityCertificate: bool(
      'Does the product hold, or is it seeking, a European cybersecurity certificate (e.g. EUCC)?',
      { cite: 'csa:art-56(1)' },
    ),
    specialRegimes: setOf(
      'Do any of these special regimes cover the product? (an empty list means none)',
      {
        'national-security-defence': 'Developed or modified exclusively for national security or defence, or to process classified information',
        'civil-aviation': 'Certified under Regulation (EU) 2018/1139 (civil aviation)',
        'marine-equipment': 'Marine equipment under Directive 2014/90/EU',
        'motor-vehicle': 'Vehicle type-approval under Regulation (EU) 2019/2144',
        'road-toll': 'Electronic road toll under Directive (EU) 2019/520',
        'identical-spare-part': 'A spare part replacing an identical component made to the same specification',
      },
      { cite: 'cra:art-2(2)', help: 'These regimes remove or limit the CRA and the RED delegated act.' },
    ),
    placedOnMarketOn: date(
      'On what date were (or will) the units you are assessing be placed on the EU market?',
      {
        help: 'Placing on the market is per unit: units placed on different dates can fall under different regimes.',
        cite: 'cra:art-3(21)',
      },
    ),
    substantiallyModified: bool(
      'Has the product been substantially modified since it was placed on the market (a change affecting its compliance with the essential requirements or its intended purpose)?',
      { cite: 'cra:art-3(30)' },
    ),
    substantiallyModifiedOn: date('On what date was it substantially modified?', {
      cite: 'cra:art-3(30)',
    }),
    expectedUseYears: num('For how many years is the product expected to be in use?', 'years', {
      cite: 'cra:art-13(8)',
    }),
    craCoreFunction: oneOf(
      'Which category of the CRA’s Annexes III and IV describes the product’s core functionality, if any?',
      {
        none: 'None of the listed categories',
        'identity-access-management': 'Identity or privileged access management, authentication or access-control readers',
        browser: 'Standalone or embedded browser',
        'password-manager': 'Password manager',
        'anti-malware': 'Anti-malware software',
        vpn: 'VPN',
        'network-management': 'Network management system',
        siem: 'SIEM system',
        'boot-manager': 'Boot manager',
        pki: 'PKI or certificate issuance software',
        'network-interface': 'Physical or virtual network interface',
        'operating-system': 'Operating system',
        'router-modem-switch': 'Router, internet modem or switch',
        'security-microprocessor': 'Microprocessor with security-related functions',
        'security-microcontroller': 'Microcontroller with security-related functions',
        'security-asic-fpga': 'ASIC or FPGA with security-related functions',
        'smart-home-assistant': 'Smart-home general-purpose virtual assistant',
        'smart-home-security': 'Smart-home product with security functions (lock, camera, baby monitoring, alarm)',
        'connected-toy': 'Internet-connected toy with social-interaction or location features',
        'hypervisor-container-runtime': 'Hypervisor or container runtime',
        'firewall-ids-ips': 'Firewall, intrusion detection or prevention system',
        'tamper-resistant-microprocessor': 'Tamper-resistant microprocessor',
        'tamper-resistant-microcontroller': 'Tamper-resistant microcontroller',
        'hardware-security-box': 'Hardware device with security box',
        'smart-meter-gateway': 'Smart-meter gateway or device for advanced security purposes',
        'smartcard-secure-element': 'Smartcard or secure element',
      },
      { cite: 'cra:art-7(1)' },
    ),
    medicalDevice: group('Status under the medical-device regulations', {
      qualification: oneOf(
        'What is the product under the MDR or IVDR, as its manufacturer places it on the market?',
        {
          'medical-device': 'Medical device (MDR Art 2(1))',
          'md-accessory': 'Accessory for a medical device (MDR Art 2(2))',
          ivd: 'In vitro diagnostic medical device (IVDR Art 2(2))',
          'ivd-accessory': 'Accessory for an IVD (IVDR Art 2(4))',
          'annex-xvi': 'Product without a medical purpose listed in MDR Annex XVI',
          'not-a-device': 'Not a medical device (e.g. wellness or consumer product)',
        },
        { cite: 'mdr:art-2(1)' },
      ),
      medicalPurpose: bool(
        'Does the manufacturer intend it for a medical purpose (diagnosis, prevention, monitoring, prediction, prognosis, treatment or alleviation of disease, injury or disability, …)?',
        { cite: 'mdr:art-2(1)', help: 'Asked only when the MDR/IVDR status is not given.' },
      ),
      inVitroExamination: bool(
        'Is it intended for the in vitro examination of specimens derived from the human body?',
        { cite: 'ivdr:art-2(2)' },
      ),
      class: oneOf(
        'What is its risk class?',
        {
          I: 'MDR class I', Is: 'MDR class I sterile', Im: 'MDR class I with measuring function',
          Ir: 'MDR class I reusable surgical instrument', IIa: 'MDR class IIa', IIb: 'MDR class IIb',
          III: 'MDR class III', A: 'IVDR class A', 'A-sterile': 'IVDR class A sterile', B: 'IVDR class B',
          C: 'IVDR class C', D: 'IVDR class D',
        },
        { cite: 'mdr:art-51(1)' },
      ),
      implantable: bool('Is it an implantable device?', { cite: 'mdr:art-2(5)' }),
      legacyDevice: bool(
        'Is it a legacy device still placed on the market under a certificate or declaration under the old directives (MDD, AIMDD or IVDD)?',
        { cite: 'mdr:art-120(3)' },
      ),
    }),
    mdrClassification: MDR_CLASSIFICATION,
    ivdrClassification: IVDR_CLASSIFICATION,
    ai: group('Artificial intelligence', {
      isAiSystem: bool(
        'Is the product, or a component of it, an AI system (a machine-based system that infers from its input how to generate outputs such as predictions, recommendations or decisions)?',
        { cite: 'ai-act:art-3(1)' },
      ),
      safetyComponent: bool('Is the AI system a safety component of the product, or the product itself?', {
        cite: 'ai-act:art-6(1)',
      }),
      annexIIIUseCase: oneOf(
        'Is the AI system intended for one of the high-risk uses of AI Act Annex III?',
        {
          none: 'None',
          'emergency-triage': 'Evaluating emergency calls, dispatching emergency services, emergency patient triage (Annex III 5(d))',
          'healthcare-eligibility': 'Public authorities assessing eligibility for healthcare services (Annex III 5(a))',
          'health-insurance-pricing': 'Risk assessment and pricing for life and health insurance (Annex III 5(c))',
          'biometric-categorisation': 'Biometric categorisation or emotion recognition (Annex III 1)',
          'other-annex-iii': 'Another Annex III use',
        },
        { cite: 'ai-act:art-6(2)' },
      ),
      interactsWithPersons: bool('Does the AI system interact directly with people or generate synthetic content?', {
        cite: 'ai-act:art-50(1)',
      }),
    }),
    ehr: group('Electronic health records', {
      isEhrSystem: bool(
        'Is it an electronic health record (EHR) system, intended to store, intermediate, import, export, convert, edit or view personal electronic health data of the EHDS priority categories?',
        { cite: 'ehds:art-2(2)(k)' },
      ),
      claimsEhrInteroperability: bool(
        'Does the manufacturer claim interoperability with the harmonised components of EHR systems?',
        { cite: 'ehds:art-27(1)' },
      ),
      wellnessApp: bool(
        'Is it a wellness application (intended to process electronic health data for purposes other than healthcare, e.g. well-being)?',
        { cite: 'ehds:art-2(2)(ab)' },
      ),
    }),
    markets: setOf('In which Member States is it made available?', MEMBER_STATES),
    lifecycle: LIFECYCLE,
  }),
  organisation: group('The organisation', {
    name: text('What is the organisation called?'),
    roles: setOf('Which roles does the organisation have for this product or activity?', ROLES),
    establishedInEu: bool('Is the organisation established in the EU?'),
    mainEstablishment: oneOf('In which Member State is its main establishment?', MEMBER_STATES, {
      cite: 'nis2:art-26(2)',
    }),
    employees: num('How many staff does the enterprise employ (headcount in annual work units)?', 'persons', {
      integer: true,
      cite: 'nis2:art-2(1)',
      help: 'Count partner and linked enterprises as Recommendation 2003/361/EC Annex Art 6 requires.',
    }),
    annualTurnoverEur: num('What is its annual turnover?', 'EUR', { cite: 'nis2:art-2(1)' }),
    balanceSheetEur: num('What is its annual balance-sheet total?', 'EUR', { cite: 'nis2:art-2(1)' }),
    healthActivities: setOf('Which health-sector activities does it carry out? (an empty list means none)', {
      'healthcare-provision': 'Healthcare provision (Directive 2011/24/EU Art 3(g))',
      'eu-reference-laboratory': 'EU reference laboratory (Regulation (EU) 2022/2371 Art 15)',
      'medicinal-product-research': 'Research and development of medicinal products',
      'pharmaceutical-manufacturing': 'Manufacture of basic pharmaceutical products and preparations (NACE C21)',
      'critical-device-manufacturing': 'Manufacture of devices on the public health emergency critical devices list (Regulation (EU) 2022/123 Art 22)',
      'medical-device-manufacturing': 'Manufacture of medical devices (MDR Art 2(1))',
      'ivd-manufacturing': 'Manufacture of in vitro diagnostic medical devices (IVDR Art 2(2))',
      'medicinal-product-distribution': 'Holding a distribution authorisation (Directive 2001/83/EC Art 79)',
    }, { cite: 'nis2:annex-I' }),
    digitalActivities: setOf('Which digital or manufacturing activities does it carry out? (an empty list means none)', {
      'cloud-computing': 'Cloud computing service provider',
      'data-centre': 'Data centre service provider',
      'managed-service': 'Managed service provider',
      'managed-security-service': 'Managed security service provider',
      'electronics-manufacturing': 'Manufacture of computer, electronic and optical products (NACE C26)',
      'electrical-equipment-manufacturing': 'Manufacture of electrical equipment (NACE C27)',
      'online-marketplace': 'Online marketplace',
    }, { cite: 'nis2:annex-I' }),
    publicBody: bool('Is it a public authority or body?', { cite: 'gdpr:art-37(1)(a)' }),
    nis2Designation: oneOf(
      'Has a Member State identified it under NIS2 regardless of its size?',
      {
        essential: 'Identified as an essential entity',
        important: 'Identified as an important entity',
        none: 'Not identified',
      },
      { cite: 'nis2:art-2(2)' },
    ),
    cerCriticalEntity: bool('Has a Member State identified it as a critical entity under the CER Directive?', {
      cite: 'cer:art-6(1)',
    }),
    cerNotifiedOn: date('On what date was it notified of its identification as a critical entity?', {
      cite: 'cer:art-6(3)',
    }),
    largeScaleSpecialData: bool(
      'Do its core activities consist of processing health or other special-category data on a large scale?',
      { cite: 'gdpr:art-37(1)(c)' },
    ),
    largeScaleMonitoring: bool(
      'Do its core activities require regular and systematic monitoring of people on a large scale?',
      { cite: 'gdpr:art-37(1)(b)' },
    ),
  }),
  incident: INCIDENT,
} as const;

export type Vocabulary = typeof VOCABULARY;
export type FactPath = LeafPaths<Vocabulary>;
export type FactValueAt<P extends FactPath> = ValueAt<Vocabulary, P>;
