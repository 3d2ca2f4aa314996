import { describe, expect, it } from 'vitest';
import { osvEventsContain, parseVers, versContains, VersError, versionTextContains } from '../../src/index.ts';

describe('vers ranges at their edges', () => {
  const r = parseVers('vers:npm/>=1.2.0|<2.0.0');
  it.each([
    ['1.1.9', 'out'],
    ['1.2.0', 'in'],
    ['1.9.99', 'in'],
    ['2.0.0-rc.1', 'in'],
    ['2.0.0', 'out'],
  ])('%s is %s', (v, want) => expect(versContains(r, v)).toBe(want));
  it('several intervals, exclusions and equality', () => {
    const x = parseVers('vers:pypi/<1.0|>=2.0|<2.5|!=2.3|3.0');
    expect(versContains(x, '0.9')).toBe('in');
    expect(versContains(x, '1.5')).toBe('out');
    expect(versContains(x, '2.3')).toBe('out');
    expect(versContains(x, '2.4')).toBe('in');
    expect(versContains(x, '2.5')).toBe('out');
    expect(versContains(x, '3.0')).toBe('in');
  });
  it('every version for *, unknown for a version the scheme cannot read', () => {
    expect(versContains(parseVers('vers:deb/*'), 'anything')).toBe('in');
    expect(versContains(parseVers('vers:pypi/<2.0'), 'not-a-version')).toBe('unknown');
  });
  it('rejects what is not a vers range', () => {
    expect(() => parseVers('>=1.0')).toThrow(VersError);
    expect(() => parseVers('vers:npm/')).toThrow(VersError);
  });
});

describe('OSV events', () => {
  const events: Record<string, string>[] = [{ introduced: '1.0.3' }, { fixed: '3.5.0' }];
  it.each([
    ['1.0.2', 'out'],
    ['1.0.3', 'in'],
    ['3.4.1', 'in'],
    ['3.5.0', 'out'],
  ])('npm %s is %s', (v, want) => expect(osvEventsContain(events, v, 'semver')).toBe(want));
  it('last_affected includes its version; introduced 0 means from the start', () => {
    expect(osvEventsContain([{ introduced: '0' }, { last_affected: '2.0.8' }], '2.0.8', 'generic')).toBe('in');
    expect(osvEventsContain([{ introduced: '0' }, { last_affected: '2.0.8' }], '2.0.9', 'generic')).toBe('out');
  });
  it('reintroduced after a fix', () => {
    const e: Record<string, string>[] = [{ introduced: '0' }, { fixed: '1.5' }, { introduced: '2.0' }, { fixed: '2.2' }];
    expect(osvEventsContain(e, '1.7', 'generic')).toBe('out');
    expect(osvEventsContain(e, '2.1', 'generic')).toBe('in');
  });
});

describe('free-text version ranges of medical advisories (as CISA ICSMA writes them)', () => {
  it.each([
    ['< 8.2.2', '8.2.1', 'in'],
    ['< 8.2.2', '8.2.2', 'out'],
    ['<= 2.3.6', '2.3.6', 'in'],
    ['<=2.3.5', '2.3.6', 'out'],
    ['>= 4.4 | <= 4.12', '4.10', 'in'],
    ['>= 4.4 | <= 4.12', '4.13', 'out'],
    ['< B.06.18', 'B.06.10', 'in'],
    ['5.x.x', '5.2.1', 'in'],
    ['12.x', '11.9', 'out'],
    ['2.3.6 and  below', '2.3.6', 'in'],
    ['vers:all/*', '1.0', 'in'],
    ['< august 28', '1.0', 'unknown'],
    ['2nd Edition', '2.0', 'unknown'],
    ['1.3.0 Build 14', '1.3.0', 'unknown'],
  ])('"%s" with %s is %s', (text, v, want) => expect(versionTextContains(text, v)).toBe(want));
});
