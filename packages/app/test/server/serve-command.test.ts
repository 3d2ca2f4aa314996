/** `iomt serve` as a user runs it: prints where it serves and how to sign in, stops on SIGTERM. */
import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

const BIN = fileURLToPath(new URL('../../bin/iomt.js', import.meta.url));
/** Every server started here, so a failed assertion cannot leave one running. */
const children = new Set<ChildProcess>();

function serve(args: string[]): Promise<{ lines: string[]; stop(): Promise<{ code: number | null; out: string }> }> {
  const env = { ...process.env };
  delete env.DATABASE_URL;
  const child = spawn(process.execPath, [BIN, 'serve', '--port', '0', ...args], { env, stdio: ['ignore', 'pipe', 'pipe'] });
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
    expect(text).toContain('iomt users passwd demo@example.org');
    expect(text).not.toContain(password);
    await second.stop();
  });

  it('refuses a bad port', async () => {
    const child = spawn(process.execPath, [BIN, 'serve', '--port', 'eighty'], { stdio: ['ignore', 'pipe', 'pipe'] });
    let err = '';
    child.stderr.on('data', (d: Buffer) => (err += d.toString()));
    const code = await new Promise<number | null>((done) => child.once('exit', done));
    expect(code).toBe(2);
    expect(err).toContain('--port eighty: expected a port number');
  });
});
