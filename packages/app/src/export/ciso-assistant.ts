/**
 * The control catalogue in the shape of a CISO Assistant framework library (the YAML its library
 * converter produces): library identity and provenance, then one framework whose requirement
 * nodes are the categories (not assessable) and the controls (assessable), each control with its
 * statement, guidance and legal and standard mappings.
 */
import { CONTROL_CATEGORIES, CONTROLS, citation, knowledgeBase } from '@iomt/core';
import { CATEGORY_TITLES } from './oscal-catalog.ts';

export interface CisoRequirementNode {
  urn: string;
  assessable: boolean;
  depth: number;
  parent_urn?: string;
  ref_id?: string;
  name: string;
  description?: string;
  annotation?: string;
  typical_evidence?: string;
}

export interface CisoLibrary {
  urn: string;
  locale: 'en';
  ref_id: string;
  name: string;
  description: string;
  copyright: string;
  version: number;
  publication_date: string;
  provider: string;
  packager: string;
  objects: {
    framework: { urn: string; ref_id: string; name: string; description: string; requirement_nodes: CisoRequirementNode[] };
  };
}

const REF = 'iomt-controls-crosswalk';
const NODE = `urn:iomt:risk:req_node:${REF}`;

/** Library version: the knowledge-base version as a whole number (2026.11.23.2 → 20261123002). */
export function libraryVersion(kbVersion: string = knowledgeBase.version): number {
  const [y = '0', m = '0', d = '0', n = '0'] = kbVersion.split('.');
  return Number(`${y}${m.padStart(2, '0')}${d.padStart(2, '0')}${n.padStart(3, '0')}`);
}

/** The catalogue as a CISO Assistant framework library object (serialise it as YAML or JSON). */
export function cisoAssistantLibrary(publicationDate: string): CisoLibrary {
  const nodes: CisoRequirementNode[] = [];
  for (const category of CONTROL_CATEGORIES) {
    const controls = CONTROLS.filter((c) => c.category === category);
    if (controls.length === 0) continue;
    const parent = `${NODE}:${category}`;
    nodes.push({ urn: parent, assessable: false, depth: 1, ref_id: category, name: CATEGORY_TITLES[category] });
    for (const c of controls) {
      nodes.push({
        urn: `${NODE}:${c.id}`,
        assessable: true,
        depth: 2,
        parent_urn: parent,
        ref_id: c.id,
        name: c.title,
        description: c.statement,
        annotation: [
          c.guidance,
          `Legal mappings: ${c.provisions.map((m) => `${citation(m.provision)} (${m.relationship})`).join('; ')}.`,
          `Standards: ${c.standards.map((m) => `${m.standard} ${m.ref} (${m.relationship})`).join('; ')}.`,
        ].join('\n'),
        typical_evidence: /Evidence: (.*)$/.exec(c.guidance)?.[1] ?? '',
      });
    }
  }
  const description =
    'Cybersecurity controls for connected health products, mapped to EU law (CRA, MDR, IVDR, MDCG 2019-16, RED and its delegated act, NIS2, GDPR, AI Act, EHDS and others) and to standards by clause, with NIST OLIR relationships.';
  return {
    urn: `urn:iomt:risk:library:${REF}`,
    locale: 'en',
    ref_id: REF,
    name: 'iomt-compliance controls crosswalk',
    description,
    copyright: 'Apache-2.0, iomt-compliance. Legal texts: © European Union, EUR-Lex. Standards are referred to by identifier only.',
    version: libraryVersion(),
    publication_date: publicationDate,
    provider: 'iomt-compliance',
    packager: 'iomt-compliance',
    objects: {
      framework: { urn: `urn:iomt:risk:framework:${REF}`, ref_id: REF, name: 'iomt-compliance controls crosswalk', description, requirement_nodes: nodes },
    },
  };
}
