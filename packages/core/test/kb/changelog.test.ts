import { describe, expect, it } from 'vitest';
import { CHANGELOG, changesConcerning, changesSince, compareKbVersions, KB_VERSION, provisionExists, scenarioExists } from './changelog-helpers.ts';

describe('knowledge-base changelog', () => {
  it('has an entry for the current version, first', () => {
    expect(CHANGELOG[0]?.version).toBe(KB_VERSION);
  });
  it('lists versions newest first, each once, with dates that do not go backwards', () => {
    for (let i = 1; i < CHANGELOG.length; i++) {
      const newer = CHANGELOG[i - 1]!;
      const older = CHANGELOG[i]!;
      expect(compareKbVersions(newer.version, older.version)).toBe(1);
      expect(newer.date >= older.date).toBe(true);
    }
  });
  it('cites provisions that exist and sources on EUR-Lex or another https address', () => {
    for (const e of CHANGELOG) {
      for (const c of e.changes) {
        for (const p of c.provisions) expect(provisionExists(p), `${e.version}: ${p}`).toBe(true);
        expect(c.sources.length).toBeGreaterThan(0);
        for (const s of c.sources) expect(s.url).toMatch(/^https:\/\//);
        if (c.kind === 'scenario-enacted') expect(scenarioExists(c.scenario)).toBe(true);
      }
    }
  });
  it('compares versions field by field, not as text', () => {
    expect(compareKbVersions('2026.12.07.10', '2026.12.07.9')).toBe(1);
    expect(compareKbVersions('2026.11.23.3', '2026.12.07.1')).toBe(-1);
  });
  it('gives the entries after a version, and none after the current one', () => {
    expect(changesSince('2026.11.23.3').map((e) => e.version)).toEqual(['2026.12.07.1']);
    expect(changesSince(KB_VERSION)).toEqual([]);
  });
  it('attributes a change by provision before a change of the same act', () => {
    const hits = changesConcerning(changesSince('2026.11.23.3'), { act: 'cer', cite: 'cer:art-12(1)' });
    expect(hits[0]).toMatchObject({ match: 'provision', change: { act: 'cer' } });
    const nis2 = changesConcerning(changesSince('2026.11.23.3'), { act: 'nis2', cite: 'nis2:art-3(1)(d)' });
    expect(nis2.some((h) => h.match === 'provision')).toBe(true);
  });
});
