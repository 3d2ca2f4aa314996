/**
 * Version order per ecosystem (purl type or OSV ecosystem): npm by semver, PyPI by PEP 440,
 * Debian by dpkg, RPM by rpmvercmp, Maven by ComparableVersion, anything else by the generic
 * order. A version the scheme cannot read makes a comparison `undefined`, never a guess.
 */
import semver from 'semver';
import { compare as pep440Compare, valid as pep440Valid } from '@renovatebot/pep440';
import { compareDeb } from './deb.ts';
import { compareGeneric, looksLikeVersion } from './generic.ts';
import { compareMaven } from './maven.ts';
import { compareRpm } from './rpm.ts';

export type VersionScheme = 'semver' | 'pypi' | 'deb' | 'rpm' | 'maven' | 'generic';

const BY_TYPE: Record<string, VersionScheme> = {
  npm: 'semver',
  semver: 'semver',
  cargo: 'semver',
  golang: 'semver',
  go: 'semver',
  pypi: 'pypi',
  pep440: 'pypi',
  deb: 'deb',
  debian: 'deb',
  ubuntu: 'deb',
  rpm: 'rpm',
  'red hat': 'rpm',
  almalinux: 'rpm',
  'rocky linux': 'rpm',
  maven: 'maven',
};

/** The version scheme of a purl type, `vers` scheme or OSV ecosystem (case-insensitive; Debian:12 → deb). */
export function schemeOf(ecosystem: string): VersionScheme {
  const e = ecosystem.toLowerCase().split(':')[0]!;
  return BY_TYPE[e] ?? 'generic';
}

/** Negative, zero or positive; `undefined` when either version is not valid in the scheme. */
export function compareVersions(scheme: VersionScheme, a: string, b: string): number | undefined {
  switch (scheme) {
    case 'semver': {
      const x = semver.valid(a, { loose: true }) ?? semver.valid(semver.coerce(a, { includePrerelease: true }));
      const y = semver.valid(b, { loose: true }) ?? semver.valid(semver.coerce(b, { includePrerelease: true }));
      return x && y ? semver.compare(x, y) : undefined;
    }
    case 'pypi':
      return pep440Valid(a) && pep440Valid(b) ? Math.sign(pep440Compare(a, b)) : undefined;
    case 'deb':
      return /^\d/.test(a.replace(/^\d+:/, '')) && /^\d/.test(b.replace(/^\d+:/, '')) ? compareDeb(a, b) : undefined;
    case 'rpm':
      return compareRpm(a, b);
    case 'maven':
      return compareMaven(a, b);
    case 'generic':
      return looksLikeVersion(a) && looksLikeVersion(b) ? compareGeneric(a, b) : undefined;
  }
}
