/** `iomt serve` as a user runs it: prints where it serves and how to sign in, stops on SIGTERM. */
import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { SOURCE_CLI } from '../cli-process.ts';

/** Every server started here, so a failed assertion cannot leave one running. */
const children = new Set<ChildProcess>();

function serve(args: string[], extraEnv: Record<string, string> = {}): Promise<{ lines: string[]; stop(): Promise<{ code: number | null; out: string }> }> {
  const env = { ...process.env, ...extraEnv };
  delete env.DATABASE_URL;
  const child = spawn(process.execPath, [...SOURCE_CLI, 'serve', '--port', '0', ...args], { env, stdio: ['ignore', 'pipe', 'pipe'] });
  children.add(child);
  child.once('exit', () => children.delete(child));
  let out = '';
  let err = '';
  child.stderr.on('data', (d: Buffer) => (err += d.toString()));
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no URL printed; stderr: ${err}`)), 20_000);
    child.stdout.on('data', (d: Buffer) => {
      out += d.toString();
      // The start ends with how to stop; everything before it has been printed by then.
      if (out.includes('Stop with Ctrl+C.\n')) {
        clearTimeout(timer);
        resolve({
          lines: out.trim().split('\n'),
          stop: () =>
            new Promise((done) => {
              child.once('exit', (code) => done({ code, out }));
              child.kill('SIGTERM');
            }),
        });
      }
    });
    child.once('exit', (code) => reject(new Error(`exited ${code}: ${err}`)));
  });
}

describe('iomt serve', () => {
  const dir = mkdtempSync(join(tmpdir(), 'iomt-cli-serve-'));
  afterAll(() => {
    for (const child of children) child.kill('SIGKILL');
    rmSync(dir, { recursive: true, force: true });
  });

  it('prints the URL and a one-time demo password, then the existing demo on the next start', async () => {
    const first = await serve(['--data-dir', dir, '--demo']);
    const url = /serving at (http:\/\/127\.0\.0\.1:\d+)\//.exec(first.lines[0]!)?.[1];
    expect(url).toBeDefined();
    const password = /Sign in as demo@example\.org with password (\S+)/.exec(first.lines.join('\n'))?.[1];
    expect(password).toBeDefined();
    const health = await fetch(`${url}/api/v1/health`);
    expect(health.status).toBe(200);
    const login = await fetch(`${url}/api/v1/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email: 'demo@example.org', password }) });
    expect(login.status).toBe(200);
    const stopped = await first.stop();
    expect(stopped.code).toBe(0);
    expect(stopped.out).toContain('Stopped.');

    const second = await serve(['--data-dir', dir, '--demo']);
    const text = second.lines.join('\n');
    expect(text).toContain('The demo organisation exists');
    // Run from the sources here, so the advice names the command that runs them.
    expect(text).toContain('`npm run iomt -- users passwd demo@example.org`');
    expect(text).not.toContain(password);
    await second.stop();
  });

  it('creates the first owner from IOMT_ADMIN_* on an empty store, and only then', async () => {
    const data = mkdtempSync(join(tmpdir(), 'iomt-cli-serve-env-'));
    const admin = { IOMT_ADMIN_ORG: 'Acme Medical', IOMT_ADMIN_EMAIL: 'owner@acme.example', IOMT_ADMIN_PASSWORD: 'correct horse battery staple' };
    try {
      const first = await serve(['--data-dir', data], admin);
      expect(first.lines.join('\n')).toContain('Created organisation Acme Medical (acme-medical) with owner owner@acme.example, the instance administrator.');
      const url = /serving at (http:\/\/127\.0\.0\.1:\d+)\//.exec(first.lines[0]!)?.[1];
      const login = await fetch(`${url}/api/v1/auth/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ email: admin.IOMT_ADMIN_EMAIL, password: admin.IOMT_ADMIN_PASSWORD }),
      });
      expect(login.status).toBe(200);
      const me = (await login.json()) as { organisations: { slug: string; role: string }[] };
      expect(me.organisations).toEqual([expect.objectContaining({ slug: 'acme-medical', role: 'owner' })]);
      await first.stop();
      // The store has an owner now, so the variables are not used again (and not reported as an error).
      const second = await serve(['--data-dir', data], { ...admin, IOMT_ADMIN_PASSWORD: 'another password entirely' });
      expect(second.lines.join('\n')).not.toContain('Created organisation');
      await second.stop();
    } finally {
      rmSync(data, { recursive: true, force: true });
    }
  });

  it('refuses an incomplete IOMT_ADMIN_* set and names the variables', async () => {
    const data = mkdtempSync(join(tmpdir(), 'iomt-cli-serve-env-'));
    try {
      const child = spawn(process.execPath, [...SOURCE_CLI, 'serve', '--port', '0', '--data-dir', data], {
        env: { ...process.env, IOMT_ADMIN_ORG: 'Acme', IOMT_ADMIN_EMAIL: 'owner@acme.example', IOMT_ADMIN_PASSWORD: '' },
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      let err = '';
      child.stderr.on('data', (d: Buffer) => (err += d.toString()));
      const code = await new Promise<number | null>((done) => child.once('exit', done));
      expect(code).toBe(2);
      expect(err).toContain('IOMT_ADMIN_ORG, IOMT_ADMIN_EMAIL and IOMT_ADMIN_PASSWORD');
    } finally {
      rmSync(data, { recursive: true, force: true });
    }
  });

  it('refuses a bad port', async () => {
    const child = spawn(process.execPath, [...SOURCE_CLI, 'serve', '--port', 'eighty'], { stdio: ['ignore', 'pipe', 'pipe'] });
    let err = '';
    child.stderr.on('data', (d: Buffer) => (err += d.toString()));
    const code = await new Promise<number | null>((done) => child.once('exit', done));
    expect(code).toBe(2);
    expect(err).toContain('--port eighty: expected a port number');
  });
});
