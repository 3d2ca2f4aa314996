/** `iomt controls list | map | closes`: the control catalogue, which controls cover a provision, what one control closes. */
import Table from 'cli-table3';
import { assess, CATALOGUE_VERIFICATION, citation, closes, CONTROLS, controlsFor, isActId, knowledgeBase, parseProvision, provisionExists, selectControls } from '@iomt/core';
import type { CatalogueVerification, Control, ProvisionId } from '@iomt/core';
import { CliError } from '../cli-error.ts';
import { asOfOption, formatOption, scenarioOption } from '../options.ts';
import { loadProfile } from '../profile-file.ts';
import { wrap } from '../format/terminal.ts';

/** The verification note of the catalogue as markdown: figures per standard and per act, corrections, sources. */
export function verificationMarkdown(v: CatalogueVerification): string {
  const out = [`## Verification of references (checked on ${v.checkedOn})`, '', v.method, ''];
  out.push('| Standard | Confirmed | Corrected | Unverified | Unverified identifiers |', '|---|---|---|---|---|');
  for (const t of v.standards) {
    out.push(`| ${t.standard} | ${t.refs.confirmed} | ${t.refs.corrected} | ${t.refs.unverified} | ${[...t.unverifiedRefs].sort((x, y) => x.localeCompare(y, 'en', { numeric: true })).join(', ') || '—'} |`);
  }
  out.push('', 'Counts are distinct identifiers; an identifier used by several controls counts once.', '');
  out.push('| Act | Points confirmed | Points unverified | Unverified points |', '|---|---|---|---|');
  for (const a of v.acts) {
    out.push(`| ${a.act} | ${a.confirmed} | ${a.unverified} | ${a.unverifiedProvisions.map((p) => citation(p)).join('; ') || '—'} |`);
  }
  out.push('', '### Corrections', '');
  for (const c of v.corrections) out.push(`- ${c.control}: ${c.standard} ${c.from} → ${c.to}. ${c.reason} Source: ${c.source}`);
  out.push('', '### Sources', '');
  for (const src of v.sources) out.push(`- ${src}`);
  return out.join('\n') + '\n';
}

function render(controls: readonly Control[], format: string, heading: string, note?: CatalogueVerification): string {
  if (format === 'json') return JSON.stringify(controls, null, 2) + '\n';
  if (format === 'markdown') {
    const out = [`# ${heading}`, '', '| Control | Category | Provisions | Standards |', '|---|---|---|---|'];
    for (const c of controls) {
      out.push(
        `| **${c.id}** ${c.title} | ${c.category} | ${c.provisions.map((p) => `${citation(p.provision)} (${p.relationship}${p.unverified ? ', unverified' : ''})`).join('; ')} | ${c.standards.map((s) => `${s.standard} ${s.ref}${s.unverified ? ' (unverified)' : ''}`).join('; ')} |`,
      );
    }
    if (note) out.push('', verificationMarkdown(note).trimEnd());
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
  return render(controls, format, `${controls.length} controls${flags.act ? ` mapped to ${flags.act}` : ''}`, flags.act ? undefined : CATALOGUE_VERIFICATION);
}

export function controlsMapCommand(provision: string, flags: { format?: string }): string {
  const format = formatOption(flags.format);
  if (!parseProvision(provision) || !provisionExists(provision)) {
    throw new CliError(`controls map ${provision}: not a provision of the knowledge base; expected e.g. cra:annex-I-part-II(5), nis2:art-21(2)(j), mdr:annex-I-17.2`);
  }
  const controls = controlsFor(provision as ProvisionId);
  return render(controls, format, `${controls.length} controls cover ${citation(provision as ProvisionId)}`);
}

/**
 * What one control closes across acts: every provision it is mapped to (and whether it meets it
 * alone), and the duties it serves — of the whole knowledge base, or of one profile's assessment.
 */
export function controlsClosesCommand(controlId: string, flags: { profile?: string; asOf?: string; scenario?: string[]; format?: string }): string {
  const format = formatOption(flags.format);
  const selection = flags.profile
    ? selectControls(assess(loadProfile(flags.profile), { asOf: asOfOption(flags.asOf), scenarios: scenarioOption(flags.scenario), explain: false }))
    : undefined;
  const c = closes(controlId, selection);
  if (format === 'json') return JSON.stringify(c, null, 2) + '\n';
  const scope = flags.profile ? `the profile ${flags.profile}` : 'the whole knowledge base';
  const heading = `${c.control} — ${c.title}: ${c.provisions.length} provisions in ${c.acts.length} acts; ${c.duties.length} duties of ${scope}`;
  if (format === 'markdown') {
    const out = [`# ${heading}`, '', '| Provision | Relationship | Meets it alone |', '|---|---|---|'];
    for (const p of c.provisions) out.push(`| [${p.citation}](${p.url}) | ${p.relationship} | ${p.fully ? 'yes' : 'no'} |`);
    out.push('', '| Duty | Provision | Only control for it |', '|---|---|---|');
    for (const d of c.duties) out.push(`| ${d.title} (${d.obligation}) | ${d.citation} | ${d.alone ? 'yes' : 'no'} |`);
    return out.join('\n') + '\n';
  }
  const provisions = new Table({ head: ['Provision', 'Relationship', 'Alone'], colWidths: [56, 24, 16], wordWrap: true, style: { head: [], border: [] } });
  for (const p of c.provisions) provisions.push([p.citation, p.relationship, p.fully ? 'meets it' : 'contributes']);
  const duties = new Table({ head: ['Duty', 'Provision', 'Only control'], colWidths: [56, 24, 16], wordWrap: true, style: { head: [], border: [] } });
  for (const d of c.duties) duties.push([`${d.title}\n${d.obligation}`, d.citation, d.alone ? 'yes' : 'no']);
  return `${wrap(heading, '  ')}\n${provisions.toString()}\n${duties.toString()}\n`;
}
