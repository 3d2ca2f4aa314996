/**
 * The fleet over HTTP on real data (ICSMA advisories, KEV, a medical-device SBOM): import, match,
 * findings with duties, triage with its audit trail, exports valid against their official
 * schemas, an incident started from a finding, and bad documents refused with nothing stored.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createWorld, ENGINES, readExample } from '../server/harness.ts';
import type { World } from '../server/harness.ts';
import { ADVISORY_FILES, csafFailures, cycloneDxErrors, fleetFixture, INVENTORY_CSV, poamErrors } from './fixtures.ts';

interface Finding {
  key: string;
  vulnId: string;
  model: { name: string; version: string };
  knownExploited: unknown;
  analysis: { state: string };
  duties: { id: string; status: string; action?: string }[];
  evidence: { via: string; matchKey?: string }[];
}

describe.each(ENGINES)('fleet API (%s)', (engine) => {
  let w: World;
  let org: string;
  let gateway: string;
  const findings = async (q = '') => (await w.json<{ items: Finding[] }>(w.as.editorA, 'GET', `${org}/fleet/findings?asOf=2026-12-07${q}`)).body.items;

  beforeAll(async () => {
    w = await createWorld(engine);
    org = `/api/v1/orgs/${w.orgA.id}`;
    const inv = await w.json(w.as.editorA, 'POST', `${org}/fleet/inventory`, { csv: INVENTORY_CSV });
    expect(inv.status, JSON.stringify(inv.body)).toBe(200);
    expect(inv.body).toEqual({ models: 3, versions: 4, unitsCreated: 4, unitsUpdated: 0 });
    const adv = await w.json(w.as.editorA, 'POST', `${org}/fleet/advisories`, { documents: ADVISORY_FILES.map(fleetFixture) });
    expect(adv.status, JSON.stringify(adv.body)).toBe(200);
    const models = await w.json<{ items: { id: string; name: string }[] }>(w.as.editorA, 'GET', `${org}/fleet/models`);
    const gw = models.body.items.find((m) => m.name === 'Vital Gateway')!;
    gateway = (await w.json<{ versions: { id: string }[] }>(w.as.editorA, 'GET', `${org}/fleet/models/${gw.id}`)).body.versions[0]!.id;
    const sbom = await w.json(w.as.editorA, 'POST', `${org}/fleet/versions/${gateway}/sboms`, { document: fleetFixture('sbom/narrow.sbom.json') });
    expect(sbom.status, JSON.stringify(sbom.body)).toBe(201);
  });
  afterAll(() => w.dispose());

  it('finds what the advisories and the SBOM say, per model version', async () => {
    const got = (await findings()).map((f) => `${f.model.name} ${f.model.version}: ${f.vulnId}`).sort();
    expect(got).toEqual([
      'Alaris TIVA 2.3.6: CVE-2018-14786',
      'Alaris TIVA 2.3.6: CVE-2019-10959',
      'Alaris TIVA 2.3.6: CVE-2019-10962',
      'IntelliVue MX40 B.06.10: CVE-2017-9657',
      'IntelliVue MX40 B.06.10: CVE-2017-9658',
      'Vital Gateway 1.0: CVE-2018-1285',
      'Vital Gateway 1.0: CVE-2020-11023',
    ]);
    const jquery = (await findings('&knownExploited=true'))[0]!;
    expect(jquery.vulnId).toBe('CVE-2020-11023');
  });

  it('refuses a schema-invalid SBOM with the JSON pointer, and stores nothing', async () => {
    const before = (await w.json<{ items: unknown[] }>(w.as.editorA, 'GET', `${org}/fleet/sboms`)).body.items.length;
    const bad = fleetFixture('sbom/narrow.sbom.json') as { components: { type: string }[] };
    bad.components[2]!.type = 'gadget';
    const r = await w.json<{ errors: { pointer: string; value: unknown; expected: string }[] }>(w.as.editorA, 'POST', `${org}/fleet/versions/${gateway}/sboms`, { document: bad });
    expect(r.status).toBe(400);
    expect(r.body.errors[0]).toMatchObject({ pointer: '/document/components/2/type', value: 'gadget' });
    expect(r.body.errors[0]!.expected).toMatch(/one of/);
    expect((await w.json<{ items: unknown[] }>(w.as.editorA, 'GET', `${org}/fleet/sboms`)).body.items.length).toBe(before);
  });

  it('refuses a batch of advisories if one is invalid, and imports none of them', async () => {
    const before = (await w.json<{ items: unknown[] }>(w.as.editorA, 'GET', `${org}/fleet/advisories?limit=200`)).body.items;
    const bad = fleetFixture('csaf/icsma-18-179-01.json') as { document: { tracking: { status: string } } };
    bad.document.tracking.status = 'published';
    const r = await w.json<{ errors: { pointer: string }[] }>(w.as.editorA, 'POST', `${org}/fleet/advisories`, { documents: [fleetFixture('csaf/icsma-20-049-01.json'), bad] });
    expect(r.status).toBe(400);
    expect(r.body.errors[0]!.pointer).toBe('/documents/1/document/tracking/status');
    expect((await w.json<{ items: unknown[] }>(w.as.editorA, 'GET', `${org}/fleet/advisories?limit=200`)).body.items).toEqual(before);
  });

  it('triage: VEX states with justification, optimistic versions, and an audit trail of who and why', async () => {
    const f = (await findings()).find((x) => x.vulnId === 'CVE-2018-1285')!;
    const missing = await w.json(w.as.editorA, 'POST', `${org}/fleet/findings/triage`, { findingKey: f.key, state: 'not_affected', expectedVersion: 0 });
    expect(missing.status).toBe(400);
    const ok = await w.json(w.as.editorA, 'POST', `${org}/fleet/findings/triage`, { findingKey: f.key, state: 'not_affected', justification: 'vulnerable_code_not_in_execute_path', detail: 'log4net reads no external configuration on the gateway', expectedVersion: 0 });
    expect(ok.status, JSON.stringify(ok.body)).toBe(200);
    const stale = await w.json(w.as.editorA, 'POST', `${org}/fleet/findings/triage`, { findingKey: f.key, state: 'affected', expectedVersion: 0 });
    expect(stale.status).toBe(409);
    expect((await w.json(w.as.viewerA, 'POST', `${org}/fleet/findings/triage`, { findingKey: f.key, state: 'affected', expectedVersion: 1 })).status).toBe(403);
    await w.json(w.as.ownerA, 'POST', `${org}/fleet/findings/triage`, { findingKey: f.key, state: 'affected', detail: 'reachable after all', expectedVersion: 1 });
    const h = await w.json<{ items: { actor: { displayName: string }; change: { state: string; detail: string } }[] }>(w.as.viewerA, 'GET', `${org}/fleet/findings/history?findingKey=${encodeURIComponent(f.key)}`);
    expect(h.body.items.map((i) => [i.actor.displayName, i.change.state, i.change.detail])).toEqual([
      ['Editor A', 'not_affected', 'log4net reads no external configuration on the gateway'],
      ['Owner A', 'affected', 'reachable after all'],
    ]);
  });

  it('a person rejects a model match: its findings go', async () => {
    const mx = (await findings()).find((x) => x.model.version === 'B.06.10')!;
    const key = mx.evidence[0]!.matchKey!;
    expect((await w.json(w.as.editorA, 'POST', `${org}/fleet/matches/decisions`, { matchKey: key, decision: 'rejected', reason: 'our MX40 has no WLAN module' })).status).toBe(200);
    expect((await findings()).filter((x) => x.model.version === 'B.06.10')).toEqual([]);
    expect((await w.json(w.as.editorA, 'POST', `${org}/fleet/matches/decisions`, { matchKey: 'no|such|match', decision: 'confirmed' })).status).toBe(404);
  });

  it('exports VEX and a POA&M that validate against the official schemas', async () => {
    const cdx = await w.json(w.as.viewerA, 'GET', `${org}/fleet/exports/cyclonedx-vex`);
    expect(cdx.status).toBe(200);
    expect(await cycloneDxErrors(cdx.body)).toBeNull();
    const csaf = await w.json(w.as.viewerA, 'GET', `${org}/fleet/exports/csaf-vex`);
    expect(await csafFailures(csaf.body)).toEqual([]);
    const poam = await w.json(w.as.viewerA, 'GET', `${org}/fleet/exports/oscal-poam`);
    expect(poamErrors(poam.body)).toEqual([]);
    expect(JSON.stringify(poam.body)).toContain('CVE-2020-11023');
  });

  it('dashboard and exposure: known exploited first, orphans and sites', async () => {
    const d = await w.json<{ units: number; exposedUnits: number; orphanUnits: string[]; bySite: { site: string; knownExploited: number }[] }>(w.as.viewerA, 'GET', `${org}/fleet/dashboard?asOf=2026-12-07`);
    expect(d.body.units).toBe(4);
    expect(d.body.bySite[0]).toMatchObject({ site: 'North', knownExploited: 1 });
    expect(d.body.orphanUnits.length).toBe(1);
    const e = await w.json<{ items: { unitId: string; knownExploited: number }[] }>(w.as.viewerA, 'GET', `${org}/fleet/exposure?asOf=2026-12-07`);
    expect(e.body.items[0]!.knownExploited).toBe(1);
  });

  it('manufacturer of a CRA product: the KEV finding triggers the 24-hour early warning, and one call starts the incident', async () => {
    await w.json(w.as.editorA, 'PUT', `${org}/fleet/settings`, { side: 'manufacturer' });
    const product = await w.json<{ product: { id: string } }>(w.as.editorA, 'POST', `${org}/products`, { name: 'Vital Gateway', profile: readExample('smart-baby-monitor.yaml') });
    const models = await w.json<{ items: { id: string; name: string }[] }>(w.as.editorA, 'GET', `${org}/fleet/models`);
    const gw = models.body.items.find((m) => m.name === 'Vital Gateway')!;
    expect((await w.json(w.as.editorA, 'PATCH', `${org}/fleet/models/${gw.id}`, { productId: product.body.product.id })).status).toBe(200);
    const kev = (await findings('&knownExploited=true'))[0]!;
    const ew = kev.duties.find((d) => d.id === 'cra-early-warning')!;
    expect(ew).toMatchObject({ status: 'applies', action: 'start-incident-plan' });
    const started = await w.json<{ id: string; case: { timeline: { aware: string }; incident: { activelyExploitedVulnerability: boolean } } }>(w.as.editorA, 'POST', `${org}/fleet/findings/incident`, { findingKey: kev.key, aware: '2026-12-07T09:30:00+01:00' });
    expect(started.status, JSON.stringify(started.body)).toBe(201);
    expect(started.body.case.timeline.aware).toBe('2026-12-07T09:30:00+01:00');
    expect(started.body.case.incident.activelyExploitedVulnerability).toBe(true);
    const plan = await w.json<{ steps: { duty: string; step: string; status: string }[] }>(w.as.editorA, 'GET', `${org}/incidents/${started.body.id}/plan?now=2026-12-07T10:00:00%2B01:00`);
    expect(plan.body.steps.some((s) => s.duty === 'cra:actively-exploited-vulnerability' && s.step === 'early-warning')).toBe(true);
  });

  it('MDS2: imports the form as CSV (tolerating id slips), maps it onto controls and compares two versions', async () => {
    const versions = (await w.json<{ versions: { id: string }[] }>(w.as.editorA, 'GET', `${org}/fleet/models/${(await w.json<{ items: { id: string; name: string }[] }>(w.as.editorA, 'GET', `${org}/fleet/models`)).body.items.find((m) => m.name === 'IntelliVue MX40')!.id}`)).body.versions;
    const form = (anti: string) => ['Question ID,Question,"Yes, No, N/A, or See Note",Note', 'SBOM 1,SBOM available?,Yes,', 'csup-01,Updates?,Yes,', `MLDP–2,Anti-malware?,${anti},`, 'RMOT-1.,Remote service?,Yes,Vendor VPN'].join('\n');
    const put = await w.json<{ mapping: { question: { id: string }; reading: string }[] }>(w.as.editorA, 'PUT', `${org}/fleet/versions/${versions[0]!.id}/mds2`, { csv: form('No') });
    expect(put.status, JSON.stringify(put.body)).toBe(200);
    expect(put.body.mapping.find((m) => m.question.id === 'MLDP-2')!.reading).toBe('gap');
    await w.json(w.as.editorA, 'PUT', `${org}/fleet/versions/${versions[1]!.id}/mds2`, { csv: form('Yes') });
    const cmp = await w.json<{ changes: unknown[] }>(w.as.viewerA, 'GET', `${org}/fleet/mds2/compare?a=${versions[0]!.id}&b=${versions[1]!.id}`);
    expect(cmp.body.changes).toEqual([{ id: 'MLDP-2', before: 'no', after: 'yes', mapped: true }]);
  });

  it('shows nothing of ours to another organisation', async () => {
    const b = `/api/v1/orgs/${w.orgB.id}`;
    for (const path of ['fleet/models', 'fleet/units', 'fleet/findings', 'fleet/advisories', 'fleet/sboms', 'fleet/dashboard', 'fleet/inventory', 'fleet/matches']) {
      const r = await w.call(w.as.ownerB, 'GET', `${b}/${path}`);
      expect(r.status, path).toBe(200);
      const text = await r.text();
      for (const secret of ['MX40', 'Vital Gateway', 'ICSMA', gateway]) expect(text, path).not.toContain(secret);
    }
    expect((await w.call(w.as.ownerB, 'GET', `${org}/fleet/findings`)).status).toBe(404);
  });
});
