/** RPM version order: `[epoch:]version[-release]`, each part compared by rpmvercmp (rpm 4.18, with `~` and `^`). */

const isDigit = (c: string): boolean => c >= '0' && c <= '9';
const isAlpha = (c: string): boolean => /[A-Za-z]/.test(c);
const isAlnum = (c: string): boolean => isDigit(c) || isAlpha(c);

export function rpmvercmp(a: string, b: string): number {
  if (a === b) return 0;
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    while (i < a.length && !isAlnum(a[i]!) && a[i] !== '~' && a[i] !== '^') i++;
    while (j < b.length && !isAlnum(b[j]!) && b[j] !== '~' && b[j] !== '^') j++;
    // A tilde sorts before everything, even the end of the string.
    if (a[i] === '~' || b[j] === '~') {
      if (a[i] !== '~') return 1;
      if (b[j] !== '~') return -1;
      i++;
      j++;
      continue;
    }
    // A caret sorts after the end of the string but before anything else.
    if (a[i] === '^' || b[j] === '^') {
      if (i >= a.length) return -1;
      if (j >= b.length) return 1;
      if (a[i] !== '^') return 1;
      if (b[j] !== '^') return -1;
      i++;
      j++;
      continue;
    }
    if (i >= a.length || j >= b.length) break;
    const numeric = isDigit(a[i]!);
    const take = (s: string, k: number): [string, number] => {
      let e = k;
      while (e < s.length && (numeric ? isDigit(s[e]!) : isAlpha(s[e]!))) e++;
      return [s.slice(k, e), e];
    };
    const [sa, ni] = take(a, i);
    const [sb, nj] = take(b, j);
    i = ni;
    j = nj;
    // Segments of different kinds: the numeric one is newer.
    if (sb === '') return numeric ? 1 : -1;
    if (numeric) {
      const ta = sa.replace(/^0+/, '');
      const tb = sb.replace(/^0+/, '');
      if (ta.length !== tb.length) return ta.length > tb.length ? 1 : -1;
      if (ta !== tb) return ta > tb ? 1 : -1;
    } else if (sa !== sb) {
      return sa > sb ? 1 : -1;
    }
  }
  if (i >= a.length && j >= b.length) return 0;
  return i >= a.length ? -1 : 1;
}

function parseEvr(v: string): [number, string, string | undefined] {
  const colon = v.indexOf(':');
  const epoch = colon > 0 && /^\d+$/.test(v.slice(0, colon)) ? Number(v.slice(0, colon)) : 0;
  const rest = colon > 0 ? v.slice(colon + 1) : v;
  const dash = rest.lastIndexOf('-');
  return dash >= 0 ? [epoch, rest.slice(0, dash), rest.slice(dash + 1)] : [epoch, rest, undefined];
}

export function compareRpm(a: string, b: string): number {
  const [ea, va, ra] = parseEvr(a.trim());
  const [eb, vb, rb] = parseEvr(b.trim());
  if (ea !== eb) return Math.sign(ea - eb);
  const v = rpmvercmp(va, vb);
  if (v !== 0) return v;
  // A release missing on one side matches any release (as rpm does for dependency ranges).
  if (ra === undefined || rb === undefined) return 0;
  return rpmvercmp(ra, rb);
}
