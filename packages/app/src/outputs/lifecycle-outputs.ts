/**
 * Markdown and terminal renderings of the support and liability analyses, shared by the CLI
 * and the HTTP API. Every citation links to EUR-Lex; contested points are marked as such.
 */
import {
  APPLIES_LABEL, DAMAGE_HEAD_LABEL, DUTY_STATUS_LABEL, EXEMPTION_LABEL, EXEMPTION_STATUS_LABEL, LIABLE_LABEL,
  PARTY_LABEL, PERIOD_LABEL, PERIOD_STATE_LABEL, PLD_REGIME_LABEL, PRESUMPTION_LABEL, SATISFIES_LABEL,
  SUPPORT_REGIME_LABEL, SUPPORT_STATE_LABEL, TIER_LABEL, TRI_LABEL,
} from '@iomt/core';
import type { Cite, CitedReason, FactQuestion, LiabilityAnalysis, LifecycleAnalysis, UnitSupportStatus } from '@iomt/core';
import { mdText } from '../export/markdown-escape.ts';

const links = (cites: readonly Cite[]): string => cites.map((c) => (c.url ? `[${c.label}](${c.url})` : c.label)).join(', ');
const plain = (cites: readonly Cite[]): string => cites.map((c) => c.label).join(', ');
const md = (r: CitedReason): string => `${mdText(r.text)}${r.cites.length ? ` (${links(r.cites)})` : ''}${r.contested ? ` — _Contested: ${mdText(r.contested)}_` : ''}`;
const txt = (r: CitedReason): string => `${r.text}${r.cites.length ? ` [${plain(r.cites)}]` : ''}${r.contested ? ` CONTESTED: ${r.contested}` : ''}`;

function mdQuestions(qs: readonly FactQuestion[]): string[] {
  if (qs.length === 0) return [];
  return ['## Questions: facts that would change the answer', '', ...qs.map((q) => `- **${mdText(q.question)}** (\`${q.fact}\`) — ${mdText(q.why)}`), ''];
}

function mdUnit(u: UnitSupportStatus, heading: string): string[] {
  const out = [`### ${mdText(heading)}`, '',
    `**${SUPPORT_STATE_LABEL[u.state]}**${u.supportEnd ? ` · support end ${u.supportEnd} (${u.supportEndBasis?.replaceAll('-', ' ')})` : ''}${u.legalMinimum ? ` · legal minimum ${u.legalMinimum.end} (${u.legalMinimum.regime.toUpperCase()}${u.legalMinimum.indicative ? ', indicative' : ''})` : ''}${u.shortfallMonths ? ` · **${u.shortfallMonths} month(s) short**` : ''}`, '',
    '| Regime | Applies | Bearer | Minimum end | Declared end | Basis |', '|---|---|---|---|---|---|'];
  for (const r of u.regimes) {
    out.push(`| ${SUPPORT_REGIME_LABEL[r.regime]} | ${APPLIES_LABEL[String(r.applies)]} | ${PARTY_LABEL[r.bearer]} | ${r.minimumEnd ?? '—'}${r.indicative ? ' (indicative)' : ''} | ${SATISFIES_LABEL[r.satisfies]}${r.shortfallMonths ? `, ${r.shortfallMonths} month(s) short` : ''} | ${mdText(r.basis)} ${links(r.cites)}${r.note ? ` _Contested: ${mdText(r.note)}_` : ''} |`);
  }
  out.push('', '**Why**', '', ...u.reasons.map((r) => `- ${md(r)}`), '', '**What follows**', '');
  for (const d of u.duties) out.push(`- **${PARTY_LABEL[d.party]}**${d.condition ? ` (${mdText(d.condition)})` : ''}: ${mdText(d.duty)} (${links(d.cites)})`);
  out.push('');
  return out;
}

export function lifecycleMarkdown(a: LifecycleAnalysis): string {
  const out: string[] = [`# Support and updates${a.product.name ? `: ${mdText(a.product.name)}` : ''}`, '',
    `As of **${a.asOf}** · knowledge base ${a.knowledgeBase.version}, lifecycle rules checked ${a.knowledgeBase.lifecycleVerifiedOn} · \`${a.format}\``, '',
    `> ${a.notice}`, ''];
  out.push('## The model', '', 'Measured from the model’s placing on the market.', ...mdUnit(a.model, '').slice(1));
  out.push('## Update duties', '', '| Regime | Bearer | Duty | Status |', '|---|---|---|---|');
  for (const d of a.updateDuties) out.push(`| ${d.regime.toUpperCase()}${d.applies === 'unknown' ? ' (if it applies)' : ''} | ${PARTY_LABEL[d.bearer]} | ${mdText(d.text)} (${links(d.cites)}) | ${DUTY_STATUS_LABEL[d.status]} |`);
  out.push('');
  if (a.timeline.length) {
    out.push('## Timeline', '', '| Date | Event |', '|---|---|', ...a.timeline.map((t) => `| ${t.date} | ${mdText(t.event)}${t.cites.length ? ` (${links(t.cites)})` : ''} |`), '');
  }
  if (a.units.length) {
    out.push('## Units', '', '| Unit | State | Support end | Legal minimum | Short by |', '|---|---|---|---|---|');
    for (const u of a.units) out.push(`| ${mdText(u.unit ?? '—')} | ${SUPPORT_STATE_LABEL[u.state]} | ${u.supportEnd ?? '—'} | ${u.legalMinimum ? `${u.legalMinimum.end} (${u.legalMinimum.regime.toUpperCase()})` : '—'} | ${u.shortfallMonths ? `${u.shortfallMonths} month(s)` : '—'} |`);
    out.push('', `${a.summary.supported} supported · ${a.summary['ending-soon']} ending soon · ${a.summary['out-of-support']} out of support · ${a.summary.unknown} unknown`, '');
    for (const u of a.units) out.push(...mdUnit(u, `Unit ${u.unit ?? '(no id)'}`));
  }
  out.push('## Contested and open points', '', ...a.contested.map((r) => `- ${md(r)}`), '');
  out.push(...mdQuestions(a.questions));
  return out.join('\n');
}

export function lifecycleText(a: LifecycleAnalysis): string {
  const out: string[] = [`SUPPORT AND UPDATES${a.product.name ? `: ${a.product.name}` : ''} — as of ${a.asOf} (knowledge base ${a.knowledgeBase.version})`, ''];
  const unitLine = (u: UnitSupportStatus, name: string) =>
    `${name.padEnd(18)} ${SUPPORT_STATE_LABEL[u.state].padEnd(24)} end ${u.supportEnd ?? '—'}${u.legalMinimum ? `  minimum ${u.legalMinimum.end} ${u.legalMinimum.regime.toUpperCase()}` : ''}${u.shortfallMonths ? `  SHORT ${u.shortfallMonths} mo` : ''}`;
  out.push(unitLine(a.model, 'Model'));
  for (const r of a.model.regimes) {
    out.push(`  ${SUPPORT_REGIME_LABEL[r.regime]}: ${APPLIES_LABEL[String(r.applies)]}; ${SATISFIES_LABEL[r.satisfies]}${r.minimumEnd ? `; minimum until ${r.minimumEnd}` : ''} [${plain(r.cites)}]`);
  }
  out.push('', 'UPDATE DUTIES');
  for (const d of a.updateDuties) out.push(`  [${DUTY_STATUS_LABEL[d.status]}] ${d.regime.toUpperCase()} ${PARTY_LABEL[d.bearer]}: ${d.text} [${plain(d.cites)}]`);
  if (a.units.length) {
    out.push('', `UNITS (${a.summary.supported} supported, ${a.summary['ending-soon']} ending soon, ${a.summary['out-of-support']} out of support, ${a.summary.unknown} unknown)`);
    for (const u of a.units) {
      out.push(unitLine(u, u.unit ?? '(no id)'));
      for (const d of u.duties) out.push(`    ${PARTY_LABEL[d.party]}${d.condition ? ` (${d.condition})` : ''}: ${d.duty} [${plain(d.cites)}]`);
    }
  }
  out.push('', 'CONTESTED', ...a.contested.map((r) => `  - ${txt(r)}`));
  if (a.questions.length) out.push('', 'QUESTIONS', ...a.questions.map((q) => `  ? ${q.question} (${q.fact})`));
  out.push('', a.notice, '');
  return out.join('\n');
}

const finding = (f: { holds: boolean | 'unknown'; text: string; cites: readonly Cite[]; contested?: string }) =>
  md({ text: f.text, cites: f.cites, ...(f.contested ? { contested: f.contested } : {}) });

export function liabilityMarkdown(a: LiabilityAnalysis): string {
  const out: string[] = [`# Product liability analysis${a.case.name ? `: ${mdText(a.case.name)}` : ''}`, '',
    `As of **${a.asOf}** · knowledge base ${a.knowledgeBase.version}, liability rules checked ${a.knowledgeBase.liabilityVerifiedOn} · \`${a.format}\``, '',
    `> ${a.notice}`, '',
    '## 1. Regime', '', `**${PLD_REGIME_LABEL[a.regime.regime]}**${a.regime.decisiveDate ? ` — decisive date ${a.regime.decisiveDate}` : ''}`, '',
    ...a.regime.reasons.map((r) => `- ${md(r)}`), '',
    '## 2. Product and claimant', '',
    `- Product: **${TRI_LABEL[String(a.product.holds)]}** — ${finding(a.product)}`,
    `- Claimant entitled: **${TRI_LABEL[String(a.claimant.holds)]}** — ${finding(a.claimant)}`, '',
    '## 3. Damage', '', '| Head | Compensable | Why |', '|---|---|---|',
    ...a.damage.heads.map((h) => `| ${DAMAGE_HEAD_LABEL[h.head]} | ${TRI_LABEL[String(h.holds)]} | ${finding(h)} |`), ''];
  if (a.damage.threshold) out.push(md(a.damage.threshold), '');
  out.push('## 4. Defectiveness', '', ...a.defectiveness.map((f) => `- ${finding(f)}`), '');
  out.push('## 5. Burden of proof and presumptions', '', '| Presumption | Applies | Rule |', '|---|---|---|',
    ...a.presumptions.map((p) => `| ${PRESUMPTION_LABEL[p.id] ?? p.id} | ${TRI_LABEL[String(p.holds)]} | ${finding(p)} |`), '');
  if (a.disclosure) out.push(`Disclosure of evidence: ${md(a.disclosure)}`, '');
  out.push('## 6. Who is liable', '', '| Operator | Role | Tier | Liable | Why |', '|---|---|---|---|---|',
    ...a.operators.map((o) => `| ${mdText(o.name)} | ${o.role} | ${o.tier}: ${TIER_LABEL[o.tier]} | **${LIABLE_LABEL[String(o.liable)]}** | ${o.reasons.map(md).join(' ')} |`), '');
  if (a.jointAndSeveral) out.push(md(a.jointAndSeveral), '');
  if (a.reduction.length) out.push('### Reduction of liability', '', ...a.reduction.map((f) => `- ${f.holds === false ? 'No reduction' : f.holds === true ? 'Reduced' : 'For the court to weigh'}: ${finding(f)}`), '');
  out.push('## 7. Exemptions', '', '| Exemption | For | Status | Why |', '|---|---|---|---|',
    ...a.exemptions.map((x) => `| ${EXEMPTION_LABEL[x.id] ?? x.id} | ${mdText(x.for)} | **${EXEMPTION_STATUS_LABEL[x.status]}** | ${finding(x)} |`), '');
  out.push('## 8. Time limits', '', '| Period | From | Last day | State | Rule |', '|---|---|---|---|---|',
    ...a.periods.map((p) => `| ${PERIOD_LABEL[p.id]} | ${p.from ?? '—'} | ${p.lastDay ?? '—'} | ${PERIOD_STATE_LABEL[p.state]} | ${md({ text: p.text, cites: p.cites, ...(p.contested ? { contested: p.contested } : {}) })} |`), '');
  out.push('## 9. Other routes (not analysed)', '', ...a.parallelRoutes.map((r) => `- ${md(r)}`), '');
  if (a.contested.length) out.push('## Contested points', '', ...a.contested.map((r) => `- ${md(r)}`), '');
  out.push(...mdQuestions(a.questions));
  return out.join('\n');
}

export function liabilityText(a: LiabilityAnalysis): string {
  const out: string[] = [`PRODUCT LIABILITY${a.case.name ? `: ${a.case.name}` : ''} — as of ${a.asOf} (knowledge base ${a.knowledgeBase.version})`, '',
    `Regime: ${PLD_REGIME_LABEL[a.regime.regime]}${a.regime.decisiveDate ? ` (decisive date ${a.regime.decisiveDate})` : ''}`,
    ...a.regime.reasons.map((r) => `  - ${txt(r)}`),
    `Product: ${TRI_LABEL[String(a.product.holds)]} — ${a.product.text}`,
    `Claimant entitled: ${TRI_LABEL[String(a.claimant.holds)]}`, '', 'DAMAGE',
    ...a.damage.heads.map((h) => `  ${DAMAGE_HEAD_LABEL[h.head]}: ${TRI_LABEL[String(h.holds)]} — ${h.text} [${plain(h.cites)}]`), '', 'PRESUMPTIONS',
    ...a.presumptions.map((p) => `  ${(PRESUMPTION_LABEL[p.id] ?? p.id).padEnd(44)} ${TRI_LABEL[String(p.holds)]} [${plain(p.cites)}]`), '', 'LIABLE OPERATORS',
    ...a.operators.map((o) => `  ${o.tier} ${o.name.padEnd(26)} ${o.role.padEnd(28)} ${LIABLE_LABEL[String(o.liable)]}`)];
  if (a.reduction.length) out.push('', 'REDUCTION', ...a.reduction.map((f) => `  ${f.id}: ${TRI_LABEL[String(f.holds)]} — ${f.text} [${plain(f.cites)}]`));
  out.push('', 'EXEMPTIONS', ...a.exemptions.map((x) => `  ${(EXEMPTION_LABEL[x.id] ?? x.id).padEnd(64)} ${EXEMPTION_STATUS_LABEL[x.status]} [${plain(x.cites)}]`));
  out.push('', 'TIME LIMITS', ...a.periods.map((p) => `  ${PERIOD_LABEL[p.id].padEnd(46)} last day ${p.lastDay ?? '—'}  ${PERIOD_STATE_LABEL[p.state]} [${plain(p.cites)}]`));
  out.push('', 'OTHER ROUTES', ...a.parallelRoutes.map((r) => `  - ${txt(r)}`));
  if (a.contested.length) out.push('', 'CONTESTED', ...a.contested.map((r) => `  - ${txt(r)}`));
  if (a.questions.length) out.push('', 'QUESTIONS', ...a.questions.map((q) => `  ? ${q.question} (${q.fact})`));
  out.push('', a.notice, '');
  return out.join('\n');
}
