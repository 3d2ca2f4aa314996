/**
 * Benchmark: ingest and match a 1,000-component SBOM against every loaded advisory (the ICSMA
 * fixtures, 3,000 generated OSV records, a 1,500-entry KEV catalog), compared with JSON.parse of
 * the same documents in the same run; and recompute the exposure of 10,000 units. Data other
 * than the fixtures is generated deterministically.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Bench } from 'tinybench';
import { computeFindings, fleetDashboard, indexAdvisories, matchComponents, readCsaf, readCycloneDx, readKev, readOsv, unitExposure } from '../src/index.ts';
import type { DeviceModel, DeviceUnit, ModelVersion } from '../src/index.ts';
import { prng } from './generate-profiles.ts';

const rnd = prng(7696);
const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)] as T;
const ver = () => `${Math.floor(rnd() * 5)}.${Math.floor(rnd() * 20)}.${Math.floor(rnd() * 30)}`;
const ECOSYSTEMS = [
  { purl: 'npm', osv: 'npm' },
  { purl: 'pypi', osv: 'PyPI' },
  { purl: 'maven', osv: 'Maven' },
  { purl: 'deb', osv: 'Debian' },
  { purl: 'nuget', osv: 'NuGet' },
] as const;
const packages = Array.from({ length: 4000 }, (_, i) => ({ eco: ECOSYSTEMS[i % ECOSYSTEMS.length]!, name: `pkg${i}` }));
const nameOf = (p: (typeof packages)[number]) => (p.eco.purl === 'maven' ? `org.example:${p.name}` : p.name);
const purlOf = (p: (typeof packages)[number], v: string) => (p.eco.purl === 'maven' ? `pkg:maven/org.example/${p.name}@${v}` : p.eco.purl === 'deb' ? `pkg:deb/debian/${p.name}@${v}-1` : `pkg:${p.eco.purl}/${p.name}@${v}`);

const sbomText = JSON.stringify({
  bomFormat: 'CycloneDX',
  specVersion: '1.6',
  version: 1,
  components: Array.from({ length: 1000 }, (_, i) => {
    const p = packages[(i * 3) % packages.length]!;
    const v = ver();
    return { type: 'library', 'bom-ref': `c${i}`, name: p.name, version: v, purl: purlOf(p, v), cpe: `cpe:2.3:a:example:${p.name}:${v}:*:*:*:*:*:*:*` };
  }),
});
const osvTexts = Array.from({ length: 3000 }, (_, i) => {
  const p = pick(packages);
  return JSON.stringify({
    schema_version: '1.6.0',
    id: `OSV-BENCH-${i}`,
    modified: '2026-01-01T00:00:00Z',
    aliases: [`CVE-2026-${10000 + i}`],
    summary: `Generated vulnerability ${i}`,
    affected: [{ package: { ecosystem: p.eco.osv, name: nameOf(p) }, ranges: [{ type: 'ECOSYSTEM', events: [{ introduced: '0' }, { fixed: ver() }] }] }],
  });
});
const kevText = JSON.stringify({
  catalogVersion: '2026.01.01',
  dateReleased: '2026-01-01T00:00:00Z',
  vulnerabilities: Array.from({ length: 1500 }, (_, i) => ({ cveID: `CVE-2026-${10000 + i * 2}`, vendorProject: 'Example', product: 'Example', vulnerabilityName: 'x', dateAdded: '2026-01-01', requiredAction: 'patch', dueDate: '2026-02-01', knownRansomwareCampaignUse: 'Unknown' })),
});
const csafDir = join(import.meta.dirname, '../test/fixtures/fleet/csaf');
const csafTexts = readdirSync(csafDir).map((f) => readFileSync(join(csafDir, f), 'utf8'));
const bytes = sbomText.length + kevText.length + osvTexts.reduce((n, t) => n + t.length, 0) + csafTexts.reduce((n, t) => n + t.length, 0);

let sink = 0;
const bench = new Bench({ iterations: 10, warmupIterations: 2, time: 0, warmupTime: 0 });
bench
  .add('JSON.parse of the documents (baseline)', () => {
    sink += (JSON.parse(sbomText) as { components: unknown[] }).components.length;
    for (const t of osvTexts) sink += (JSON.parse(t) as { id: string }).id.length;
    for (const t of csafTexts) sink += Object.keys(JSON.parse(t) as object).length;
    sink += (JSON.parse(kevText) as { vulnerabilities: unknown[] }).vulnerabilities.length;
  })
  .add('parse, read, index and match', () => {
    const sbom = readCycloneDx(JSON.parse(sbomText));
    const advisories = [...osvTexts.map((t) => readOsv(JSON.parse(t))), ...csafTexts.map((t) => readCsaf(JSON.parse(t)))];
    const index = indexAdvisories(advisories, [readKev(JSON.parse(kevText))]);
    sink += matchComponents(sbom.components, index).length;
  });

// Exposure: 10,000 units over 200 model versions whose findings come from the same index.
const index = indexAdvisories([...osvTexts.map((t) => readOsv(JSON.parse(t)))], [readKev(JSON.parse(kevText))]);
const models: DeviceModel[] = Array.from({ length: 40 }, (_, i) => ({ id: `m${i}`, manufacturer: `Maker ${i % 7}`, name: `Device ${i}`, aliases: [], productId: null }));
const versions: ModelVersion[] = Array.from({ length: 200 }, (_, i) => ({ id: `v${i}`, modelId: `m${i % 40}`, version: `${1 + (i % 5)}.0`, supportEnd: pick(['2025-06-30', '2028-12-31', '2031-12-31', null]) }));
const components = new Map(versions.map((v) => [v.id, readCycloneDx(JSON.parse(sbomText)).components.filter(() => rnd() < 0.05)]));
const { findings } = computeFindings({ models, versions, components, index, decisions: new Map(), triage: new Map() });
const units: DeviceUnit[] = Array.from({ length: 10_000 }, (_, i) => ({
  id: `u${i}`, modelVersionId: `v${i % 200}`, serial: `SN${i}`, assetTag: null, site: `Site ${i % 12}`, department: null, owner: null, installedOn: null,
  exposure: pick(['internet-facing', 'segmented', 'isolated', 'unknown'] as const), criticality: pick(['high', 'medium', 'low', 'unknown'] as const),
  placedOnMarketOn: pick(['2019-03-01', '2022-07-15', '2028-01-10', null]), supportEnd: rnd() < 0.1 ? '2024-12-31' : null,
}));
bench.add('exposure and dashboard of 10,000 units', () => {
  const exp = unitExposure(units, versions, findings, '2026-12-07');
  sink += fleetDashboard(exp, findings, { asOf: '2026-12-07', firstSeen: new Map(), triageDays: 30 }).exposedUnits;
});
await bench.run();

const mean = (name: string): number => {
  const r = bench.getTask(name)?.result;
  if (!r || !('latency' in r)) throw new Error(`no result for ${name}`);
  return r.latency.mean;
};
const base = mean('JSON.parse of the documents (baseline)');
console.log(`\nFleet: 1,000-component SBOM vs ${osvTexts.length.toLocaleString('en-GB')} OSV records, ${csafTexts.length} CSAF advisories, 1,500 KEV entries (${(bytes / 1e6).toFixed(1)} MB of JSON); ${findings.length.toLocaleString('en-GB')} findings on 200 model versions; one core`);
console.log('task                                       ms/run   ratio to JSON.parse   target');
for (const [name, target] of [['JSON.parse of the documents (baseline)', ''], ['parse, read, index and match', '≤ 5×'], ['exposure and dashboard of 10,000 units', '< 1,000 ms']] as const) {
  const ms = mean(name);
  console.log(`${name.padEnd(40)} ${ms.toFixed(1).padStart(8)}   ${(ms / base).toFixed(2).padStart(18)}×   ${target}`);
}
if (sink === -1) console.log('');
