/**
 * The everyday workspace in a real browser: saved scenarios (create, apply on a product's results,
 * delete), product rename and delete with a confirmation that names what goes, the version
 * history with one version's facts and a comparison of two, the audit log with "load more", and
 * the wizard offering every allowed value. Then layout and keyboard checks: every main page at
 * 1280×720 and 1024×768 without horizontal scrolling of the page (screenshots at 1024×768), a
 * keyboard-only journey from sign-in to a product's results with a visible focus at every stop,
 * the skip link, and reduced motion. axe-core runs on each new page.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createOwner, describeInBrowser, newContext, screenshot, seriousViolations, signIn, startAll } from './harness.ts';
import type { Running } from './harness.ts';

const PASSWORD = 'correct horse battery staple';
const CAROL = 'carol@lakeside.example';
const PATCH = 'Lakeside glucose patch';
const PROTOTYPE = 'Retired prototype';

let run: Running;
let page: Page;
let external: string[];
let outDir: string;
let orgId: string;
let patchUrl: string;
let prototypeUrl: string;

async function expectAccessible(name: string): Promise<void> {
  await screenshot(page, name);
  expect(await seriousViolations(page), `accessibility of ${name}`).toEqual([]);
}

/** Waits until no "Loading …" status is left in the page. */
async function settled(p: Page): Promise<void> {
  await p.waitForFunction(() => [...document.querySelectorAll('main [role="status"]')].every((e) => !(e.textContent ?? '').startsWith('Loading')), undefined, { timeout: 30_000 });
}

beforeAll(async () => {
  // Its own build directory: the other e2e file may be building dist/ at the same time.
  outDir = mkdtempSync(join(tmpdir(), 'iomt-web-'));
  run = await startAll({ outDir });
  const carol = await createOwner(run.server, CAROL, 'Lakeside Devices', 'lakeside', PASSWORD);
  orgId = carol.org.id;
  const actor = await run.server.store.accounts.actorFor(carol.user.id, orgId, 'session');
  if (!actor) throw new Error('the owner has no actor in her organisation');
  const scope = run.server.store.org(actor);
  const device = { hasDigitalElements: true, dataConnection: true, wearable: true, medicalDevice: { qualification: 'medical-device' } };
  const patch = await scope.products.create({ name: PATCH, profile: { product: device, organisation: { roles: ['manufacturer'] } }, note: 'First draft' });
  await scope.products.addVersion(patch.product.id, {
    profile: { product: { ...device, internetConnected: true, medicalDevice: { qualification: 'medical-device', class: 'IIa' } }, organisation: { roles: ['manufacturer'], employees: 120 } },
    note: 'Class IIa confirmed by the notified body',
    expectedVersion: 1,
  });
  const prototype = await scope.products.create({ name: PROTOTYPE, profile: {}, note: null });
  await scope.assessments.create({ productId: prototype.product.id, name: 'Prototype gap review', state: { schema: 'iomt-gap-assessment/1', product: PROTOTYPE, asOf: '2026-11-01', controls: {} } });
  // Enough history for the audit log to need a second page (50 entries a page).
  for (let i = 0; i < 30; i++) {
    const s = await scope.scenarios.create({ name: `Draft ${i}`, scenarios: [], asOf: null });
    await scope.scenarios.remove(s.id);
  }
  patchUrl = `/orgs/${orgId}/products/${patch.product.id}`;
  prototypeUrl = `/orgs/${orgId}/products/${prototype.product.id}`;
  const ctx = await newContext(run.browser, run.server.url);
  external = ctx.external;
  page = await ctx.context.newPage();
  await signIn(page, CAROL, PASSWORD);
}, 240_000);

afterAll(async () => {
  await run?.stop();
  if (outDir) rmSync(outDir, { recursive: true, force: true });
});

describeInBrowser('workspace features', () => {
  it('saves a scenario, applies it on the results page, and deletes another after confirmation', async () => {
    await page.goto(`/orgs/${orgId}/scenarios`);
    await page.getByRole('heading', { level: 1, name: 'Saved scenarios' }).waitFor();
    await expect.poll(() => page.getByText('No saved scenarios yet.').count()).toBe(1);
    const form = page.locator('form', { has: page.getByRole('heading', { name: 'Save a scenario' }) });
    const proposal = form.locator('fieldset input[type="checkbox"]').first();
    await proposal.waitFor();
    const proposalTitle = ((await form.locator('fieldset label.check').first().textContent()) ?? '').trim();
    await form.getByLabel('Name').fill('Omnibus adopted, CRA day');
    await proposal.check();
    await form.getByLabel('As of (optional)').fill('2027-12-11');
    await form.getByRole('button', { name: 'Save scenario' }).click();
    await expect.poll(() => page.getByText('Saved “Omnibus adopted, CRA day”.').count()).toBe(1);
    const row = page.getByRole('row', { name: /Omnibus adopted, CRA day/ });
    await row.waitFor();
    expect(await row.textContent()).toContain(proposalTitle);
    expect(await row.textContent()).toContain('11 Dec 2027');

    await form.getByLabel('Name').fill('Throwaway');
    await form.getByRole('button', { name: 'Save scenario' }).click();
    await page.getByRole('row', { name: /Throwaway/ }).waitFor();
    await expectAccessible('20-saved-scenarios');

    await page.getByRole('button', { name: 'Edit Throwaway' }).click();
    const editForm = page.getByRole('form', { name: 'Edit “Throwaway”' });
    await editForm.waitFor();
    await editForm.getByLabel('Name').fill('Throwaway, edited');
    await editForm.getByRole('button', { name: 'Save changes' }).click();
    await expect.poll(() => page.getByText('Changed “Throwaway, edited”.').count()).toBe(1);
    await page.getByRole('row', { name: /Throwaway, edited/ }).waitFor();

    await page.getByRole('button', { name: 'Delete Throwaway, edited' }).click();
    const dialog = page.getByRole('dialog', { name: 'Delete the saved scenario “Throwaway, edited”?' });
    await dialog.waitFor();
    await dialog.getByRole('button', { name: 'Delete saved scenario' }).click();
    await expect.poll(async () => [await page.getByRole('row', { name: /Throwaway/ }).count(), await page.getByRole('row', { name: /Omnibus adopted, CRA day/ }).count()]).toEqual([0, 1]);

    await page.goto(`${patchUrl}/results`);
    await page.getByRole('heading', { level: 2, name: 'Timeline' }).waitFor({ timeout: 30_000 });
    await page.getByLabel('Saved scenario').selectOption({ label: 'Omnibus adopted, CRA day' });
    await page.getByRole('button', { name: 'Apply', exact: true }).click();
    const banner = page.locator('.scenario-banner');
    await banner.waitFor();
    expect(await banner.textContent()).toContain(proposalTitle);
    expect(await page.getByLabel('As of', { exact: true }).inputValue()).toBe('2027-12-11');
    const notice = page.getByRole('status').filter({ hasText: 'Saved scenario “Omnibus adopted, CRA day” is on' });
    await notice.waitFor();
    await expect.poll(() => page.locator('p.summary').textContent(), { timeout: 30_000 }).toContain('11 Dec 2027');
    await expectAccessible('21-results-saved-scenario');
    await notice.getByRole('button', { name: 'Switch it off' }).click();
    expect(await banner.count()).toBe(0);
    expect(await page.getByLabel('As of', { exact: true }).inputValue()).toBe('');
  }, 120_000);

  it('renames a product and shows its version history, one version as facts and two compared', async () => {
    await page.goto(patchUrl);
    await page.getByRole('heading', { level: 1, name: PATCH }).waitFor();
    await page.getByRole('button', { name: 'Rename' }).click();
    await page.getByLabel('New name').fill('Lakeside glucose patch G2');
    await page.getByRole('button', { name: 'Save name' }).click();
    await page.getByRole('heading', { level: 1, name: 'Lakeside glucose patch G2' }).waitFor();
    await expect.poll(() => page.getByText('Renamed to “Lakeside glucose patch G2”.').count()).toBe(1);

    await page.getByRole('link', { name: 'History', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'Version history: Lakeside glucose patch G2' }).waitFor();
    const table = page.getByRole('table', { name: 'Profile versions' });
    await table.waitFor();
    const v2 = table.getByRole('row', { name: /v2/ });
    expect(await v2.textContent()).toContain('Class IIa confirmed by the notified body');
    expect(await v2.textContent()).toContain('carol');
    expect(await v2.textContent()).toMatch(/\d{4}, \d{2}:\d{2} Europe\/Berlin/);
    expect(await table.getByRole('row', { name: /v1/ }).textContent()).toContain('First draft');

    await page.getByRole('button', { name: 'View v1' }).click();
    const facts = page.getByLabel('Profile facts of version 1');
    await facts.waitFor();
    expect(await facts.textContent()).toContain('  medicalDevice:\n    qualification: medical-device');
    expect(await facts.textContent()).not.toContain('class:');

    await page.getByLabel('From', { exact: true }).selectOption('1');
    await page.getByLabel('To', { exact: true }).selectOption('2');
    await page.getByRole('button', { name: 'Compare', exact: true }).click();
    const diff = page.getByRole('table', { name: /facts? changed/ });
    await diff.waitFor({ timeout: 20_000 });
    expect(await diff.getByRole('caption').textContent()).toBe('3 facts changed');
    const klass = diff.getByRole('row', { name: /product\.medicalDevice\.class/ });
    expect(await klass.textContent()).toMatch(/unknown.*IIa.*answered/);
    await page.getByRole('table', { name: 'Acts', exact: true }).waitFor({ timeout: 30_000 });
    expect(await page.getByRole('columnheader', { name: 'At v1' }).count()).toBeGreaterThan(0);
    await expectAccessible('22-version-history');
  }, 120_000);

  it('deletes a product only after a confirmation that names its assessments', async () => {
    await page.goto(prototypeUrl);
    await page.getByRole('heading', { level: 1, name: PROTOTYPE }).waitFor();
    const opener = page.getByRole('button', { name: 'Delete product…' });
    await opener.click();
    const dialog = page.getByRole('dialog', { name: `Delete “${PROTOTYPE}”?` });
    await dialog.waitFor();
    await expect.poll(() => dialog.textContent()).toContain('its 1 gap assessment: Prototype gap review');
    expect(await dialog.textContent()).toContain('1 profile version');
    // Focus starts on Cancel, the safe choice; Escape closes and returns focus to the opener.
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Cancel');
    await screenshot(page, '23-delete-product-dialog');
    expect(await seriousViolations(page)).toEqual([]);
    await page.keyboard.press('Escape');
    await expect.poll(() => dialog.isVisible()).toBe(false);
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Delete product…');

    await opener.click();
    await dialog.getByRole('button', { name: `Delete ${PROTOTYPE}` }).click();
    await page.getByRole('heading', { level: 1, name: 'Products' }).waitFor();
    await page.getByRole('link', { name: 'Lakeside glucose patch G2' }).waitFor();
    expect(await page.getByRole('link', { name: PROTOTYPE }).count()).toBe(0);
  }, 60_000);

  it('pages through the audit log with the change of each entry shown as text', async () => {
    await page.goto(`/orgs/${orgId}/audit`);
    await page.getByRole('heading', { level: 1, name: 'Audit log' }).waitFor();
    await page.getByText('Showing the first 50 entries; more are available.').waitFor({ timeout: 20_000 });
    const rows = page.getByRole('table', { name: 'Audit entries' }).locator('tbody tr');
    expect(await rows.count()).toBe(50);
    const removal = rows.filter({ hasText: 'product.remove' });
    expect(await removal.textContent()).toContain('carol');
    expect(await removal.getByRole('link').count()).toBe(0);
    const rename = rows.filter({ hasText: 'product.rename' });
    expect(await rename.getByRole('link', { name: /^Product / }).getAttribute('href')).toBe(patchUrl);
    await rename.getByText('Show change').click();
    expect(await rename.locator('pre').textContent()).toContain('"name": "Lakeside glucose patch G2"');
    await expectAccessible('24-audit-log');

    await page.getByRole('button', { name: 'Load more' }).click();
    await page.getByText(/^Showing all \d+ entries\.$/).waitFor({ timeout: 20_000 });
    expect(await rows.count()).toBeGreaterThan(60);
    expect(await page.getByRole('button', { name: 'Load more' }).count()).toBe(0);
    expect(await rows.filter({ hasText: 'organisation.create' }).count()).toBe(1);

    const search = page.getByRole('search', { name: 'Filter the audit log' });
    await search.getByLabel('Entity type').selectOption({ label: 'Saved scenario' });
    await search.getByLabel('Action').fill('scenario.update');
    await search.getByRole('button', { name: 'Apply filters' }).click();
    await page.getByText('Showing all 1 entry.').waitFor({ timeout: 20_000 });
    const edit = rows.first();
    expect(await edit.textContent()).toContain('carol');
    expect(await edit.locator('pre').textContent()).toContain('"name": "Throwaway, edited"');
    await search.getByRole('button', { name: 'Clear filters' }).click();
    await page.getByText('Showing the first 50 entries; more are available.').waitFor({ timeout: 20_000 });
  }, 60_000);

  it('offers every allowed value in the wizard with what each would change', async () => {
    await page.goto(`/orgs/${orgId}/products`);
    await page.getByLabel('Product name').fill('Open questions device');
    await page.getByLabel('Start from').selectOption('blank');
    await page.getByRole('button', { name: 'Create and answer the questions' }).click();
    await page.getByRole('heading', { level: 1, name: 'Profile questions: Open questions device' }).waitFor();
    const question = page.locator('form.question');
    // Skip questions until one with a list of values comes up.
    let found = false;
    for (let i = 0; i < 12 && !found; i++) {
      await question.waitFor({ timeout: 20_000 });
      const heading = (await question.locator('h2').textContent()) ?? '';
      if ((await question.locator('.choices .option-impact').count()) > 1) {
        found = true;
        break;
      }
      await question.getByRole('button', { name: /skip/ }).click();
      await expect.poll(async () => ((await question.count()) === 0 ? '' : await question.locator('h2').textContent()), { timeout: 20_000 }).not.toBe(heading);
    }
    expect(found).toBe(true);
    expect(await question.textContent()).toContain('Every allowed value is listed');
    const impacts = await question.locator('.option-impact').allTextContents();
    expect(impacts.every((t) => /obligation change|appl|no change to the result/.test(t))).toBe(true);
    await expectAccessible('25-wizard-all-values');
  }, 120_000);
});

const MAIN_PAGES: [string, () => string][] = [
  ['overview', () => `/orgs/${orgId}/overview`],
  ['products', () => `/orgs/${orgId}/products`],
  ['product', () => patchUrl],
  ['facts', () => `${patchUrl}/facts`],
  ['wizard', () => `${patchUrl}/wizard`],
  ['results', () => `${patchUrl}/results`],
  ['contrast', () => `${patchUrl}/contrast`],
  ['classification', () => `${patchUrl}/classification`],
  ['gap', () => `${patchUrl}/gap`],
  ['report', () => `${patchUrl}/report`],
  ['versions', () => `${patchUrl}/versions?from=1&to=2`],
  ['incidents', () => `/orgs/${orgId}/incidents`],
  ['members', () => `/orgs/${orgId}/members`],
  ['saved-scenarios', () => `/orgs/${orgId}/scenarios`],
  ['audit', () => `/orgs/${orgId}/audit`],
  ['library', () => '/library'],
  ['act', () => '/library/cra'],
];

describeInBrowser('layout and keyboard', () => {
  for (const [width, height] of [
    [1280, 720],
    [1024, 768],
    [390, 844],
    [360, 740],
  ] as const) {
    it(`fits every main page into ${width}×${height} without scrolling the page sideways`, async () => {
      await page.setViewportSize({ width, height });
      const overflowing: string[] = [];
      for (const [name, url] of MAIN_PAGES) {
        await page.goto(url());
        await page.locator('main h1').first().waitFor({ timeout: 30_000 });
        await settled(page);
        const { scrollWidth, innerWidth } = await page.evaluate(() => ({ scrollWidth: document.scrollingElement?.scrollWidth ?? 0, innerWidth: window.innerWidth }));
        if (scrollWidth > innerWidth) overflowing.push(`${name}: ${scrollWidth} > ${innerWidth}`);
        if (width === 1024 || width === 390 || width === 1280) await screenshot(page, `w${width}-${name}`);
      }
      expect(overflowing).toEqual([]);
      await page.setViewportSize({ width: 1366, height: 900 });
    }, 240_000);
  }

  it('goes from sign-in to a product’s results by keyboard alone, with a visible focus at every stop', async () => {
    const kb = await newContext(run.browser, run.server.url);
    const p = await kb.context.newPage();
    await p.setViewportSize({ width: 1024, height: 768 });
    const stops: { name: string; visible: boolean }[] = [];
    const tabTo = async (name: RegExp, max = 60): Promise<void> => {
      for (let i = 0; i < max; i++) {
        await p.keyboard.press('Tab');
        const info = await p.evaluate(() => {
          const el = document.activeElement as HTMLElement | null;
          if (!el || el === document.body) return { name: '', visible: true };
          const style = getComputedStyle(el);
          const label = el.getAttribute('aria-label') ?? (el instanceof HTMLInputElement ? (el.labels?.[0]?.textContent ?? '') : (el.textContent ?? ''));
          const outlined = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2;
          return { name: label.trim(), visible: outlined || style.boxShadow !== 'none' };
        });
        if (info.name) stops.push(info);
        if (name.test(info.name)) return;
      }
      throw new Error(`no focusable element named ${String(name)} within ${max} Tab presses; stops: ${stops.map((s) => s.name).join(' | ')}`);
    };

    await p.goto('/');
    await p.getByLabel('Email').waitFor();
    await tabTo(/^Email/);
    await p.keyboard.type(CAROL);
    await tabTo(/^Password/);
    await p.keyboard.type(PASSWORD);
    await p.keyboard.press('Enter');
    await p.getByRole('heading', { level: 1, name: 'Products' }).waitFor();

    // A fresh load starts at the top: the first Tab reaches the skip link, which jumps into main.
    await p.reload();
    await p.getByRole('heading', { level: 1, name: 'Products' }).waitFor();
    await p.keyboard.press('Tab');
    expect(await p.evaluate(() => document.activeElement?.textContent?.trim())).toBe('Skip to content');
    expect(await p.getByRole('link', { name: 'Skip to content' }).isVisible()).toBe(true);
    await p.keyboard.press('Enter');
    await tabTo(/^Lakeside glucose patch G2$/, 10);
    expect(await p.evaluate(() => Boolean(document.activeElement?.closest('main')))).toBe(true);
    await p.keyboard.press('Enter');
    await p.getByRole('heading', { level: 1, name: 'Lakeside glucose patch G2' }).waitFor();
    await tabTo(/^See which laws apply/);
    await p.keyboard.press('Enter');
    await p.getByRole('heading', { level: 2, name: 'Timeline' }).waitFor({ timeout: 30_000 });
    expect(new URL(p.url()).pathname).toBe(`${patchUrl}/results`);

    expect(stops.length).toBeGreaterThan(5);
    expect(stops.filter((s) => !s.visible).map((s) => s.name)).toEqual([]);
    await kb.context.close();
    expect(kb.external).toEqual([]);
  }, 120_000);

  it('switches off motion for people who ask for less', async () => {
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await page.goto(`${patchUrl}/results`);
    await page.getByRole('heading', { level: 2, name: 'Timeline' }).waitFor({ timeout: 30_000 });
    const result = await page.evaluate(() => {
      const rules = [...document.styleSheets].flatMap((sheet) => [...sheet.cssRules]);
      const reduced = rules.filter((r): r is CSSMediaRule => r instanceof CSSMediaRule && r.conditionText.includes('prefers-reduced-motion'));
      return {
        rule: reduced.length > 0 && reduced.every((r) => window.matchMedia(r.conditionText).matches),
        running: document.getAnimations().length,
        transition: getComputedStyle(document.querySelector('main') as Element).transitionDuration,
      };
    });
    expect(result.rule).toBe(true);
    expect(result.running).toBe(0);
    expect(parseFloat(result.transition)).toBeLessThan(0.001);
    await page.emulateMedia({ reducedMotion: 'no-preference' });
  }, 60_000);

  it('made no request outside the server and the server logged no error', () => {
    expect(external).toEqual([]);
    expect(run.serverLog.filter((e) => e.level === 'error')).toEqual([]);
  });
});
