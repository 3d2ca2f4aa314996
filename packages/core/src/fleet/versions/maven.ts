/**
 * Maven version order after `ComparableVersion` (maven-artifact 3.x): items split at `.`, `-`
 * and digit/letter changes; well-known qualifiers ranked; trailing zero and release items dropped.
 */

const QUALIFIERS = ['alpha', 'beta', 'milestone', 'rc', 'snapshot', '', 'sp'];
const ALIASES: Record<string, string> = { ga: '', final: '', release: '', cr: 'rc', a: 'alpha', b: 'beta', m: 'milestone' };

type Item = { kind: 'int'; value: bigint } | { kind: 'str'; value: string } | { kind: 'list'; items: Item[] };

function qualifierRank(q: string): string {
  const i = QUALIFIERS.indexOf(q);
  return i >= 0 ? String(i) : `${QUALIFIERS.length}-${q}`;
}

function strItem(s: string, followedByDigit: boolean): Item {
  let q = s.toLowerCase();
  if (followedByDigit && q.length === 1 && 'abm'.includes(q)) q = ALIASES[q]!;
  else if (q in ALIASES && q.length > 1) q = ALIASES[q]!;
  return { kind: 'str', value: q };
}

const isNull = (it: Item): boolean =>
  it.kind === 'int' ? it.value === 0n : it.kind === 'str' ? qualifierRank(it.value) === qualifierRank('') : it.items.length === 0;

function normalize(list: Item[]): Item[] {
  const out = [...list];
  for (let i = out.length - 1; i >= 0; i--) {
    const it = out[i]!;
    if (isNull(it)) out.splice(i, 1);
    else if (it.kind !== 'list') break;
  }
  return out;
}

function parse(version: string): Item[] {
  const v = version.toLowerCase();
  const root: Item[] = [];
  let list = root;
  const stack: Item[][] = [root];
  let start = 0;
  let isDigit = false;
  const push = (end: number, next: string | undefined) => {
    const tok = v.slice(start, end);
    if (tok === '') list.push({ kind: 'int', value: 0n });
    else if (isDigit) list.push({ kind: 'int', value: BigInt(tok) });
    else list.push(strItem(tok, next !== undefined && /\d/.test(next)));
  };
  for (let i = 0; i < v.length; i++) {
    const c = v[i]!;
    if (c === '.') {
      push(i, v[i + 1]);
      start = i + 1;
    } else if (c === '-') {
      push(i, v[i + 1]);
      start = i + 1;
      const sub: Item[] = [];
      list.push({ kind: 'list', items: sub });
      list = sub;
      stack.push(sub);
    } else if (/\d/.test(c)) {
      if (!isDigit && i > start) {
        push(i, c);
        start = i;
        const sub: Item[] = [];
        list.push({ kind: 'list', items: sub });
        list = sub;
        stack.push(sub);
      }
      isDigit = true;
    } else {
      if (isDigit && i > start) {
        push(i, c);
        start = i;
        const sub: Item[] = [];
        list.push({ kind: 'list', items: sub });
        list = sub;
        stack.push(sub);
      }
      isDigit = false;
    }
  }
  if (v.length > start) push(v.length, undefined);
  const fix = (items: Item[]): Item[] => normalize(items.map((it) => (it.kind === 'list' ? { kind: 'list', items: fix(it.items) } : it)));
  return fix(root);
}

function compareItem(a: Item | undefined, b: Item | undefined): number {
  if (a === undefined && b === undefined) return 0;
  if (a === undefined) return -compareItem(b, undefined);
  if (b === undefined) {
    if (a.kind === 'int') return a.value === 0n ? 0 : 1;
    if (a.kind === 'str') return qualifierRank(a.value).localeCompare(qualifierRank(''));
    return a.items.length === 0 ? 0 : compareItem(a.items[0], undefined);
  }
  if (a.kind === 'int') {
    if (b.kind === 'int') return a.value === b.value ? 0 : a.value > b.value ? 1 : -1;
    return 1;
  }
  if (a.kind === 'str') {
    if (b.kind === 'int' || b.kind === 'list') return -1;
    return Math.sign(qualifierRank(a.value).localeCompare(qualifierRank(b.value)));
  }
  if (b.kind === 'int') return -1;
  if (b.kind === 'str') return 1;
  for (let i = 0; i < Math.max(a.items.length, b.items.length); i++) {
    const r = compareItem(a.items[i], b.items[i]);
    if (r !== 0) return r;
  }
  return 0;
}

export function compareMaven(a: string, b: string): number {
  return compareItem({ kind: 'list', items: parse(a.trim()) }, { kind: 'list', items: parse(b.trim()) });
}
