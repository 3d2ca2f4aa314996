/**
 * A CSAF 2.0 document (already validated against its schema) read into the fleet's advisory
 * shape: each product of the product tree with its vendor, product name, version text and
 * identification helpers (purl, CPE), and per vulnerability the affected products, the highest
 * CVSS score given for them and the remediations.
 */
import type { AffectedRef, Advisory, AdvisoryVulnerability, CvssScore, Remediation } from './types.ts';
import { packageKey, tryParsePurl } from './purl.ts';

type Json = Record<string, unknown>;
const obj = (v: unknown): Json => (v && typeof v === 'object' && !Array.isArray(v) ? (v as Json) : {});
const arr = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);
const str = (v: unknown): string => (typeof v === 'string' ? v : '');

interface ProductInfo {
  vendor: string;
  product: string;
  versionText: string | null;
  versionIsRange: boolean;
  purl: string | null;
  cpe: string | null;
  fullName: string;
}

function collectProducts(tree: Json): Map<string, ProductInfo> {
  const out = new Map<string, ProductInfo>();
  const visit = (branch: Json, ctx: { vendor: string; product: string; version: string | null; range: boolean }) => {
    const cat = str(branch.category);
    const name = str(branch.name);
    const next = { ...ctx };
    if (cat === 'vendor') next.vendor = name;
    else if (cat === 'product_name' || cat === 'product_family') next.product = next.product && cat === 'product_name' ? `${next.product} ${name}` : name;
    else if (cat === 'product_version' || cat === 'product_version_range') {
      next.version = name;
      next.range = cat === 'product_version_range';
    }
    const p = obj(branch.product);
    if (typeof p.product_id === 'string') {
      const helper = obj(p.product_identification_helper);
      out.set(p.product_id, {
        vendor: next.vendor,
        product: next.product || str(p.name),
        versionText: next.version,
        versionIsRange: next.range,
        purl: str(helper.purl) || null,
        cpe: str(helper.cpe) || null,
        fullName: str(p.name),
      });
    }
    for (const b of arr(branch.branches)) visit(obj(b), next);
  };
  for (const b of arr(tree.branches)) visit(obj(b), { vendor: '', product: '', version: null, range: false });
  for (const fp of arr(tree.full_product_names)) {
    const p = obj(fp);
    const helper = obj(p.product_identification_helper);
    if (typeof p.product_id === 'string' && !out.has(p.product_id)) {
      out.set(p.product_id, { vendor: '', product: str(p.name), versionText: null, versionIsRange: false, purl: str(helper.purl) || null, cpe: str(helper.cpe) || null, fullName: str(p.name) });
    }
  }
  // "X as part of Y": the combined product is affected as its component is.
  for (const r of arr(tree.relationships)) {
    const rel = obj(r);
    const fp = obj(rel.full_product_name);
    const base = out.get(str(rel.product_reference));
    if (typeof fp.product_id === 'string' && base && !out.has(fp.product_id)) out.set(fp.product_id, { ...base, fullName: str(fp.name) });
  }
  return out;
}

function refsOf(id: string, info: ProductInfo): AffectedRef[] {
  const refs: AffectedRef[] = [];
  const purl = tryParsePurl(info.purl);
  if (purl) {
    const range = purl.version ? { type: 'versions' as const, versions: [purl.version] } : info.versionIsRange && info.versionText?.startsWith('vers:') ? { type: 'vers' as const, vers: info.versionText } : { type: 'all' as const };
    refs.push({ kind: 'package', productId: id, packageKey: packageKey(purl), ecosystem: purl.type, range });
  }
  if (info.cpe) refs.push({ kind: 'cpe', productId: id, cpe: info.cpe });
  if (info.vendor || info.product) {
    refs.push({ kind: 'product', productId: id, vendor: info.vendor, product: info.product, versionText: info.versionText, versionIsRange: info.versionIsRange });
  }
  return refs;
}

function cvssOf(scores: unknown[], ids: ReadonlySet<string>): CvssScore | undefined {
  let best: CvssScore | undefined;
  for (const s of scores) {
    const sc = obj(s);
    if (!arr(sc.products).some((p) => ids.has(str(p)))) continue;
    const c = obj(sc.cvss_v3);
    const c2 = obj(sc.cvss_v2);
    const cand: CvssScore | undefined =
      typeof c.baseScore === 'number'
        ? { version: str(c.version), baseScore: c.baseScore, baseSeverity: str(c.baseSeverity), vector: str(c.vectorString) }
        : typeof c2.baseScore === 'number'
          ? { version: '2.0', baseScore: c2.baseScore, baseSeverity: '', vector: str(c2.vectorString) }
          : undefined;
    if (cand && (!best || (cand.baseScore ?? 0) > (best.baseScore ?? 0))) best = cand;
  }
  return best;
}

export function readCsaf(doc: unknown): Advisory {
  const d = obj(doc);
  const document = obj(d.document);
  const tracking = obj(document.tracking);
  const products = collectProducts(obj(d.product_tree));
  const vulnerabilities: AdvisoryVulnerability[] = arr(d.vulnerabilities).map((v, i) => {
    const vuln = obj(v);
    const status = obj(vuln.product_status);
    const affectedIds = new Set([...arr(status.known_affected), ...arr(status.first_affected), ...arr(status.last_affected)].map(str));
    const affected = [...affectedIds].flatMap((id) => {
      const info = products.get(id);
      return info ? refsOf(id, info) : [];
    });
    const remediations: Remediation[] = arr(vuln.remediations).map((r) => {
      const rem = obj(r);
      return { category: str(rem.category), details: str(rem.details), ...(str(rem.url) ? { url: str(rem.url) } : {}) };
    });
    const cve = str(vuln.cve);
    const ids = arr(vuln.ids).map((x) => str(obj(x).text)).filter(Boolean);
    const cwe = str(obj(vuln.cwe).id);
    const cvss = cvssOf(arr(vuln.scores), affectedIds);
    return {
      id: cve || ids[0] || `${str(tracking.id)}#${i + 1}`,
      aliases: ids,
      title: str(vuln.title) || str(obj(vuln.cwe).name) || cve,
      ...(cwe ? { cwe } : {}),
      ...(cvss ? { cvss } : {}),
      affected,
      remediations,
    };
  });
  const selfRef = arr(document.references).map(obj).find((r) => str(r.category) === 'self');
  return {
    source: 'csaf',
    id: str(tracking.id),
    title: str(document.title),
    publisher: str(obj(document.publisher).name),
    published: str(tracking.initial_release_date),
    updated: str(tracking.current_release_date),
    ...(selfRef ? { url: str(selfRef.url) } : {}),
    vulnerabilities,
  };
}
