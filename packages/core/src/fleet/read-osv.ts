/** OSV records (schema 1.x, validated by the caller) and the CISA KEV catalog, read into the fleet's shapes. */
import type { AffectedRef, Advisory, KevCatalog, KevEntry } from './types.ts';
import { cvss3BaseScore, cvssSeverity } from './cvss.ts';
import { packageKey, tryParsePurl } from './purl.ts';

type Json = Record<string, unknown>;
const obj = (v: unknown): Json => (v && typeof v === 'object' && !Array.isArray(v) ? (v as Json) : {});
const arr = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);
const str = (v: unknown): string => (typeof v === 'string' ? v : '');

/** OSV ecosystems by the purl type that names the same packages. */
const PURL_TYPE: Record<string, string> = {
  npm: 'npm', pypi: 'pypi', maven: 'maven', go: 'golang', 'crates.io': 'cargo', nuget: 'nuget', rubygems: 'gem', packagist: 'composer', hex: 'hex', pub: 'pub', debian: 'deb', ubuntu: 'deb', alpine: 'apk', 'red hat': 'rpm', almalinux: 'rpm', 'rocky linux': 'rpm', suse: 'rpm', opensuse: 'rpm',
};

function keyOf(pkg: Json): string | null {
  const purl = tryParsePurl(str(pkg.purl));
  if (purl) return packageKey(purl);
  const eco = str(pkg.ecosystem).toLowerCase().split(':')[0]!;
  const type = PURL_TYPE[eco];
  const name = str(pkg.name);
  if (!type || !name) return null;
  if (type === 'maven' && name.includes(':')) {
    const [g, a] = name.split(':');
    return packageKey({ type, namespace: g!, name: a! });
  }
  const parsed = tryParsePurl(`pkg:${type}/${name.split('/').map(encodeURIComponent).join('/')}`);
  return parsed ? packageKey(parsed) : null;
}

export function readOsv(record: unknown): Advisory {
  const r = obj(record);
  const affected: AffectedRef[] = [];
  for (const a of arr(r.affected)) {
    const aff = obj(a);
    const pkg = obj(aff.package);
    const key = keyOf(pkg);
    if (!key) continue;
    const ecosystem = str(pkg.ecosystem) || key.split('/')[0]!;
    const versions = arr(aff.versions).map(str).filter(Boolean);
    if (versions.length > 0) affected.push({ kind: 'package', packageKey: key, ecosystem, range: { type: 'versions', versions } });
    for (const rg of arr(aff.ranges)) {
      const range = obj(rg);
      if (str(range.type) === 'GIT') continue;
      const events = arr(range.events).map((e) => Object.fromEntries(Object.entries(obj(e)).filter(([, v]) => typeof v === 'string')) as Record<string, string>);
      affected.push({ kind: 'package', packageKey: key, ecosystem: str(range.type) === 'SEMVER' ? 'semver' : ecosystem, range: { type: 'osv-events', events } });
    }
  }
  const aliases = arr(r.aliases).map(str).filter(Boolean);
  const cve = [str(r.id), ...aliases].find((x) => /^CVE-\d{4}-\d+$/.test(x));
  const severity = arr(r.severity).map(obj).find((s) => /^CVSS_V3/.test(str(s.type)));
  const vector = severity ? str(severity.score) : '';
  const score = vector ? cvss3BaseScore(vector) : null;
  const fixRefs = arr(r.references).map(obj).filter((x) => ['FIX', 'ADVISORY', 'PACKAGE'].includes(str(x.type)));
  return {
    source: 'osv',
    id: str(r.id),
    title: str(r.summary) || str(r.id),
    publisher: 'OSV',
    published: str(r.published) || str(r.modified),
    updated: str(r.modified),
    vulnerabilities: [
      {
        id: cve ?? str(r.id),
        aliases: [str(r.id), ...aliases].filter((x) => x !== cve),
        title: str(r.summary) || str(r.details).slice(0, 200),
        ...(vector ? { cvss: { version: vector.startsWith('CVSS:3.1') ? '3.1' : '3.0', baseScore: score, baseSeverity: score === null ? '' : cvssSeverity(score), vector } } : {}),
        affected,
        remediations: fixRefs.map((x) => ({ category: str(x.type) === 'FIX' ? 'vendor_fix' : 'reference', details: str(x.url), url: str(x.url) })),
      },
    ],
  };
}

export function readKev(doc: unknown): KevCatalog {
  const d = obj(doc);
  const entries: KevEntry[] = arr(d.vulnerabilities).map((v) => {
    const e = obj(v);
    return {
      cve: str(e.cveID),
      vendor: str(e.vendorProject),
      product: str(e.product),
      name: str(e.vulnerabilityName),
      dateAdded: str(e.dateAdded),
      dueDate: str(e.dueDate) || null,
      ransomware: str(e.knownRansomwareCampaignUse).toLowerCase() === 'known' ? 'known' : 'unknown',
      requiredAction: str(e.requiredAction),
    };
  });
  return { version: str(d.catalogVersion), released: str(d.dateReleased), entries };
}
