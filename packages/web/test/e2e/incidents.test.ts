/**
 * The incident workflow in a real browser: the creation form asks each regime's questions with
 * why and the provision (MDR serious incident for a class IIb insulin pump), a step that may apply
 * counts down “if it applies”, facts are edited after creation (a new version, in the history, the
 * plan recomputed), closing asks for confirmation and can be undone, the list shows the next
 * deadline and counts in words, and two incidents export different calendar UIDs.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { parse } from 'yaml';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createOwner, describeInBrowser, newContext, REPO_DIR, screenshot, seriousViolations, signIn, startAll } from './harness.ts';
import type { Running } from './harness.ts';

const PASSWORD = 'correct horse battery staple';
const DANA = 'dana@insuflow.example';
const PUMP = 'InsuFlow pump';

let run: Running;
let page: Page;
let outDir: string;
let orgId: string;
let incidentUrl: string;

async function expectAccessible(name: string): Promise<void> {
  await screenshot(page, name);
  expect(await seriousViolations(page), `accessibility of ${name}`).toEqual([]);
}

beforeAll(async () => {
  outDir = mkdtempSync(join(tmpdir(), 'iomt-web-'));
  run = await startAll({ outDir });
  const dana = await createOwner(run.server, DANA, 'InsuFlow Medical', 'insuflow', PASSWORD);
  orgId = dana.org.id;
  const actor = await run.server.store.accounts.actorFor(dana.user.id, orgId, 'session');
  if (!actor) throw new Error('the owner has no actor in her organisation');
  const profile = parse(readFileSync(join(REPO_DIR, 'examples', 'class-iib-insulin-pump.yaml'), 'utf8')) as Record<string, unknown>;
  await run.server.store.org(actor).products.create({ name: PUMP, profile, note: null });
  const ctx = await newContext(run.browser, run.server.url);
  page = await ctx.context.newPage();
  await signIn(page, DANA, PASSWORD);
}, 240_000);

afterAll(async () => {
  await run?.stop();
  if (outDir) rmSync(outDir, { recursive: true, force: true });
});

describeInBrowser('incident workflow', () => {
  it('asks the MDR serious-incident questions for a class IIb insulin pump, with why and the provision', async () => {
    await page.goto(`/orgs/${orgId}/incidents/new`);
    await page.getByRole('heading', { level: 1, name: 'Start an incident' }).waitFor();
    await page.getByLabel('Short title').fill('Pump delivered a double bolus after an app update');
    await page.getByLabel('Product concerned').selectOption({ label: PUMP });
    const mdr = page.locator('fieldset[data-regime="mdr"]');
    await mdr.waitFor({ timeout: 20_000 });
    const serious = mdr.locator('[data-fact="incident.deviceSeriousIncident"]');
    expect(await serious.textContent()).toContain('What did the incident involving the device lead to');
    expect(await serious.getByRole('link', { name: /Art 2\(65\)/ }).count()).toBe(1);
    await serious.getByText('Why this is asked').click();
    expect(await serious.locator('details li').first().textContent()).toMatch(/decides whether|serious incident/);
    await serious.getByRole('combobox').selectOption('serious-deterioration');
    await mdr.locator('[data-fact="incident.causalLink"]').getByRole('combobox').selectOption('reasonably-possible');
    await mdr.locator('[data-fact="incident.deviceIncident"]').getByLabel('yes').check();
    await expectAccessible('20-incident-new-questions');
    await page.getByRole('button', { name: 'Create the incident and plan notifications' }).click();
    await page.getByRole('heading', { level: 2, name: 'Notifications' }).waitFor({ timeout: 20_000 });
    incidentUrl = new URL(page.url()).pathname;
  }, 120_000);

  it('shows a step that may apply with its deadline, then makes it definite once the fact is answered (a new version, in the history)', async () => {
    const report = page.locator('li[data-step="mdr:serious-incident/report-serious-incident"]');
    await report.waitFor({ timeout: 20_000 });
    // “Expected side-effect” is not yet known: the exemption may hold, so the report may apply — its clock runs.
    expect(await report.locator('.badge').first().textContent()).toBe('May apply');
    expect(await report.locator('.countdown').textContent()).toMatch(/^if it applies, due in \d+ d/);
    expect(await page.locator('p.summary').textContent()).toMatch(/may apply/);
    expect(await page.getByRole('region', { name: /Significant, serious, an accident/ }).textContent()).toContain('Is it a reportable serious incident?');
    await expectAccessible('21-incident-possible');

    const facts = page.getByRole('form', { name: 'Incident facts' });
    await facts.locator('[data-fact="incident.expectedSideEffect"]').getByLabel('no', { exact: true }).check();
    await facts.getByRole('button', { name: /Save 1 change/ }).click();
    await expect.poll(() => facts.getByRole('status').textContent(), { timeout: 15_000 }).toMatch(/Saved as version 2; the plan has been recomputed/);
    // Now certain: due immediately, at the latest 15 days after awareness (MDR Art 87(3)).
    await expect.poll(() => report.locator('.badge').first().textContent(), { timeout: 15_000 }).toBe('Due now');
    expect(await report.locator('.countdown').textContent()).toMatch(/^due in \d+ d/);
    await page.getByText(/^History/).click();
    expect(await page.getByRole('list', { name: 'Incident history' }).textContent()).toMatch(/update → version 2: expectedSideEffect: not known → false/);
  }, 120_000);

  it('asks before closing, lists what is still due, and reopens', async () => {
    await page.getByRole('button', { name: 'Close the incident' }).click();
    const dialog = page.getByRole('alertdialog', { name: 'Close this incident?' });
    await dialog.waitFor();
    expect(await dialog.textContent()).toMatch(/still due or may apply/);
    await expectAccessible('22-incident-close-confirm');
    await dialog.getByRole('button', { name: 'Keep it open' }).click();
    expect(await page.getByTestId('incident-status').textContent()).toBe('Open');
    await page.getByRole('button', { name: 'Close the incident' }).click();
    await page.getByRole('alertdialog').getByRole('button', { name: 'Close the incident' }).click();
    await expect.poll(() => page.getByTestId('incident-status').textContent(), { timeout: 15_000 }).toBe('Closed');
    await page.getByRole('button', { name: 'Reopen the incident' }).click();
    await expect.poll(() => page.getByTestId('incident-status').textContent(), { timeout: 15_000 }).toBe('Open');
  }, 60_000);

  it('lists incidents with the next deadline and counts in words, and gives each incident its own calendar UIDs', async () => {
    await page.goto(`/orgs/${orgId}/incidents/new`);
    await page.getByLabel('Short title').fill('Second incident');
    await page.getByRole('button', { name: 'Create the incident and plan notifications' }).click();
    await page.getByRole('heading', { level: 2, name: 'Notifications' }).waitFor({ timeout: 20_000 });
    const second = new URL(page.url()).pathname;

    await page.goto(`/orgs/${orgId}/incidents`);
    const row = page.getByRole('row', { name: /Pump delivered a double bolus/ });
    await row.waitFor({ timeout: 20_000 });
    const text = (await row.textContent()) ?? '';
    // The next deadline with its regime and step (here a step that may apply, e.g. a NIS2 early warning).
    expect(text).toMatch(/(GDPR|MDR|NIS2|CRA): /);
    expect(text).not.toMatch(/\b0 overdue/);
    expect(text).not.toContain('due-now');
    await expectAccessible('23-incidents-list');

    const uids = async (path: string) => {
      const res = await page.request.get(`/api/v1${path}/calendar.ics`);
      expect(res.status()).toBe(200);
      return [...(await res.text()).replace(/\r\n[ \t]/g, '').matchAll(/^UID:(.+)$/gm)].map((m) => m[1]!.trim());
    };
    const a = await uids(incidentUrl);
    const b = await uids(second);
    expect(a.length).toBeGreaterThan(0);
    expect(a.filter((u) => b.includes(u))).toEqual([]);
    expect(await uids(incidentUrl)).toEqual(a);
  }, 120_000);
});
