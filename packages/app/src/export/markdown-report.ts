/** The gap result as a Markdown report: coverage, gaps, checklist by category, with links to EUR-Lex. */
import { provisionUrl } from '@iomt/core';
import type { GapResult, OverlapMatrix } from '@iomt/core';
import { mdText } from './markdown-escape.ts';
import { overlapMarkdown } from './overlap-report.ts';
import { CATEGORY_TITLES } from './oscal-catalog.ts';
import { counts, KIND_LABEL, percent, STATUS_LABEL } from './report-labels.ts';

export { mdText };

/** The report; with `overlap`, the topics × acts section follows the checklist. */
export function gapMarkdown(result: GapResult, overlap?: OverlapMatrix): string {
  const o = result.coverage.overall;
  const out: string[] = [
    `# Gap assessment — ${mdText(result.product)}`,
    '',
    `As of ${result.asOf}${result.scenarios.length ? ` · scenarios: ${result.scenarios.join(', ')}` : ''} · knowledge base ${result.knowledgeBase.version} (verified on ${result.knowledgeBase.verifiedOn})`,
    '',
    `**Coverage ${percent(o)}** of ${o.total} controls: ${counts(o)}.`,
    '',
    `> ${mdText(result.scoring)}`,
    '',
    '## Coverage per act',
    '',
    '| Act | Coverage | Controls |',
    '|---|---:|---|',
    ...result.coverage.acts.map((a) => `| ${a.shortName} | ${percent(a)} | ${counts(a)} |`),
    '',
    '## Coverage per category',
    '',
    '| Category | Coverage | Controls |',
    '|---|---:|---|',
    ...result.coverage.categories.map((c) => `| ${CATEGORY_TITLES[c.category]} | ${percent(c)} | ${counts(c)} |`),
    '',
    '## Gaps, most duties blocked first',
    '',
  ];
  if (result.gaps.length === 0) out.push('No gaps: every selected control is implemented or justified as not applicable.', '');
  else {
    out.push('| # | Control | Status | Blocks | Acts | Owner | Due |', '|---:|---|---|---:|---|---|---|');
    result.gaps.forEach((g, n) =>
      out.push(
        `| ${n + 1} | **${g.control}** ${mdText(g.title)} | ${STATUS_LABEL[g.status]} | ${g.blocks}${g.blocksIfApplicable ? ` (+${g.blocksIfApplicable} if applicable)` : ''} | ${g.acts.join(', ')} | ${mdText(g.owner ?? '')} | ${g.due ?? ''}${g.overdue ? ' **overdue**' : ''} |`,
      ),
    );
    out.push('');
  }
  out.push('## Checklist', '');
  for (const group of result.checklist) {
    out.push(`### ${CATEGORY_TITLES[group.category]}`, '');
    for (const i of group.items) {
      const from = i.from ? ` ${i.from}` : '';
      out.push(`- **${i.control}** ${mdText(i.title)} — ${STATUS_LABEL[i.state.status]} · ${KIND_LABEL[i.kind]}${from}`);
      if (i.state.owner || i.state.due) out.push(`  - Owner: ${mdText(i.state.owner ?? '—')} · due: ${i.state.due ?? '—'}${i.overdue ? ' (overdue)' : ''}`);
      if (i.state.justification) out.push(`  - Not applicable because: ${mdText(i.state.justification)}`);
      if (i.state.notes) out.push(`  - Notes: ${mdText(i.state.notes)}`);
      for (const e of i.state.evidence ?? []) {
        const name = mdText(e.name);
        out.push(`  - Evidence: ${e.url ? `[${name}](<${e.url}>)` : name} (SHA-256 \`${e.sha256}\`)`);
      }
      out.push(`  - Required by: ${i.duties.map((d) => `[${d.citation}](${provisionUrl(d.cite)}) ${mdText(d.title)}`).join('; ')}`);
    }
    out.push('');
  }
  if (overlap) out.push(overlapMarkdown(overlap));
  if (result.notSelected.length) out.push(`Recorded but not required for this profile: ${result.notSelected.join(', ')}.`, '');
  out.push(`_${result.notice}_`, '');
  return out.join('\n');
}
