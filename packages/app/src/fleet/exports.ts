/**
 * Exports of the triaged findings: VEX as CycloneDX 1.6 and as CSAF 2.0 (`csaf_vex` profile),
 * and the open remediation work as an OSCAL 1.2.1 plan of action and milestones. Identifiers are
 * derived from the content (UUID v5), so the same state exports the same document.
 */
import { KB_VERSION } from '@iomt/core';
import type { Justification } from '@iomt/core';
import { OSCAL_VERSION } from '../export/oscal-common.ts';
import { uuidV5 } from '../export/uuid.ts';
import type { FindingView } from './view.ts';

const CDX_STATE = { under_investigation: 'in_triage', affected: 'exploitable', not_affected: 'not_affected', fixed: 'resolved' } as const;
const CDX_JUSTIFICATION: Record<Justification, string> = {
  component_not_present: 'code_not_present',
  vulnerable_code_not_present: 'code_not_present',
  vulnerable_code_not_in_execute_path: 'code_not_reachable',
  vulnerable_code_cannot_be_controlled_by_adversary: 'protected_by_mitigating_control',
  inline_mitigations_already_exist: 'protected_by_mitigating_control',
};

const isCve = (id: string): boolean => /^CVE-\d{4}-\d{4,}$/.test(id);
const cvssMethod = (version: string): string => (version.startsWith('3.1') ? 'CVSSv31' : version.startsWith('3') ? 'CVSSv3' : version.startsWith('4') ? 'CVSSv4' : version.startsWith('2') ? 'CVSSv2' : 'other');
const cdxSeverity = (s: string): string => (['critical', 'high', 'medium', 'low', 'none'].includes(s) ? s : 'unknown');

export interface ExportContext {
  organisation: string;
  /** The instant the export is made at (ISO 8601). */
  at: string;
}

export function cycloneDxVex(findings: readonly FindingView[], ctx: ExportContext): Record<string, unknown> {
  const versions = new Map<string, FindingView['model'] & { ref: string }>();
  for (const f of findings) versions.set(f.modelVersionId, { ...f.model, ref: `model-version-${f.modelVersionId}` });
  const byVuln = new Map<string, FindingView[]>();
  for (const f of findings) byVuln.set(f.vulnId, [...(byVuln.get(f.vulnId) ?? []), f]);
  const seed = findings.map((f) => `${f.key}:${f.analysis.state}:${f.analysis.decidedAt ?? ''}`).join('\n');
  return {
    bomFormat: 'CycloneDX',
    specVersion: '1.6',
    serialNumber: `urn:uuid:${uuidV5(`cdx-vex\n${ctx.organisation}\n${seed}`)}`,
    version: 1,
    metadata: {
      timestamp: ctx.at,
      tools: { components: [{ type: 'application', name: 'iomt-compliance', version: KB_VERSION }] },
      supplier: { name: ctx.organisation },
    },
    components: [...versions.values()].map((v) => ({ type: 'device', 'bom-ref': v.ref, manufacturer: { name: v.manufacturer }, name: v.name, version: v.version })),
    vulnerabilities: [...byVuln.entries()].flatMap(([vulnId, list]) =>
      // One statement per analysis state, since CycloneDX holds one analysis per vulnerability entry.
      [...new Set(list.map((f) => `${f.analysis.state}|${f.analysis.justification ?? ''}|${f.analysis.detail ?? ''}`))].map((group) => {
        const members = list.filter((f) => `${f.analysis.state}|${f.analysis.justification ?? ''}|${f.analysis.detail ?? ''}` === group);
        const f = members[0]!;
        const source = f.evidence[0];
        return {
          'bom-ref': `vuln-${vulnId}-${uuidV5(group).slice(0, 8)}`,
          id: vulnId,
          ...(source ? { source: { name: source.source === 'csaf' ? `CSAF ${source.advisoryId}` : `OSV ${source.advisoryId}` } } : {}),
          ...(f.cvss && f.cvss.baseScore !== null ? { ratings: [{ score: f.cvss.baseScore, severity: cdxSeverity(f.severity), method: cvssMethod(f.cvss.version), vector: f.cvss.vector }] } : {}),
          description: f.title,
          ...(f.remediations.length ? { recommendation: f.remediations.map((r) => r.details).join('\n').slice(0, 4000) } : {}),
          analysis: {
            state: CDX_STATE[f.analysis.state],
            ...(f.analysis.justification ? { justification: CDX_JUSTIFICATION[f.analysis.justification] } : {}),
            ...(f.analysis.detail ? { detail: f.analysis.detail } : {}),
            ...(f.analysis.decidedAt ? { lastUpdated: f.analysis.decidedAt } : {}),
          },
          affects: members.map((m) => ({ ref: `model-version-${m.modelVersionId}` })),
          ...(f.knownExploited ? { properties: [{ name: 'cisa:kev:dateAdded', value: f.knownExploited.dateAdded }] } : {}),
        };
      }),
    ),
  };
}

export function csafVex(findings: readonly FindingView[], ctx: ExportContext & { namespace: string }): Record<string, unknown> {
  const pid = (versionId: string) => `MV-${versionId}`;
  const vendors = new Map<string, Map<string, { version: string; id: string }[]>>();
  for (const f of findings) {
    const products = vendors.get(f.model.manufacturer) ?? new Map<string, { version: string; id: string }[]>();
    vendors.set(f.model.manufacturer, products);
    const list = products.get(f.model.name) ?? [];
    if (!list.some((x) => x.id === f.modelVersionId)) list.push({ version: f.model.version, id: f.modelVersionId });
    products.set(f.model.name, list);
  }
  const byVuln = new Map<string, FindingView[]>();
  for (const f of findings) byVuln.set(f.vulnId, [...(byVuln.get(f.vulnId) ?? []), f]);
  const date = ctx.at;
  const id = `VEX-${uuidV5(`csaf-vex\n${ctx.organisation}\n${findings.map((f) => `${f.key}:${f.analysis.state}`).join('\n')}`).slice(0, 8).toUpperCase()}`;
  return {
    document: {
      category: 'csaf_vex',
      csaf_version: '2.0',
      title: `VEX of ${ctx.organisation}'s devices`,
      lang: 'en',
      publisher: { category: 'vendor', name: ctx.organisation, namespace: ctx.namespace },
      notes: [{ category: 'summary', title: 'Scope', text: 'Exploitability of published vulnerabilities in the listed device model versions, as triaged by the publisher.' }],
      references: [{ category: 'external', summary: 'CSAF 2.0 VEX profile', url: 'https://docs.oasis-open.org/csaf/csaf/v2.0/os/csaf-v2.0-os.html#45-profile-5-vex' }],
      tracking: {
        id,
        status: 'final',
        version: '1',
        initial_release_date: date,
        current_release_date: date,
        revision_history: [{ date, number: '1', summary: 'Exported from the triage record.' }],
        generator: { engine: { name: 'iomt-compliance', version: KB_VERSION } },
      },
    },
    product_tree: {
      branches: [...vendors.entries()].map(([vendor, products]) => ({
        category: 'vendor',
        name: vendor,
        branches: [...products.entries()].map(([name, versions]) => ({
          category: 'product_name',
          name,
          branches: versions.map((v) => ({ category: 'product_version', name: v.version, product: { product_id: pid(v.id), name: `${vendor} ${name} ${v.version}` } })),
        })),
      })),
    },
    vulnerabilities: [...byVuln.entries()].map(([vulnId, list]) => {
      const ids = (state: string) => list.filter((f) => f.analysis.state === state).map((f) => pid(f.modelVersionId));
      const affected = ids('affected');
      const investigating = ids('under_investigation');
      const fixed = ids('fixed');
      const notAffected = ids('not_affected');
      const flags = [...new Set(list.filter((f) => f.analysis.state === 'not_affected').map((f) => f.analysis.justification!))].map((label) => ({
        label,
        product_ids: list.filter((f) => f.analysis.state === 'not_affected' && f.analysis.justification === label).map((f) => pid(f.modelVersionId)),
      }));
      const f = list[0]!;
      const remediationText = f.remediations.map((r) => r.details).filter(Boolean).join('\n') || 'Follow the manufacturer’s advisory; no remediation is published yet.';
      return {
        ...(isCve(vulnId) ? { cve: vulnId } : { ids: [{ system_name: 'OSV', text: vulnId }] }),
        notes: [{ category: 'description', title: 'Vulnerability', text: f.title || vulnId }],
        product_status: {
          ...(affected.length ? { known_affected: affected } : {}),
          ...(notAffected.length ? { known_not_affected: notAffected } : {}),
          ...(fixed.length ? { fixed } : {}),
          ...(investigating.length ? { under_investigation: investigating } : {}),
        },
        ...(flags.length ? { flags } : {}),
        ...(affected.length ? { remediations: [{ category: 'mitigation', details: remediationText, product_ids: affected }] } : {}),
        ...(f.cvss && f.cvss.baseScore !== null && f.cvss.version.startsWith('3') && /^CVSS:3\.[01]\//.test(f.cvss.vector)
          ? { scores: [{ products: list.map((x) => pid(x.modelVersionId)), cvss_v3: { version: f.cvss.vector.startsWith('CVSS:3.1') ? '3.1' : '3.0', vectorString: f.cvss.vector, baseScore: f.cvss.baseScore, baseSeverity: f.cvss.baseSeverity.toUpperCase() || severityName(f.cvss.baseScore) } }] }
          : {}),
      };
    }),
  };
}

const severityName = (s: number): string => (s >= 9 ? 'CRITICAL' : s >= 7 ? 'HIGH' : s >= 4 ? 'MEDIUM' : s > 0 ? 'LOW' : 'NONE');

/** OSCAL POA&M: one risk and one POA&M item per open finding (affected or under investigation). */
export function oscalPoam(findings: readonly FindingView[], ctx: ExportContext): Record<string, unknown> {
  const open = findings.filter((f) => f.analysis.state === 'affected' || f.analysis.state === 'under_investigation');
  const risks = open.map((f) => {
    const uuid = uuidV5(`poam-risk\n${f.key}`);
    const duties = f.duties.filter((d) => d.status === 'applies' || d.status === 'possible');
    return {
      uuid,
      title: `${f.vulnId} in ${f.model.manufacturer} ${f.model.name} ${f.model.version}`,
      description: f.title || f.vulnId,
      statement: [
        f.cvss?.baseScore != null ? `CVSS ${f.cvss.version} ${f.cvss.baseScore} (${f.severity}).` : 'No CVSS score published.',
        f.knownExploited ? `Known exploited (CISA KEV, added ${f.knownExploited.dateAdded}).` : 'Not in the CISA KEV catalog.',
        `${f.units} installed unit(s).`,
        ...duties.map((d) => `${d.title} (${d.cites.map((c) => c.citation).join(', ')}).`),
      ].join(' '),
      status: f.analysis.state === 'affected' ? 'remediating' : 'investigating',
      props: [
        { name: 'vulnerability-id', ns: 'urn:iomt-compliance:oscal', value: f.vulnId },
        ...(f.knownExploited ? [{ name: 'known-exploited', ns: 'urn:iomt-compliance:oscal', value: 'true' }] : []),
      ],
      ...(f.remediations.length
        ? {
            remediations: f.remediations.slice(0, 5).map((r, i) => ({
              uuid: uuidV5(`poam-remediation\n${f.key}\n${i}`),
              lifecycle: r.category === 'vendor_fix' ? 'planned' : 'recommendation',
              title: r.category || 'remediation',
              description: r.details || r.url || 'See the advisory.',
            })),
          }
        : {}),
    };
  });
  return {
    'plan-of-action-and-milestones': {
      uuid: uuidV5(`poam\n${ctx.organisation}\n${open.map((f) => f.key).join('\n')}`),
      metadata: { title: `Vulnerability remediation plan of ${ctx.organisation}`, 'last-modified': ctx.at, version: ctx.at.slice(0, 10), 'oscal-version': OSCAL_VERSION },
      'system-id': { 'identifier-type': 'https://ietf.org/rfc/rfc4122', id: uuidV5(`system\n${ctx.organisation}`) },
      ...(risks.length ? { risks } : {}),
      'poam-items': open.length
        ? open.map((f, i) => ({
            uuid: uuidV5(`poam-item\n${f.key}`),
            title: `Remediate ${f.vulnId} in ${f.model.name} ${f.model.version}`,
            description: f.remediations[0]?.details || `Assess and remediate ${f.vulnId}.`,
            'related-risks': [{ 'risk-uuid': risks[i]!.uuid }],
          }))
        : [{ uuid: uuidV5(`poam-none\n${ctx.organisation}`), title: 'No open findings', description: 'Every finding is triaged as not affected or fixed.' }],
    },
  };
}
