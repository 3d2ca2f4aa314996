/**
 * Invitations in a real browser against the real server: an owner invites, the secret is shown
 * once; a newcomer creates the account with the accept link in a second browser and is a member;
 * a used link is refused in words; someone with an account signs in on the accept page and joins,
 * then switches between organisations; a revoked invitation leaves the pending list.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createOwner, describeInBrowser, newContext, screenshot, seriousViolations, signIn, startAll } from './harness.ts';
import type { Running } from './harness.ts';

const PASSWORD = 'correct horse battery staple';
const OWNER = 'olga@pulsefit.example';
const NEWCOMER = 'nina@pulsefit.example';
const BOB = 'bob@hospital.example';

let outDir: string;
let run: Running;
let page: Page;
let orgId: string;
let bobOrgId: string;
let link: string;

async function expectAccessible(p: Page, name: string): Promise<void> {
  await screenshot(p, name);
  expect(await seriousViolations(p), `accessibility of ${name}`).toEqual([]);
}

async function freshPage(): Promise<Page> {
  const ctx = await newContext(run.browser, run.server.url);
  return ctx.context.newPage();
}

async function invite(email: string, role: string): Promise<string> {
  await page.getByLabel('E-mail').fill(email);
  await page.locator('select[name="invite-role"]').selectOption(role);
  await page.getByRole('button', { name: 'Invite', exact: true }).click();
  const shown = page.locator('code.invitation-link');
  await shown.waitFor({ timeout: 15_000 });
  return (await shown.textContent()) ?? '';
}

const orgsOf = async (email: string) => {
  const user = await run.server.store.accounts.findUserByEmail(email);
  return user ? (await run.server.store.accounts.membershipsOf(user.id)).map((m) => [m.organisation.id, m.role]) : [];
};

beforeAll(async () => {
  outDir = mkdtempSync(join(tmpdir(), 'iomt-web-invitations-'));
  run = await startAll({ outDir });
  orgId = (await createOwner(run.server, OWNER, 'PulseFit GmbH', 'pulsefit', PASSWORD)).org.id;
  bobOrgId = (await createOwner(run.server, BOB, 'Rhine Valley Hospitals', 'rhine-valley', PASSWORD)).org.id;
  page = await freshPage();
  await signIn(page, OWNER, PASSWORD);
}, 240_000);

afterAll(async () => {
  await run?.stop();
  if (outDir) rmSync(outDir, { recursive: true, force: true });
});

describeInBrowser('invitations in chromium', () => {
  it('shows the invitation secret once and lists the invitation as pending', async () => {
    await page.goto(`/orgs/${orgId}/members`);
    await page.getByRole('heading', { level: 3, name: 'Invite someone' }).waitFor();
    link = await invite(NEWCOMER, 'editor');
    expect(link).toMatch(new RegExp(`^${run.server.url}/invitations/accept#invitation=[^&]{20,}&org=PulseFit`));
    const notice = page.getByRole('status', { name: 'New invitation' });
    expect(await notice.textContent()).toMatch(/shown only once.*Valid until .*Pass it on privately/s);
    expect(await page.getByRole('row', { name: new RegExp(NEWCOMER) }).textContent()).toMatch(/editor.*waiting to be accepted/);
    await expectAccessible(page, 'invitations-01-created');
    await page.getByRole('button', { name: 'I have passed it on' }).click();
    expect(await page.locator('code.invitation-link').count()).toBe(0);
    // Not shown again, not even after a reload: the server keeps no copy to show.
    await page.reload();
    await page.getByRole('row', { name: new RegExp(NEWCOMER) }).waitFor();
    expect(await page.content()).not.toContain(new URL(link).hash.slice(1, 40));
    expect(await orgsOf(NEWCOMER)).toEqual([]);
  }, 60_000);

  it('lets a newcomer create the account with the invitation in another browser and join', async () => {
    const nina = await freshPage();
    await nina.goto(link);
    await nina.getByRole('heading', { level: 1, name: 'You have been invited to iomt compliance' }).waitFor();
    await nina.getByLabel('Your name').fill('Nina Novak');
    await nina.getByLabel('Choose a password (at least 12 characters)').fill('a long enough secret');
    await nina.getByLabel('Repeat the password').fill('a long enough secret');
    await expectAccessible(nina, 'invitations-02-sign-up');
    await nina.getByRole('button', { name: 'Create account and join' }).click();
    await nina.getByRole('heading', { level: 1, name: 'Products' }).waitFor({ timeout: 15_000 });
    expect(new URL(nina.url()).pathname).toBe(`/orgs/${orgId}/products`);
    expect(new URL(nina.url()).hash).toBe('');
    expect(await orgsOf(NEWCOMER)).toEqual([[orgId, 'editor']]);
    // The owner sees the invitation accepted and the newcomer among the members.
    await page.reload();
    await page.getByRole('cell', { name: /Nina Novak/ }).waitFor();
    expect(await page.getByText('No pending invitations.').count()).toBe(1);
    await page.getByLabel('Also show accepted, revoked and expired invitations').check();
    await expect.poll(async () => (await page.getByRole('table', { name: 'Invitations' }).textContent()) ?? '').toMatch(/nina@pulsefit\.example.*accepted/);
  }, 60_000);

  it('refuses a used invitation in plain words', async () => {
    const again = await freshPage();
    await again.goto(link);
    await again.getByLabel('Your name').fill('Someone Else');
    await again.getByLabel('Choose a password (at least 12 characters)').fill('another long secret');
    await again.getByLabel('Repeat the password').fill('another long secret');
    await again.getByRole('button', { name: 'Create account and join' }).click();
    const alert = again.getByRole('alert');
    await expect.poll(() => alert.textContent()).toContain('This invitation cannot be used');
    const words = (await alert.textContent()) ?? '';
    expect(words).toMatch(/expired, was revoked or was already used/);
    expect(words).not.toMatch(/404|HTTP/);
  }, 60_000);

  it('lets someone with an account sign in on the accept page, join, and switch organisations', async () => {
    await page.goto(`/orgs/${orgId}/members`);
    const bobLink = await invite(BOB, 'viewer');
    const bob = await freshPage();
    await bob.goto(bobLink);
    await bob.getByLabel('Email', { exact: true }).fill(BOB);
    await bob.getByLabel('Password', { exact: true }).fill(PASSWORD);
    await bob.getByRole('button', { name: 'Sign in', exact: true }).click();
    await bob.getByRole('heading', { level: 1, name: 'Join PulseFit GmbH as viewer' }).waitFor({ timeout: 15_000 });
    expect(await bob.getByText(`You are signed in as ${BOB}`).count()).toBe(1);
    await expectAccessible(bob, 'invitations-03-accept');
    await bob.getByRole('button', { name: 'Join PulseFit GmbH' }).click();
    await bob.waitForURL(`**/orgs/${orgId}/products`, { timeout: 15_000 });
    await bob.getByRole('heading', { level: 1, name: 'Products' }).waitFor();
    expect((await orgsOf(BOB)).sort()).toEqual([[bobOrgId, 'owner'], [orgId, 'viewer']].sort());
    // Both organisations are in the header's switcher; choosing one goes there.
    const switcher = bob.getByLabel('Organisation');
    expect(await switcher.locator('option').allTextContents()).toEqual(expect.arrayContaining(['PulseFit GmbH (viewer)', 'Rhine Valley Hospitals (owner)']));
    await switcher.selectOption(bobOrgId);
    await bob.waitForURL(`**/orgs/${bobOrgId}/products`);
  }, 60_000);

  it('revokes a pending invitation after confirmation', async () => {
    await page.goto(`/orgs/${orgId}/members`);
    await invite('later@pulsefit.example', 'viewer');
    const row = page.getByRole('row', { name: /later@pulsefit\.example/ });
    await row.waitFor();
    await page.getByRole('button', { name: 'Revoke the invitation for later@pulsefit.example' }).click();
    const dialog = page.getByRole('dialog', { name: 'Revoke this invitation?' });
    await dialog.waitFor();
    // Cancelling keeps it.
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    expect(await row.count()).toBe(1);
    await page.getByRole('button', { name: 'Revoke the invitation for later@pulsefit.example' }).click();
    await dialog.getByRole('button', { name: 'Revoke invitation' }).click();
    await expect.poll(() => row.count()).toBe(0);
    await page.getByLabel('Also show accepted, revoked and expired invitations').check();
    await expect.poll(async () => (await page.getByRole('table', { name: 'Invitations' }).textContent()) ?? '').toMatch(/later@pulsefit\.example.*revoked/);
  }, 60_000);
});
