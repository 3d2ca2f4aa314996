/**
 * CPE 2.3 names (NISTIR 7695 formatted strings, and 2.2 URIs read as bound names) and name
 * matching as NISTIR 7696 defines it: each attribute is compared as ANY, NA or a value (with
 * `*` and `?` wildcards in the source), and the name relation is SUPERSET, EQUAL, SUBSET or DISJOINT.
 */

export const CPE_ATTRIBUTES = ['part', 'vendor', 'product', 'version', 'update', 'edition', 'language', 'sw_edition', 'target_sw', 'target_hw', 'other'] as const;
export type CpeAttribute = (typeof CPE_ATTRIBUTES)[number];
/** `ANY` (`*`), `NA` (`-`) or a value in the formatted-string form (escapes kept). */
export type CpeValue = { kind: 'any' } | { kind: 'na' } | { kind: 'value'; text: string };
export type CpeName = Record<CpeAttribute, CpeValue>;

export class CpeError extends Error {}

function splitFs(s: string): string[] {
  const parts: string[] = [];
  let cur = '';
  for (let i = 0; i < s.length; i++) {
    const c = s[i]!;
    if (c === '\\' && i + 1 < s.length) {
      cur += c + s[i + 1]!;
      i++;
    } else if (c === ':') {
      parts.push(cur);
      cur = '';
    } else cur += c;
  }
  parts.push(cur);
  return parts;
}

const value = (t: string): CpeValue => (t === '*' || t === '' ? { kind: 'any' } : t === '-' ? { kind: 'na' } : { kind: 'value', text: t.toLowerCase() });

export function parseCpe(text: string): CpeName {
  const s = text.trim();
  if (/^cpe:2\.3:/i.test(s)) {
    const parts = splitFs(s).slice(2);
    if (parts.length !== 11) throw new CpeError(`${JSON.stringify(text)}: a CPE 2.3 formatted string has 11 attributes after cpe:2.3:, found ${parts.length}`);
    if (!/^[aoh*-]$/i.test(parts[0]!)) throw new CpeError(`${JSON.stringify(text)}: part must be a, o, h, * or -`);
    return Object.fromEntries(CPE_ATTRIBUTES.map((a, i) => [a, value(parts[i]!)])) as CpeName;
  }
  if (/^cpe:\/[aoh]?/i.test(s)) {
    // A 2.2 URI: missing trailing attributes are ANY; percent-encoding decoded; `~`-packed edition not unpacked.
    const parts = s.slice(5).split(':').map((p) => decodeURIComponent(p).replace(/([^A-Za-z0-9_])/g, '\\$1'));
    return Object.fromEntries(CPE_ATTRIBUTES.map((a, i) => [a, value(parts[i] ?? '')])) as CpeName;
  }
  throw new CpeError(`${JSON.stringify(text)} is not a CPE name (expected cpe:2.3:part:vendor:product:version:… or cpe:/…)`);
}

export function tryParseCpe(text: string | undefined | null): CpeName | null {
  if (!text) return null;
  try {
    return parseCpe(text);
  } catch {
    return null;
  }
}

export type CpeRelation = 'superset' | 'subset' | 'equal' | 'disjoint' | 'undefined';

const hasWildcard = (t: string): boolean => /(^|[^\\])(\\\\)*[*?]/.test(t);

/** A formatted-string value with unescaped `*` and `?` as a regular expression (NISTIR 7696 §6.3). */
function wildcardRegex(t: string): RegExp {
  let re = '';
  for (let i = 0; i < t.length; i++) {
    const c = t[i]!;
    if (c === '\\' && i + 1 < t.length) {
      re += t[i + 1]!.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
      i++;
    } else if (c === '*') re += '.*';
    else if (c === '?') re += '.';
    else re += c.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  }
  return new RegExp(`^${re}$`);
}

const unescape = (t: string): string => t.replace(/\\(.)/g, '$1');

/** NISTIR 7696 Table 6-2: the relation of one source attribute to one target attribute. */
export function compareAttribute(source: CpeValue, target: CpeValue): CpeRelation {
  if (source.kind === 'any') return target.kind === 'any' ? 'equal' : 'superset';
  if (source.kind === 'na') {
    if (target.kind === 'any') return 'subset';
    return target.kind === 'na' ? 'equal' : 'disjoint';
  }
  if (target.kind === 'any') return 'subset';
  if (target.kind === 'na') return 'disjoint';
  if (hasWildcard(target.text)) return 'undefined';
  if (hasWildcard(source.text)) return wildcardRegex(source.text).test(unescape(target.text)) ? 'superset' : 'disjoint';
  return unescape(source.text) === unescape(target.text) ? 'equal' : 'disjoint';
}

export function compareCpe(source: CpeName, target: CpeName): Record<CpeAttribute, CpeRelation> {
  return Object.fromEntries(CPE_ATTRIBUTES.map((a) => [a, compareAttribute(source[a], target[a])])) as Record<CpeAttribute, CpeRelation>;
}

/** NISTIR 7696 CPE_SUPERSET or CPE_EQUAL: the source (an advisory's applicability name) covers the target (a component). */
export function cpeMatches(source: CpeName, target: CpeName): boolean {
  return CPE_ATTRIBUTES.every((a) => {
    const r = compareAttribute(source[a], target[a]);
    return r === 'superset' || r === 'equal';
  });
}

/** `vendor:product`, the key advisories are indexed by. */
export const cpeProductKey = (c: CpeName): string | null =>
  c.vendor.kind === 'value' && c.product.kind === 'value' && !hasWildcard(c.vendor.text) && !hasWildcard(c.product.text) ? `${unescape(c.vendor.text)}:${unescape(c.product.text)}` : null;

export const cpeVersion = (c: CpeName): string | null => (c.version.kind === 'value' ? unescape(c.version.text) : null);
