import Table from 'cli-table3';
import { classificationQuestions, classify } from '@iomt/core';
import type { ClassifyResult } from '@iomt/core';
import { asOfOption, formatOption, scenarioOption } from '../options.ts';
import { loadProfile } from '../profile-file.ts';
import { wrap } from '../format/terminal.ts';

export interface ClassifyFlags {
  asOf?: string;
  scenario?: string[];
  format?: string;
}

const STATUS = { decided: 'decided', open: 'open', 'not-applicable': 'not applicable' } as const;

export function renderClassification(r: ClassifyResult, questionsFirst: readonly string[] = []): string {
  const out: string[] = [`iomt classify${r.profile.name ? ` — ${r.profile.name}` : ''}`, `As of ${r.asOf} · knowledge base ${r.knowledgeBase.version}`];
  const t = new Table({ head: ['Classification', 'Result', 'Why'], colWidths: [20, 26, 50], wordWrap: true, style: { head: [], border: [] } });
  for (const c of r.classifications) {
    const result =
      c.status === 'decided'
        ? `${c.label ?? c.outcomes.join(', ')}${c.source === 'stated' ? ' (stated)' : ''}${c.appliesFrom ? `; duties from ${c.appliesFrom}` : ''}`
        : c.status === 'open'
          ? `open: ${c.possible.join(' or ')}`
          : STATUS[c.status];
    t.push([c.title, result, c.explanation]);
  }
  out.push(t.toString());
  for (const c of r.classifications) {
    if (c.status === 'not-applicable') continue;
    out.push('', `${c.title} [${c.citation}]`);
    if (c.consequence) out.push(wrap(`  What follows: ${c.consequence}`, '    '));
    if (c.derived && c.source === 'stated') {
      const d = c.derived.status === 'decided' ? c.derived.outcomes.join(', ') : `open (${c.derived.possible.join(' or ')})`;
      out.push(wrap(`  Stated in the profile: ${c.outcomes.join(', ')}; derived from the rules: ${d}`, '    '));
    }
    // With a stated outcome, the rules that hold are shown; unknown ones only clutter the comparison.
    for (const rule of c.rules.filter((x) => x.value === 'true' || (x.value === 'unknown' && c.source !== 'stated'))) {
      const decisive = c.decidedBy.some((d) => d.rule === rule.rule) || c.derived?.decidedBy.includes(rule.rule) ? ' ← decides' : '';
      out.push(wrap(`  ${rule.value === 'true' ? '✓' : '?'} ${rule.citation}: ${rule.label} → ${rule.outcome}${decisive}`, '      '));
    }
    if (c.missingFacts.length > 0) out.push(wrap(`  Missing: ${c.missingFacts.join(', ')}`, '    '));
  }
  if (questionsFirst.length > 0) {
    out.push('', 'Ask next (settles the most first):');
    questionsFirst.forEach((q, i) => out.push(wrap(`  ${i + 1}. ${q}`, '     ')));
    out.push('Run `iomt classify --interactive FILE` to answer them one by one.');
  }
  out.push('', wrap(r.notice));
  return out.join('\n') + '\n';
}

export function markdownClassification(r: ClassifyResult): string {
  const out = [`# Classification${r.profile.name ? `: ${r.profile.name}` : ''}`, '', `As of **${r.asOf}** · knowledge base ${r.knowledgeBase.version}`, ''];
  out.push('| Classification | Result | Decided by |', '|---|---|---|');
  for (const c of r.classifications) {
    const result = c.status === 'decided' ? (c.label ?? c.outcomes.join(', ')) : c.status === 'open' ? `open: ${c.possible.join(' or ')}` : 'not applicable';
    const by = c.decidedBy.map((d) => `[${d.citation}](${d.url})`).join(', ') || (c.source === 'stated' ? 'stated in the profile' : '—');
    out.push(`| [${c.title}](${c.url}) | ${result} | ${by} |`);
  }
  for (const c of r.classifications.filter((x) => x.status !== 'not-applicable')) {
    out.push('', `## ${c.title}`, '', c.explanation);
    if (c.consequence) out.push('', `**What follows:** ${c.consequence}`);
    const rules = c.rules.filter((x) => x.value !== 'false');
    if (rules.length > 0) {
      out.push('', '| Rule | Outcome | Holds |', '|---|---|---|');
      for (const rule of rules) out.push(`| [${rule.citation}](${rule.url}): ${rule.label} | ${rule.outcome} | ${rule.value} |`);
    }
    if (c.missingFacts.length > 0) out.push('', `Missing facts: ${c.missingFacts.map((f) => `\`${f}\``).join(', ')}`);
  }
  out.push('', `> ${r.notice}`, '');
  return out.join('\n');
}

export function classifyCommand(file: string, flags: ClassifyFlags): string {
  const format = formatOption(flags.format);
  const options = { asOf: asOfOption(flags.asOf), scenarios: scenarioOption(flags.scenario) };
  const profile = loadProfile(file);
  const result = classify(profile, options);
  if (format === 'json') return JSON.stringify(result, null, 2) + '\n';
  if (format === 'markdown') return markdownClassification(result);
  const next = result.missingFacts.length > 0 ? classificationQuestions(profile, options).slice(0, 5).map((q) => q.question) : [];
  return renderClassification(result, next);
}
