/** Full-text search over act definitions: titles, summaries, timeline labels, scope, obligations, notes. */

export interface ActDefinition {
  id: string;
  shortName: string;
  title: string;
  number: string;
  url: string;
  summary?: string;
  timeline?: { date: string; kind: string; label: string; part?: string; cite?: string }[];
  parts?: { id: string; title: string; cite?: string }[];
  scope?: { id?: string; cite?: string; label?: string; exceptions?: { cite?: string; label?: string }[] } & Record<string, unknown>;
  obligations?: { id: string; role: string; category: string; cite: string; title: string; summary?: string }[];
  notes?: string[];
  sources?: { title: string; url: string }[];
  verified?: { checkedOn?: string; notes?: string[] };
}

export interface SearchHit {
  act: string;
  actName: string;
  where: string;
  text: string;
}

export function searchActs(acts: readonly ActDefinition[], query: string): SearchHit[] {
  const terms = query.toLowerCase().split(/\s+/).filter(Boolean);
  const matches = (s: string | undefined) => !!s && terms.every((t) => s.toLowerCase().includes(t));
  const hits: SearchHit[] = [];
  for (const act of acts) {
    const add = (where: string, text: string) => hits.push({ act: act.id, actName: act.shortName, where, text });
    if (matches(`${act.shortName} ${act.title} ${act.number}`)) add('title', act.title);
    if (matches(act.summary)) add('summary', act.summary ?? '');
    for (const t of act.timeline ?? []) if (matches(t.label)) add(`timeline ${t.date}`, t.label);
    if (matches(act.scope?.label)) add('scope', act.scope?.label ?? '');
    for (const o of act.obligations ?? []) if (matches(`${o.title} ${o.summary ?? ''} ${o.category}`)) add(`obligation (${o.category})`, o.title);
    for (const n of act.notes ?? []) if (matches(n)) add('note', n);
  }
  return hits;
}
