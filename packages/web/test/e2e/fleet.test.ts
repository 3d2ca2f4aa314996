/**
 * The fleet pages in a real browser against the real server: dashboard and units worst first,
 * a unit with its duties, and a triage decision recorded and shown in the finding's history.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { importAdvisories, importSbom } from '../../../app/src/fleet/ops.ts';
import { parseInventoryCsv } from '../../../app/src/fleet/inventory-csv.ts';
import { fleetFixture, INVENTORY_CSV } from '../../../app/test/fleet/fixtures.ts';
import { createOwner, describeInBrowser, newContext, screenshot, seriousViolations, signIn, startAll } from './harness.ts';
import type { Running } from './harness.ts';

const PASSWORD = 'correct horse battery staple';
const EMAIL = 'biomed@hospital.example';
let run: Running;
let page: Page;
let orgId: string;

beforeAll(async () => {
  run = await startAll({ outDir: mkdtempSync(join(tmpdir(), 'iomt-web-fleet-')) });
  const owner = await createOwner(run.server, EMAIL, 'Rhine Valley Hospitals', 'rhine-valley', PASSWORD);
  orgId = owner.org.id;
  const scope = run.server.store.org({ userId: owner.user.id, orgId, role: 'owner', via: 'cli' });
  await scope.fleet.importInventory(parseInventoryCsv(INVENTORY_CSV));
  await importAdvisories(scope, ['csaf/icsma-17-255-01.json', 'osv/GHSA-jpcq-cgw6-v4j6.json', 'kev-subset.json'].map(fleetFixture));
  const gw = (await scope.fleet.load()).versions.find((v) => v.version === '1.0')!;
  await importSbom(scope, gw.id, fleetFixture('sbom/narrow.sbom.json'));
  page = await (await newContext(run.browser, run.server.url)).context.newPage();
}, 180_000);

afterAll(async () => {
  await run?.stop();
});

describeInBrowser('fleet pages in chromium', () => {
  it('shows the dashboard, units worst first, and a unit with its cited duties', async () => {
    await page.goto('/');
    await signIn(page, EMAIL, PASSWORD);
    await page.getByRole('link', { name: 'Fleet' }).click();
    await expect.poll(() => page.getByRole('heading', { name: 'Units, worst first' }).count()).toBe(1);
    const firstUnit = page.locator('table.data').nth(1).locator('tbody tr').first();
    await expect.poll(() => firstUnit.textContent()).toContain('GW-1');
    await screenshot(page, 'fleet-01-dashboard');
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByRole('link', { name: 'GW-1' }).click();
    await expect.poll(() => page.getByRole('heading', { name: /CVE-2020-11023/ }).count()).toBe(1);
    expect(await page.getByText('NIS2: manage the risk of the vulnerable device on the network').count()).toBeGreaterThan(0);
    expect(await seriousViolations(page)).toEqual([]);
  }, 90_000);

  it('records a triage decision and shows it in the history', async () => {
    await page.goto(`/orgs/${orgId}/fleet/findings`);
    const card = page.getByRole('region', { name: /CVE-2017-9657/ });
    await expect.poll(() => card.count()).toBe(1);
    await card.getByLabel('Analysis').selectOption('not_affected');
    await card.getByLabel('Justification').selectOption('component_not_present');
    await card.getByLabel('Why').fill('our MX40 units have no WLAN module');
    await card.getByRole('button', { name: 'Record decision' }).click();
    await expect.poll(() => card.getByRole('heading', { name: 'Triage: Not affected' }).count()).toBe(1);
    await card.getByRole('button', { name: 'Show history' }).click();
    await expect.poll(() => card.locator('ol li').first().textContent()).toContain('our MX40 units have no WLAN module');
    await screenshot(page, 'fleet-02-findings');
    expect(await seriousViolations(page)).toEqual([]);
  }, 90_000);
});
