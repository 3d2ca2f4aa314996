import Table from 'cli-table3';
import { activeEvents, knowledgeBase, partState } from '@iomt/core';
import type { ActDefinition } from '@iomt/core';
import { asOfOption, formatOption } from '../options.ts';

export interface ActStatus {
  act: string;
  shortName: string;
  number: string;
  kind: string;
  status: 'applies' | 'applies-from' | 'repealed';
  from?: string;
  parts: { part: string; title: string; status: string; from?: string }[];
  url: string;
  verifiedOn: string;
}

/** Where an act stands on a date, independent of any product. */
export function actStatus(act: ActDefinition, asOf: string): ActStatus {
  const events = activeEvents(act, new Set());
  const whole = partState(events, undefined, asOf);
  const parts = (act.parts ?? []).map((p) => {
    const s = partState(events, p.id, asOf);
    return { part: p.id, title: p.title, status: s.status, ...(s.from ? { from: s.from } : {}) };
  });
  const someApplies = whole.status === 'applies' || parts.some((p) => p.status === 'applies');
  const status = whole.status === 'ended' ? 'repealed' : someApplies ? 'applies' : 'applies-from';
  // An act applying only through its parts dates from its first part, applied or pending.
  const partDates = (s: string) => parts.filter((p) => p.status === s && p.from).map((p) => p.from as string).sort();
  const from =
    status === 'applies' && whole.status !== 'applies'
      ? partDates('applies')[0]
      : status === 'applies-from' && whole.from === undefined
        ? partDates('applies-from')[0]
        : whole.from;
  return {
    act: act.id,
    shortName: act.shortName,
    number: act.number,
    kind: act.kind,
    status,
    ...(from ? { from } : {}),
    parts,
    url: act.url,
    verifiedOn: act.verified.checkedOn,
  };
}

const STATUS_TEXT = { applies: 'applies since', 'applies-from': 'applies from', repealed: 'repealed on' } as const;

export function actsCommand(flags: { asOf?: string; format?: string }): string {
  const asOf = asOfOption(flags.asOf);
  const format = formatOption(flags.format);
  const rows = knowledgeBase.acts.map((a) => actStatus(a, asOf));
  if (format === 'json') return JSON.stringify({ asOf, knowledgeBase: knowledgeBase.version, acts: rows }, null, 2) + '\n';
  const line = (r: ActStatus) =>
    `${STATUS_TEXT[r.status]} ${r.from ?? '—'}${r.parts
      .filter((p) => p.status !== r.status || p.from !== r.from)
      .map((p) => `; ${p.title}: ${p.status === 'applies' ? 'since' : 'from'} ${p.from ?? '—'}`)
      .join('')}`;
  if (format === 'markdown') {
    return [
      `# Acts in the knowledge base on ${asOf}`,
      '',
      '| Id | Act | Number | Kind | Status |',
      '|---|---|---|---|---|',
      ...rows.map((r) => `| \`${r.act}\` | [${r.shortName}](${r.url}) | ${r.number} | ${r.kind} | ${line(r)} |`),
      '',
    ].join('\n');
  }
  const t = new Table({ head: ['Id', 'Act', 'Number', 'Status'], colWidths: [14, 12, 28, 41], wordWrap: true, style: { head: [], border: [] } });
  for (const r of rows) t.push([r.act, r.shortName, r.number, line(r)]);
  return `Acts on ${asOf} · knowledge base ${knowledgeBase.version}\n${t.toString()}\n`;
}
