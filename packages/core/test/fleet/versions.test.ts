import { describe, expect, it } from 'vitest';
import { compareDeb, compareGeneric, compareMaven, compareRpm, compareVersions } from '../../src/index.ts';

// Expected orders taken from the reference tools: `dpkg --compare-versions` (dpkg 1.21),
// Maven's ComparableVersion (maven-artifact 3.x) and rpm's documented rpmvercmp cases.
describe('Debian versions, as dpkg orders them', () => {
  it.each([
    ['1.0', '1.0-1', -1],
    ['1.0~rc1', '1.0', -1],
    ['1:0.9', '2.0', 1],
    ['1.0a', '1.0+', -1],
    ['2.0.0-1ubuntu1', '2.0.0-1', 1],
    ['1.2.3~', '1.2.3', -1],
    ['0.9.9', '0.9.10', -1],
    ['1.0-1', '1.0-1~bpo1', 1],
    ['7.4.0', '7.4', 1],
    ['1.0', '1.0', 0],
  ])('%s vs %s', (a, b, want) => expect(compareDeb(a, b)).toBe(want));
});

describe('Maven versions, as ComparableVersion orders them', () => {
  const ascending = ['1.0-alpha-1', '1.0-beta', '1.0-rc1', '1.0-SNAPSHOT', '1.0', '1.0-sp1', '1.0.1'];
  it('orders qualifiers alpha < beta < rc < snapshot < release < sp', () => {
    for (let i = 0; i + 1 < ascending.length; i++) expect(compareMaven(ascending[i]!, ascending[i + 1]!), `${ascending[i]} < ${ascending[i + 1]}`).toBe(-1);
  });
  it.each([
    ['1.0-final', '1', 0],
    ['1.0.0.0', '1', 0],
    ['1-1', '1.0.0.0', 1],
    ['1.0a1', '1.0-alpha-1', 0],
    ['2.0-RC2', '2.0-rc10', -1],
  ])('%s vs %s', (a, b, want) => expect(compareMaven(a, b)).toBe(want));
});

describe('RPM versions, as rpmvercmp orders them', () => {
  it.each([
    ['1.0', '1.0', 0],
    ['1.0', '1.0.1', -1],
    ['2.0.1a', '2.0.1', 1],
    ['1.0~rc1', '1.0', -1],
    ['1.0^git1', '1.0', 1],
    ['1.0^git1', '1.0.1', -1],
    ['1:1.0-1', '2.0-1', 1],
    ['1.0-2.el9', '1.0-10.el9', -1],
    ['a', '1', -1],
  ])('%s vs %s', (a, b, want) => expect(compareRpm(a, b)).toBe(want));
});

describe('ecosystem dispatch', () => {
  it('npm by semver: pre-releases sort before the release', () => {
    expect(compareVersions('semver', '3.5.0-rc.1', '3.5.0')).toBe(-1);
    expect(compareVersions('semver', '3.10.0', '3.9.9')).toBe(1);
  });
  it('PyPI by PEP 440: 1.0.post1 after 1.0, 1.0rc1 before it, an invalid version is not guessed', () => {
    expect(compareVersions('pypi', '1.0.post1', '1.0')).toBe(1);
    expect(compareVersions('pypi', '1.0rc1', '1.0')).toBe(-1);
    expect(compareVersions('pypi', 'not a version', '1.0')).toBeUndefined();
  });
  it('generic: numbers as numbers, letter prefixes kept (Philips B.06.10 < B.06.18)', () => {
    expect(compareGeneric('B.06.10', 'B.06.18')).toBe(-1);
    expect(compareGeneric('9.33.1', '9.33')).toBe(1);
    expect(compareGeneric('2.0rc1', '2.0.1')).toBe(-1);
    expect(compareVersions('generic', 'August 28', '1.0')).toBeUndefined();
  });
});
