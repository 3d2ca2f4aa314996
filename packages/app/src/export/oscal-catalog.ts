/**
 * The control catalogue as an OSCAL 1.2.1 catalog: controls grouped by category, each with its
 * statement and guidance, links to the provisions on EUR-Lex and to the standards (back-matter
 * resources), and every mapping as a property carrying its OLIR relationship and rationale.
 */
import { CONTROL_CATEGORIES, CONTROLS, citation, knowledgeBase, provisionUrl, STANDARD_IDS } from '@iomt/core';
import type { ActId, Control, ControlCategory, StandardId } from '@iomt/core';
import { actResource, IOMT_NS, metadata, oscalString } from './oscal-common.ts';
import type { OscalLink, OscalMetadata, OscalProp, OscalResource } from './oscal-common.ts';
import { uuidV5 } from './uuid.ts';

export interface OscalControl {
  id: string;
  class?: string;
  title: string;
  props?: OscalProp[];
  links?: OscalLink[];
  parts?: { id: string; name: string; prose: string }[];
}
export interface OscalCatalog {
  catalog: {
    uuid: string;
    metadata: OscalMetadata;
    groups: { id: string; class?: string; title: string; controls: OscalControl[] }[];
    'back-matter': { resources: OscalResource[] };
  };
}

export const CATEGORY_TITLES: Readonly<Record<ControlCategory, string>> = {
  governance: 'Governance',
  'risk-management': 'Risk management',
  'secure-development': 'Secure development',
  'vulnerability-handling': 'Vulnerability handling',
  'access-control': 'Access control',
  cryptography: 'Cryptography',
  'data-protection': 'Data protection',
  'logging-monitoring': 'Logging and monitoring',
  'updates-and-support': 'Updates and support',
  'incident-response': 'Incident response',
  'supply-chain-sbom': 'Supply chain and SBOM',
  'resilience-availability': 'Resilience and availability',
  'documentation-and-information': 'Documentation and information',
  testing: 'Testing',
};

export const standardResourceUuid = (s: StandardId): string => uuidV5(`standard:${s}`);
export const catalogUuid = (): string => uuidV5(`catalog:${knowledgeBase.version}`);

function oscalControl(c: Control): OscalControl {
  const props: OscalProp[] = [
    { name: 'label', value: c.id },
    ...c.provisions.map((m) => ({
      name: 'legal-mapping',
      ns: IOMT_NS,
      value: m.provision,
      class: m.relationship,
      remarks: `${citation(m.provision)}: ${m.rationale}`,
    })),
    ...c.standards.map((m) => ({
      name: 'standard-mapping',
      ns: IOMT_NS,
      value: `${m.standard} ${m.ref}`,
      class: m.relationship,
      remarks: m.rationale,
    })),
  ];
  const links: OscalLink[] = [
    ...c.provisions.map((m) => ({ href: provisionUrl(m.provision), rel: 'reference', text: `${citation(m.provision)} (${m.relationship})` })),
    ...[...new Set(c.standards.map((m) => m.standard))].map((s) => ({
      href: `#${standardResourceUuid(s)}`,
      rel: 'reference',
      text: `${s} ${c.standards.filter((m) => m.standard === s).map((m) => m.ref).join(', ')}`,
    })),
  ];
  return {
    id: c.id,
    class: c.category,
    title: c.title,
    props,
    links,
    parts: [
      { id: `${c.id}_smt`, name: 'statement', prose: oscalString(c.statement) },
      { id: `${c.id}_gdn`, name: 'guidance', prose: oscalString(c.guidance) },
    ],
  };
}

/** The whole catalogue as an OSCAL catalog. `asOf` dates the metadata (no clock is read). */
export function oscalCatalog(asOf: string): OscalCatalog {
  const acts = [...new Set(CONTROLS.flatMap((c) => c.provisions.map((m) => m.provision.slice(0, m.provision.indexOf(':')) as ActId)))];
  const ordered = knowledgeBase.acts.map((a) => a.id).filter((id) => acts.includes(id));
  return {
    catalog: {
      uuid: catalogUuid(),
      metadata: metadata(
        'iomt-compliance controls crosswalk: cybersecurity controls mapped to EU law and standards',
        asOf,
        'Controls in our own words. Legal mappings cite EUR-Lex; standards are referred to by clause or identifier only. Relationships use the NIST OLIR vocabulary (equal, subset, superset, intersect), read as: the control is <relationship> of the provision.',
        [{ name: 'keywords', value: 'IoMT, MDR, CRA, NIS2, GDPR, RED, AI Act, EHDS' }],
      ),
      groups: CONTROL_CATEGORIES.map((category) => ({
        id: category,
        class: 'category',
        title: CATEGORY_TITLES[category],
        controls: CONTROLS.filter((c) => c.category === category).map(oscalControl),
      })).filter((g) => g.controls.length > 0),
      'back-matter': {
        resources: [
          ...ordered.map(actResource),
          ...STANDARD_IDS.map((s) => ({ uuid: standardResourceUuid(s), title: s, description: `The standard ${s}; referred to by clause or identifier only.` })),
        ],
      },
    },
  };
}
