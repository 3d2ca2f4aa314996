/** Provision ids (`mdr:art-2(1)`, `cra:annex-I-part-II(5)`) to readable citations and EUR-Lex links. */

export function provisionLabel(cite: string, actName?: string): string {
  const [act, raw = ''] = cite.split(':');
  const body = raw
    .replace(/^art-/, 'Art ')
    .replace(/^annex-([IVXLC]+)-?/, (_m, n: string) => `Annex ${n} `)
    .replace(/^recital-/, 'Recital ')
    .replace(/-part-/, ' Part ')
    .trim();
  return `${body} ${actName ?? (act ?? '').toUpperCase()}`.trim();
}

export function actOf(cite: string): string {
  return cite.split(':')[0] ?? cite;
}

/** The act's EUR-Lex page: the API gives each act's URL; an article anchor is not stable across consolidations. */
export function citationUrl(cite: string, actUrls: ReadonlyMap<string, string>): string | undefined {
  return actUrls.get(actOf(cite));
}
