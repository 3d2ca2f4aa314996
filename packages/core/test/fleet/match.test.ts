import { describe, expect, it } from 'vitest';
import { computeFindings, matchComponents, readCycloneDx, readSpdx, SpdxSubsetSchema } from '../../src/index.ts';
import type { DeviceModel, ModelVersion } from '../../src/index.ts';
import { fixture, fullIndex } from './fixtures.ts';

const index = fullIndex();

const models: DeviceModel[] = [
  { id: 'mx40', manufacturer: 'Philips', name: 'IntelliVue MX40', aliases: [], productId: null },
  { id: 'merlin', manufacturer: 'Abbott (St. Jude Medical)', name: 'Merlin@home transmitter', aliases: ['EX1150'], productId: null },
  { id: 'tiva', manufacturer: 'BD', name: 'Alaris TIVA', aliases: [], productId: null },
  { id: 'isp', manufacturer: 'Philips Healthcare', name: 'IntelliSpace Portal', aliases: [], productId: null },
  { id: 'carelink', manufacturer: 'Medtronic plc', name: 'MyCareLink Monitor 24950', aliases: [], productId: null },
  // Same manufacturer, another product: must not match the MyCareLink advisories.
  { id: 'pump', manufacturer: 'Medtronic', name: 'MiniMed 780G insulin pump', aliases: [], productId: null },
];
const versions: ModelVersion[] = [
  { id: 'mx40-old', modelId: 'mx40', version: 'B.06.10', supportEnd: null },
  { id: 'mx40-fixed', modelId: 'mx40', version: 'B.06.18', supportEnd: null },
  { id: 'merlin-8.2.1', modelId: 'merlin', version: '8.2.1', supportEnd: null },
  { id: 'merlin-8.2.2', modelId: 'merlin', version: '8.2.2', supportEnd: null },
  { id: 'tiva-2.3.6', modelId: 'tiva', version: '2.3.6', supportEnd: null },
  { id: 'isp-8', modelId: 'isp', version: '8.0.2', supportEnd: null },
  { id: 'carelink-1', modelId: 'carelink', version: '1.0', supportEnd: null },
  { id: 'pump-4', modelId: 'pump', version: '4.0', supportEnd: null },
];

describe('matching real ICSMA advisories to device models', () => {
  const { findings, candidates } = computeFindings({ models, versions, components: new Map(), index, decisions: new Map(), triage: new Map() });
  const vulnsOf = (v: string) => findings.filter((f) => f.modelVersionId === v).map((f) => f.vulnId).sort();

  it('finds the advisories that name the model and version (true matches)', () => {
    expect(vulnsOf('mx40-old')).toEqual(['CVE-2017-9657', 'CVE-2017-9658']);
    expect(vulnsOf('merlin-8.2.1')).toEqual(['CVE-2017-5149']);
    expect(vulnsOf('carelink-1')).toEqual(['CVE-2018-8868', 'CVE-2018-8870']);
    // The advisory also lists the 24952 monitor: another model number, not a second match.
    expect(candidates.filter((c) => c.modelVersionId === 'carelink-1').map((c) => c.product)).toEqual(['24950 MyCareLink Monitor']);
    expect(vulnsOf('tiva-2.3.6')).toContain('CVE-2018-14786');
  });

  it('leaves out the fixed version at the edge of the range ("< B.06.18", "< 8.2.2")', () => {
    expect(vulnsOf('mx40-fixed')).toEqual([]);
    expect(vulnsOf('merlin-8.2.2')).toEqual([]);
  });

  it('does not match another product of the same maker (false matches)', () => {
    expect(vulnsOf('pump-4')).toEqual([]);
    expect(candidates.filter((c) => c.modelVersionId === 'pump-4')).toEqual([]);
  });

  it('reads the vendor despite a typo ("Phillips") and marks the exploited Windows flaws from KEV', () => {
    const isp = findings.filter((f) => f.modelVersionId === 'isp-8');
    expect(isp.map((f) => f.vulnId)).toContain('CVE-2017-0144');
    const eternal = isp.find((f) => f.vulnId === 'CVE-2017-0144')!;
    expect(eternal.knownExploited?.dateAdded).toBe('2022-02-10');
    // Known-exploited findings come first.
    expect(findings[0]!.knownExploited).not.toBeNull();
  });

  it('gives confidence and reasons, and counts an unreviewed match only at high confidence', () => {
    const c = candidates.find((x) => x.modelVersionId === 'mx40-old')!;
    expect(c.level).toBe('high');
    expect(c.reasons.join(' ')).toMatch(/B\.06\.10 is within "< B\.06\.18"/);
    const f = findings.find((x) => x.modelVersionId === 'mx40-old')!;
    expect(f.evidence[0]).toMatchObject({ via: 'model', status: 'suggested', advisoryId: 'ICSMA-17-255-01' });
    expect(f.cvss?.baseScore).toBeGreaterThan(0);
    expect(f.remediations.length).toBeGreaterThan(0);
  });

  it('a person’s rejection removes the finding; a confirmation marks it', () => {
    const c = candidates.find((x) => x.modelVersionId === 'mx40-old')!;
    const rejected = computeFindings({ models, versions, components: new Map(), index, decisions: new Map([[c.key, 'rejected']]), triage: new Map() });
    expect(rejected.findings.filter((f) => f.modelVersionId === 'mx40-old')).toEqual([]);
    const confirmed = computeFindings({ models, versions, components: new Map(), index, decisions: new Map([[c.key, 'confirmed']]), triage: new Map() });
    expect(confirmed.findings.find((f) => f.modelVersionId === 'mx40-old')!.evidence[0]!.status).toBe('confirmed');
  });
});

describe('matching SBOM components by purl and CPE', () => {
  it('the real device SBOM: jQuery 3.1.1 (KEV) and log4net 2.0.8 are affected; R7Insight.Log4net is not log4net', () => {
    const sbom = readCycloneDx(fixture('sbom/narrow.sbom.json'));
    expect(sbom.components.length).toBe(55);
    const matches = matchComponents(sbom.components, index);
    const hit = matches.map((m) => `${m.component.name}@${m.component.version}:${m.vulnId}:${m.via}`).sort();
    expect(hit).toEqual(['jQuery@3.1.1:CVE-2020-11023:purl', 'log4net@2.0.8:CVE-2018-1285:purl']);
    const { findings } = computeFindings({ models: [], versions: [{ id: 'dev-1', modelId: 'x', version: '1' }].map((v) => ({ ...v, supportEnd: null })), components: new Map([['dev-1', sbom.components]]), index, decisions: new Map(), triage: new Map() });
    expect(findings.find((f) => f.vulnId === 'CVE-2020-11023')?.knownExploited).not.toBeNull();
  });

  it('SPDX 2.3: elliptic 6.5.2 is below the fix 6.5.4 (npm semver)', () => {
    const doc = SpdxSubsetSchema.parse(fixture('sbom/ACME-v2.3.spdx.json'));
    const matches = matchComponents(readSpdx(doc).components, index);
    expect(matches.map((m) => m.vulnId)).toEqual(['CVE-2020-28498']);
  });

  it('a component at the fixed version does not match', () => {
    const comps = [{ ref: 'a', name: 'jquery', version: '3.5.0', supplier: null, purl: 'pkg:npm/jquery@3.5.0', cpe: null }];
    expect(matchComponents(comps, index)).toEqual([]);
  });
});
