/**
 * The gap result as one standalone HTML page: no scripts, no external resources, every text
 * escaped, styles for screen and print (tables do not split rows across pages).
 */
import { provisionUrl } from '@iomt/core';
import type { Coverage, GapResult, OverlapMatrix } from '@iomt/core';
import { escapeHtml } from './html-escape.ts';
import { overlapHtml } from './overlap-report.ts';
import { CATEGORY_TITLES } from './oscal-catalog.ts';
import { KIND_LABEL, percent, STATUS_LABEL } from './report-labels.ts';

export { escapeHtml };

/** Only http(s) links are rendered as links; anything else is shown as text. */
const safeHref = (url: string): string | undefined => (/^https?:\/\//i.test(url) ? escapeHtml(url) : undefined);

const STYLE = `
body{font:14px/1.45 system-ui,-apple-system,"Segoe UI",sans-serif;color:#1b1b1b;max-width:72rem;margin:2rem auto;padding:0 1rem}
h1{font-size:1.6rem;margin-bottom:.2rem}h2{font-size:1.25rem;margin-top:2rem;border-bottom:1px solid #ccc}h3{font-size:1.05rem}
table{border-collapse:collapse;width:100%;margin:.5rem 0}th,td{border:1px solid #ccc;padding:.3rem .5rem;text-align:left;vertical-align:top}
th{background:#f2f2f2}td.num{text-align:right}.meta{color:#555}.status-implemented{color:#1a6e1a}.status-partial{color:#8a5a00}
.status-not-started{color:#a11}.status-not-applicable{color:#555}.overdue{font-weight:bold;color:#a11}code{font-size:.85em;word-break:break-all}
.bar{display:inline-block;height:.6rem;background:#2f6fb1;vertical-align:middle;print-color-adjust:exact;-webkit-print-color-adjust:exact}.track{display:inline-block;width:6rem;height:.6rem;background:#e3e3e3;margin-right:.4rem}
table.matrix td{font-size:.85em}td.kind-duplicate{background:#fff4e0}td.kind-overlap{background:#eef4fb}
@media print{body{margin:0;max-width:none;font-size:10pt}a{color:inherit;text-decoration:none}tr,li{break-inside:avoid}h2{break-after:avoid}}
`;

function bar(c: Coverage): string {
  const width = c.score === null ? 0 : Math.round(c.score * 100);
  return `<span class="track" aria-hidden="true"><span class="bar" style="width:${width}%"></span></span>${percent(c)}`;
}

/** The report page; with `overlap`, the topics × acts matrix follows the checklist. */
export function gapHtml(result: GapResult, overlap?: OverlapMatrix): string {
  const o = result.coverage.overall;
  const e = escapeHtml;
  const rows = (cells: readonly string[]) => `<tr>${cells.join('')}</tr>`;
  const parts: string[] = [
    '<!doctype html>',
    '<html lang="en">',
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>Gap assessment — ${e(result.product)}</title>`,
    `<style>${STYLE}</style>`,
    '</head>',
    '<body>',
    `<h1>Gap assessment — ${e(result.product)}</h1>`,
    `<p class="meta">As of ${e(result.asOf)}${result.scenarios.length ? ` · scenarios: ${e(result.scenarios.join(', '))}` : ''} · knowledge base ${e(result.knowledgeBase.version)} (verified on ${e(result.knowledgeBase.verifiedOn)})</p>`,
    `<p><strong>Coverage ${bar(o)}</strong> — ${o.implemented} implemented, ${o.partial} partial, ${o.notStarted} not started, ${o.notApplicable} not applicable, of ${o.total} controls.</p>`,
    `<p class="meta">${e(result.scoring)}</p>`,
    '<h2>Coverage per act</h2>',
    '<table><thead><tr><th scope="col">Act</th><th scope="col">Coverage</th><th scope="col">Implemented</th><th scope="col">Partial</th><th scope="col">Not started</th><th scope="col">N/A</th></tr></thead><tbody>',
    ...result.coverage.acts.map((a) =>
      rows([`<th scope="row">${e(a.shortName)}</th>`, `<td>${bar(a)}</td>`, `<td class="num">${a.implemented}</td>`, `<td class="num">${a.partial}</td>`, `<td class="num">${a.notStarted}</td>`, `<td class="num">${a.notApplicable}</td>`]),
    ),
    '</tbody></table>',
    '<h2>Coverage per category</h2>',
    '<table><thead><tr><th scope="col">Category</th><th scope="col">Coverage</th><th scope="col">Controls</th></tr></thead><tbody>',
    ...result.coverage.categories.map((c) => rows([`<th scope="row">${e(CATEGORY_TITLES[c.category])}</th>`, `<td>${bar(c)}</td>`, `<td class="num">${c.total}</td>`])),
    '</tbody></table>',
    '<h2>Gaps, most duties blocked first</h2>',
  ];
  if (result.gaps.length === 0) parts.push('<p>No gaps: every selected control is implemented or justified as not applicable.</p>');
  else {
    parts.push('<table><thead><tr><th scope="col">#</th><th scope="col">Control</th><th scope="col">Status</th><th scope="col">Blocks</th><th scope="col">Acts</th><th scope="col">Owner</th><th scope="col">Due</th></tr></thead><tbody>');
    result.gaps.forEach((g, n) =>
      parts.push(
        rows([
          `<td class="num">${n + 1}</td>`,
          `<td><code>${e(g.control)}</code><br>${e(g.title)}</td>`,
          `<td class="status-${g.status}">${STATUS_LABEL[g.status]}</td>`,
          `<td class="num">${g.blocks}${g.blocksIfApplicable ? ` (+${g.blocksIfApplicable})` : ''}</td>`,
          `<td>${e(g.acts.join(', '))}</td>`,
          `<td>${e(g.owner ?? '')}</td>`,
          `<td${g.overdue ? ' class="overdue"' : ''}>${e(g.due ?? '')}${g.overdue ? ' overdue' : ''}</td>`,
        ]),
      ),
    );
    parts.push('</tbody></table>');
  }
  parts.push('<h2>Checklist</h2>');
  for (const group of result.checklist) {
    parts.push(`<h3>${e(CATEGORY_TITLES[group.category])}</h3>`, '<ul>');
    for (const i of group.items) {
      const details: string[] = [];
      if (i.state.owner || i.state.due) details.push(`Owner: ${e(i.state.owner ?? '—')} · due: ${e(i.state.due ?? '—')}${i.overdue ? ' <span class="overdue">overdue</span>' : ''}`);
      if (i.state.justification) details.push(`Not applicable because: ${e(i.state.justification)}`);
      if (i.state.notes) details.push(`Notes: ${e(i.state.notes)}`);
      for (const ev of i.state.evidence ?? []) {
        const href = ev.url ? safeHref(ev.url) : undefined;
        details.push(`Evidence: ${href ? `<a href="${href}">${e(ev.name)}</a>` : e(ev.name)} <code>sha256:${e(ev.sha256)}</code>`);
      }
      details.push(
        `Required by: ${i.duties.map((d) => `<a href="${e(provisionUrl(d.cite))}">${e(d.citation)}</a> ${e(d.title)}`).join('; ')}`,
      );
      parts.push(
        `<li><code>${e(i.control)}</code> <strong>${e(i.title)}</strong> — <span class="status-${i.state.status}">${STATUS_LABEL[i.state.status]}</span> · ${KIND_LABEL[i.kind]}${i.from ? ` ${e(i.from)}` : ''}<ul>${details.map((d) => `<li>${d}</li>`).join('')}</ul></li>`,
      );
    }
    parts.push('</ul>');
  }
  if (overlap) parts.push(overlapHtml(overlap));
  if (result.notSelected.length) parts.push(`<p>Recorded but not required for this profile: ${e(result.notSelected.join(', '))}.</p>`);
  parts.push(`<p class="meta"><em>${e(result.notice)}</em></p>`, '</body>', '</html>', '');
  return parts.join('\n');
}
