/**
 * Matching the free text of medical advisories (vendor, product, version as CISA ICSMA writes
 * them) to device models. Names are compared as token sets after removing company forms and
 * punctuation; versions through a lenient reading of the published text. The result carries a
 * confidence and the reasons, for a person to confirm or reject.
 */
import { parseVers, versContains } from './vers.ts';
import type { Containment } from './vers.ts';
import { compareGeneric, looksLikeVersion } from './versions/generic.ts';

const COMPANY_FORMS = new Set([
  'inc', 'incorporated', 'corp', 'corporation', 'co', 'company', 'ltd', 'limited', 'llc', 'gmbh', 'ag', 'sa', 'se', 'plc', 'bv', 'nv', 'spa', 'srl', 'kg', 'the', 'and', 'of', 'group', 'holdings', 'international',
]);
const GENERIC_PRODUCT_WORDS = new Set(['the', 'and', 'with', 'for', 'of', 'all', 'versions', 'version', 'model', 'models', 'series', 'system', 'systems', 'device', 'devices', 'software']);

export const tokens = (s: string, drop: ReadonlySet<string>): string[] =>
  s
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, ' ')
    .split(' ')
    .filter((t) => t !== '' && !drop.has(t));

/** Abbreviations a vendor is also known by: a parenthesised acronym, or the initials of a long name. */
function vendorForms(name: string): Set<string> {
  const forms = new Set<string>();
  const main = tokens(name.replace(/\([^)]*\)/g, ' '), COMPANY_FORMS);
  forms.add(main.join(' '));
  for (const m of name.matchAll(/\(([^)]+)\)/g)) forms.add(tokens(m[1]!, COMPANY_FORMS).join(' '));
  // "GE Healthcare" / "General Electric (GE)": the first word alone is a usual short form.
  if (main.length > 1) forms.add(main[0]!);
  const words = tokens(name.replace(/\([^)]*\)/g, ' '), new Set(['the', 'and', 'of']));
  if (words.length >= 2) forms.add(words.map((w) => w[0]).join(''));
  forms.delete('');
  return forms;
}

function editDistance(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++) cur[j] = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    prev = cur;
  }
  return prev[b.length]!;
}

/** 1 when the vendors share a form, 0.8 when one's words contain the other's, else 0. */
export function vendorScore(modelVendor: string, advisoryVendor: string): number {
  const a = vendorForms(modelVendor);
  const near = (x: string, y: string): boolean => x.length >= 6 && Math.abs(x.length - y.length) <= 1 && editDistance(x, y) <= 1;
  // An advisory may list several vendors in one field ("ENEA, Green Hills Software, … and Wind River").
  const parts = advisoryVendor.split(/,|\band\b|\//i).map((p) => p.trim()).filter(Boolean);
  let best = 0;
  for (const part of [advisoryVendor, ...parts]) {
    const b = vendorForms(part);
    for (const x of a) {
      if (b.has(x)) return 1;
      // A one-letter slip in a long name ("Phillips") still names the vendor.
      for (const y of b) if (near(x, y)) best = Math.max(best, 0.9);
      for (const y of b) {
        const xt = x.split(' ');
        const yt = y.split(' ');
        if (xt.length > 0 && yt.length > 0 && (xt.every((t) => yt.includes(t)) || yt.every((t) => xt.includes(t)))) best = Math.max(best, 0.8);
      }
    }
  }
  return best;
}

/**
 * How well the model's name (or an alias) is covered by the advisory's product name: the share
 * of the model's distinctive tokens found in it, with tokens holding digits (model numbers)
 * counted double and a mismatched model number ruling the match out.
 */
export function productScore(modelNames: readonly string[], advisoryProduct: string): number {
  const b = new Set(tokens(advisoryProduct, GENERIC_PRODUCT_WORDS));
  let best = 0;
  for (const name of modelNames) {
    const a = tokens(name, GENERIC_PRODUCT_WORDS);
    if (a.length === 0) continue;
    let have = 0;
    let total = 0;
    for (const t of a) {
      const w = /\d/.test(t) ? 2 : 1;
      total += w;
      if (b.has(t)) have += w;
    }
    const numbersA = a.filter((t) => /\d/.test(t));
    const numbersB = [...b].filter((t) => /\d/.test(t));
    // Both name a model number and none agree: a different model of the same family.
    if (numbersA.length > 0 && numbersB.length > 0 && !numbersA.some((n) => b.has(n))) continue;
    best = Math.max(best, have / total);
  }
  return best;
}

/**
 * Whether a version is within an advisory's version text. Reads `vers:` ranges, comparator lists
 * joined by `|` ("< 8.2.2", ">= 4.4 | <= 4.12"), wildcards ("5.x", "12.x.x") and single versions;
 * anything else (marketing names, dates, part numbers) is `unknown`.
 */
export function versionTextContains(text: string | null, version: string): Containment {
  if (text === null || text.trim() === '') return 'unknown';
  const t = text.trim();
  if (/^vers:/i.test(t)) {
    try {
      const r = parseVers(t);
      return versContains(r, version, 'generic');
    } catch {
      return 'unknown';
    }
  }
  if (/^(all|all versions)$/i.test(t)) return 'in';
  const parts = t
    .split(/\||\bor\b|;/i)
    .map((p) => normalisePhrase(p.trim()))
    .filter(Boolean);
  const constraints: string[] = [];
  const alternatives: Containment[] = [];
  for (const p of parts) {
    const m = /^(<=|>=|<|>|=)?\s*(?:versions?\s*)?v?([A-Za-z]{0,3}[.-]?[0-9][0-9A-Za-z.\-_]*)$/i.exec(p);
    if (!m) return 'unknown';
    const [, op, v] = m as unknown as [string, string | undefined, string];
    if (/(^|\.)[x*](\.|$)/i.test(v)) {
      if (op && op !== '=' && op !== '<=') return 'unknown';
      const prefix = v.split(/\.[x*]/i)[0]!;
      const inPrefix = version === prefix || version.startsWith(`${prefix}.`);
      alternatives.push(inPrefix ? 'in' : op === '<=' && compareGeneric(version, prefix) < 0 ? 'in' : 'out');
      continue;
    }
    if (!looksLikeVersion(v)) return 'unknown';
    constraints.push(`${op ?? '='}${v}`);
  }
  if (!looksLikeVersion(version)) return 'unknown';
  if (alternatives.includes('in')) return 'in';
  if (constraints.length === 0) return alternatives.length > 0 ? 'out' : 'unknown';
  return versContains(parseVers(`vers:generic/${constraints.join('|')}`), version, 'generic');
}

/** Phrases advisories use for ranges, turned into comparators: "2.3.6 and below" → "<=2.3.6". */
function normalisePhrase(p: string): string {
  let m = /^(?:all\s+)?(?:versions?\s+)?(?:prior\s+to|before|earlier\s+than)\s+(?:versions?\s+)?(.+)$/i.exec(p);
  if (m) return `<${m[1]!.trim()}`;
  m = /^(?:versions?\s+)?(.+?)\s+(?:and|or)\s+(?:below|prior|earlier|lower|older)$/i.exec(p);
  if (m) return `<=${m[1]!.trim()}`;
  m = /^(?:versions?\s+)?(.+?)\s+(?:and|or)\s+(?:above|later|higher|newer)$/i.exec(p);
  if (m) return `>=${m[1]!.trim()}`;
  return p;
}

export type MatchLevel = 'high' | 'medium' | 'low';

export interface ModelMatchScore {
  confidence: number;
  level: MatchLevel;
  version: Containment;
  reasons: string[];
}

/** Below this the pair is not offered as a match at all. */
export const MIN_MODEL_CONFIDENCE = 0.55;

export function scoreModelMatch(
  model: { manufacturer: string; name: string; aliases: readonly string[] },
  version: string,
  ref: { vendor: string; product: string; versionText: string | null },
): ModelMatchScore | null {
  const v = vendorScore(model.manufacturer, ref.vendor);
  if (v === 0) return null;
  const p = productScore([model.name, ...model.aliases], ref.product);
  // Half a name ("Alaris" of "Alaris TIVA") is a family, not the model.
  if (p <= 0.5) return null;
  const contained = versionTextContains(ref.versionText, version);
  if (contained === 'out') return { confidence: 0, level: 'low', version: 'out', reasons: [`version ${version} is outside "${ref.versionText ?? ''}"`] };
  const versionFactor = contained === 'in' ? 1 : 0.5;
  const confidence = Math.round((0.3 * v + 0.5 * p + 0.2 * versionFactor) * 100) / 100;
  if (confidence < MIN_MODEL_CONFIDENCE) return null;
  const reasons = [
    v === 1 ? `vendor "${ref.vendor}" is the manufacturer` : `vendor "${ref.vendor}" resembles "${model.manufacturer}"`,
    p === 1 ? `product "${ref.product}" names the model` : `product "${ref.product}" shares ${Math.round(p * 100)} % of the model's name`,
    contained === 'in'
      ? `version ${version} is within "${ref.versionText ?? 'all versions'}"`
      : `the advisory's version text "${ref.versionText ?? ''}" cannot be read as a range: check version ${version} by hand`,
  ];
  return { confidence, level: confidence >= 0.85 ? 'high' : confidence >= 0.7 ? 'medium' : 'low', version: contained, reasons };
}
