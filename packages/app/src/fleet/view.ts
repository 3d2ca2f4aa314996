/**
 * The fleet as the CLI, API and pages show it: the stored inventory, SBOMs, advisories and
 * decisions run through the core's matcher, with the duties of each finding from the linked
 * product profile (or the organisation's NIS2 status on the hospital side) and the exposure of
 * each unit. Recomputed on every read: nothing derived is stored, so it never goes stale.
 */
import { computeFindings, fleetDuties, fleetDashboard, findingKey, indexAdvisories, lifecycleProductOf, parseProfile, regimesOf, SupportStatusCache, unitExposure } from '@iomt/core';
import type {
  Advisory, AdvisoryIndex, DeviceModel, DeviceUnit, FleetFinding as Finding, FleetDashboard, FleetDuty, KevCatalog, LifecycleProduct, ModelMatchCandidate, ModelVersion, Regimes, TriageDecision, UnitExposure,
} from '@iomt/core';
import type { FleetData, OrgScope } from '../store/contract.ts';

export interface FindingView extends Finding {
  model: { id: string; manufacturer: string; name: string; version: string };
  duties: FleetDuty[];
  units: number;
  firstSeen: string;
}

export interface FleetView {
  asOf: string;
  data: FleetData;
  index: AdvisoryIndex;
  findings: FindingView[];
  candidates: (ModelMatchCandidate & { decision: 'confirmed' | 'rejected' | null })[];
  exposures: UnitExposure[];
  dashboard: FleetDashboard;
}

const UNKNOWN_REGIMES: Regimes = { cra: 'unknown', mdr: 'unknown', ivdr: 'unknown' };

/** The latest profile of each product a model links to, with its regimes and lifecycle facts. */
async function productFacts(scope: OrgScope, data: FleetData, asOf: string): Promise<Map<string, { regimes: Regimes; lifecycle: LifecycleProduct }>> {
  const out = new Map<string, { regimes: Regimes; lifecycle: LifecycleProduct }>();
  for (const id of new Set(data.models.map((m) => m.productId).filter((x): x is string => x !== null))) {
    const product = await scope.products.get(id);
    const parsed = parseProfile((await scope.products.version(id, product.latestVersion)).profile);
    if (parsed.ok) out.set(id, { regimes: regimesOf(parsed.profile, asOf), lifecycle: lifecycleProductOf(parsed.profile) });
  }
  return out;
}

export function advisoryIndexOf(data: Pick<FleetData, 'advisories'>): AdvisoryIndex {
  const advisories: Advisory[] = [];
  const kev: KevCatalog[] = [];
  for (const a of data.advisories) {
    if (a.source === 'kev') kev.push(a.normalized as KevCatalog);
    else advisories.push(a.normalized as Advisory);
  }
  return indexAdvisories(advisories, kev);
}

export async function fleetView(scope: OrgScope, asOf: string): Promise<FleetView> {
  const data = await scope.fleet.load();
  const products = await productFacts(scope, data, asOf);
  return computeView(data, asOf, products);
}

export function computeView(data: FleetData, asOf: string, products: ReadonlyMap<string, { regimes: Regimes; lifecycle: LifecycleProduct }> = new Map()): FleetView {
  const index = advisoryIndexOf(data);
  const models: DeviceModel[] = data.models.map((m) => ({ id: m.id, manufacturer: m.manufacturer, name: m.name, aliases: m.aliases, productId: m.productId }));
  const versions: ModelVersion[] = data.versions.map((v) => ({ id: v.id, modelId: v.modelId, version: v.version, supportEnd: v.supportEnd }));
  const triage = new Map<string, TriageDecision>(
    data.triage.map((t) => [t.findingKey, { state: t.state, justification: t.justification as TriageDecision['justification'], detail: t.detail, exploitedInNetwork: t.exploitedInNetwork, decidedBy: t.decidedBy, decidedAt: t.decidedAt }]),
  );
  const { findings, candidates } = computeFindings({
    models,
    versions,
    components: data.components,
    index,
    decisions: new Map(data.decisions.map((d) => [d.matchKey, d.decision])),
    triage,
  });

  const modelById = new Map(data.models.map((m) => [m.id, m]));
  const versionById = new Map(data.versions.map((v) => [v.id, v]));
  const importedAt = new Map(data.advisories.map((a) => [a.source === 'kev' ? `kev:${a.externalId}` : a.externalId, a.importedAt]));
  const unitsPerVersion = new Map<string, number>();
  for (const u of data.units) if (u.modelVersionId) unitsPerVersion.set(u.modelVersionId, (unitsPerVersion.get(u.modelVersionId) ?? 0) + 1);
  const lifecycle = new Map<string, LifecycleProduct>();
  for (const m of data.models) {
    const facts = m.productId ? products.get(m.productId) : undefined;
    if (facts) lifecycle.set(m.id, facts.lifecycle);
  }
  const support = new SupportStatusCache();

  const views: FindingView[] = findings.map((f) => {
    const version = versionById.get(f.modelVersionId)!;
    const model = modelById.get(version.modelId)!;
    const facts = model.productId ? products.get(model.productId) : undefined;
    const status = support.status({ product: lifecycle.get(model.id) ?? null, modelSupportEnd: version.supportEnd, unitSupportEnd: null, placedOnMarketOn: null, asOf });
    const duties = fleetDuties({
      asOf,
      side: data.settings.side,
      regimes: facts?.regimes ?? UNKNOWN_REGIMES,
      nis2Entity: data.settings.nis2Entity,
      knownExploited: f.knownExploited !== null,
      exploitedInNetwork: f.analysis.exploitedInNetwork === null ? 'unknown' : f.analysis.exploitedInNetwork ? 'true' : 'false',
      support: status.state,
      analysis: f.analysis.state,
    });
    const seen = f.evidence.map((e) => importedAt.get(e.advisoryId)).filter((x): x is string => x !== undefined).sort()[0] ?? asOf;
    return { ...f, model: { id: model.id, manufacturer: model.manufacturer, name: model.name, version: version.version }, duties, units: unitsPerVersion.get(version.id) ?? 0, firstSeen: seen };
  });

  const units: DeviceUnit[] = data.units.map((u) => ({ ...u }));
  const exposures = unitExposure(units, versions, findings, asOf, lifecycle);
  const dashboard = fleetDashboard(exposures, findings, { asOf, firstSeen: new Map(views.map((v) => [v.key, v.firstSeen])), triageDays: data.settings.triageDays });
  return { asOf, data, index, findings: views, candidates, exposures, dashboard };
}

export { findingKey };
