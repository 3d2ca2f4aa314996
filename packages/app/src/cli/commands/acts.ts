import Table from 'cli-table3';
import { activeEvents, knowledgeBase, partState } from '@iomt/core';
import type { ActDefinition } from '@iomt/core';
import { asOfOption, formatOption } from '../options.ts';

export interface ActStatus {
  act: string;
  shortName: string;
  number: string;
  kind: string;
  /** `partly-applies`: some parts apply while the act as a whole does not yet (e.g. CRA Art 14 before 11 December 2027). */
  status: 'applies' | 'partly-applies' | 'applies-from' | 'repealed';
  from?: string;
  /** When the act applies in full: its general date of application, or else the last date of its parts. */
  fullFrom?: string;
  parts: { part: string; title: string; status: string; from?: string }[];
  /** The status in words, naming every part that applies on a date of its own. */
  summary: string;
  url: string;
  verifiedOn: string;
}

const NOUN: Readonly<Record<string, string>> = {
  regulation: 'Regulation',
  directive: 'Directive',
  'delegated-regulation': 'Delegated Regulation',
  'implementing-regulation': 'Implementing Regulation',
};

type PartRow = ActStatus['parts'][number];

/** Where an act stands on a date, independent of any product. */
export function actStatus(act: ActDefinition, asOf: string): ActStatus {
  const events = activeEvents(act, new Set());
  const whole = partState(events, undefined, asOf);
  const parts: PartRow[] = (act.parts ?? []).map((p) => {
    const s = partState(events, p.id, asOf);
    return { part: p.id, title: p.title, status: s.status, ...(s.from ? { from: s.from } : {}) };
  });
  const partDates = (s: string) => parts.filter((p) => p.status === s && p.from).map((p) => p.from as string).sort();
  const status: ActStatus['status'] =
    whole.status === 'ended'
      ? 'repealed'
      : whole.status === 'applies'
        ? 'applies'
        : parts.some((p) => p.status === 'applies')
          ? 'partly-applies'
          : 'applies-from';
  // An act applying only through its parts dates from its first part, applied or pending.
  const from =
    status === 'partly-applies'
      ? partDates('applies')[0]
      : status === 'applies-from' && whole.from === undefined
        ? partDates('applies-from')[0]
        : whole.from;
  const lastPending = partDates('applies-from').at(-1);
  const fullFrom =
    status === 'repealed'
      ? undefined
      : status === 'applies'
        ? (lastPending ?? whole.from)
        : (whole.from ?? (parts.every((p) => p.from) ? lastPending : undefined));
  const noun = NOUN[act.kind] ?? 'act';
  return {
    act: act.id,
    shortName: act.shortName,
    number: act.number,
    kind: act.kind,
    status,
    ...(from ? { from } : {}),
    ...(fullFrom ? { fullFrom } : {}),
    parts,
    summary: statusSummary(status, from, whole.from, fullFrom, parts, noun),
    url: act.url,
    verifiedOn: act.verified.checkedOn,
  };
}

function statusSummary(
  status: ActStatus['status'],
  from: string | undefined,
  wholeFrom: string | undefined,
  fullFrom: string | undefined,
  parts: readonly PartRow[],
  noun: string,
): string {
  const dated = (p: PartRow) => `${p.title} ${p.status === 'applies' ? 'applies since' : 'applies from'} ${p.from ?? '—'}`;
  const others = parts.filter((p) => p.from !== from).map(dated);
  switch (status) {
    case 'repealed':
      return `repealed on ${from ?? '—'}`;
    case 'partly-applies': {
      const applying = parts.filter((p) => p.status === 'applies').map(dated);
      // With a general date, the act applies in full then; without one, the pending parts say when.
      const pending = wholeFrom ? [] : parts.filter((p) => p.status !== 'applies').map(dated);
      const full = (wholeFrom ?? fullFrom) ? [`the ${noun} applies in full from ${wholeFrom ?? fullFrom}`] : [];
      return [`applies in part: ${applying.join('; ')}`, ...pending, ...full].join('; ');
    }
    case 'applies':
      return [`applies since ${from ?? '—'}`, ...others].join('; ');
    case 'applies-from':
      return [`applies from ${from ?? '—'}`, ...others].join('; ');
  }
}

export function actsCommand(flags: { asOf?: string; format?: string }): string {
  const asOf = asOfOption(flags.asOf);
  const format = formatOption(flags.format);
  const rows = knowledgeBase.acts.map((a) => actStatus(a, asOf));
  if (format === 'json') return JSON.stringify({ asOf, knowledgeBase: knowledgeBase.version, acts: rows }, null, 2) + '\n';
  const line = (r: ActStatus) => r.summary;
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
