/**
 * Stable identifiers of acts and of their provisions. Published ids never change: stored
 * assessments and reports refer to them.
 *
 * Grammar of a provision id (after `act:`):
 *   art-14 | art-14(2) | art-14(2)(a) | art-10a(1)   an article, paragraph, point, sub-point
 *   annex-III | annex-I-17.2 | annex-I-part-II(1)    an annex with an optional section
 *   recital-25                                        a recital
 *   section-3.6                                       a section of a guidance document
 */
export const ACT_IDS = [
  'gdpr', 'csa', 'eucc', 'nis', 'nis2', 'cer', 'mdr', 'ivdr', 'mdcg-2019-16', 'reg-2022-123',
  'red', 'red-da', 'cra', 'gpsr', 'sgd', 'dcd', 'pld-1985', 'pld-2024', 'ai-act', 'data-act',
  'ehds', 'time-limits',
] as const;
export type ActId = (typeof ACT_IDS)[number];
export type ProvisionId = `${ActId}:${string}`;

export type ParsedProvision =
  | { act: ActId; kind: 'article'; article: string; path: string[] }
  | { act: ActId; kind: 'annex'; annex: string; section?: string }
  | { act: ActId; kind: 'recital'; recital: number }
  | { act: ActId; kind: 'section'; section: string };

const ARTICLE = /^art-(\d+[a-z]?)((?:\([0-9a-z]+\))*)$/;
const ANNEX = /^annex-([IVXL]+)(?:-(.+))?$/;
const RECITAL = /^recital-(\d+)$/;
const SECTION = /^section-(\d+(?:\.\d+)*)$/;

export function isActId(value: string): value is ActId {
  return (ACT_IDS as readonly string[]).includes(value);
}

/** Parses a provision id; returns undefined when it is not well-formed. */
export function parseProvision(id: string): ParsedProvision | undefined {
  const colon = id.indexOf(':');
  if (colon < 0) return undefined;
  const act = id.slice(0, colon);
  const rest = id.slice(colon + 1);
  if (!isActId(act)) return undefined;
  let m = ARTICLE.exec(rest);
  if (m) {
    const path = [...(m[2] ?? '').matchAll(/\(([0-9a-z]+)\)/g)].map((p) => p[1] ?? '');
    return { act, kind: 'article', article: m[1] ?? '', path };
  }
  m = ANNEX.exec(rest);
  if (m) {
    const section = m[2];
    return section === undefined
      ? { act, kind: 'annex', annex: m[1] ?? '' }
      : { act, kind: 'annex', annex: m[1] ?? '', section };
  }
  m = RECITAL.exec(rest);
  if (m) return { act, kind: 'recital', recital: Number(m[1]) };
  m = SECTION.exec(rest);
  if (m) return { act, kind: 'section', section: m[1] ?? '' };
  return undefined;
}

/** Human form of a provision: `Art 14(2)(a) CRA`, `Annex III CRA`. */
export function formatProvision(id: ProvisionId, actShortName: string): string {
  const p = parseProvision(id);
  if (!p) return id;
  switch (p.kind) {
    case 'article':
      return `Art ${p.article}${p.path.map((s) => `(${s})`).join('')} ${actShortName}`;
    case 'annex':
      return `Annex ${p.annex}${p.section ? ` ${p.section}` : ''} ${actShortName}`;
    case 'recital':
      return `Recital ${p.recital} ${actShortName}`;
    case 'section':
      return `${actShortName} section ${p.section}`;
  }
}
