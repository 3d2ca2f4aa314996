/** `iomt fleet|sbom|advisories` against a real SQLite store: output on success, exit 2 and an empty stdout on bad input. */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { iomt } from '../run-cli.ts';
import { FLEET_FIXTURES, fleetFixture, INVENTORY_CSV } from './fixtures.ts';

describe('iomt fleet, sbom and advisories', () => {
  let dir: string;
  const store = () => ['--org', 'clinic', '--data-dir', join(dir, 'data')];

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'iomt-fleet-cli-'));
    process.env.IOMT_ADMIN_PASSWORD = 'correct horse battery staple';
    const r = await iomt('setup', '--org', 'Clinic', '--slug', 'clinic', '--email', 'admin@example.org', '--data-dir', join(dir, 'data'));
    expect(r.code, r.stderr).toBe(0);
    writeFileSync(join(dir, 'inventory.csv'), INVENTORY_CSV);
  });
  afterAll(() => {
    delete process.env.IOMT_ADMIN_PASSWORD;
    rmSync(dir, { recursive: true, force: true });
  });

  it('imports the inventory, advisories and an SBOM, then lists findings and exports the inventory back', async () => {
    expect((await iomt('fleet', 'import', join(dir, 'inventory.csv'), ...store())).stdout).toMatch(/3 new models, 4 new versions, 4 units added/);
    const adv = await iomt('advisories', 'import', `${FLEET_FIXTURES}csaf/icsma-17-255-01.json`, `${FLEET_FIXTURES}osv/GHSA-jpcq-cgw6-v4j6.json`, `${FLEET_FIXTURES}kev-subset.json`, ...store());
    expect(adv.code, adv.stderr).toBe(0);
    expect(adv.stdout).toMatch(/3 new/);
    const models = JSON.parse((await iomt('fleet', 'models', ...store(), '--format', 'json')).stdout) as { versions: { id: string; version: string }[] };
    const gw = models.versions.find((v) => v.version === '1.0')!.id;
    const s = await iomt('sbom', 'import', `${FLEET_FIXTURES}sbom/narrow.sbom.json`, '--model-version', gw, ...store());
    expect(s.stdout).toMatch(/cyclonedx 1\.4 SBOM \(55 components/);
    const f = JSON.parse((await iomt('fleet', 'findings', ...store(), '--as-of', '2026-12-07', '--format', 'json')).stdout) as { findings: { vulnId: string }[] };
    expect(f.findings.map((x) => x.vulnId).sort()).toEqual(['CVE-2017-9657', 'CVE-2017-9658', 'CVE-2020-11023']);
    const csv = (await iomt('fleet', 'export', ...store(), '--format', 'csv')).stdout;
    expect(csv.split('\r\n')[0]).toBe(INVENTORY_CSV.split('\r\n')[0]);
    expect(csv).toContain('Acme Devices,Vital Gateway,1.0,2031-01-01,GW-1');
  });

  it('a malformed SBOM: exit 2, the JSON pointer on stderr, nothing on stdout, nothing stored', async () => {
    const bad = fleetFixture('sbom/ACME-v2.3.spdx.json') as { packages: { versionInfo: unknown }[] };
    bad.packages[1]!.versionInfo = 6.52;
    writeFileSync(join(dir, 'bad.spdx.json'), JSON.stringify(bad));
    const models = JSON.parse((await iomt('fleet', 'models', ...store(), '--format', 'json')).stdout) as { versions: { id: string }[] };
    const r = await iomt('sbom', 'import', join(dir, 'bad.spdx.json'), '--model-version', models.versions[0]!.id, ...store());
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/\/packages\/1\/versionInfo/);
    expect(JSON.parse((await iomt('sbom', 'list', ...store(), '--format', 'json')).stdout)).toHaveLength(1);
  });

  it('triage from the command line, with its history', async () => {
    const f = JSON.parse((await iomt('fleet', 'findings', ...store(), '--format', 'json')).stdout) as { findings: { key: string; vulnId: string }[] };
    const key = f.findings.find((x) => x.vulnId === 'CVE-2020-11023')!.key;
    expect((await iomt('fleet', 'triage', key, '--state', 'fixed', '--detail', 'jQuery 3.7.1 shipped in 1.1', ...store())).code).toBe(0);
    const bad = await iomt('fleet', 'triage', key, '--state', 'maybe', ...store());
    expect(bad.code).toBe(2);
    expect(bad.stdout).toBe('');
    const h = JSON.parse((await iomt('fleet', 'history', key, ...store(), '--format', 'json')).stdout) as { change: { state: string } }[];
    expect(h.map((x) => x.change.state)).toEqual(['fixed']);
  });
});
