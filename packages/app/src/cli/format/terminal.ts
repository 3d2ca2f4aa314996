/** Plain-text reports for the terminal, readable at 100 columns. */
import Table from 'cli-table3';
import { factSpec } from '@iomt/core';
import type { Assessment, Contrast, Question } from '@iomt/core';
import type { ClassificationSummary } from './classification-summary.ts';
import { CATEGORY_LABEL, CATEGORY_ORDER, STATUS_LABEL, VERDICT_LABEL } from './labels.ts';

/** Column widths below add up to this, borders included. */
const WIDTH = 100;

function table(head: string[], colWidths: number[]): Table.Table {
  return new Table({
    head,
    colWidths,
    wordWrap: true,
    style: { head: [], border: [], compact: false },
  });
}

/** Wraps free text at word boundaries to the report width, indenting continuation lines. */
export function wrap(text: string, indent = '', width = WIDTH): string {
  const lines: string[] = [];
  const lead = /^\s*/.exec(text)?.[0] ?? '';
  let line = lead;
  for (const word of text.trim().split(/\s+/)) {
    if (line.trim() !== '' && [...line].length + 1 + [...word].length > width) {
      lines.push(line);
      line = indent + word;
    } else {
      line = line.trim() === '' ? line + word : `${line} ${word}`;
    }
  }
  if (line.trim() !== '') lines.push(line);
  return lines.join('\n');
}

function heading(text: string): string {
  return `\n${text.toUpperCase()}\n${'─'.repeat(Math.min(WIDTH, text.length))}`;
}

export function header(a: Assessment, title: string): string {
  const scen = a.scenarios.length > 0 ? a.scenarios.join(', ') : 'none (law in force only)';
  return [
    `${title}${a.profile.name ? ` — ${a.profile.name}` : ''}`,
    `As of ${a.asOf} · scenarios: ${scen}`,
    `Knowledge base ${a.knowledgeBase.version}, checked against the official texts on ${a.knowledgeBase.verifiedOn}`,
  ].join('\n');
}

export function renderAssessment(a: Assessment, contrasts: readonly Contrast[] = [], classes: readonly ClassificationSummary[] = []): string {
  const out: string[] = [header(a, 'iomt assess')];

  const shown = classes.filter((c) => c.status !== 'not-applicable');
  if (shown.length > 0) {
    out.push(heading('What it is'));
    for (const c of shown) {
      const result =
        c.status === 'decided'
          ? `${c.label ?? c.outcomes.join(', ')}${c.source === 'stated' ? ' (as stated)' : c.decidedBy.length ? ` (${c.decidedBy.join(', ')})` : ''}${c.appliesFrom ? `; its duties apply from ${c.appliesFrom}` : ''}`
          : `open: ${c.possible.join(' or ')}`;
      out.push(wrap(`- ${c.title}: ${result}`, '  '));
    }
  }

  out.push(heading('Acts'));
  const acts = table(['Act', 'Verdict', 'Date', 'Why'], [12, 17, 12, 54]);
  for (const r of a.acts) {
    const date = r.verdict === 'no-longer-applies' ? (r.until ?? '') : r.verdict === 'does-not-apply' ? '' : (r.applicableFrom ?? '');
    acts.push([r.shortName, VERDICT_LABEL[r.verdict], date, `${r.explanation}${r.uncertainties.length > 0 ? ` [uncertain: ${r.uncertainties.join(', ')}]` : ''}`]);
  }
  out.push(acts.toString());

  const applicable = a.obligations;
  out.push(heading(`Obligations (${applicable.length})`));
  if (applicable.length === 0) out.push('None follow from the facts given.');
  for (const category of CATEGORY_ORDER) {
    const rows = applicable.filter((o) => o.category === category);
    if (rows.length === 0) continue;
    out.push(`\n${CATEGORY_LABEL[category]}`);
    const t = table(['Citation', 'Role', 'Duty', 'Status'], [22, 16, 42, 15]);
    for (const o of rows) {
      const status = o.status === 'applies-from' && o.from ? `from ${o.from}` : STATUS_LABEL[o.status];
      t.push([o.citation, o.role, `${o.title}${o.scenario ? ` [scenario ${o.scenario}]` : ''}${o.uncertainties.length > 0 ? ` [uncertain: ${o.uncertainties.join(', ')}]` : ''}`, status]);
    }
    out.push(t.toString());
  }

  if (a.overlap.length > 0) {
    out.push(heading('Overlap: several acts on the same topic'));
    for (const g of a.overlap) {
      out.push(wrap(`${CATEGORY_LABEL[g.category]}: ${g.acts.map((x) => `${x.act} (${x.obligations.length})`).join(', ')}`, '  '));
    }
  }

  if (a.upcoming.length > 0) {
    out.push(heading(`Coming within ${a.horizonMonths} months`));
    const t = table(['Date', 'Act', 'Change'], [12, 12, 72]);
    for (const u of a.upcoming) {
      t.push([u.date, u.act, `${u.label}${u.uncertain ? ` (unconfirmed: ${u.uncertain})` : ''}${u.scenario ? ` [scenario ${u.scenario}]` : ''}`]);
    }
    out.push(t.toString());
  }

  for (const c of contrasts) out.push(renderContrast(c));

  if (a.missingFacts.length > 0) {
    out.push(heading('Missing facts'));
    for (const f of a.missingFacts) out.push(wrap(`- ${f}: ${factSpec(f)?.question ?? ''}`, '  '));
    out.push('Run `iomt questions FILE` to see which answer changes what.');
  }
  out.push('', wrap(a.notice));
  return out.join('\n') + '\n';
}

export function describeVariant(c: Contrast): string {
  const parts = [
    ...Object.entries(c.variant.facts ?? {}).map(([k, v]) => `${k}=${JSON.stringify(v)}`),
    ...(c.variant.asOf ? [`as of ${c.variant.asOf}`] : []),
    ...(c.variant.scenarios ? [`scenarios ${c.variant.scenarios.join(', ') || 'none'}`] : []),
  ];
  return parts.join(', ');
}

export function renderContrast(c: Contrast): string {
  const out = [heading(`Contrast: ${describeVariant(c)}`)];
  if (c.acts.length === 0 && c.obligations.length === 0) {
    out.push('No difference: every verdict and obligation stays the same.');
    return out.join('\n');
  }
  if (c.acts.length > 0) {
    const t = table(['Act', 'As given', 'With the change'], [14, 40, 42]);
    for (const d of c.acts) {
      t.push([
        d.act,
        `${VERDICT_LABEL[d.base]}${d.baseFrom ? ` (${d.baseFrom})` : ''}`,
        `${VERDICT_LABEL[d.variant]}${d.variantFrom ? ` (${d.variantFrom})` : ''}`,
      ]);
    }
    out.push(t.toString());
  }
  if (c.obligations.length > 0) {
    const t = table(['Citation', 'Duty', 'As given', 'With the change'], [22, 41, 15, 17]);
    for (const d of c.obligations) t.push([d.citation, d.title, STATUS_LABEL[d.base], STATUS_LABEL[d.variant]]);
    out.push(t.toString());
  }
  return out.join('\n');
}

export function renderQuestions(qs: readonly Question[], a: Assessment): string {
  const out = [header(a, 'iomt questions')];
  if (qs.length === 0) {
    out.push('\nNothing to ask: every verdict and obligation is settled by the facts given.');
    return out.join('\n') + '\n';
  }
  qs.forEach((q, i) => {
    out.push('', wrap(`${i + 1}. ${q.question}`, '   '));
    out.push(wrap(`   fact: ${q.fact}${q.cite ? ` · see ${q.cite}` : ''}${q.affects.length ? ` · decides: ${q.affects.join(', ')}` : ''}`, '   '));
    if (q.help) out.push(wrap(`   ${q.help}`, '   '));
    for (const ans of q.answers) {
      const changes = ans.verdicts.map((v) => `${v.act} → ${VERDICT_LABEL[v.verdict]}`);
      if (ans.obligationChanges > 0) changes.push(`${ans.obligationChanges} duties change`);
      out.push(wrap(`   - ${ans.label}: ${changes.length ? changes.join('; ') : 'no change'}`, '     '));
    }
  });
  return out.join('\n') + '\n';
}
