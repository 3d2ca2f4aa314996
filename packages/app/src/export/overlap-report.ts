/** The topics × acts overlap matrix as report sections (Markdown and HTML), with citations in every cell. */
import { knowledgeBase } from '@iomt/core';
import type { ActId, OverlapCell, OverlapMatrix } from '@iomt/core';
import { escapeHtml } from './html-escape.ts';
import { mdText } from './markdown-escape.ts';

const shortName = (act: ActId): string => knowledgeBase.act(act)?.shortName ?? act;

export const OVERLAP_KIND_LABEL: Readonly<Record<OverlapCell['kind'] | 'none', string>> = {
  only: 'only this act',
  overlap: 'overlap',
  duplicate: 'duplicate',
  none: 'no duty',
};

function duplicatesText(cell: OverlapCell): string {
  return cell.duplicates.map((d) => `${d.control} also meets ${shortName(d.with)}`).join('; ');
}

/** `## Where the acts overlap`: one sub-list per topic, one line per act with its citations. */
export function overlapMarkdown(matrix: OverlapMatrix): string {
  const out = ['## Where the acts overlap', ''];
  for (const row of matrix.rows) {
    out.push(`### ${row.title} — ${OVERLAP_KIND_LABEL[row.kind]}`, '');
    if (row.cells.length === 0) out.push('No act imposes a duty on this topic for this profile.', '');
    for (const c of row.cells) {
      const duties = c.duties.map((d) => `[${d.citation}](${d.url})`).join(', ');
      const notes = c.notifications.length ? ` · notification duties: ${c.notifications.map((n) => `[${n.citation}](${n.url})`).join(', ')}` : '';
      const dup = c.duplicates.length ? ` · ${mdText(duplicatesText(c))}` : '';
      out.push(`- **${mdText(shortName(c.act))}** (${OVERLAP_KIND_LABEL[c.kind]}${c.conditional ? ', if the open facts turn out so' : ''}): ${duties}${notes}${dup}`);
    }
    out.push('');
  }
  out.push(...matrix.rules.map((r) => `> ${mdText(r)}`), '');
  return out.join('\n');
}

/** A topics × acts table; each cell names its kind and cites the duties. */
export function overlapHtml(matrix: OverlapMatrix): string {
  const e = escapeHtml;
  const head = matrix.acts.map((a) => `<th scope="col">${e(shortName(a))}</th>`).join('');
  const rows = matrix.rows.map((row) => {
    const cells = matrix.acts.map((act) => {
      const c = row.cells.find((x) => x.act === act);
      if (!c) return '<td></td>';
      const duties = c.duties.map((d) => `<a href="${e(d.url)}">${e(d.citation)}</a>`).join(', ');
      const dup = c.duplicates.length ? `<br><small>${e(duplicatesText(c))}</small>` : '';
      return `<td class="kind-${c.kind}"><strong>${OVERLAP_KIND_LABEL[c.kind]}${c.conditional ? '?' : ''}</strong><br><small>${duties}</small>${dup}</td>`;
    });
    return `<tr><th scope="row">${e(row.title)}</th>${cells.join('')}</tr>`;
  });
  return [
    '<h2>Where the acts overlap</h2>',
    `<table class="matrix"><thead><tr><th scope="col">Topic</th>${head}</tr></thead><tbody>`,
    ...rows,
    '</tbody></table>',
    `<ul class="meta">${matrix.rules.map((r) => `<li>${e(r)}</li>`).join('')}</ul>`,
  ].join('\n');
}
