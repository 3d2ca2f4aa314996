/** Package URLs (purl-spec): parsed into parts, and a normal form used as a matching key. */

export interface Purl {
  type: string;
  namespace: string | null;
  name: string;
  version: string | null;
  qualifiers: Record<string, string>;
  subpath: string | null;
}

export class PurlError extends Error {}

const dec = (s: string): string => {
  try {
    return decodeURIComponent(s);
  } catch {
    throw new PurlError(`bad percent-encoding in ${JSON.stringify(s)}`);
  }
};

// Types whose namespace and name are case-insensitive per the purl spec.
const LOWERCASE = new Set(['npm', 'nuget', 'pypi', 'deb', 'github', 'bitbucket', 'golang', 'hex', 'composer', 'apk', 'generic']);

export function parsePurl(text: string): Purl {
  const s = text.trim();
  if (!/^pkg:/i.test(s)) throw new PurlError(`${JSON.stringify(text)} is not a package URL (expected pkg:type/name@version)`);
  let rest = s.slice(4).replace(/^\/+/, '');
  let subpath: string | null = null;
  const hash = rest.indexOf('#');
  if (hash >= 0) {
    subpath = rest.slice(hash + 1).split('/').filter((p) => p && p !== '.' && p !== '..').map(dec).join('/') || null;
    rest = rest.slice(0, hash);
  }
  const qualifiers: Record<string, string> = {};
  const q = rest.indexOf('?');
  if (q >= 0) {
    for (const pair of rest.slice(q + 1).split('&')) {
      const eq = pair.indexOf('=');
      if (eq <= 0) continue;
      const value = dec(pair.slice(eq + 1));
      if (value !== '') qualifiers[pair.slice(0, eq).toLowerCase()] = value;
    }
    rest = rest.slice(0, q);
  }
  const slash = rest.indexOf('/');
  if (slash <= 0) throw new PurlError(`${JSON.stringify(text)} has no type or no name`);
  const type = rest.slice(0, slash).toLowerCase();
  let path = rest.slice(slash + 1).replace(/\/+$/, '');
  let version: string | null = null;
  const at = path.lastIndexOf('@');
  if (at >= 0) {
    version = dec(path.slice(at + 1)) || null;
    path = path.slice(0, at);
  }
  const segments = path.split('/').filter(Boolean).map(dec);
  const rawName = segments.pop();
  if (!rawName) throw new PurlError(`${JSON.stringify(text)} has no name`);
  const lower = LOWERCASE.has(type);
  let name = lower ? rawName.toLowerCase() : rawName;
  if (type === 'pypi') name = name.replace(/_/g, '-');
  const ns = segments.length ? segments.join('/') : null;
  return { type, namespace: ns && lower ? ns.toLowerCase() : ns, name, version, qualifiers, subpath };
}

/** `type/namespace/name`, the part of a purl that names a package whatever its version. */
export const packageKey = (p: Pick<Purl, 'type' | 'namespace' | 'name'>): string => `${p.type}/${p.namespace ? `${p.namespace}/` : ''}${p.name}`;

/** The purl without qualifiers and subpath, as a string. */
export const purlString = (p: Purl): string => `pkg:${packageKey(p)}${p.version ? `@${encodeURIComponent(p.version)}` : ''}`;

export function tryParsePurl(text: string | undefined | null): Purl | null {
  if (!text) return null;
  try {
    return parsePurl(text);
  } catch {
    return null;
  }
}
