/**
 * "Start an incident plan from the finding in one step": an incident case built from the linked
 * product's latest profile, the fact that the vulnerability is actively exploited (CRA Art 14(1)),
 * the awareness instant the caller records, and the dossier fields the finding already answers.
 * The stored incident then runs through the existing planner like any other.
 */
import { isInstant, parseIncidentCase } from '@iomt/core';
import type { IncidentCase } from '@iomt/core';
import { InvalidInputError, NotFoundError } from '../store/contract.ts';
import type { Incident, OrgScope } from '../store/contract.ts';
import type { FindingView } from './view.ts';

export async function incidentFromFinding(scope: OrgScope, finding: FindingView, awareAt: string): Promise<Incident> {
  if (typeof awareAt !== 'string' || !isInstant(awareAt)) throw new InvalidInputError('/aware', awareAt, 'the instant of awareness with its offset, e.g. 2026-12-07T09:30:00+01:00');
  const model = (await scope.fleet.load()).models.find((m) => m.id === finding.model.id);
  if (!model) throw new NotFoundError('device model', finding.model.id);
  if (!model.productId) throw new InvalidInputError('/modelId', model.id, `a model linked to a product profile: link ${model.manufacturer} ${model.name} to a product first (its profile says which acts apply)`);
  const product = await scope.products.get(model.productId);
  const profile = (await scope.products.version(product.id, product.latestVersion)).profile as Record<string, unknown>;
  const incidentFacts = { ...((profile.incident as Record<string, unknown> | undefined) ?? {}), activelyExploitedVulnerability: finding.knownExploited !== null || finding.analysis.exploitedInNetwork === true ? true : undefined };
  const candidate = {
    ...profile,
    name: `${finding.vulnId} in ${finding.model.name} ${finding.model.version}`,
    incident: Object.fromEntries(Object.entries(incidentFacts).filter(([, v]) => v !== undefined)),
    timeline: { aware: awareAt },
    dossier: {
      'product-identification': `${finding.model.manufacturer} ${finding.model.name}, version ${finding.model.version}${finding.units ? `; ${finding.units} installed unit(s) recorded` : ''}`,
      'exploit-nature': [
        `${finding.vulnId}: ${finding.title}`,
        finding.cvss?.vector ? `CVSS ${finding.cvss.version} ${finding.cvss.baseScore ?? ''} ${finding.cvss.vector}` : null,
        finding.knownExploited ? `Listed in the CISA Known Exploited Vulnerabilities catalog since ${finding.knownExploited.dateAdded}.` : null,
        ...finding.evidence.map((e) => `Source: ${e.advisoryId}${e.component ? ` (component ${e.component.name} ${e.component.version ?? ''})` : ''}`),
      ].filter(Boolean).join('\n'),
    },
  };
  const parsed = parseIncidentCase(candidate);
  if (!parsed.ok) {
    const issue = parsed.issues[0]!;
    throw new InvalidInputError(issue.pointer, issue.value, `a product profile that makes a valid incident case: ${issue.message}`);
  }
  const incidentCase: IncidentCase = parsed.incident;
  return scope.incidents.create({ title: `Actively exploited ${finding.vulnId} — ${finding.model.name} ${finding.model.version}`, productId: product.id, case: incidentCase });
}
