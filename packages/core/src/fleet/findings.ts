/**
 * Findings: the vulnerabilities that apply to a model version, from its SBOM's components and
 * from advisories that name the model, with CVSS, known exploitation (KEV), remediation and the
 * triage state. Model matches a person rejected are dropped; unreviewed ones count only when
 * their confidence is high (and say so).
 */
import { matchComponents, matchModels } from './match.ts';
import type { AdvisoryIndex, ComponentMatch, ModelMatchCandidate } from './match.ts';
import type { AnalysisState, CvssScore, DeviceModel, Justification, KevEntry, ModelVersion, Remediation, SbomComponent } from './types.ts';

export type Severity = 'critical' | 'high' | 'medium' | 'low' | 'none' | 'unknown';

export interface TriageDecision {
  state: AnalysisState;
  justification: Justification | null;
  detail: string | null;
  /** Hospital side: whether the vulnerability was exploited in the organisation's own network. */
  exploitedInNetwork: boolean | null;
  decidedBy: string | null;
  decidedAt: string | null;
}

export interface FindingEvidence {
  via: 'model' | 'purl' | 'cpe';
  advisoryId: string;
  source: string;
  status: 'confirmed' | 'suggested' | 'automatic';
  confidence?: number;
  matchKey?: string;
  component?: ComponentMatch['component'];
  version: 'in' | 'unknown';
}

export interface Finding {
  key: string;
  modelVersionId: string;
  vulnId: string;
  aliases: string[];
  title: string;
  cvss: CvssScore | null;
  severity: Severity;
  knownExploited: Pick<KevEntry, 'dateAdded' | 'dueDate' | 'ransomware' | 'requiredAction'> | null;
  evidence: FindingEvidence[];
  remediations: Remediation[];
  analysis: TriageDecision;
}

export const findingKey = (modelVersionId: string, vulnId: string): string => `${modelVersionId}|${vulnId}`;

export function severityOf(cvss: CvssScore | null | undefined): Severity {
  if (!cvss || cvss.baseScore === null) return 'unknown';
  const s = cvss.baseScore;
  return s >= 9 ? 'critical' : s >= 7 ? 'high' : s >= 4 ? 'medium' : s > 0 ? 'low' : 'none';
}

export const UNTRIAGED: TriageDecision = { state: 'under_investigation', justification: null, detail: null, exploitedInNetwork: null, decidedBy: null, decidedAt: null };

export interface FindingsInput {
  models: readonly DeviceModel[];
  versions: readonly ModelVersion[];
  /** SBOM components per model version id. */
  components: ReadonlyMap<string, readonly SbomComponent[]>;
  index: AdvisoryIndex;
  /** A person's decision per model-match key. */
  decisions: ReadonlyMap<string, 'confirmed' | 'rejected'>;
  triage: ReadonlyMap<string, TriageDecision>;
}

export interface FindingsResult {
  findings: Finding[];
  /** Model matches waiting for a person: not yet confirmed or rejected, below high confidence. */
  candidates: (ModelMatchCandidate & { decision: 'confirmed' | 'rejected' | null })[];
}

export function computeFindings(input: FindingsInput): FindingsResult {
  const byKey = new Map<string, Finding>();
  const add = (modelVersionId: string, vulnId: string, evidence: FindingEvidence) => {
    const key = findingKey(modelVersionId, vulnId);
    let f = byKey.get(key);
    if (!f) {
      const vuln = input.index.vulnerabilities.get(vulnId);
      const kev = input.index.kev.get(vulnId) ?? (vuln?.aliases.map((a) => input.index.kev.get(a)).find(Boolean) ?? undefined);
      f = {
        key,
        modelVersionId,
        vulnId,
        aliases: vuln?.aliases ?? [],
        title: vuln?.title ?? vulnId,
        cvss: vuln?.cvss ?? null,
        severity: severityOf(vuln?.cvss),
        knownExploited: kev ? { dateAdded: kev.dateAdded, dueDate: kev.dueDate, ransomware: kev.ransomware, requiredAction: kev.requiredAction } : null,
        evidence: [],
        remediations: vuln?.remediations ?? [],
        analysis: input.triage.get(key) ?? UNTRIAGED,
      };
      byKey.set(key, f);
    }
    f.evidence.push(evidence);
  };

  for (const v of input.versions) {
    for (const m of matchComponents(input.components.get(v.id) ?? [], input.index)) {
      add(v.id, m.vulnId, { via: m.via, advisoryId: m.advisoryId, source: m.source, status: 'automatic', component: m.component, version: m.version });
    }
  }
  const candidates: FindingsResult['candidates'] = [];
  for (const c of matchModels(input.models, input.versions, input.index)) {
    const decision = input.decisions.get(c.key) ?? null;
    candidates.push({ ...c, decision });
    if (decision === 'rejected') continue;
    if (decision === null && c.level !== 'high') continue;
    for (const vulnId of c.vulnIds) {
      add(c.modelVersionId, vulnId, {
        via: 'model',
        advisoryId: c.advisoryId,
        source: c.source,
        status: decision === 'confirmed' ? 'confirmed' : 'suggested',
        confidence: c.confidence,
        matchKey: c.key,
        version: c.version === 'in' ? 'in' : 'unknown',
      });
    }
  }
  const findings = [...byKey.values()].sort(
    (a, b) => Number(!!b.knownExploited) - Number(!!a.knownExploited) || (b.cvss?.baseScore ?? -1) - (a.cvss?.baseScore ?? -1) || a.key.localeCompare(b.key),
  );
  return { findings, candidates };
}
