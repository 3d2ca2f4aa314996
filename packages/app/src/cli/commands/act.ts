import { citation, describeRule, isActId, knowledgeBase, provisionUrl } from '@iomt/core';
import { CliError } from '../cli-error.ts';
import { CATEGORY_LABEL } from '../format/labels.ts';
import { formatOption } from '../options.ts';

export function actCommand(id: string, flags: { format?: string }): string {
  const format = formatOption(flags.format);
  const act = isActId(id) ? knowledgeBase.act(id) : undefined;
  if (!act) {
    throw new CliError(`act "${id}": unknown act id; expected one of ${knowledgeBase.acts.map((a) => a.id).join(', ')}`);
  }
  if (format === 'json') return JSON.stringify(act, null, 2) + '\n';
  const md = format === 'markdown';
  const h = (level: number, text: string) => (md ? `${'#'.repeat(level)} ${text}` : level === 1 ? text : `\n${text.toUpperCase()}`);
  const out: string[] = [];
  out.push(h(1, `${act.shortName} — ${act.number}`), '', act.title, '');
  out.push(`Kind: ${act.kind}${act.celex ? ` · CELEX ${act.celex}` : ''}${act.eli ? ` · ELI ${act.eli}` : ''}`);
  out.push(`Official text: ${act.url}`, '', act.summary);
  out.push(h(2, 'Timeline'), '');
  for (const e of [...act.timeline].sort((a, b) => a.date.localeCompare(b.date))) {
    const tags = [e.part ? `part ${e.part}` : '', e.scenario ? `scenario ${e.scenario}` : '', e.uncertain ? `unconfirmed: ${e.uncertain}` : '']
      .filter(Boolean)
      .join('; ');
    out.push(`- ${e.date}  ${e.kind}: ${e.label}${e.cite ? ` (${citation(e.cite)})` : ''}${tags ? ` [${tags}]` : ''}`);
  }
  out.push(h(2, 'Scope'), '');
  out.push(...describeRule(act.scope).map((l) => (md ? `    ${l}` : l)));
  if (act.predicates?.length) {
    out.push(h(2, 'Named rules'), '');
    for (const p of act.predicates) out.push(`${act.id}:${p.id}`, ...describeRule(p, '  ').map((l) => (md ? `    ${l}` : l)), '');
  }
  out.push(h(2, `Obligations (${act.obligations.length})`), '');
  for (const o of act.obligations) {
    const cite = md ? `[${citation(o.cite)}](${provisionUrl(o.cite)})` : citation(o.cite);
    out.push(`- ${o.id} · ${o.role} · ${CATEGORY_LABEL[o.category]} · ${cite}${o.scenario ? ` · scenario ${o.scenario}` : ''}`);
    out.push(`  ${o.title}: ${o.summary}${o.note ? ` Note: ${o.note}` : ''}`);
  }
  if (act.notes?.length) {
    out.push(h(2, 'Notes'), '');
    for (const n of act.notes) out.push(`- ${n}`);
  }
  out.push(h(2, 'Sources'), '');
  for (const s of act.sources) out.push(`- ${s.title}: ${s.url}`);
  out.push(h(2, `Checked against the official text on ${act.verified.checkedOn}`), '');
  for (const n of act.verified.notes) out.push(`- ${n}`);
  return out.join('\n') + '\n';
}
