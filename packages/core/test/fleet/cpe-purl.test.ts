import { describe, expect, it } from 'vitest';
import { compareAttribute, cpeMatches, CpeError, cvss3BaseScore, packageKey, parseCpe, parsePurl, PurlError } from '../../src/index.ts';

describe('CPE 2.3 name matching (NISTIR 7696)', () => {
  const target = parseCpe('cpe:2.3:a:microsoft:internet_explorer:8.0.6001:beta:*:*:*:*:*:*');
  it('the standard’s example: ANY and wildcards in the source are supersets', () => {
    expect(cpeMatches(parseCpe('cpe:2.3:a:microsoft:internet_explorer:8.*:*:*:*:*:*:*:*'), target)).toBe(true);
    expect(cpeMatches(parseCpe('cpe:2.3:a:microsoft:internet_explorer:8.0.6001:*:*:*:*:*:*:*'), target)).toBe(true);
    expect(cpeMatches(parseCpe('cpe:2.3:a:microsoft:internet_explorer:7.*:*:*:*:*:*:*:*'), target)).toBe(false);
  });
  it('attribute relations of Table 6-2', () => {
    expect(compareAttribute({ kind: 'any' }, { kind: 'na' })).toBe('superset');
    expect(compareAttribute({ kind: 'na' }, { kind: 'value', text: 'x' })).toBe('disjoint');
    expect(compareAttribute({ kind: 'value', text: 'x' }, { kind: 'any' })).toBe('subset');
    expect(compareAttribute({ kind: 'value', text: 'x' }, { kind: 'value', text: 'y*' })).toBe('undefined');
    expect(compareAttribute({ kind: 'value', text: '8.?' }, { kind: 'value', text: '8.1' })).toBe('superset');
  });
  it('escaped characters are literal', () => {
    expect(cpeMatches(parseCpe('cpe:2.3:a:vendor:foo\\*bar:*:*:*:*:*:*:*:*'), parseCpe('cpe:2.3:a:vendor:foo\\*bar:1:*:*:*:*:*:*:*'))).toBe(true);
    expect(cpeMatches(parseCpe('cpe:2.3:a:vendor:foo\\*bar:*:*:*:*:*:*:*:*'), parseCpe('cpe:2.3:a:vendor:fooXbar:1:*:*:*:*:*:*:*'))).toBe(false);
  });
  it('reads 2.2 URIs and rejects malformed names', () => {
    expect(cpeMatches(parseCpe('cpe:/a:apache:log4j:2.14.1'), parseCpe('cpe:2.3:a:apache:log4j:2.14.1:*:*:*:*:*:*:*'))).toBe(true);
    expect(() => parseCpe('cpe:2.3:a:too:few')).toThrow(CpeError);
  });
});

describe('package URLs', () => {
  it('parses namespace, version, qualifiers and subpath', () => {
    const p = parsePurl('pkg:deb/debian/curl@7.50.3-1?arch=i386&distro=jessie#sub/path');
    expect(p).toEqual({ type: 'deb', namespace: 'debian', name: 'curl', version: '7.50.3-1', qualifiers: { arch: 'i386', distro: 'jessie' }, subpath: 'sub/path' });
  });
  it('normalises names where the ecosystem is case-insensitive, keeps Maven case', () => {
    expect(packageKey(parsePurl('pkg:nuget/jQuery@3.1.1'))).toBe('nuget/jquery');
    expect(packageKey(parsePurl('pkg:pypi/Django_Rest@1'))).toBe('pypi/django-rest');
    expect(packageKey(parsePurl('pkg:maven/org.apache.logging.log4j/log4j-core@2.14.1'))).toBe('maven/org.apache.logging.log4j/log4j-core');
    expect(parsePurl('pkg:npm/%40angular/core@1.0.0').namespace).toBe('@angular');
  });
  it('rejects what is not a purl', () => {
    expect(() => parsePurl('npm/jquery')).toThrow(PurlError);
    expect(() => parsePurl('pkg:npm')).toThrow(PurlError);
  });
});

describe('CVSS 3.x base score from the vector (for OSV records)', () => {
  it.each([
    ['CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H', 9.8],
    ['CVSS:3.1/AV:N/AC:L/PR:N/UI:R/S:C/C:L/I:L/A:N', 6.1],
    ['CVSS:3.0/AV:N/AC:H/PR:N/UI:N/S:C/C:L/I:H/A:H', 8.9],
    ['CVSS:3.1/AV:L/AC:L/PR:H/UI:N/S:U/C:N/I:N/A:N', 0],
    ['CVSS:3.1/AV:P/AC:H/PR:H/UI:R/S:U/C:L/I:N/A:N', 1.6],
  ])('%s is %s', (vector, score) => expect(cvss3BaseScore(vector)).toBe(score));
  it('a vector it cannot read gives no score', () => expect(cvss3BaseScore('CVSS:3.1/AV:X')).toBeNull());
});
