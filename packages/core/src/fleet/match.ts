/**
 * Matching: SBOM components to advisories by purl (package key, then the version against the
 * advisory's range in the ecosystem's own order) and by CPE (NISTIR 7696 name matching); device
 * models to advisories by the free text of medical advisories (vendor, product, version, with a
 * confidence). Advisories are indexed once, so a component costs a few map lookups.
 */
import { cpeMatches, cpeProductKey, cpeVersion, tryParseCpe } from './cpe.ts';
import type { CpeName } from './cpe.ts';
import { packageKey, tryParsePurl } from './purl.ts';
import { scoreModelMatch } from './text-match.ts';
import type { MatchLevel } from './text-match.ts';
import type { AffectedRef, Advisory, AdvisorySource, AdvisoryVulnerability, DeviceModel, KevCatalog, KevEntry, ModelVersion, SbomComponent } from './types.ts';
import { osvEventsContain, parseVers, versContains } from './vers.ts';
import type { VersRange } from './vers.ts';
import type { Containment } from './vers.ts';
import { compareVersions, schemeOf } from './versions/ecosystem.ts';

export interface IndexedRef<R extends AffectedRef = AffectedRef> {
  advisory: Pick<Advisory, 'id' | 'source' | 'title' | 'published' | 'updated'>;
  vuln: AdvisoryVulnerability;
  ref: R;
}
type PackageRef = Extract<AffectedRef, { kind: 'package' }>;
type ProductRef = Extract<AffectedRef, { kind: 'product' }>;

export interface AdvisoryIndex {
  byPackage: Map<string, IndexedRef<PackageRef>[]>;
  byCpe: Map<string, { entry: IndexedRef; cpe: CpeName }[]>;
  products: IndexedRef<ProductRef>[];
  kev: Map<string, KevEntry>;
  vulnerabilities: Map<string, AdvisoryVulnerability>;
}

export function indexAdvisories(advisories: readonly Advisory[], kev: readonly KevCatalog[] = []): AdvisoryIndex {
  const index: AdvisoryIndex = { byPackage: new Map(), byCpe: new Map(), products: [], kev: new Map(), vulnerabilities: new Map() };
  for (const a of advisories) {
    const head = { id: a.id, source: a.source, title: a.title, published: a.published, updated: a.updated };
    for (const vuln of a.vulnerabilities) {
      if (!index.vulnerabilities.has(vuln.id)) index.vulnerabilities.set(vuln.id, vuln);
      for (const ref of vuln.affected) {
        if (ref.kind === 'package') push(index.byPackage, ref.packageKey, { advisory: head, vuln, ref });
        else if (ref.kind === 'product') index.products.push({ advisory: head, vuln, ref });
        else {
          const cpe = tryParseCpe(ref.cpe);
          const key = cpe ? cpeProductKey(cpe) : null;
          if (cpe && key) push(index.byCpe, key, { entry: { advisory: head, vuln, ref }, cpe });
        }
      }
    }
  }
  for (const cat of kev) for (const e of cat.entries) index.kev.set(e.cve, e);
  return index;
}

function push<K, V>(m: Map<K, V[]>, k: K, v: V): void {
  const list = m.get(k);
  if (list) list.push(v);
  else m.set(k, [v]);
}

export function packageRangeContains(ref: PackageRef, version: string): Containment {
  const scheme = schemeOf(ref.ecosystem);
  switch (ref.range.type) {
    case 'all':
      return 'in';
    case 'versions': {
      let unknown = false;
      for (const v of ref.range.versions) {
        const c = compareVersions(scheme, version, v);
        if (c === 0) return 'in';
        if (c === undefined && v !== version) unknown = true;
      }
      return unknown ? 'unknown' : 'out';
    }
    case 'vers':
      try {
        return versContains(parseVersCached(ref.range.vers), version, scheme);
      } catch {
        return 'unknown';
      }
    case 'osv-events':
      return osvEventsContain(ref.range.events, version, scheme);
  }
}

const versCache = new Map<string, VersRange>();
function parseVersCached(text: string): VersRange {
  let r = versCache.get(text);
  if (!r) versCache.set(text, (r = parseVers(text)));
  return r;
}

export interface ComponentMatch {
  component: Pick<SbomComponent, 'ref' | 'name' | 'version' | 'purl' | 'cpe'>;
  vulnId: string;
  advisoryId: string;
  source: AdvisorySource;
  via: 'purl' | 'cpe';
  /** `unknown`: the package matches but its version could not be placed in the range (or is missing). */
  version: 'in' | 'unknown';
}

export function matchComponents(components: readonly SbomComponent[], index: AdvisoryIndex): ComponentMatch[] {
  const out: ComponentMatch[] = [];
  const seen = new Set<string>();
  const add = (m: ComponentMatch) => {
    const k = `${m.component.ref}|${m.vulnId}|${m.advisoryId}`;
    if (seen.has(k)) return;
    seen.add(k);
    out.push(m);
  };
  for (const c of components) {
    const component = { ref: c.ref, name: c.name, version: c.version, purl: c.purl, cpe: c.cpe };
    const purl = tryParsePurl(c.purl);
    if (purl) {
      const version = purl.version ?? c.version;
      for (const e of index.byPackage.get(packageKey(purl)) ?? []) {
        const r = version ? packageRangeContains(e.ref, version) : 'unknown';
        if (r !== 'out') add({ component, vulnId: e.vuln.id, advisoryId: e.advisory.id, source: e.advisory.source, via: 'purl', version: r });
      }
    }
    const cpe = tryParseCpe(c.cpe);
    const key = cpe ? cpeProductKey(cpe) : null;
    if (cpe && key) {
      // A component's CPE with version ANY (common in device SBOMs) takes the SBOM's version.
      const target: CpeName = cpe.version.kind === 'any' && c.version ? { ...cpe, version: { kind: 'value', text: c.version.toLowerCase() } } : cpe;
      for (const { entry, cpe: source } of index.byCpe.get(key) ?? []) {
        if (cpeMatches(source, target)) {
          add({ component, vulnId: entry.vuln.id, advisoryId: entry.advisory.id, source: entry.advisory.source, via: 'cpe', version: cpeVersion(target) ? 'in' : 'unknown' });
        }
      }
    }
  }
  return out;
}

export interface ModelMatchCandidate {
  /** Stable key a person's decision is stored under. */
  key: string;
  modelVersionId: string;
  advisoryId: string;
  source: AdvisorySource;
  productId: string;
  vendor: string;
  product: string;
  versionText: string | null;
  vulnIds: string[];
  confidence: number;
  level: MatchLevel;
  version: Containment;
  reasons: string[];
}

export const modelMatchKey = (modelVersionId: string, advisoryId: string, productId: string): string => `${modelVersionId}|${advisoryId}|${productId}`;

/** Candidate matches of model versions to the products named in advisories, best first. */
export function matchModels(models: readonly DeviceModel[], versions: readonly ModelVersion[], index: AdvisoryIndex): ModelMatchCandidate[] {
  const byModel = new Map(models.map((m) => [m.id, m]));
  const grouped = new Map<string, ModelMatchCandidate>();
  for (const v of versions) {
    const model = byModel.get(v.modelId);
    if (!model) continue;
    for (const e of index.products) {
      const s = scoreModelMatch(model, v.version, e.ref);
      if (!s || s.version === 'out') continue;
      const key = modelMatchKey(v.id, e.advisory.id, e.ref.productId);
      const existing = grouped.get(key);
      if (existing) {
        if (!existing.vulnIds.includes(e.vuln.id)) existing.vulnIds.push(e.vuln.id);
        continue;
      }
      grouped.set(key, {
        key,
        modelVersionId: v.id,
        advisoryId: e.advisory.id,
        source: e.advisory.source,
        productId: e.ref.productId,
        vendor: e.ref.vendor,
        product: e.ref.product,
        versionText: e.ref.versionText,
        vulnIds: [e.vuln.id],
        confidence: s.confidence,
        level: s.level,
        version: s.version,
        reasons: s.reasons,
      });
    }
  }
  return [...grouped.values()].sort((a, b) => b.confidence - a.confidence || a.key.localeCompare(b.key));
}
