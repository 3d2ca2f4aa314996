/** Markdown reports fit to paste into a regulatory file: every citation links to EUR-Lex. */
import { factSpec } from '@iomt/core';
import type { Assessment, Contrast, Question } from '@iomt/core';
import { CATEGORY_LABEL, CATEGORY_ORDER, STATUS_LABEL, VERDICT_LABEL } from './labels.ts';
import { describeVariant } from './terminal.ts';
import type { ClassificationSummary } from './classification-summary.ts';

const cell = (s: string): string => s.replace(/\|/g, '\\|').replace(/\n/g, ' ');
/** Points of the uncertainty register an answer rests on (`iomt kb uncertain`). */
const uncertainNote = (ids: readonly string[] | undefined): string =>
  ids && ids.length > 0 ? ` (uncertain: ${ids.map((id) => `\`${id}\``).join(', ')}; see \`iomt kb uncertain\`)` : '';

export function markdownAssessment(a: Assessment, contrasts: readonly Contrast[] = [], classes: readonly ClassificationSummary[] = []): string {
  const out: string[] = [];
  out.push(`# Applicable EU law${a.profile.name ? `: ${cell(a.profile.name)}` : ''}`, '');
  out.push(
    `As of **${a.asOf}** · knowledge base ${a.knowledgeBase.version}, checked against the official texts on ${a.knowledgeBase.verifiedOn} · scenarios: ${a.scenarios.length ? a.scenarios.join(', ') : 'none (law in force only)'}`,
    '',
  );
  const shown = classes.filter((c) => c.status !== 'not-applicable');
  if (shown.length > 0) {
    out.push('## What it is', '', '| Classification | Result |', '|---|---|');
    for (const c of shown) {
      const result = c.status === 'decided' ? `${c.label ?? c.outcomes.join(', ')}${c.decidedBy.length ? ` (${c.decidedBy.join(', ')})` : ''}${c.appliesFrom ? `; duties from ${c.appliesFrom}` : ''}` : `open: ${c.possible.join(' or ')}`;
      out.push(`| ${cell(c.title)} | ${cell(result)} |`);
    }
    out.push('');
  }
  out.push('## Acts', '', '| Act | Verdict | Date | Why |', '|---|---|---|---|');
  for (const r of a.acts) {
    const date = r.verdict === 'no-longer-applies' ? (r.until ?? '') : r.verdict === 'does-not-apply' ? '' : (r.applicableFrom ?? '');
    out.push(`| [${r.shortName}](${r.url}) | ${VERDICT_LABEL[r.verdict]} | ${date} | ${cell(r.explanation)}${uncertainNote(r.uncertainties)} |`);
  }
  out.push('', `## Obligations (${a.obligations.length})`);
  for (const category of CATEGORY_ORDER) {
    const rows = a.obligations.filter((o) => o.category === category);
    if (rows.length === 0) continue;
    out.push('', `### ${CATEGORY_LABEL[category]}`, '', '| Provision | Role | Duty | Status |', '|---|---|---|---|');
    for (const o of rows) {
      const status = o.status === 'applies-from' && o.from ? `from ${o.from}` : STATUS_LABEL[o.status];
      out.push(`| [${o.citation}](${o.url}) | ${o.role} | **${cell(o.title)}**: ${cell(o.summary)}${o.note ? ` _${cell(o.note)}_` : ''}${uncertainNote(o.uncertainties)} | ${status} |`);
    }
  }
  if (a.overlap.length > 0) {
    out.push('', '## Overlap', '', '| Topic | Acts imposing duties |', '|---|---|');
    for (const g of a.overlap) {
      out.push(`| ${CATEGORY_LABEL[g.category]} | ${g.acts.map((x) => `${x.act} (${x.obligations.join(', ')})`).join('; ')} |`);
    }
  }
  if (a.upcoming.length > 0) {
    out.push('', `## Coming within ${a.horizonMonths} months`, '', '| Date | Act | Change |', '|---|---|---|');
    for (const u of a.upcoming) out.push(`| ${u.date} | ${u.act} | ${cell(u.label)}${u.uncertain ? ` (unconfirmed: ${cell(u.uncertain)})` : ''} |`);
  }
  for (const c of contrasts) {
    out.push('', `## Contrast: ${cell(describeVariant(c))}`, '');
    if (c.acts.length === 0 && c.obligations.length === 0) out.push('No difference.');
    if (c.acts.length > 0) {
      out.push('| Act | As given | With the change |', '|---|---|---|');
      for (const d of c.acts) out.push(`| ${d.act} | ${VERDICT_LABEL[d.base]} | ${VERDICT_LABEL[d.variant]} |`);
      out.push('');
    }
    if (c.obligations.length > 0) {
      out.push('| Provision | Duty | As given | With the change |', '|---|---|---|---|');
      for (const d of c.obligations) out.push(`| ${d.citation} | ${cell(d.title)} | ${STATUS_LABEL[d.base]} | ${STATUS_LABEL[d.variant]} |`);
    }
  }
  if (a.missingFacts.length > 0) {
    out.push('', '## Missing facts', '');
    for (const f of a.missingFacts) out.push(`- \`${f}\`: ${factSpec(f)?.question ?? ''}`);
  }
  out.push('', `> ${a.notice}`, '');
  return out.join('\n');
}

export function markdownQuestions(qs: readonly Question[]): string {
  const out = ['# Questions that can change the answer', ''];
  if (qs.length === 0) out.push('Nothing to ask: every verdict is settled by the facts given.');
  qs.forEach((q, i) => {
    out.push(`${i + 1}. **${q.question}** (\`${q.fact}\`)${q.affects.length ? ` decides ${q.affects.join(', ')}` : ''}`);
    for (const ans of q.answers) {
      const changes = ans.verdicts.map((v) => `${v.act} → ${VERDICT_LABEL[v.verdict]}`);
      out.push(`   - ${ans.label}: ${changes.length ? changes.join('; ') : 'no change of verdict'}`);
    }
  });
  return out.join('\n') + '\n';
}
