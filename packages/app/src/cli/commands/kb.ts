import Table from 'cli-table3';
import {
  CHANGE_KIND_LABEL, CHANGELOG, changesSince, isActId, isKbVersion, KB_VERSION, UNCERTAINTIES, UNCERTAINTY_KIND_LABEL, citation, labelOf,
} from '@iomt/core';
import type { KbChangelogEntry, Uncertainty } from '@iomt/core';
import { CliError } from '../cli-error.ts';
import { formatOption } from '../options.ts';

export function sinceOption(value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  if (!isKbVersion(value)) throw new CliError(`--since ${value}: expected a knowledge-base version such as ${KB_VERSION}`);
  if (!CHANGELOG.some((e) => e.version === value)) {
    throw new CliError(`--since ${value}: no such knowledge-base version; expected one of ${CHANGELOG.map((e) => e.version).join(', ')}`);
  }
  return value;
}

const cites = (ids: readonly string[]) => ids.map((p) => citation(p as Parameters<typeof citation>[0])).join(', ');

export function kbChangesCommand(flags: { since?: string; format?: string }): string {
  const format = formatOption(flags.format);
  const since = sinceOption(flags.since);
  const entries = changesSince(since);
  if (format === 'json') return JSON.stringify({ knowledgeBase: KB_VERSION, since: since ?? null, entries }, null, 2) + '\n';
  if (format === 'markdown') return changesMarkdown(entries, since);
  const t = new Table({ head: ['Version', 'Act', 'Kind', 'What changed, and why'], colWidths: [14, 9, 13, 62], wordWrap: true, style: { head: [], border: [] } });
  for (const e of entries) {
    if (e.changes.length === 0) t.push([`${e.version}\n${e.date}`, '—', '—', e.title]);
    for (const c of e.changes) {
      t.push([`${e.version}\n${e.date}`, c.act, labelOf(CHANGE_KIND_LABEL, c.kind), `${c.summary}\nWhy: ${c.why}\n${cites(c.provisions)}\n${c.sources.map((s) => s.url).join('\n')}`]);
    }
  }
  const head = `Knowledge-base changes${since ? ` since ${since}` : ''} · current version ${KB_VERSION}`;
  return entries.length === 0 ? `${head}\nNo changes.\n` : `${head}\n${t.toString()}\n`;
}

function changesMarkdown(entries: readonly KbChangelogEntry[], since: string | undefined): string {
  const out = [`# Knowledge-base changes${since ? ` since ${since}` : ''}`, '', `Current version: ${KB_VERSION}.`, ''];
  if (entries.length === 0) out.push('No changes.', '');
  for (const e of entries) {
    out.push(`## ${e.version} (${e.date}): ${e.title}`, '');
    if (e.changes.length === 0) out.push('No itemised changes.', '');
    for (const c of e.changes) {
      out.push(
        `- **${labelOf(CHANGE_KIND_LABEL, c.kind)}, \`${c.act}\`** (${cites(c.provisions)}): ${c.summary}`,
        `  Why: ${c.why}`,
        `  Sources: ${c.sources.map((s) => `[${s.title}](${s.url})`).join('; ')}`,
      );
    }
    out.push('');
  }
  return out.join('\n');
}

export function kbUncertainCommand(flags: { act?: string; format?: string }): string {
  const format = formatOption(flags.format);
  if (flags.act !== undefined && !isActId(flags.act)) throw new CliError(`--act ${flags.act}: unknown act id; see \`iomt acts\``);
  const points = flags.act === undefined ? UNCERTAINTIES : UNCERTAINTIES.filter((u) => u.acts.includes(flags.act as Uncertainty['acts'][number]));
  if (format === 'json') return JSON.stringify({ knowledgeBase: KB_VERSION, act: flags.act ?? null, uncertainties: points }, null, 2) + '\n';
  if (format === 'markdown') {
    const out = [`# Uncertainty register${flags.act ? ` for \`${flags.act}\`` : ''}`, '', `Knowledge base ${KB_VERSION}: ${points.length} points.`, ''];
    for (const u of points) {
      out.push(
        `## \`${u.id}\` — ${u.title}`,
        '',
        `${labelOf(UNCERTAINTY_KIND_LABEL, u.kind)}. Provisions: ${cites(u.provisions) || '—'}.`,
        '',
        `**Question.** ${u.question}`,
        '',
        ...u.readings.map((r, i) => `${i + 1}. ${r.reading}${r.heldBy ? ` (${r.heldBy})` : ''}`),
        '',
        `**Applied.** ${u.applied}`,
        '',
        `**Why.** ${u.why}`,
        '',
        `Sources: ${u.sources.map((s) => `[${s.title}](${s.url})`).join('; ')}`,
        '',
      );
    }
    return out.join('\n');
  }
  const t = new Table({ head: ['Id', 'Kind', 'Question, and the reading applied'], colWidths: [30, 12, 56], wordWrap: true, style: { head: [], border: [] } });
  for (const u of points) t.push([u.id, labelOf(UNCERTAINTY_KIND_LABEL, u.kind), `${u.question}\nApplied: ${u.applied}\n${cites(u.provisions)}`]);
  return `Uncertainty register${flags.act ? ` for ${flags.act}` : ''} · knowledge base ${KB_VERSION} · ${points.length} points\n${t.toString()}\n`;
}
