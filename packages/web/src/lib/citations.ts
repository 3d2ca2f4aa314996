/** Citations for pages that still import them from here: the shared citation code decides label and link. */
import { citationLabel, citationLink } from '@iomt/core/labels';

/** `Art 14(2)(a) CRA`; the act's name comes from the shared act labels. */
export function provisionLabel(cite: string, _actName?: string): string {
  return citationLabel(cite);
}

export function actOf(cite: string): string {
  return cite.split(':')[0] ?? cite;
}

/** The provision's own anchor where the official text has one, else the document. */
export function citationUrl(cite: string, actUrls: ReadonlyMap<string, string>): string | undefined {
  return citationLink(cite)?.href || actUrls.get(actOf(cite));
}
