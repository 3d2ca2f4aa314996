/**
 * What changed for one product between two assessments — typically the same profile under two
 * knowledge-base versions — and which changelog entries caused each difference.
 */
import { changesConcerning, changesSince, compareKbVersions } from '../kb/changelog/index.ts';
import type { AttributedChange } from '../kb/changelog/index.ts';
import type { KbChangelogEntry } from '../kb/changelog/types.ts';
import type { ActId, ProvisionId } from '../kb/provision-id.ts';
import type { LawDigest } from './digest.ts';

export type ImpactArea = 'act' | 'obligation' | 'classification' | 'deadline';

export interface ImpactItem {
  readonly area: ImpactArea;
  /** Act id, obligation id, classifier ref or deadline key. */
  readonly key: string;
  readonly act: ActId;
  readonly cite?: ProvisionId;
  readonly title: string;
  /** `null`: not part of that assessment (a duty added or dropped). */
  readonly before: string | null;
  readonly after: string | null;
  /** The changelog entries that explain it, those naming its provision first. */
  readonly causes: readonly AttributedChange[];
}

export interface ImpactDiff {
  readonly fromVersion: string;
  readonly toVersion: string;
  readonly items: readonly ImpactItem[];
  /** The changelog entries between the two versions, newest first, whether or not they changed an answer here. */
  readonly entries: readonly KbChangelogEntry[];
}

const dated = (status: string, from?: string) => (from ? `${status} ${from}` : status);

/** Compares two digests item by item; the result is empty when nothing a user sees has changed. */
export function diffImpact(before: LawDigest, after: LawDigest, changelog?: readonly KbChangelogEntry[]): ImpactDiff {
  const entries =
    changelog ??
    (compareKbVersions(after.kbVersion, before.kbVersion) > 0 ? changesSince(before.kbVersion, after.kbVersion) : []);
  const items: ImpactItem[] = [];
  const attribute = (act: ActId, cite?: ProvisionId) =>
    changesConcerning(entries, cite ? { act, cite } : { act }).sort((a, b) => (a.match === b.match ? 0 : a.match === 'provision' ? -1 : 1));
  const push = (area: ImpactArea, key: string, act: ActId, title: string, b: string | null, a: string | null, cite?: ProvisionId) => {
    if (b === a) return;
    items.push({ area, key, act, ...(cite ? { cite } : {}), title, before: b, after: a, causes: attribute(act, cite) });
  };

  const beforeActs = new Map(before.acts.map((x) => [x.act, x]));
  for (const x of after.acts) {
    const b = beforeActs.get(x.act);
    push('act', x.act, x.act, x.act, b ? dated(b.verdict, b.from) : null, dated(x.verdict, x.from));
  }
  compareKeyed(
    before.obligations, after.obligations, (o) => o.id,
    (o, b, a) => push('obligation', o.id, o.act, o.title, b ? dated(b.status, b.from) : null, a ? dated(a.status, a.from) : null, o.cite),
  );
  compareKeyed(
    before.classifications, after.classifications, (c) => c.classifier,
    (c, b, a) => push('classification', c.classifier, c.act, c.title, b ? `${b.status}: ${b.outcomes.join(', ') || '—'}` : null, a ? `${a.status}: ${a.outcomes.join(', ') || '—'}` : null, c.cite),
  );
  compareKeyed(
    before.deadlines, after.deadlines, (d) => d.key,
    (d, b, a) => push('deadline', d.key, d.act, d.title, b ? dated(b.status, b.due) : null, a ? dated(a.status, a.due) : null, d.cite),
  );
  return { fromVersion: before.kbVersion, toVersion: after.kbVersion, items, entries };
}

/** Calls `visit` once per key present on either side, with the item from each side (or undefined). */
function compareKeyed<T>(before: readonly T[], after: readonly T[], key: (t: T) => string, visit: (any: T, b: T | undefined, a: T | undefined) => void): void {
  const b = new Map(before.map((t) => [key(t), t]));
  const a = new Map(after.map((t) => [key(t), t]));
  for (const [k, t] of a) visit(t, b.get(k), t);
  for (const [k, t] of b) if (!a.has(k)) visit(t, t, undefined);
}
