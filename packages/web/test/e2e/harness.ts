/**
 * End-to-end harness: builds the web app, starts the real server on a random loopback port over a
 * fresh SQLite store, and drives Debian's chromium through playwright-core. Tests may use app code
 * (the store, the server); the web app itself only ever talks HTTP.
 */
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import axe from 'axe-core';
import { chromium } from 'playwright-core';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { build } from 'vite';
import { describe } from 'vitest';
import { startServer } from '../../../app/src/server/start.ts';
import type { Logger } from '../../../app/src/server/errors.ts';
import type { RunningServer } from '../../../app/src/server/start.ts';

export const WEB_DIR = fileURLToPath(new URL('../..', import.meta.url));
export const REPO_DIR = resolve(WEB_DIR, '../..');
export const SCREENSHOTS = join(REPO_DIR, 'artifacts', 'screenshots');

export const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/**
 * Whether the browser suites run: always in CI (where a missing browser must fail the run), and
 * elsewhere only when the browser is installed, so `npm test` on a fresh machine says what it skipped.
 */
export const BROWSER_AVAILABLE = existsSync(CHROMIUM_PATH);
if (!BROWSER_AVAILABLE && !process.env.CI) {
  console.warn(`Browser tests skipped: no chromium at ${CHROMIUM_PATH} (apt-get install chromium, or set CHROMIUM_PATH).`);
}
export const describeInBrowser = BROWSER_AVAILABLE || process.env.CI ? describe : describe.skip;

/** Builds the app into `outDir` (default dist/); e2e files running in parallel each pass their own. */
export async function buildWeb(outDir: string = join(WEB_DIR, 'dist')): Promise<string> {
  await build({ root: WEB_DIR, configFile: join(WEB_DIR, 'vite.config.ts'), logLevel: 'warn', build: { outDir, emptyOutDir: true } });
  return outDir;
}

type LogEntry = Parameters<Logger>[0];

export interface Running {
  server: RunningServer;
  /** What the server logged; errors here mean a 500 somewhere. */
  serverLog: LogEntry[];
  dataDir: string;
  browser: Browser;
  stop(): Promise<void>;
}

export async function startAll(options: { outDir?: string } = {}): Promise<Running> {
  const webRoot = await buildWeb(options.outDir);
  const dataDir = mkdtempSync(join(tmpdir(), 'iomt-e2e-'));
  const serverLog: LogEntry[] = [];
  const server = await startServer({ port: 0, host: '127.0.0.1', dataDir, webRoot, log: (entry) => serverLog.push(entry) });
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  mkdirSync(SCREENSHOTS, { recursive: true });
  return {
    server,
    serverLog,
    dataDir,
    browser,
    stop: async () => {
      await browser.close();
      await server.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** A user who owns an organisation, created through the store. */
export async function createOwner(server: RunningServer, email: string, orgName: string, slug: string, password: string) {
  const user = await server.store.accounts.createUser({ email, displayName: email.split('@')[0] ?? email, password });
  const org = await server.store.accounts.createOrganisation({ name: orgName, slug }, user.id);
  return { user, org };
}

/** A browser context that refuses every request that would leave the server: the app must work offline. */
export async function newContext(browser: Browser, baseURL: string): Promise<{ context: BrowserContext; external: string[] }> {
  // bypassCSP lets the test inject axe-core inline; the app itself runs under the server's strict CSP otherwise.
  const context = await browser.newContext({ baseURL, bypassCSP: true, timezoneId: 'Europe/Berlin', locale: 'en-GB', acceptDownloads: true, viewport: { width: 1366, height: 900 } });
  const external: string[] = [];
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (url.startsWith(baseURL) || url.startsWith('blob:') || url.startsWith('data:')) return route.continue();
    external.push(url);
    return route.abort();
  });
  return { context, external };
}

export async function signIn(page: Page, email: string, password: string): Promise<void> {
  await page.goto('/');
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByRole('heading', { level: 1, name: 'Products' }).waitFor();
}

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  targets: string[];
}

/** Runs axe-core in the page; returns serious and critical violations (WCAG 2.1 A and AA rules). */
export async function seriousViolations(page: Page): Promise<AxeViolation[]> {
  await page.addScriptTag({ content: axe.source });
  const violations = await page.evaluate(async () => {
    const w = window as unknown as { axe: typeof axe };
    const result = await w.axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] }, resultTypes: ['violations'] });
    return result.violations.map((v) => ({ id: v.id, impact: v.impact ?? null, help: v.help, targets: v.nodes.slice(0, 5).map((n) => n.target.join(' ')) }));
  });
  return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
}

export async function screenshot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: join(SCREENSHOTS, `${name}.png`), fullPage: true });
}
