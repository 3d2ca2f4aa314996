/** The knowledge base as one indexed value: acts, their named rules, citations and version. */
import { ACTS } from './acts/index.ts';
import { citationLink } from '../labels/citations.ts';
import { formatProvision, parseProvision } from './provision-id.ts';
import type { ActId, ProvisionId } from './provision-id.ts';
import { SCENARIOS } from './scenarios.ts';
import type { ActDefinition, Classifier, IsoDate, Rule } from './types.ts';

/** Version of the knowledge base content; bump on every change of law data. */
export const KB_VERSION = '2026.12.07.1';

const actsById = new Map<ActId, ActDefinition>(ACTS.map((a) => [a.id, a]));
const rules = new Map<string, Rule>();
const classifiers = new Map<string, Classifier>();
for (const act of ACTS) {
  rules.set(`${act.id}:scope`, act.scope);
  for (const p of act.predicates ?? []) rules.set(`${act.id}:${p.id}`, p);
  for (const c of act.classifiers ?? []) classifiers.set(`${act.id}:${c.id}`, c);
}

const OLDEST_CHECK: IsoDate = ACTS.map((a) => a.verified.checkedOn).sort()[0] ?? KB_VERSION.replaceAll('.', '-');

export const knowledgeBase = {
  version: KB_VERSION,
  acts: ACTS,
  scenarios: SCENARIOS,
  act(id: ActId): ActDefinition | undefined {
    return actsById.get(id);
  },
  rule(ref: string): Rule | undefined {
    return rules.get(ref);
  },
  ruleIds(): string[] {
    return [...rules.keys()];
  },
  classifier(ref: string): Classifier | undefined {
    return classifiers.get(ref);
  },
  classifierIds(): string[] {
    return [...classifiers.keys()];
  },
  /** The oldest date on which an act's content was checked against the official text. */
  verifiedOn(): IsoDate {
    return OLDEST_CHECK;
  },
};

const citations = new Map<string, string>();

/** `Art 14(2)(a) CRA` */
export function citation(id: ProvisionId): string {
  let text = citations.get(id);
  if (text === undefined) {
    const p = parseProvision(id);
    const act = p ? actsById.get(p.act) : undefined;
    text = act ? formatProvision(id, act.shortName) : id;
    citations.set(id, text);
  }
  return text;
}

/** Link to the provision: its anchor on EUR-Lex where the official HTML has one, else the document. */
export function provisionUrl(id: ProvisionId): string {
  const p = parseProvision(id);
  const act = p ? actsById.get(p.act) : undefined;
  if (!p || !act) return '';
  return citationLink(id)?.href || act.url;
}

/** True when a citation names a provision that exists in its act's structure. */
export function provisionExists(id: string): boolean {
  const p = parseProvision(id);
  const act = p ? actsById.get(p.act) : undefined;
  if (!p || !act) return false;
  const s = act.structure;
  switch (p.kind) {
    case 'article': {
      const n = Number(p.article);
      return Number.isInteger(n) ? n >= 1 && n <= s.articles : (s.insertedArticles ?? []).includes(p.article);
    }
    case 'annex':
      return s.annexes.includes(p.annex);
    case 'recital':
      return s.recitals !== undefined && p.recital >= 1 && p.recital <= s.recitals;
    case 'section': {
      const top = Number(p.section.split('.')[0]);
      return s.sections !== undefined && top >= 1 && top <= s.sections;
    }
  }
}
