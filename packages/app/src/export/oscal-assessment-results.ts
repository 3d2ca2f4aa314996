/**
 * A gap result as OSCAL 1.2.1 assessment results: one result whose reviewed controls are the
 * selected ones; per control an observation (status, owner, due date, notes, evidence) and a
 * finding (satisfied only when implemented or justified as not applicable). Evidence becomes
 * back-matter resources with their SHA-256 hashes.
 */
import type { ChecklistItem, ControlStatus, GapResult } from '@iomt/core';
import { IOMT_NS, instantOf, metadata, oscalString, PROFILE_FILE } from './oscal-common.ts';
import type { OscalLink, OscalMetadata, OscalProp, OscalResource } from './oscal-common.ts';
import { uuidV5 } from './uuid.ts';

interface Observation {
  uuid: string;
  title: string;
  description: string;
  props?: OscalProp[];
  methods: string[];
  'relevant-evidence'?: { href: string; description: string }[];
  collected: string;
  remarks?: string;
}
interface Finding {
  uuid: string;
  title: string;
  description: string;
  props?: OscalProp[];
  target: {
    type: 'statement-id';
    'target-id': string;
    status: { state: 'satisfied' | 'not-satisfied'; reason?: string };
    'implementation-status': { state: string };
  };
  'related-observations': { 'observation-uuid': string }[];
  remarks?: string;
}
export interface OscalAssessmentResults {
  'assessment-results': {
    uuid: string;
    metadata: OscalMetadata;
    'import-ap': { href: string; remarks?: string };
    results: {
      uuid: string;
      title: string;
      description: string;
      start: string;
      props?: OscalProp[];
      'reviewed-controls': { 'control-selections': { 'include-controls': { 'control-id': string }[] }[] };
      observations?: Observation[];
      findings?: Finding[];
      links?: OscalLink[];
    }[];
    'back-matter': { resources: OscalResource[] };
  };
}

/** OSCAL implementation-status tokens for our statuses. */
const IMPLEMENTATION: Record<ControlStatus, string> = {
  implemented: 'implemented',
  partial: 'partial',
  'not-started': 'planned',
  'not-applicable': 'not-applicable',
};

const STATUS_TEXT: Record<ControlStatus, string> = {
  implemented: 'Implemented',
  partial: 'Partly implemented',
  'not-started': 'Not started',
  'not-applicable': 'Not applicable',
};

function observationOf(item: ChecklistItem, key: string, asOf: string, evidenceUuid: (sha: string, name: string) => string): Observation {
  const s = item.state;
  const lines = [
    `${STATUS_TEXT[s.status]}.`,
    s.justification ? `Justification: ${s.justification}` : '',
    s.owner ? `Owner: ${s.owner}.` : '',
    s.due ? `Due: ${s.due}${item.overdue ? ' (overdue)' : ''}.` : '',
    s.notes ? `Notes: ${s.notes}` : '',
  ].filter((l) => l !== '');
  const evidence = s.evidence ?? [];
  return {
    uuid: uuidV5(`observation:${key}:${item.control}`),
    title: `${item.control}: ${item.title}`,
    description: oscalString(lines.join(' ')),
    props: [
      { name: 'status', ns: IOMT_NS, value: s.status },
      ...(s.owner ? [{ name: 'owner', ns: IOMT_NS, value: oscalString(s.owner) }] : []),
      ...(s.due ? [{ name: 'due', ns: IOMT_NS, value: s.due }] : []),
    ],
    methods: ['EXAMINE'],
    ...(evidence.length > 0
      ? { 'relevant-evidence': evidence.map((e) => ({ href: `#${evidenceUuid(e.sha256, e.name)}`, description: oscalString(`${e.name} (SHA-256 ${e.sha256})`) })) }
      : {}),
    collected: instantOf(asOf),
  };
}

/** The gap result as OSCAL assessment results; `product` names it, UUIDs derive from ids and the date. */
export function oscalAssessmentResults(result: GapResult): OscalAssessmentResults {
  const key = `${result.profile.id ?? result.product}|${result.asOf}|${[...result.scenarios].sort().join(',')}`;
  const items = result.checklist.flatMap((g) => g.items);
  const resources = new Map<string, OscalResource>();
  const evidenceUuid = (sha: string, name: string): string => {
    const uuid = uuidV5(`evidence:${sha}:${name}`);
    return uuid;
  };
  for (const item of items) {
    for (const e of item.state.evidence ?? []) {
      const uuid = evidenceUuid(e.sha256, e.name);
      if (resources.has(uuid)) continue;
      resources.set(uuid, {
        uuid,
        title: oscalString(e.name),
        rlinks: [{ href: e.url ?? e.name, hashes: [{ algorithm: 'SHA-256', value: e.sha256 }] }],
      });
    }
  }
  const planUuid = uuidV5(`plan-resource:${key}`);
  const observations = items.map((i) => observationOf(i, key, result.asOf, evidenceUuid));
  const findings: Finding[] = items.map((i, n) => {
    const satisfied = i.state.status === 'implemented' || i.state.status === 'not-applicable';
    const duties = i.duties.map((d) => `${d.citation} (${d.obligation})`).join('; ');
    return {
      uuid: uuidV5(`finding:${key}:${i.control}`),
      title: `${i.control}: ${i.title}`,
      description: oscalString(
        `${STATUS_TEXT[i.state.status]}. Selected as ${i.kind}${i.from ? ` from ${i.from}` : ''}; needed by ${i.duties.length} duties: ${duties}.`,
      ),
      props: [
        { name: 'selection', ns: IOMT_NS, value: i.kind },
        { name: 'blocks', ns: IOMT_NS, value: String(i.blocks) },
      ],
      target: {
        type: 'statement-id',
        'target-id': `${i.control}_smt`,
        status: { state: satisfied ? 'satisfied' : 'not-satisfied', ...(i.state.status === 'not-applicable' ? { reason: 'not-applicable' } : {}) },
        'implementation-status': { state: IMPLEMENTATION[i.state.status] },
      },
      'related-observations': [{ 'observation-uuid': (observations[n] as Observation).uuid }],
    };
  });
  const overall = result.coverage.overall;
  return {
    'assessment-results': {
      uuid: uuidV5(`assessment-results:${key}`),
      metadata: metadata(`Gap assessment of ${result.product} on ${result.asOf}`, result.asOf, `${result.scoring} ${result.notice}`),
      'import-ap': {
        href: `#${planUuid}`,
        remarks: 'The assessment scope is the OSCAL profile of the controls the product’s duties require.',
      },
      results: [
        {
          uuid: uuidV5(`result:${key}`),
          title: `Gap assessment of ${result.product}`,
          description: oscalString(
            `Coverage ${overall.percent === null ? 'n/a' : `${overall.percent}%`}: ${overall.implemented} implemented, ${overall.partial} partial, ${overall.notStarted} not started, ${overall.notApplicable} not applicable, of ${overall.total} controls.`,
          ),
          start: instantOf(result.asOf),
          props: [{ name: 'coverage', ns: IOMT_NS, value: overall.score === null ? 'n/a' : String(overall.score) }],
          'reviewed-controls': { 'control-selections': [{ 'include-controls': items.map((i) => ({ 'control-id': i.control })) }] },
          ...(observations.length > 0 ? { observations, findings } : {}),
        },
      ],
      'back-matter': {
        resources: [
          { uuid: planUuid, title: 'Controls required for the product (OSCAL profile)', rlinks: [{ href: PROFILE_FILE, 'media-type': 'application/oscal.profile+json' }] },
          ...resources.values(),
        ],
      },
    },
  };
}
