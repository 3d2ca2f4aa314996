/** Reading the changelog: one version, the changes since a version, and which changes touch a provision. */
import { parseProvision } from '../provision-id.ts';
import type { ActId } from '../provision-id.ts';
import { CHANGELOG } from './entries.ts';
import type { KbChange, KbChangelogEntry } from './types.ts';

export { CHANGELOG } from './entries.ts';
export type { ChangeKind, KbChange, KbChangelogEntry } from './types.ts';

/** Versions are `YYYY.MM.DD.N`: compared field by field as numbers. */
export function compareKbVersions(a: string, b: string): number {
  const pa = a.split('.').map(Number);
  const pb = b.split('.').map(Number);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const d = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (d !== 0) return d < 0 ? -1 : 1;
  }
  return 0;
}

export const isKbVersion = (v: string): boolean => /^\d{4}\.\d{2}\.\d{2}\.\d+$/.test(v);

export function changelogEntry(version: string): KbChangelogEntry | undefined {
  return CHANGELOG.find((e) => e.version === version);
}

/** Entries after `since` up to and including `until` (default: the newest), newest first. */
export function changesSince(since: string | undefined, until?: string): KbChangelogEntry[] {
  return CHANGELOG.filter(
    (e) => (since === undefined || compareKbVersions(e.version, since) > 0) && (until === undefined || compareKbVersions(e.version, until) <= 0),
  );
}

/** The act a provision id belongs to (`nis2:art-3(1)` → `nis2`). */
const actOf = (provision: string): ActId | undefined => parseProvision(provision)?.act;

export interface AttributedChange {
  readonly version: string;
  readonly date: string;
  readonly index: number;
  readonly change: KbChange;
  /** `provision`: the change names the provision the answer cites (or one it falls under); `act`: only the same act. */
  readonly match: 'provision' | 'act';
}

/**
 * The changes between two versions that concern an act, or a provision of it: a change attributes
 * when it names the act, or a provision the cited one falls under (`nis2:art-3` covers `nis2:art-3(1)(d)`).
 */
export function changesConcerning(
  entries: readonly KbChangelogEntry[],
  target: { readonly act: ActId; readonly cite?: string },
): AttributedChange[] {
  const out: AttributedChange[] = [];
  for (const e of entries) {
    e.changes.forEach((change, index) => {
      const byProvision = target.cite !== undefined && change.provisions.some((p) => within(target.cite as string, p) || within(p, target.cite as string));
      const byAct = change.act === target.act || change.provisions.some((p) => actOf(p) === target.act);
      if (byProvision || byAct) out.push({ version: e.version, date: e.date, index, change, match: byProvision ? 'provision' : 'act' });
    });
  }
  return out;
}

/** `inner` lies within `outer`: same act and `outer`'s path is a prefix of `inner`'s. */
function within(inner: string, outer: string): boolean {
  if (inner === outer) return true;
  return inner.startsWith(outer) && (inner[outer.length] === '(' || inner[outer.length] === '-');
}
