/** The gap result for the terminal: coverage per act and category, the ranked gaps and the checklist, within 100 columns. */
import Table from 'cli-table3';
import { knowledgeBase } from '@iomt/core';
import type { Coverage, GapResult, OverlapMatrix } from '@iomt/core';
import { CATEGORY_TITLES } from '../../export/oscal-catalog.ts';
import { OVERLAP_KIND_LABEL } from '../../export/overlap-report.ts';
import { KIND_LABEL, STATUS_LABEL } from '../../export/report-labels.ts';
import { wrap } from './terminal.ts';

const table = (head: string[], colWidths: number[]) =>
  new Table({ head, colWidths, wordWrap: true, style: { head: [], border: [], compact: false } });

const pct = (c: Coverage): string => (c.percent === null ? 'n/a' : `${c.percent}%`);

/** The terminal report; with `overlap`, each topic lists the acts that speak on it and their citations. */
export function renderGap(result: GapResult, overlap?: OverlapMatrix): string {
  const o = result.coverage.overall;
  const out: string[] = [
    wrap(`GAP ASSESSMENT — ${result.product}`),
    wrap(
      `As of ${result.asOf}${result.scenarios.length ? ` · scenarios: ${result.scenarios.join(', ')}` : ''} · knowledge base ${result.knowledgeBase.version}`,
    ),
    '',
    wrap(`Coverage ${pct(o)}: ${o.implemented} implemented, ${o.partial} partial, ${o.notStarted} not started, ${o.notApplicable} not applicable, of ${o.total} controls.`),
    wrap(result.scoring),
    '',
  ];
  const acts = table(['Act', 'Coverage', 'Implemented', 'Partial', 'Not started', 'N/A'], [22, 12, 14, 10, 13, 10]);
  for (const a of result.coverage.acts) acts.push([a.shortName, pct(a), a.implemented, a.partial, a.notStarted, a.notApplicable]);
  out.push('COVERAGE PER ACT', acts.toString(), '');
  const cats = table(['Category', 'Coverage', 'Controls'], [40, 12, 12]);
  for (const c of result.coverage.categories) cats.push([CATEGORY_TITLES[c.category], pct(c), c.total]);
  out.push('COVERAGE PER CATEGORY', cats.toString(), '');

  out.push('GAPS, MOST DUTIES BLOCKED FIRST');
  if (result.gaps.length === 0) out.push('None: every selected control is implemented or justified as not applicable.');
  else {
    const gaps = table(['#', 'Control', 'Status', 'Blocks', 'Owner / due'], [5, 46, 13, 8, 22]);
    result.gaps.forEach((g, n) =>
      gaps.push([
        n + 1,
        `${g.control}\n${g.title}`,
        STATUS_LABEL[g.status],
        `${g.blocks}${g.blocksIfApplicable ? ` +${g.blocksIfApplicable}?` : ''}`,
        [g.owner, g.due ? `${g.due}${g.overdue ? ' OVERDUE' : ''}` : undefined].filter(Boolean).join('\n'),
      ]),
    );
    out.push(gaps.toString());
    if (result.gaps.some((g) => g.blocksIfApplicable > 0)) out.push(wrap('+N? = duties still open (missing facts) that would also need the control.'));
  }
  out.push('', 'CHECKLIST');
  const list = table(['Control', 'Status', 'Selection', 'Acts'], [46, 15, 15, 18]);
  for (const group of result.checklist) {
    list.push([{ colSpan: 4, content: CATEGORY_TITLES[group.category].toUpperCase() }]);
    for (const i of group.items) {
      list.push([`${i.control}\n${i.title}`, STATUS_LABEL[i.state.status], `${KIND_LABEL[i.kind]}${i.from ? `\n${i.from}` : ''}`, i.acts.join(', ')]);
    }
  }
  out.push(list.toString());
  if (overlap) {
    out.push('', 'WHERE THE ACTS OVERLAP');
    for (const row of overlap.rows) {
      out.push(wrap(`${row.title}: ${OVERLAP_KIND_LABEL[row.kind]}`));
      for (const c of row.cells) {
        const act = knowledgeBase.act(c.act)?.shortName ?? c.act;
        const dup = c.duplicates.length ? `; ${c.duplicates.map((d) => `${d.control} also meets ${knowledgeBase.act(d.with)?.shortName ?? d.with}`).join('; ')}` : '';
        out.push(wrap(`  ${act} (${OVERLAP_KIND_LABEL[c.kind]}${c.conditional ? ', open' : ''}): ${c.duties.map((d) => d.citation).join(', ')}${dup}`, '    '));
      }
    }
  }
  if (result.notSelected.length) out.push('', wrap(`Recorded but not required for this profile: ${result.notSelected.join(', ')}.`));
  if (result.dutiesWithoutControls.length) {
    out.push('', wrap(`${result.dutiesWithoutControls.length} duties of the profile are not served by a catalogue control (procedural duties such as registration, conformity assessment or liability); see \`iomt assess\`.`));
  }
  out.push('', wrap(result.notice), '');
  return out.join('\n');
}
