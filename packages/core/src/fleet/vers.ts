/**
 * Version ranges in the purl-spec `vers` form (`vers:npm/>=1.2.0|<2.0.0`), evaluated by the
 * spec's algorithm over the scheme's own version order. Three-valued: a version the scheme
 * cannot order gives `unknown`, never "not affected".
 */
import { compareVersions, schemeOf } from './versions/ecosystem.ts';
import type { VersionScheme } from './versions/ecosystem.ts';

export type Comparator = '=' | '!=' | '<' | '<=' | '>' | '>=';
export interface Constraint {
  comparator: Comparator;
  version: string;
}
export interface VersRange {
  scheme: string;
  /** `*`: every version. */
  all: boolean;
  constraints: Constraint[];
}
export type Containment = 'in' | 'out' | 'unknown';

export class VersError extends Error {}

const COMPARATORS: Comparator[] = ['>=', '<=', '!=', '<', '>', '='];

export function parseConstraint(text: string): Constraint {
  const t = text.trim();
  const op = COMPARATORS.find((c) => t.startsWith(c));
  const version = decodeURIComponent((op ? t.slice(op.length) : t).trim());
  if (version === '') throw new VersError(`constraint ${JSON.stringify(text)} has no version`);
  return { comparator: op ?? '=', version };
}

export function parseVers(text: string): VersRange {
  const m = /^vers:([a-z0-9.+-]+)\/(.*)$/i.exec(text.trim());
  if (!m) throw new VersError(`${JSON.stringify(text)} is not a vers range (expected vers:<scheme>/<constraints>)`);
  const scheme = m[1]!.toLowerCase();
  const body = m[2]!.replace(/\s+/g, '');
  if (body === '*') return { scheme, all: true, constraints: [] };
  if (body === '') throw new VersError(`${JSON.stringify(text)} has no constraints`);
  return { scheme, all: false, constraints: body.split('|').map(parseConstraint) };
}

const holds = (cmp: number, c: Comparator): boolean =>
  c === '=' ? cmp === 0 : c === '!=' ? cmp !== 0 : c === '<' ? cmp < 0 : c === '<=' ? cmp <= 0 : c === '>' ? cmp > 0 : cmp >= 0;

/** Whether `version` lies in the range: the `vers` spec's containment algorithm. */
export function versContains(range: VersRange, version: string, scheme: VersionScheme = schemeOf(range.scheme)): Containment {
  if (range.all) return 'in';
  const cmps: number[] = [];
  for (const c of range.constraints) {
    const r = compareVersions(scheme, version, c.version);
    if (r === undefined) return 'unknown';
    cmps.push(r);
  }
  for (let i = 0; i < range.constraints.length; i++) {
    const c = range.constraints[i]!;
    if (c.comparator === '=' && cmps[i] === 0) return 'in';
    if (c.comparator === '!=' && cmps[i] === 0) return 'out';
  }
  // The remaining constraints, sorted by version, alternate between lower and upper bounds.
  const rest = range.constraints
    .map((c, i) => ({ c, cmp: cmps[i]! }))
    .filter(({ c }) => c.comparator !== '=' && c.comparator !== '!=')
    .sort((a, b) => compareVersions(scheme, a.c.version, b.c.version) ?? 0);
  if (rest.length === 0) return range.constraints.some((c) => c.comparator === '!=') ? 'in' : 'out';
  const first = rest[0]!;
  if ((first.c.comparator === '<' || first.c.comparator === '<=') && holds(first.cmp, first.c.comparator)) return 'in';
  const last = rest[rest.length - 1]!;
  if ((last.c.comparator === '>' || last.c.comparator === '>=') && holds(last.cmp, last.c.comparator)) return 'in';
  for (let i = 0; i + 1 < rest.length; i++) {
    const lo = rest[i]!;
    const hi = rest[i + 1]!;
    if ((lo.c.comparator === '>' || lo.c.comparator === '>=') && (hi.c.comparator === '<' || hi.c.comparator === '<=')) {
      if (holds(lo.cmp, lo.c.comparator) && holds(hi.cmp, hi.c.comparator)) return 'in';
    }
  }
  return 'out';
}

/** OSV `ranges[].events` (introduced / fixed / last_affected / limit) over the ecosystem's order. */
export function osvEventsContain(events: readonly Record<string, string>[], version: string, scheme: VersionScheme): Containment {
  const sorted: { kind: string; v: string }[] = [];
  for (const e of events) for (const [kind, v] of Object.entries(e)) sorted.push({ kind, v });
  let affected = false;
  let sawUnknown = false;
  // OSV: evaluate every introduced..fixed/last_affected interval independently.
  const intro = sorted.filter((e) => e.kind === 'introduced');
  const ends = sorted.filter((e) => e.kind === 'fixed' || e.kind === 'last_affected' || e.kind === 'limit');
  for (const i of intro) {
    const lower = i.v === '0' ? -1 : compareVersions(scheme, i.v, version);
    if (lower === undefined) {
      sawUnknown = true;
      continue;
    }
    if (i.v !== '0' && lower > 0) continue;
    // The nearest end at or above the introduction closes this interval.
    let closed: boolean | undefined = false;
    let nearest: { kind: string; v: string } | undefined;
    for (const e of ends) {
      const ei = i.v === '0' ? 1 : compareVersions(scheme, e.v, i.v);
      if (ei === undefined || ei < 0) continue;
      if (!nearest || (compareVersions(scheme, e.v, nearest.v) ?? 0) < 0) nearest = e;
    }
    if (nearest) {
      const c = compareVersions(scheme, version, nearest.v);
      if (c === undefined) closed = undefined;
      else closed = nearest.kind === 'last_affected' ? c > 0 : c >= 0;
    }
    if (closed === undefined) sawUnknown = true;
    else if (!closed) affected = true;
  }
  return affected ? 'in' : sawUnknown ? 'unknown' : 'out';
}
