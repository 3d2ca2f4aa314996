/**
 * Support & updates and the liability analysis in a real browser: a stored infusion pump whose
 * declared support ends before its lifetime, units pasted in and shown as orphans, and a damage
 * case analysed, shown section by section and printed. axe-core checks each page.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createOwner, describeInBrowser, newContext, screenshot, seriousViolations, signIn, startAll } from './harness.ts';
import type { Running } from './harness.ts';

const PASSWORD = 'correct horse battery staple';
const DANA = 'dana@volumeflow.example';

let run: Running;
let page: Page;
let external: string[];
let outDir: string;
let orgId: string;
let pumpUrl: string;

async function expectAccessible(name: string): Promise<void> {
  await screenshot(page, name);
  expect(await seriousViolations(page), `accessibility of ${name}`).toEqual([]);
}

beforeAll(async () => {
  outDir = mkdtempSync(join(tmpdir(), 'iomt-web-lifecycle-'));
  run = await startAll({ outDir });
  const dana = await createOwner(run.server, DANA, 'VolumeFlow NV', 'volumeflow', PASSWORD);
  orgId = dana.org.id;
  const actor = await run.server.store.accounts.actorFor(dana.user.id, orgId, 'session');
  if (!actor) throw new Error('the owner has no actor in her organisation');
  const scope = run.server.store.org(actor);
  const pump = await scope.products.create({
    name: 'VolumeFlow 3',
    profile: {
      product: {
        name: 'VolumeFlow 3', components: ['hardware', 'embedded-software'], hasDigitalElements: true, dataConnection: true, consumerProduct: false,
        medicalDevice: { qualification: 'medical-device', class: 'IIb' }, placedOnMarketOn: '2019-06-01',
        lifecycle: { saleTo: 'professional', deviceLifetimeYears: 10, declaredSupportEnd: '2024-12-31' },
      },
    },
    note: null,
  });
  pumpUrl = `/orgs/${orgId}/products/${pump.product.id}`;
  const ctx = await newContext(run.browser, run.server.url);
  external = ctx.external;
  page = await ctx.context.newPage();
  await signIn(page, DANA, PASSWORD);
}, 240_000);

afterAll(async () => {
  await run?.stop();
  if (outDir) rmSync(outDir, { recursive: true, force: true });
});

describeInBrowser('support and liability in chromium', () => {
  it('shows a product’s support: orphan, shortfall against the MDR lifetime, cited duties', async () => {
    await page.goto(pumpUrl);
    await page.getByRole('link', { name: 'Support & updates' }).click();
    await expect.poll(() => page.url()).toBe(`${run.server.url}${pumpUrl}/lifecycle`);
    await page.getByLabel('As of').fill('2026-12-07');
    await expect.poll(() => page.getByText('Out of support (orphan)').count()).toBeGreaterThan(0);
    await expect.poll(() => page.getByText('54 month(s) short').first().isVisible()).toBe(true);
    expect(await page.getByRole('link', { name: 'Art 83(2) MDR' }).first().getAttribute('href')).toMatch(/^https:\/\/eur-lex\.europa\.eu\//);
    await expectAccessible('lifecycle-01-product');

    await page.getByLabel(/Units as a JSON array/).fill(JSON.stringify([
      { id: 'ICU-01', putIntoServiceOn: '2019-07-01', operator: 'healthcare-provider', nis2Entity: true },
      { id: 'WARD-12', putIntoServiceOn: '2018-02-01', operator: 'healthcare-provider' },
    ]));
    await page.getByRole('button', { name: 'Check units' }).click();
    await expect.poll(() => page.getByText('0 supported · 0 ending soon · 2 out of support · 0 unknown').count()).toBe(1);
    await expect.poll(() => page.getByRole('heading', { name: 'Unit WARD-12' }).count()).toBe(1);
    expect(await page.getByText('Is the operator of this unit an essential or important entity under NIS2?').count()).toBeGreaterThan(0);
    await expectAccessible('lifecycle-02-units');

    await page.getByLabel(/Units as a JSON array/).fill('[{"operator": "robot"}]');
    await page.getByRole('button', { name: 'Check units' }).click();
    await expect.poll(() => page.getByRole('alert').textContent()).toContain('case.units.0.operator');
  }, 90_000);

  it('analyses a damage case and lays it out for printing', async () => {
    await page.getByRole('link', { name: 'Liability' }).click();
    await expect.poll(() => page.url()).toBe(`${run.server.url}/orgs/${orgId}/liability`);
    await page.getByLabel('As of').fill('2029-06-15');
    await page.getByRole('button', { name: 'Analyse' }).click();
    await expect.poll(() => page.getByRole('heading', { name: '7. Exemptions' }).count()).toBe(1);
    expect(await page.getByText('Directive (EU) 2024/2853 (national transposing law)').count()).toBe(1);
    expect(await page.getByText('For the court to weigh:').count()).toBe(1);
    const limitation = page.getByRole('row', { name: /Limitation \(3 years from awareness\)/ });
    expect(await limitation.textContent()).toContain('1 Jun 2032');
    await expectAccessible('liability-01-analysis');
    await page.emulateMedia({ media: 'print' });
    expect(await page.getByRole('button', { name: 'Analyse' }).isVisible()).toBe(false);
    expect(await page.getByRole('heading', { name: '8. Time limits' }).isVisible()).toBe(true);
    await screenshot(page, 'liability-02-print');
    await page.emulateMedia({ media: 'screen' });

    await page.getByLabel(/Damage case/).fill('{"product": {"placedOnMarketOn": "2026-02-30"}}');
    await page.getByRole('button', { name: 'Analyse' }).click();
    await expect.poll(() => page.getByRole('alert').textContent()).toContain('case.product.placedOnMarketOn');
  }, 90_000);

  it('made no request outside the server and the server logged no error', () => {
    expect(external).toEqual([]);
    expect(run.serverLog.filter((e) => (e as { level?: string }).level === 'error')).toEqual([]);
  });
});
