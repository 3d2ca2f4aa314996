/**
 * The states of the registry: the 27 EU member states (from the facts vocabulary) plus the EEA
 * EFTA states Iceland, Liechtenstein and Norway, with their time zones and, for the EEA EFTA
 * states, which of the notification regimes apply there.
 */
import { MEMBER_STATES } from '../../facts/vocabulary.ts';
import type { MemberState } from '../../facts/vocabulary.ts';
import type { EeaActStatus, EeaEftaState, StateCode, StateEntry } from './types.ts';

export const EEA_EFTA_STATES = {
  IS: 'Iceland',
  LI: 'Liechtenstein',
  NO: 'Norway',
} as const satisfies Record<EeaEftaState, string>;

/** Every state code of the registry, EU member states first (as in the vocabulary), then EEA EFTA. */
export const STATE_CODES: readonly StateCode[] = [
  ...(Object.keys(MEMBER_STATES) as MemberState[]),
  ...(Object.keys(EEA_EFTA_STATES) as EeaEftaState[]),
];

/** IANA zone of each EU member state's capital (mainland). */
const EU_TIME_ZONES: Record<MemberState, string> = {
  AT: 'Europe/Vienna',
  BE: 'Europe/Brussels',
  BG: 'Europe/Sofia',
  HR: 'Europe/Zagreb',
  CY: 'Asia/Nicosia',
  CZ: 'Europe/Prague',
  DK: 'Europe/Copenhagen',
  EE: 'Europe/Tallinn',
  FI: 'Europe/Helsinki',
  FR: 'Europe/Paris',
  DE: 'Europe/Berlin',
  GR: 'Europe/Athens',
  HU: 'Europe/Budapest',
  IE: 'Europe/Dublin',
  IT: 'Europe/Rome',
  LV: 'Europe/Riga',
  LT: 'Europe/Vilnius',
  LU: 'Europe/Luxembourg',
  MT: 'Europe/Malta',
  NL: 'Europe/Amsterdam',
  PL: 'Europe/Warsaw',
  PT: 'Europe/Lisbon',
  RO: 'Europe/Bucharest',
  SK: 'Europe/Bratislava',
  SI: 'Europe/Ljubljana',
  ES: 'Europe/Madrid',
  SE: 'Europe/Stockholm',
};

/** Parts of EU territory on another clock than the capital (outermost regions). */
const EU_OTHER_ZONES: Partial<Record<MemberState, StateEntry['otherTimeZones']>> = {
  PT: [
    { timeZone: 'Atlantic/Azores', area: 'Azores (one hour behind the mainland)' },
    { timeZone: 'Atlantic/Madeira', area: 'Madeira (same offset as the mainland)' },
  ],
  ES: [{ timeZone: 'Atlantic/Canary', area: 'Canary Islands (one hour behind the mainland)' }],
  FR: [
    { timeZone: 'America/Guadeloupe', area: 'Guadeloupe' },
    { timeZone: 'America/Martinique', area: 'Martinique' },
    { timeZone: 'America/Cayenne', area: 'French Guiana' },
    { timeZone: 'Indian/Reunion', area: 'Réunion' },
    { timeZone: 'Indian/Mayotte', area: 'Mayotte' },
  ],
};

const EFTA_NIS_NEWS =
  'https://www.efta.int/EEA/news/First-Joint-Committee-meeting-2023-Berlaymont-533986';
const EDPB_WHO = 'https://edpb.europa.eu/about-edpb/about-edpb/who-we-are_en';
const AI_ACT_TRACKER = 'https://artificialintelligenceact.eu/es/national-implementation-plans';

/** What we could establish about the acts behind the authority types in the EEA EFTA states. */
const EEA_ACTS: StateEntry['eeaActs'] = {
  gdpr: {
    status: 'applies',
    note: 'The supervisory authorities of Iceland, Liechtenstein and Norway sit on the EDPB for GDPR matters (without a vote), which presupposes that the GDPR applies there.',
    sources: [EDPB_WHO],
  },
  mdr: {
    status: 'applies',
    note: 'The national medical-device authorities of Iceland and Norway describe MDR/IVDR vigilance as applying there; the EEA Joint Committee decision itself was not checked.',
    sources: [
      'https://www.ima.is/medical-devices/about-medical-devices/',
      'https://globalmedreg.com/home/listing/18',
    ],
  },
  ivdr: {
    status: 'applies',
    note: 'As for the MDR (third-party summary: Iceland follows the MDR and IVDR under the EEA framework); the EEA Joint Committee decision itself was not checked.',
    sources: ['https://globalmedreg.com/home/listing/18'],
  },
  nis2: {
    status: 'unknown',
    note: 'The first NIS Directive (2016/1148) and the Cybersecurity Act were incorporated into the EEA Agreement on 3 February 2023; no source on the incorporation of NIS2 (2022/2555) was found.',
    sources: [EFTA_NIS_NEWS],
  },
  cra: {
    status: 'unknown',
    note: 'No source on the incorporation of the Cyber Resilience Act into the EEA Agreement was found.',
    sources: [EFTA_NIS_NEWS],
  },
  'ai-act': {
    status: 'unknown',
    note: 'As of May 2025 the AI Act was under scrutiny by the EEA EFTA states for incorporation; the EEA EFTA states attend the AI Board as observers. Later status not found.',
    sources: [AI_ACT_TRACKER],
  },
  cer: {
    status: 'unknown',
    note: 'Not checked: no source on EEA incorporation of the CER Directive was found.',
    sources: [EFTA_NIS_NEWS],
  },
  gpsr: {
    status: 'unknown',
    note: 'Not checked: no source on EEA incorporation of the GPSR was found.',
    sources: [EFTA_NIS_NEWS],
  },
  ehds: {
    status: 'unknown',
    note: 'Not checked: no source on EEA incorporation of the EHDS was found.',
    sources: [EFTA_NIS_NEWS],
  },
} satisfies Partial<Record<string, EeaActStatus>>;

const EEA_EFTA_TIME_ZONES: Record<EeaEftaState, string> = {
  IS: 'Atlantic/Reykjavik',
  LI: 'Europe/Vaduz',
  NO: 'Europe/Oslo',
};

export const STATES: { readonly [S in StateCode]: StateEntry } = {
  ...(Object.fromEntries(
    (Object.keys(MEMBER_STATES) as MemberState[]).map((code) => {
      const others = EU_OTHER_ZONES[code];
      const entry: StateEntry = {
        code,
        name: MEMBER_STATES[code],
        membership: 'eu',
        timeZone: EU_TIME_ZONES[code],
        ...(others ? { otherTimeZones: others } : {}),
      };
      return [code, entry];
    }),
  ) as Record<MemberState, StateEntry>),
  IS: {
    code: 'IS',
    name: EEA_EFTA_STATES.IS,
    membership: 'eea-efta',
    timeZone: EEA_EFTA_TIME_ZONES.IS,
    eeaActs: EEA_ACTS,
  },
  LI: {
    code: 'LI',
    name: EEA_EFTA_STATES.LI,
    membership: 'eea-efta',
    timeZone: EEA_EFTA_TIME_ZONES.LI,
    eeaActs: EEA_ACTS,
  },
  NO: {
    code: 'NO',
    name: EEA_EFTA_STATES.NO,
    membership: 'eea-efta',
    timeZone: EEA_EFTA_TIME_ZONES.NO,
    eeaActs: EEA_ACTS,
  },
};
