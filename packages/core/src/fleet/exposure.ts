/**
 * Exposure of installed units: each unit inherits its model version's open findings, ranked so
 * the worst comes first — out of support with a known-exploited vulnerability, then known
 * exploited, then by network exposure, clinical criticality and CVSS — and the fleet dashboard
 * totals by site, criticality and exploitation, with orphan units and overdue triage.
 */
import type { Finding } from './findings.ts';
import { SupportStatusCache } from './support-status.ts';
import type { SupportStatus } from './support-status.ts';
import type { LifecycleProduct } from '../lifecycle/types.ts';
import type { Criticality, DeviceUnit, Exposure, ModelVersion } from './types.ts';

export interface UnitExposure {
  unitId: string;
  modelVersionId: string | null;
  site: string | null;
  exposure: Exposure;
  criticality: Criticality;
  support: SupportStatus;
  supportEnd: string | null;
  openFindings: number;
  knownExploited: number;
  maxCvss: number | null;
  /** Sort key: lower is worse. */
  rank: number;
  worstCase: boolean;
}

const EXPOSURE_WEIGHT: Record<Exposure, number> = { 'internet-facing': 0, unknown: 1, segmented: 2, isolated: 3 };
const CRITICALITY_WEIGHT: Record<Criticality, number> = { high: 0, unknown: 1, medium: 2, low: 3 };

const isOpen = (f: Finding): boolean => f.analysis.state === 'under_investigation' || f.analysis.state === 'affected';

interface VersionSummary {
  open: number;
  kev: number;
  maxCvss: number | null;
}

export function summariseByVersion(findings: readonly Finding[]): Map<string, VersionSummary> {
  const out = new Map<string, VersionSummary>();
  for (const f of findings) {
    if (!isOpen(f)) continue;
    let s = out.get(f.modelVersionId);
    if (!s) out.set(f.modelVersionId, (s = { open: 0, kev: 0, maxCvss: null }));
    s.open++;
    if (f.knownExploited) s.kev++;
    const score = f.cvss?.baseScore ?? null;
    if (score !== null && (s.maxCvss === null || score > s.maxCvss)) s.maxCvss = score;
  }
  return out;
}

/**
 * `products`: lifecycle facts per model id, for models linked to a product profile.
 */
export function unitExposure(
  units: readonly DeviceUnit[],
  versions: readonly ModelVersion[],
  findings: readonly Finding[],
  asOf: string,
  products: ReadonlyMap<string, LifecycleProduct> = new Map(),
): UnitExposure[] {
  const byVersion = summariseByVersion(findings);
  const versionById = new Map(versions.map((v) => [v.id, v]));
  const cache = new SupportStatusCache();
  const out: UnitExposure[] = new Array<UnitExposure>(units.length);
  for (let i = 0; i < units.length; i++) {
    const u = units[i]!;
    const s = (u.modelVersionId && byVersion.get(u.modelVersionId)) || { open: 0, kev: 0, maxCvss: null };
    const version = u.modelVersionId ? versionById.get(u.modelVersionId) : undefined;
    const support = cache.status({
      product: version ? (products.get(version.modelId) ?? null) : null,
      modelSupportEnd: version?.supportEnd ?? null,
      unitSupportEnd: u.supportEnd,
      placedOnMarketOn: u.placedOnMarketOn,
      asOf,
    });
    const worstCase = support.state === 'out-of-support' && s.kev > 0;
    const tier = worstCase ? 0 : s.kev > 0 ? 1 : s.open > 0 ? 2 : 3;
    const rank = tier * 1e6 + EXPOSURE_WEIGHT[u.exposure] * 1e5 + CRITICALITY_WEIGHT[u.criticality] * 1e4 + (100 - Math.round((s.maxCvss ?? 0) * 10));
    out[i] = {
      unitId: u.id,
      modelVersionId: u.modelVersionId,
      site: u.site,
      exposure: u.exposure,
      criticality: u.criticality,
      support: support.state,
      supportEnd: support.supportEnd,
      openFindings: s.open,
      knownExploited: s.kev,
      maxCvss: s.maxCvss,
      rank,
      worstCase,
    };
  }
  return out.sort((a, b) => a.rank - b.rank || a.unitId.localeCompare(b.unitId));
}

export interface FleetDashboard {
  units: number;
  exposedUnits: number;
  worstCase: number;
  bySite: { site: string; units: number; exposed: number; knownExploited: number }[];
  byCriticality: Record<Criticality, { units: number; exposed: number }>;
  byExploitation: { knownExploited: number; otherExposed: number; clean: number };
  bySupport: Record<SupportStatus, number>;
  /** Units with no model version, or whose support has ended. */
  orphanUnits: string[];
  /** Findings still under investigation after the triage period. */
  overdueTriage: { key: string; vulnId: string; modelVersionId: string; since: string }[];
}

/** `firstSeen` per finding key: when the finding was first recorded; triage is overdue after `triageDays`. */
export function fleetDashboard(exposures: readonly UnitExposure[], findings: readonly Finding[], opts: { asOf: string; firstSeen: ReadonlyMap<string, string>; triageDays: number }): FleetDashboard {
  const bySite = new Map<string, { site: string; units: number; exposed: number; knownExploited: number }>();
  const byCriticality = { high: { units: 0, exposed: 0 }, medium: { units: 0, exposed: 0 }, low: { units: 0, exposed: 0 }, unknown: { units: 0, exposed: 0 } };
  const bySupport: Record<SupportStatus, number> = { supported: 0, 'ending-soon': 0, 'out-of-support': 0, unknown: 0 };
  const byExploitation = { knownExploited: 0, otherExposed: 0, clean: 0 };
  const orphanUnits: string[] = [];
  let exposed = 0;
  let worst = 0;
  for (const e of exposures) {
    const site = e.site ?? '(no site)';
    let s = bySite.get(site);
    if (!s) bySite.set(site, (s = { site, units: 0, exposed: 0, knownExploited: 0 }));
    s.units++;
    byCriticality[e.criticality].units++;
    bySupport[e.support]++;
    if (e.openFindings > 0) {
      exposed++;
      s.exposed++;
      byCriticality[e.criticality].exposed++;
    }
    if (e.knownExploited > 0) {
      s.knownExploited++;
      byExploitation.knownExploited++;
    } else if (e.openFindings > 0) byExploitation.otherExposed++;
    else byExploitation.clean++;
    if (e.worstCase) worst++;
    if (e.modelVersionId === null || e.support === 'out-of-support') orphanUnits.push(e.unitId);
  }
  const cutoff = addDays(opts.asOf, -opts.triageDays);
  const overdueTriage = findings
    .filter((f) => f.analysis.state === 'under_investigation')
    .map((f) => ({ key: f.key, vulnId: f.vulnId, modelVersionId: f.modelVersionId, since: opts.firstSeen.get(f.key) ?? opts.asOf }))
    .filter((f) => f.since.slice(0, 10) < cutoff);
  return {
    units: exposures.length,
    exposedUnits: exposed,
    worstCase: worst,
    bySite: [...bySite.values()].sort((a, b) => b.knownExploited - a.knownExploited || b.exposed - a.exposed || a.site.localeCompare(b.site)),
    byCriticality,
    byExploitation,
    bySupport,
    orphanUnits,
    overdueTriage,
  };
}

function addDays(date: string, days: number): string {
  const d = new Date(`${date.slice(0, 10)}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}
