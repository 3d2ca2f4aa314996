/** `iomt controls list | map`: the control catalogue and which controls cover a provision. */
import Table from 'cli-table3';
import { citation, CONTROLS, controlsFor, isActId, knowledgeBase, parseProvision, provisionExists } from '@iomt/core';
import type { Control, ProvisionId } from '@iomt/core';
import { CliError } from '../cli-error.ts';
import { formatOption } from '../options.ts';

function render(controls: readonly Control[], format: string, heading: string): string {
  if (format === 'json') return JSON.stringify(controls, null, 2) + '\n';
  if (format === 'markdown') {
    const out = [`# ${heading}`, '', '| Control | Category | Provisions | Standards |', '|---|---|---|---|'];
    for (const c of controls) {
      out.push(
        `| **${c.id}** ${c.title} | ${c.category} | ${c.provisions.map((p) => `${citation(p.provision)} (${p.relationship})`).join('; ')} | ${c.standards.map((s) => `${s.standard} ${s.ref}`).join('; ')} |`,
      );
    }
    return out.join('\n') + '\n';
  }
  const t = new Table({ head: ['Control', 'Category', 'Provisions'], colWidths: [43, 31, 22], wordWrap: true, style: { head: [], border: [] } });
  for (const c of controls) t.push([`${c.id}\n${c.title}`, c.category, c.provisions.map((p) => citation(p.provision)).join(', ')]);
  return `${heading}\n${t.toString()}\n`;
}

export function controlsListCommand(flags: { act?: string; format?: string }): string {
  const format = formatOption(flags.format);
  if (flags.act !== undefined && !isActId(flags.act)) {
    throw new CliError(`--act ${flags.act}: unknown act id; expected one of ${knowledgeBase.acts.map((a) => a.id).join(', ')}`);
  }
  const controls = flags.act ? CONTROLS.filter((c) => c.provisions.some((p) => p.provision.startsWith(`${flags.act}:`))) : CONTROLS;
  return render(controls, format, `${controls.length} controls${flags.act ? ` mapped to ${flags.act}` : ''}`);
}

export function controlsMapCommand(provision: string, flags: { format?: string }): string {
  const format = formatOption(flags.format);
  if (!parseProvision(provision) || !provisionExists(provision)) {
    throw new CliError(`controls map ${provision}: not a provision of the knowledge base; expected e.g. cra:annex-I-part-II(5), nis2:art-21(2)(j), mdr:annex-I-17.2`);
  }
  const controls = controlsFor(provision as ProvisionId);
  return render(controls, format, `${controls.length} controls cover ${citation(provision as ProvisionId)}`);
}
