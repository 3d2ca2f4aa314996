/**
 * The authorities registry: complete (every state × every authority type, known or explicitly
 * unknown), sourced and dated, with valid time zones; spot checks of entries verified against
 * stored sources on 2026-11-23.
 */
import { describe, expect, it } from 'vitest';
import { MEMBER_STATES } from '../../src/facts/vocabulary.ts';
import {
  AUTHORITIES,
  AUTHORITIES_CHECKED_ON,
  AUTHORITY_TYPES,
  AUTHORITY_TYPE_LABELS,
  STATE_CODES,
  STATES,
  authorityFor,
  stateTimeZone,
} from '../../src/kb/authorities/index.ts';
import type {
  AuthorityEntry,
  AuthorityType,
  KnownAuthority,
  StateCode,
} from '../../src/kb/authorities/index.ts';
import { isIsoDate } from '../../src/time/plain-date.ts';

const allEntries = (): AuthorityEntry[] =>
  STATE_CODES.flatMap((state) => AUTHORITY_TYPES.map((type) => AUTHORITIES[state][type]));

function knownEntry(state: StateCode, type: AuthorityType): KnownAuthority {
  const entry = authorityFor(state, type);
  if (entry.status !== 'known') throw new Error(`${state} ${type} is not known: ${entry.tried}`);
  return entry;
}

describe('authorities registry: coverage', () => {
  it('covers the 27 EU member states plus Iceland, Liechtenstein and Norway', () => {
    expect(STATE_CODES).toHaveLength(30);
    expect([...STATE_CODES].sort()).toEqual(
      [...Object.keys(MEMBER_STATES), 'IS', 'LI', 'NO'].sort(),
    );
    for (const code of STATE_CODES) {
      expect(STATES[code].code).toBe(code);
      expect(STATES[code].membership).toBe(code in MEMBER_STATES ? 'eu' : 'eea-efta');
    }
  });

  it('covers every authority member of the notification recipients', () => {
    expect([...AUTHORITY_TYPES].sort()).toEqual(
      [
        'ai-fundamental-rights-authority',
        'ai-market-surveillance-authority',
        'cer-competent-authority',
        'cra-coordinating-csirt-and-enisa',
        'data-protection-authority',
        'ehr-market-surveillance-authority',
        'medical-device-competent-authority',
        'nis2-competent-authority',
        'nis2-csirt',
        'product-safety-authority',
      ].sort(),
    );
    for (const type of AUTHORITY_TYPES)
      expect(AUTHORITY_TYPE_LABELS[type].length).toBeGreaterThan(5);
  });

  it('has an entry, known or explicitly unknown, for every state and every authority type', () => {
    for (const state of STATE_CODES) {
      for (const type of AUTHORITY_TYPES) {
        const entry = authorityFor(state, type);
        expect(entry.state, `${state} ${type}`).toBe(state);
        expect(entry.type, `${state} ${type}`).toBe(type);
        expect(['known', 'unknown']).toContain(entry.status);
      }
    }
    expect(allEntries()).toHaveLength(30 * AUTHORITY_TYPES.length);
  });

  it('has a known data-protection authority and national CSIRT for (almost) every state', () => {
    const knownCount = (type: AuthorityType) =>
      STATE_CODES.filter((s) => authorityFor(s, type).status === 'known').length;
    expect(knownCount('data-protection-authority')).toBe(30);
    expect(knownCount('nis2-csirt')).toBeGreaterThanOrEqual(29);
    expect(knownCount('medical-device-competent-authority')).toBeGreaterThanOrEqual(20);
  });

  it('answers an explicit unknown, not an exception, for a code outside the registry', () => {
    const entry = authorityFor('XX' as StateCode, 'nis2-csirt');
    expect(entry.status).toBe('unknown');
  });
});

describe('authorities registry: every entry is sourced and dated', () => {
  for (const entry of allEntries()) {
    const label = `${entry.state} ${entry.type}`;
    if (entry.status === 'known') {
      it(`${label}: name, https sources, checkedOn`, () => {
        expect(entry.name.trim().length, label).toBeGreaterThan(1);
        expect(entry.sources.length, label).toBeGreaterThan(0);
        for (const source of entry.sources) expect(source, label).toMatch(/^https:\/\/\S+$/);
        if (entry.website) expect(entry.website, label).toMatch(/^https?:\/\/\S+$/);
        if (entry.reportingChannel?.url)
          expect(entry.reportingChannel.url, label).toMatch(/^https:\/\/\S+$/);
        expect(isIsoDate(entry.checkedOn), label).toBe(true);
        expect(['high', 'medium', 'low']).toContain(entry.confidence);
      });
    } else {
      it(`${label}: unknown says what was tried`, () => {
        expect(entry.tried.length, label).toBeGreaterThan(20);
        expect(isIsoDate(entry.checkedOn), label).toBe(true);
      });
    }
  }

  it('was checked on the registry date', () => {
    expect(AUTHORITIES_CHECKED_ON).toBe('2026-11-23');
    for (const entry of allEntries()) expect(entry.checkedOn).toBe(AUTHORITIES_CHECKED_ON);
  });
});

describe('authorities registry: time zones', () => {
  const valid = (zone: string) => {
    try {
      new Intl.DateTimeFormat('en', { timeZone: zone });
      return true;
    } catch {
      return false;
    }
  };

  it('gives every state a valid IANA time zone, including its other zones', () => {
    for (const state of STATE_CODES) {
      expect(valid(stateTimeZone(state)), state).toBe(true);
      for (const other of STATES[state].otherTimeZones ?? [])
        expect(valid(other.timeZone), `${state} ${other.timeZone}`).toBe(true);
    }
  });

  it('rejects a made-up zone (the check is real)', () => {
    expect(valid('Europe/Atlantis')).toBe(false);
  });

  it('uses the capital for well-known cases and lists outermost regions', () => {
    expect(stateTimeZone('DE')).toBe('Europe/Berlin');
    expect(stateTimeZone('PT')).toBe('Europe/Lisbon');
    expect(STATES.PT.otherTimeZones?.map((z) => z.timeZone)).toEqual([
      'Atlantic/Azores',
      'Atlantic/Madeira',
    ]);
    expect(STATES.ES.otherTimeZones?.map((z) => z.timeZone)).toContain('Atlantic/Canary');
    expect(stateTimeZone('IS')).toBe('Atlantic/Reykjavik');
    expect(stateTimeZone('LI')).toBe('Europe/Vaduz');
  });
});

describe('authorities registry: EEA EFTA applicability', () => {
  it('records, for Iceland, Liechtenstein and Norway, which acts apply and which are unknown', () => {
    for (const state of ['IS', 'LI', 'NO'] as const) {
      const acts = STATES[state].eeaActs;
      expect(acts?.gdpr?.status).toBe('applies');
      expect(acts?.mdr?.status).toBe('applies');
      expect(acts?.nis2?.status).toBe('unknown');
      expect(acts?.cra?.status).toBe('unknown');
      expect(acts?.['ai-act']?.status).toBe('unknown');
      for (const status of Object.values(acts ?? {})) {
        for (const source of status.sources) expect(source).toMatch(/^https:\/\//);
      }
    }
    expect(STATES.DE.eeaActs).toBeUndefined();
  });
});

describe('authorities registry: verified spot checks', () => {
  it('France: CNIL for data protection, ANSM for medical devices', () => {
    expect(knownEntry('FR', 'data-protection-authority').abbreviation).toBe('CNIL');
    expect(knownEntry('FR', 'medical-device-competent-authority').abbreviation).toBe('ANSM');
  });

  it('Ireland: the Data Protection Commission and the HPRA', () => {
    const dpc = knownEntry('IE', 'data-protection-authority');
    expect(dpc.name).toBe('Data Protection Commission');
    expect(dpc.website).toBe('https://www.dataprotection.ie');
    expect(knownEntry('IE', 'medical-device-competent-authority').abbreviation).toBe('HPRA');
  });

  it('Germany: BfDI with the note on Land authorities, BfArM for devices, BSI for NIS2', () => {
    const bfdi = knownEntry('DE', 'data-protection-authority');
    expect(bfdi.abbreviation).toBe('BfDI');
    expect(bfdi.note).toMatch(/Land/);
    const bfarm = knownEntry('DE', 'medical-device-competent-authority');
    expect(bfarm.abbreviation).toBe('BfArM');
    expect(bfarm.note).toMatch(/Paul-Ehrlich-Institut/);
    expect(knownEntry('DE', 'nis2-competent-authority').abbreviation).toBe('BSI');
  });

  it('Austria: the Datenschutzbehörde and BASG, with BASG’s reporting page', () => {
    expect(knownEntry('AT', 'data-protection-authority').nationalName).toBe(
      'Österreichische Datenschutzbehörde',
    );
    const basg = knownEntry('AT', 'medical-device-competent-authority');
    expect(basg.abbreviation).toBe('BASG');
    expect(basg.reportingChannel?.url).toMatch(/^https:\/\/basg\.gv\.at\//);
  });

  it('CSIRTs from the CSIRTs Network list', () => {
    expect(knownEntry('AT', 'nis2-csirt').name).toBe('CERT.at');
    expect(knownEntry('NL', 'nis2-csirt').name).toBe('NCSC-NL');
    expect(knownEntry('LI', 'nis2-csirt').abbreviation).toBe('CSIRT.LI');
    expect(authorityFor('NO', 'nis2-csirt').status).toBe('unknown');
  });

  it('CRA notifications go through ENISA’s single reporting platform even where the coordinator is unknown', () => {
    for (const state of STATE_CODES) {
      expect(
        authorityFor(state, 'cra-coordinating-csirt-and-enisa').reportingChannel?.description,
      ).toMatch(/single reporting platform/);
    }
  });

  it('GPSR notifications go through the Safety Business Gateway', () => {
    for (const state of STATE_CODES) {
      expect(authorityFor(state, 'product-safety-authority').reportingChannel?.description).toMatch(
        /Safety Business Gateway/,
      );
    }
  });

  it('medical-device competent authorities added on 2026-11-23 from national sources', () => {
    const li = knownEntry('LI', 'medical-device-competent-authority');
    expect(li.nationalName).toBe('Amt für Gesundheit');
    expect(li.reportingChannel?.description).toMatch(/Swissmedic/);
    expect(knownEntry('LT', 'medical-device-competent-authority').abbreviation).toBe('VASPVT');
    expect(knownEntry('EE', 'medical-device-competent-authority').name).toBe('Terviseamet');
    const hu = knownEntry('HU', 'medical-device-competent-authority');
    expect(hu.abbreviation).toBe('NNGYK');
    expect(hu.note).toMatch(/OGYÉI/);
    expect(knownEntry('CY', 'medical-device-competent-authority').nationalName).toBe(
      'Αρμόδια Αρχή Ιατροτεχνολογικού Εξοπλισμού',
    );
    expect(authorityFor('BG', 'medical-device-competent-authority').status).toBe('unknown');
    expect(authorityFor('LU', 'medical-device-competent-authority').status).toBe('unknown');
    const count = STATE_CODES.filter(
      (s) => authorityFor(s, 'medical-device-competent-authority').status === 'known',
    ).length;
    expect(count).toBeGreaterThanOrEqual(28);
  });

  it('NIS2 competent authorities: CCB, NÚKIB, ACN, CNCS; France still unknown with ANSSI as a lead', () => {
    expect(knownEntry('BE', 'nis2-competent-authority').abbreviation).toBe('CCB');
    expect(knownEntry('CZ', 'nis2-competent-authority').reportingChannel?.url).toBe(
      'https://portal.nukib.gov.cz',
    );
    expect(knownEntry('IT', 'nis2-competent-authority').abbreviation).toBe('ACN');
    expect(knownEntry('PT', 'nis2-competent-authority').abbreviation).toBe('CNCS');
    const fr = authorityFor('FR', 'nis2-competent-authority');
    expect(fr.status).toBe('unknown');
    if (fr.status === 'unknown') expect(fr.leads?.join(' ')).toMatch(/ANSSI/);
  });

  it('GPSR authorities from their own pages, still reached through the Safety Business Gateway', () => {
    expect(knownEntry('FR', 'product-safety-authority').abbreviation).toBe('DGCCRF');
    expect(knownEntry('DE', 'product-safety-authority').abbreviation).toBe('BAuA');
    expect(knownEntry('NL', 'product-safety-authority').abbreviation).toBe('NVWA');
    expect(knownEntry('PL', 'product-safety-authority').abbreviation).toBe('UOKiK');
    expect(knownEntry('SE', 'product-safety-authority').name).toBe('Konsumentverket');
    expect(authorityFor('ES', 'product-safety-authority').status).toBe('unknown');
  });

  it('Poland: UODO, not the pre-GDPR GIODO', () => {
    const uodo = knownEntry('PL', 'data-protection-authority');
    expect(uodo.abbreviation).toBe('UODO');
    expect(uodo.name).not.toMatch(/GIODO/);
  });
});
