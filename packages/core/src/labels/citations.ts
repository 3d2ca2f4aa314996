/**
 * Citations as readers write them and links that open the provision itself.
 *
 * EUR-Lex publishes the Official Journal HTML of the acts with ELI subdivision ids: an article is
 * `art_14`, its paragraph 2 is `014.002` (article number and paragraph, three digits each), an
 * annex `anx_III`, a recital `rct_25`. Points and annex sections have no id of their own, so a
 * link goes to the nearest enclosing anchor and the label keeps the full locator. Articles
 * inserted by later amendments (`art-10a`) are not in the original text: the link opens the act
 * and the locator is shown. Guidance documents outside EUR-Lex open as published.
 */
import { parseProvision } from '../kb/provision-id.ts';
import type { ParsedProvision } from '../kb/provision-id.ts';
import { ACT_LABELS } from './acts.ts';
import type { ActLabel } from './acts.ts';

export interface CitationLink {
  /** `Art 14(2)(a) CRA` */
  readonly label: string;
  readonly href: string;
  /** True when `href` opens the provision (or its article or annex), false when only the document. */
  readonly anchored: boolean;
  /** Names the destination honestly: `EUR-Lex, Art 14(2) CRA`, `MDCG 2019-16 (European Commission PDF), section 3.6`. */
  readonly destination: string;
}

const actOf = (act: string): ActLabel | undefined => (ACT_LABELS as Readonly<Record<string, ActLabel>>)[act];

/** `Art 14(2)(a) CRA`; an id that does not parse is returned as it is. */
export function citationLabel(cite: string): string {
  const p = parseProvision(cite);
  const act = p ? actOf(p.act) : undefined;
  if (!p || !act) return cite;
  return p.kind === 'section' ? `${act.short} ${locator(p)}` : `${locator(p)} ${act.short}`;
}

function locator(p: ParsedProvision): string {
  switch (p.kind) {
    case 'article':
      return `Art ${p.article}${p.path.map((s) => `(${s})`).join('')}`;
    case 'annex':
      return `Annex ${p.annex}${p.section ? ` ${p.section.replace(/^part-/, 'Part ')}` : ''}`;
    case 'recital':
      return `Recital ${p.recital}`;
    case 'section':
      return `section ${p.section}`;
  }
}

/** The anchor of the provision in the ELI-marked HTML, or undefined when it has none. */
export function eliAnchor(p: ParsedProvision): string | undefined {
  switch (p.kind) {
    case 'article': {
      if (!/^\d+$/.test(p.article)) return undefined;
      const paragraph = p.path[0];
      if (paragraph !== undefined && /^\d+$/.test(paragraph)) return `${p.article.padStart(3, '0')}.${paragraph.padStart(3, '0')}`;
      return `art_${p.article}`;
    }
    case 'annex':
      return `anx_${p.annex}`;
    case 'recital':
      return `rct_${p.recital}`;
    case 'section':
      return undefined;
  }
}

/** The HTML of the act on EUR-Lex (English). */
export function eurLexHtml(celex: string): string {
  return `https://eur-lex.europa.eu/legal-content/EN/TXT/HTML/?uri=CELEX:${celex}`;
}

/** The link for one citation, or undefined when the id names no known act. */
export function citationLink(cite: string): CitationLink | undefined {
  const p = parseProvision(cite);
  const act = p ? actOf(p.act) : undefined;
  if (!p || !act) return undefined;
  const label = citationLabel(cite);
  if (act.anchors === 'pdf' || !act.celex) {
    return { label, href: act.url ?? '', anchored: false, destination: `${act.number} (${act.publisher}), ${locator(p)}` };
  }
  const anchor = act.anchors === 'eurlex-eli' ? eliAnchor(p) : undefined;
  const base = eurLexHtml(act.celex);
  return anchor
    ? { label, href: `${base}#${anchor}`, anchored: true, destination: `${label} on ${act.publisher}` }
    : { label, href: base, anchored: false, destination: `${act.number} on ${act.publisher} — find ${locator(p)}` };
}

/** The act's official text: EUR-Lex HTML, or the guidance document where it is published. */
export function actLink(actId: string): { href: string; destination: string } | undefined {
  const act = actOf(actId);
  if (!act) return undefined;
  if (act.celex) return { href: eurLexHtml(act.celex), destination: `${act.number} on ${act.publisher}` };
  return act.url ? { href: act.url, destination: `${act.number} (${act.publisher})` } : undefined;
}
