/**
 * The web app in a real browser against the real server: sign-in, the profile wizard through to
 * the results, the contrast view, a gap assessment edit and export, an incident from creation to a
 * recorded submission and an .ics download, the overview with the fleet and law-change blocks, and
 * tenant isolation. Each main page is checked with
 * axe-core (serious and critical violations fail) and saved as a screenshot.
 */
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { LawDigest } from '@iomt/core';
import { importAdvisories } from '../../../app/src/fleet/ops.ts';
import { parseInventoryCsv } from '../../../app/src/fleet/inventory-csv.ts';
import { digestNow } from '../../../app/src/server/law-change-ops.ts';
import { fleetFixture, INVENTORY_CSV } from '../../../app/test/fleet/fixtures.ts';
import { createOwner, describeInBrowser, newContext, screenshot, seriousViolations, signIn, startAll } from './harness.ts';
import type { Running } from './harness.ts';

const PASSWORD = 'correct horse battery staple';
const ALICE = 'alice@wearables.example';
const BOB = 'bob@hospital.example';

let run: Running;
let page: Page;
let external: string[];
let orgId: string;
let productUrl: string;
let aliceId: string;

async function expectAccessible(name: string): Promise<void> {
  await screenshot(page, name);
  expect(await seriousViolations(page), `accessibility of ${name}`).toEqual([]);
}

beforeAll(async () => {
  run = await startAll();
  const alice = await createOwner(run.server, ALICE, 'PulseFit GmbH', 'pulsefit', PASSWORD);
  await createOwner(run.server, BOB, 'Rhine Valley Hospitals', 'rhine-valley', PASSWORD);
  orgId = alice.org.id;
  aliceId = alice.user.id;
  const ctx = await newContext(run.browser, run.server.url);
  external = ctx.external;
  page = await ctx.context.newPage();
}, 180_000);

afterAll(async () => {
  await run?.stop();
});

describeInBrowser('the web app in chromium', () => {
  it('refuses a wrong password with the problem document, then signs in', async () => {
    await page.goto('/');
    await expectAccessible('01-sign-in');
    await page.getByLabel('Email').fill(ALICE);
    await page.getByLabel('Password').fill('not the password');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect.poll(() => page.getByRole('alert').textContent()).toContain('Wrong e-mail or password.');
    await signIn(page, ALICE, PASSWORD);
    expect(page.url()).toBe(`${run.server.url}/orgs/${orgId}/products`);
    await expect.poll(() => page.getByText('No products yet.').count()).toBe(1);
    await expectAccessible('02-products-empty');
  }, 60_000);

  it('creates a product, answers the wizard, saves a version and shows the results', async () => {
    await page.getByLabel('Product name').fill('PulseFit band');
    await page.getByLabel('Start from').selectOption('wellness-wearable');
    await page.getByRole('button', { name: 'Create and answer the questions' }).click();
    await page.getByRole('heading', { level: 1, name: 'Profile questions: PulseFit band' }).waitFor();
    productUrl = new URL(page.url()).pathname.replace(/\/wizard$/, '');
    const question = page.locator('form.question');
    await question.waitFor();
    await expectAccessible('03-wizard');

    const asked: string[] = [];
    for (let i = 0; i < 4 && (await question.count()) > 0; i++) {
      const heading = (await question.locator('h2').textContent()) ?? '';
      asked.push(heading);
      const radios = question.locator('input[type="radio"]');
      const text = question.locator('input[type="number"], input[type="date"], input[type="text"]');
      if ((await radios.count()) > 0) await radios.first().check();
      else if ((await text.count()) > 0) {
        const type = await text.first().getAttribute('type');
        await text.first().fill(type === 'date' ? '2026-03-02' : type === 'number' ? '120' : 'yes');
      }
      await question.getByRole('button', { name: 'Answer', exact: true }).click();
      // The next question replaces this one once the engine has answered.
      await expect.poll(async () => ((await question.count()) === 0 ? '' : await question.locator('h2').textContent()), { timeout: 15_000 }).not.toBe(heading);
    }
    expect(asked.length).toBeGreaterThan(0);
    expect(new Set(asked).size).toBe(asked.length);

    await page.getByRole('button', { name: 'Save answers as version 2' }).click();
    await expect.poll(() => page.getByText('Saved as profile version 2.').count()).toBe(1);

    // Resume later: a fresh visit starts from the saved answers and does not ask them again.
    await page.goto(`${productUrl}/wizard`);
    await page.getByRole('heading', { level: 1, name: /Profile questions/ }).waitFor();
    await expect.poll(() => page.locator('#wizard-progress').textContent(), { timeout: 15_000 }).toMatch(/still open|is settled|Only skipped/);
    if ((await question.count()) > 0) expect(asked).not.toContain(await question.locator('h2').textContent());

    await page.goto(`${productUrl}/results`);
    await page.getByRole('heading', { level: 2, name: 'Timeline' }).waitFor({ timeout: 20_000 });
    const summary = (await page.locator('p.summary').textContent()) ?? '';
    expect(summary).toMatch(/\d+ acts apply/);
    expect(await page.locator('svg[role="img"] .tl-today').count()).toBe(1);
    expect(await page.getByRole('heading', { level: 2, name: 'Obligations by category' }).count()).toBe(1);
    const eurLex = await page.locator('a.cite[href^="https://eur-lex.europa.eu/"]').count();
    expect(eurLex).toBeGreaterThan(0);
    await expectAccessible('04-results');

    // A pending proposal switched on shows an always-visible banner until it is switched off.
    await page.getByText('Scenarios', { exact: true }).click();
    await page.locator('.scenario-switch input[type="checkbox"]').first().check();
    await page.keyboard.press('Escape');
    expect(await page.locator('.scenario-switch').getAttribute('open')).toBeNull();
    const banner = page.locator('.scenario-banner');
    await banner.waitFor();
    expect(await banner.textContent()).toMatch(/Scenario on:.*not the law in force/);
    await page.getByText(/acts apply/).waitFor();
    await screenshot(page, '04b-results-scenario');
    await banner.getByRole('button', { name: 'Switch off' }).click();
    expect(await banner.count()).toBe(0);
  }, 120_000);

  it('records an answer only for the question shown, with a slow server and rapid clicks, and keeps unsaved answers', async () => {
    await page.goto(`/orgs/${orgId}/products`);
    await page.getByLabel('Product name').fill('Rapid band');
    await page.getByLabel('Start from').selectOption('wellness-wearable');
    await page.getByRole('button', { name: 'Create and answer the questions' }).click();
    const question = page.locator('form.question');
    await question.waitFor({ timeout: 20_000 });
    const wizardUrl = new URL(page.url()).pathname;
    // From now on every list of questions arrives late.
    await page.route('**/api/v1/questions', async (route) => {
      await new Promise((r) => setTimeout(r, 1200));
      // The page may have moved on (or the route been removed) while this answer was held back.
      await route.continue().catch(() => undefined);
    });
    const first = (await question.locator('h2').textContent()) ?? '';
    const choice = question.locator('input[type="radio"], input[type="checkbox"]');
    if ((await choice.count()) > 0) await choice.first().check();
    else await question.locator('input').first().fill('120');
    const answer = question.getByRole('button', { name: 'Answer', exact: true });
    await answer.click();
    // A second and third quick click on the same question record nothing more.
    await answer.click({ timeout: 300 }).catch(() => undefined);
    await answer.click({ timeout: 300 }).catch(() => undefined);
    // While the next list is worked out, no question (old or new) can be answered.
    await expect.poll(() => page.locator('[aria-busy="true"]').count(), { timeout: 5_000 }).toBe(1);
    expect(await question.count()).toBe(0);
    await expect.poll(() => page.locator('#wizard-progress').textContent(), { timeout: 20_000 }).toMatch(/1 answered since the last save/);
    if ((await question.count()) > 0) expect(await question.locator('h2').textContent()).not.toBe(first);
    await page.unrouteAll({ behavior: 'ignoreErrors' });

    // Leaving through a link asks first; declining stays, and the answers survive a reload.
    page.once('dialog', (d) => void d.dismiss());
    await page.getByRole('link', { name: 'Applicability', exact: true }).click();
    expect(new URL(page.url()).pathname).toBe(wizardUrl);
    await page.reload();
    await page.getByText(/1 unsaved answer was kept/).waitFor({ timeout: 20_000 });
    await expect.poll(() => page.locator('#wizard-progress').textContent(), { timeout: 20_000 }).toMatch(/1 answered since the last save/);
    page.once('dialog', (d) => void d.accept());
    await page.getByRole('link', { name: 'Edit facts', exact: true }).first().click();
    await page.getByRole('heading', { level: 1, name: /Edit facts/ }).waitFor();
    await screenshot(page, '03b-edit-facts');
  }, 120_000);

  it('corrects a stored fact in Edit facts and saves a new version with the difference shown', async () => {
    await page.goto(`${productUrl}/facts`);
    const table = page.getByRole('table', { name: /Facts stated in the profile/ });
    await table.waitFor({ timeout: 20_000 });
    expect(await table.textContent()).not.toMatch(/product\.[a-z]+\./);
    const select = table.locator('select').first();
    const options = await select.locator('option').allTextContents();
    const current = await select.inputValue();
    const other = (await select.locator('option').evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value))).find((v) => v !== current && v !== '') ?? '';
    expect(options[0]).toBe('Unknown');
    await select.selectOption(other);
    const diff = page.locator('table.fact-diff');
    await diff.waitFor();
    expect(await diff.locator('tbody tr').count()).toBe(1);
    await page.getByLabel(/Note for the history/).fill('Corrected after review');
    await page.getByRole('button', { name: /Save as version/ }).click();
    await page.getByText(/Saved as profile version \d+\./).waitFor({ timeout: 15_000 });
    await expectAccessible('03c-edit-facts-saved');
  }, 60_000);

  it('contrasts the product as a medical device, differences highlighted', async () => {
    await page.goto(`${productUrl}/contrast`);
    await page.getByRole('button', { name: 'As a medical device (class IIa)' }).click();
    const status = page.getByRole('status').filter({ hasText: 'act verdict' });
    await status.waitFor({ timeout: 20_000 });
    expect(await status.textContent()).toMatch(/With “[^”]+” medical device/i);
    expect(await status.textContent()).not.toContain('product.medicalDevice');
    const acts = page.getByRole('table', { name: 'Acts' });
    const mdr = acts.locator('tr', { has: page.getByRole('rowheader', { name: 'MDR', exact: true }) });
    expect(await mdr.getAttribute('class')).toBe('changed');
    expect(await mdr.locator('td').nth(1).textContent()).toContain('Applies');
    await expectAccessible('05-contrast');
  }, 60_000);

  it('shows the classification with the deciding rule', async () => {
    await page.goto(`${productUrl}/classification`);
    const cra = page.locator('section', { has: page.getByRole('heading', { level: 2, name: /CRA product category/ }) });
    await cra.waitFor({ timeout: 20_000 });
    // Each classification names the rule that decided it, or the facts it still waits for.
    expect(await cra.textContent()).toMatch(/Decided by|Open for want of/);
    await expectAccessible('06-classification');
  }, 60_000);

  it('edits a control of the gap assessment and exports it as CSV', async () => {
    await page.goto(`${productUrl}/gap`);
    await page.getByRole('button', { name: 'Start the gap assessment' }).click();
    await page.getByRole('heading', { level: 2, name: 'Checklist' }).waitFor({ timeout: 20_000 });
    const first = page.locator('li.control').first();
    const title = ((await first.locator('.control-head strong').first().textContent()) ?? '').trim();
    const controlId = ((await first.locator('.control-head .muted.small').first().textContent()) ?? '').trim();
    expect(controlId).toMatch(/^ctl-/);
    await first.getByRole('button', { name: `Edit ${title}` }).click();
    await first.getByLabel('Status').selectOption('implemented');
    await first.getByLabel('Owner').fill('Dana Reyes');
    await first.getByLabel('Due').fill('2027-03-31');
    await first.getByRole('button', { name: 'Save' }).click();
    const edited = page.locator('li.control', { hasText: controlId });
    await expect.poll(() => edited.locator('.badge').first().textContent(), { timeout: 15_000 }).toBe('Implemented');
    expect(await edited.textContent()).toContain('Owner Dana Reyes.');

    // Multi-line notes and an uploaded evidence file, kept on the server with its hash for members.
    await edited.getByRole('button', { name: `Edit ${title}` }).click();
    await edited.getByLabel('Notes').fill('Line one\nLine two');
    const pdf = Buffer.from('%PDF-1.4\n%%EOF\n');
    await edited.locator('input[type="file"]').first().setInputFiles({ name: 'sop.pdf', mimeType: 'application/pdf', buffer: pdf });
    await edited.getByRole('link', { name: 'sop.pdf' }).waitFor({ timeout: 15_000 });
    await edited.getByRole('button', { name: 'Save' }).click();
    await expect.poll(() => edited.locator('p.note-text').textContent(), { timeout: 15_000 }).toBe('Line one\nLine two');
    const href = (await edited.getByRole('link', { name: 'sop.pdf' }).getAttribute('href')) ?? '';
    const served = await page.request.get(href);
    expect(served.status()).toBe(200);
    expect(Buffer.from(await served.body()).equals(pdf)).toBe(true);
    expect(await page.getByRole('heading', { level: 2, name: 'Gaps, ranked' }).count()).toBe(1);
    expect(await page.getByRole('heading', { level: 2, name: 'Coverage per category' }).count()).toBe(1);
    expect(await page.locator('p.summary').textContent()).toMatch(/1 implemented/);
    await expectAccessible('07-gap');

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export CSV' }).click()]);
    const csv = readFileSync((await download.path()) ?? '', 'utf8');
    expect(download.suggestedFilename()).toBe('pulsefit-band-gap.csv');
    const row = csv.split('\n').find((l) => l.includes(controlId)) ?? '';
    expect(row).toContain('implemented');
    expect(row).toContain('Dana Reyes');
  }, 90_000);

  it('prints a product report with print styles', async () => {
    await page.goto(`${productUrl}/report`);
    await page.getByRole('heading', { level: 2, name: 'Controls and gaps' }).waitFor({ timeout: 20_000 });
    const basis = (await page.locator('#report-basis').textContent()) ?? '';
    expect(basis).toMatch(/Knowledge base\s*version \d/);
    expect(basis).toContain('Scenarios');
    expect(await page.locator('nav.toc a').count()).toBe(6);
    await page.emulateMedia({ media: 'print' });
    expect(await page.getByRole('button', { name: 'Print or save as PDF' }).isVisible()).toBe(false);
    await screenshot(page, '08-report-print');
    await page.emulateMedia({ media: 'screen' });
    await expectAccessible('08-report');
  }, 60_000);

  it('plans an incident, records a submission, adds an event and downloads the .ics', async () => {
    await page.goto(`/orgs/${orgId}/incidents`);
    await expect.poll(() => page.getByText('No incidents recorded.').count()).toBe(1);
    await page.getByRole('link', { name: 'Start an incident' }).click();
    await page.getByRole('heading', { level: 1, name: 'Start an incident' }).waitFor();
    await expectAccessible('09-incident-new');
    await page.getByLabel('Short title').fill('Exploited flaw in the band firmware exposes heart-rate data');
    await page.getByLabel('Product concerned').selectOption({ label: 'PulseFit band' });
    await page.getByRole('group', { name: /Personal data were affected/ }).getByLabel('yes').check();
    await page.getByLabel(/Risk to people's rights/).selectOption('high-risk');
    await page.getByRole('group', { name: /actively exploited/ }).getByLabel('yes').check();
    await page.getByRole('group', { name: 'Our roles' }).getByLabel('Manufacturer').check();
    // Awareness three hours ago, as wall-clock time in the browser's zone (Europe/Berlin).
    const threeHoursAgo = await page.evaluate(() => {
      const d = new Date(Date.now() - 3 * 3_600_000);
      return new Date(d.getTime() - d.getTimezoneOffset() * 60_000).toISOString().slice(0, 16);
    });
    await page.getByLabel(/Became aware/).fill(threeHoursAgo);
    await page.getByRole('button', { name: 'Create the incident and plan notifications' }).click();
    await page.getByRole('heading', { level: 2, name: 'Notifications' }).waitFor({ timeout: 20_000 });
    expect(await page.locator('p.summary').textContent()).toMatch(/due soon/);

    const gdpr = page.locator('li[data-step="gdpr:breach-notification-authority/notification"]');
    expect(await gdpr.locator('.countdown').textContent()).toMatch(/due in \d+ (d|h)/);
    expect(await gdpr.textContent()).toContain('Europe/Berlin');
    // Recipients read as words, never as the plan's codes.
    const steps = (await page.locator('li[data-step]').allTextContents()).join('\n');
    expect(steps).toContain('to the people whose data is affected');
    expect(steps).not.toContain('data-subjects');
    expect(steps).not.toMatch(/\bto [a-z0-9]+(-[a-z0-9]+)+\b/);
    await expectAccessible('10-incident-plan');

    const downloadIcs = async (): Promise<string> => {
      const [ics] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download deadlines (.ics)' }).click()]);
      expect(ics.suggestedFilename()).toMatch(/\.ics$/);
      return readFileSync((await ics.path()) ?? '', 'utf8').replace(/\r\n[ \t]/g, '');
    };
    const before = await downloadIcs();
    expect(before).toContain('BEGIN:VCALENDAR');
    expect(before).toMatch(/SUMMARY:GDPR: Notify the breach/);

    await gdpr.getByRole('button', { name: 'Record submission' }).click();
    await gdpr.getByLabel("Authority's reference (if given)").fill('BfDI-2026-0042');
    await gdpr.getByRole('button', { name: 'Save submission' }).click();
    await expect.poll(() => gdpr.locator('.countdown').textContent(), { timeout: 15_000 }).toBe('submitted');
    expect(await gdpr.textContent()).toMatch(/Submitted \d{2} \w{3} \d{4}, \d{2}:\d{2} Europe\/Berlin \(UTC\+\d{2}:\d{2}\) · reference BfDI-2026-0042/);
    // The calendar is recomputed from the stored case: the submitted step has no deadline left.
    expect(await downloadIcs()).not.toMatch(/SUMMARY:GDPR: Notify the breach/);

    await page.getByRole('combobox', { name: /^Event/ }).selectOption('handled');
    await page.getByRole('button', { name: 'Add event' }).click();
    await expect.poll(() => page.getByText('Added; the plan has been recomputed.').count(), { timeout: 15_000 }).toBe(1);
    expect(await page.locator('pre.code').textContent()).toContain('"handled"');
    await screenshot(page, '11-incident-recorded');

    // The dossier: two fields written once, saved with the version, and rendered into the GDPR report.
    const dossier = page.getByRole('form', { name: 'Dossier' });
    expect(await page.getByRole('list', { name: 'Completeness per regime' }).textContent()).toMatch(/\d+ of \d+ fields written/);
    await dossier.getByLabel('Contact point', { exact: true }).fill('Data protection officer, Jana Krüger, dpo@pulsefit.example');
    await dossier.getByLabel('Likely consequences', { exact: true }).fill('Heart-rate histories could be linked to named accounts & <e-mail> addresses.');
    await dossier.getByRole('button', { name: 'Save the dossier' }).click();
    await expect.poll(() => page.getByText('Saved 2 fields; the reports now show them.').count(), { timeout: 15_000 }).toBe(1);
    expect(await page.locator('pre.code').textContent()).toContain('"contact-point": "Data protection officer, Jana Krüger, dpo@pulsefit.example"');
    await expectAccessible('11b-incident-dossier');
    const [report] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'GDPR report (.md)' }).click()]);
    const markdown = readFileSync((await report.path()) ?? '', 'utf8');
    expect(markdown).toMatch(/### Contact point\n\n_[^\n]+_\n\nData protection officer, Jana Krüger, dpo@pulsefit\.example\n/);
    // User text is escaped in Markdown: the angle brackets cannot open an HTML tag.
    expect(markdown).toContain('Heart-rate histories could be linked to named accounts & \\<e-mail\\> addresses.');
    expect(markdown).toContain('reference BfDI-2026-0042');
    const [html] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'GDPR report (.html)' }).click()]);
    expect(readFileSync((await html.path()) ?? '', 'utf8')).toContain('named accounts &amp; &lt;e-mail&gt; addresses.');

    // Someone else saves the dossier meanwhile: the next save is refused, the page reloads and keeps the edit.
    const incidentId = new URL(page.url()).pathname.split('/').pop()!;
    const actor = await run.server.store.accounts.actorFor(aliceId, orgId, 'cli');
    if (!actor) throw new Error('the owner has no actor in her organisation');
    const scope = run.server.store.org(actor);
    const current = await scope.incidents.get(incidentId);
    const stored = current.case as { dossier?: Record<string, unknown> };
    await scope.incidents.update(incidentId, { case: { ...stored, dossier: { ...stored.dossier, 'contact-point': 'Privacy desk, privacy@pulsefit.example' } }, expectedVersion: current.version });
    await dossier.getByLabel('Likely consequences', { exact: true }).fill('Accounts could be linked to heart-rate histories.');
    await dossier.getByRole('button', { name: 'Save the dossier' }).click();
    const conflict = page.getByRole('alert', { name: 'Dossier changed meanwhile' });
    await conflict.waitFor({ timeout: 15_000 });
    expect(await conflict.textContent()).toContain('Changed by someone else, now showing their values: Contact point.');
    expect(await dossier.getByLabel('Contact point', { exact: true }).inputValue()).toBe('Privacy desk, privacy@pulsefit.example');
    expect(await dossier.getByLabel('Likely consequences', { exact: true }).inputValue()).toBe('Accounts could be linked to heart-rate histories.');
    await expectAccessible('11c-incident-dossier-conflict');
    await dossier.getByRole('button', { name: 'Save the dossier' }).click();
    await expect.poll(() => page.getByText('Saved 1 field; the reports now show it.').count(), { timeout: 15_000 }).toBe(1);
    expect(await conflict.count()).toBe(0);
    const saved = (await scope.incidents.get(incidentId)).case as { dossier: Record<string, unknown> };
    expect(saved.dossier).toMatchObject({ 'contact-point': 'Privacy desk, privacy@pulsefit.example', 'likely-consequences': 'Accounts could be linked to heart-rate histories.' });
  }, 120_000);

  it('browses the law library and an act', async () => {
    await page.goto('/library');
    await page.getByRole('link', { name: 'CRA', exact: true }).waitFor({ timeout: 20_000 });
    await page.getByLabel('Search').fill('exploited vulnerability');
    await expect.poll(() => page.getByRole('heading', { level: 2, name: /match/ }).textContent(), { timeout: 20_000 }).toMatch(/^[1-9]\d* match/);
    await expectAccessible('12-library');
    await page.getByRole('link', { name: 'CRA', exact: true }).first().click();
    await page.getByRole('heading', { level: 2, name: 'Timeline' }).waitFor();
    expect(await page.locator('.act-timeline li').count()).toBeGreaterThan(2);
    await expectAccessible('13-act');
  }, 60_000);

  it('manages members and shows a new API token once', async () => {
    await page.goto(`/orgs/${orgId}/members`);
    await page.getByRole('heading', { level: 1, name: 'Members and API tokens' }).waitFor();
    await page.getByLabel('Name', { exact: true }).fill('ci export');
    await page.getByRole('button', { name: 'Create token' }).click();
    const secret = page.locator('code.secret');
    await secret.waitFor({ timeout: 15_000 });
    expect(((await secret.textContent()) ?? '').length).toBeGreaterThan(20);
    expect(await page.getByRole('cell', { name: 'ci export' }).count()).toBe(1);
    await expectAccessible('14-members');
  }, 60_000);

  it('lists the products and incidents', async () => {
    await page.goto(`/orgs/${orgId}/products`);
    await page.getByRole('link', { name: 'PulseFit band' }).waitFor();
    // The list says what matters per product: class, acts, open facts, coverage, version.
    const row = page.getByRole('row', { name: /PulseFit band/ });
    await expect.poll(async () => ((await row.textContent()) ?? '').includes('…'), { timeout: 30_000 }).toBe(false);
    const text = (await row.textContent()) ?? '';
    // Which acts apply depends on the facts earlier steps edited and on today's date, so the row is
    // checked for its shape: every column filled, acts named in words (never an internal code).
    const cells = (await row.getByRole('cell').allTextContents()).map((c) => c.trim());
    expect(cells.length).toBeGreaterThanOrEqual(5);
    for (const cell of cells) expect(cell).not.toBe('');
    expect(text).not.toMatch(/\b(pld-1985|red-da|ai-act|reg-2022-123)\b/);
    expect(text).toMatch(/v3, /);
    // Sorting by a column heading reorders the rows and says so.
    await page.getByRole('button', { name: /Open facts/ }).click();
    expect(await page.getByRole('columnheader', { name: /Open facts/ }).getAttribute('aria-sort')).toBe('ascending');
    await expectAccessible('15-products');
    await page.goto(`/orgs/${orgId}/overview`);
    await page.getByRole('heading', { level: 2, name: 'Coming up in the next 90 days' }).waitFor({ timeout: 30_000 });
    expect(await page.getByRole('list', { name: 'Key figures' }).textContent()).toMatch(/dates in the next 30 days/);
    expect(await page.getByRole('heading', { level: 2, name: 'Installed fleet' }).count()).toBe(0);
    await expectAccessible('15b-overview');
    await page.goto(`/orgs/${orgId}/incidents`);
    await page.getByRole('link', { name: /Exploited flaw in the band firmware/ }).waitFor();
    await expectAccessible('16-incidents');
  }, 60_000);

  it('shows the fleet and the law changes to review on the overview', async () => {
    // Seeded: an inventory with advisories, and the band's answers as a previous knowledge base stored them.
    const actor = await run.server.store.accounts.actorFor(aliceId, orgId, 'cli');
    if (!actor) throw new Error('the owner has no actor in her organisation');
    const scope = run.server.store.org(actor);
    await scope.fleet.importInventory(parseInventoryCsv(INVENTORY_CSV));
    await importAdvisories(scope, ['csaf/icsma-17-255-01.json', 'osv/GHSA-jpcq-cgw6-v4j6.json', 'kev-subset.json'].map(fleetFixture));
    // A second series of the band, first assessed by a server on the previous knowledge base.
    const band = (await scope.products.list({ limit: 50 })).items.find((p) => p.name === 'PulseFit band');
    if (!band) throw new Error('the band is not stored');
    const { product: series } = await scope.products.create({ name: 'PulseFit band 2025 series', profile: (await scope.products.version(band.id, band.latestVersion)).profile });
    const today = await digestNow(scope, series, '2026-11-30');
    const previous: LawDigest = { ...today, kbVersion: '2026.11.23.3', obligations: today.obligations.map((o, i) => (i === 0 ? { ...o, from: '2031-01-01' } : o)) };
    await scope.law.keepSnapshot({ productId: series.id, productVersion: series.latestVersion, kbVersion: '2026.11.23.3', asOf: '2026-11-30', digest: previous });

    await page.goto(`/orgs/${orgId}/overview`);
    await page.getByRole('heading', { level: 2, name: 'Coming up in the next 90 days' }).waitFor({ timeout: 30_000 });
    const fleet = page.getByTestId('overview-fleet');
    await fleet.waitFor({ timeout: 30_000 });
    const figures = (await fleet.getByRole('list', { name: 'Fleet figures' }).textContent()) ?? '';
    // The inventory fixture: four units, one exposed by the advisories, one on a version out of support.
    expect(figures).toContain('1/4units exposed to an open vulnerability');
    expect(figures).toContain('0units with a known-exploited vulnerability');
    expect(figures).toContain('1units out of support or of an unknown model');
    expect(figures).toMatch(/\d+findings waiting too long for triage/);
    expect(await fleet.getByRole('link', { name: 'Fleet dashboard' }).getAttribute('href')).toBe(`/orgs/${orgId}/fleet`);
    const changes = page.getByTestId('overview-law-changes');
    await expect.poll(() => changes.textContent(), { timeout: 30_000 }).toMatch(/1 product not yet reviewed/);
    expect(await changes.getByRole('link', { name: 'PulseFit band 2025 series' }).getAttribute('href')).toBe(`/orgs/${orgId}/products/${series.id}/law-changes`);
    expect(await changes.textContent()).toMatch(/Answers changed: review \(\d+ answers? changed since 2026\.11\.23\.3\)/);
    await expectAccessible('15c-overview-fleet-law');
    // The product's law changes read as words: the area, the state before and now, the provision linked.
    await changes.getByRole('link', { name: 'PulseFit band 2025 series' }).click();
    const diff = page.getByRole('row', { name: /2031-01-01/ });
    await diff.waitFor({ timeout: 30_000 });
    const diffText = (await diff.textContent()) ?? '';
    expect(diffText).toMatch(/^Duty: /);
    expect(diffText).not.toMatch(/applies-from|does-not-apply/);
    expect(await diff.locator('a.cite').count()).toBe(1);
  }, 90_000);

  it("keeps another organisation's product out of reach through the UI", async () => {
    const other = await newContext(run.browser, run.server.url);
    const bobPage = await other.context.newPage();
    await signIn(bobPage, BOB, PASSWORD);
    const bobOrg = new URL(bobPage.url()).pathname.split('/')[2] ?? '';
    expect(bobOrg).not.toBe(orgId);

    await bobPage.goto(`${productUrl}/results`);
    await bobPage.getByRole('heading', { level: 1, name: 'Not found' }).waitFor();
    expect(await bobPage.content()).not.toContain('PulseFit band');

    // Even under his own organisation's path, the product id answers like a missing one.
    const productId = productUrl.split('/').pop() ?? '';
    await bobPage.goto(`/orgs/${bobOrg}/products/${productId}`);
    await bobPage.getByRole('heading', { level: 1, name: 'Not found' }).waitFor({ timeout: 15_000 });
    expect(await bobPage.content()).not.toContain('PulseFit band');
    await screenshot(bobPage, '17-tenant-isolation');
    await other.context.close();
    expect(other.external).toEqual([]);
  }, 60_000);

  it('made no request outside the server and the server logged no error', () => {
    expect(external).toEqual([]);
    expect(run.serverLog.filter((e) => e.level === 'error')).toEqual([]);
  });
});
