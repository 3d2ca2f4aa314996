/**
 * Citations and reasons shared by the lifecycle and liability analyses: every conclusion
 * carries the provisions that decided it, in human form and as a EUR-Lex link.
 */
import { citation, provisionUrl } from '../kb/knowledge-base.ts';
import type { ProvisionId } from '../kb/provision-id.ts';

export interface Cite {
  /** Stable provision id, e.g. `cra:art-13(8)`. */
  readonly id: ProvisionId;
  /** Human form, e.g. `Art 13(8) CRA`. */
  readonly label: string;
  /** EUR-Lex link (ELI or OJ HTML with the article anchor where one exists). */
  readonly url: string;
}

export interface Reason {
  readonly text: string;
  readonly cites: readonly Cite[];
  /** Set where the law is unclear or the point is disputed; says why. */
  readonly contested?: string;
}

const cache = new Map<string, Cite>();

export function cite(id: ProvisionId): Cite {
  let c = cache.get(id);
  if (!c) {
    c = { id, label: citation(id), url: provisionUrl(id) };
    cache.set(id, c);
  }
  return c;
}

export function reason(text: string, ids: readonly ProvisionId[], contested?: string): Reason {
  const cites = ids.map(cite);
  return contested === undefined ? { text, cites } : { text, cites, contested };
}

/** A missing fact named by its path, with the question to ask and why it matters. */
export interface FactQuestion {
  readonly fact: string;
  readonly question: string;
  readonly why: string;
}
