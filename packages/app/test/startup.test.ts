/**
 * What `iomt --help` and `iomt --version` load: commander and the command registry only, none of
 * the modules the commands need (the knowledge base, the server, the store, the schema validator).
 * Start-up time itself is measured in `npm run bench` (bench/startup.bench.ts), not here.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BIN, ensureBuilt } from './cli-process.ts';

const RECORDER = fileURLToPath(new URL('fixtures/startup/register-recorder.mjs', import.meta.url));
const HEAVY = ['@iomt/core', 'packages/core/', 'hono', 'kysely', 'better-sqlite3', 'argon2', 'ajv', 'pg', 'yaml', 'cli-table3', 'zod'];
const scratch = mkdtempSync(join(tmpdir(), 'iomt-startup-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

function importsOf(...argv: string[]): string[] {
  const log = join(scratch, `${argv.join('_').replace(/\W/g, '')}.log`);
  const r = spawnSync(process.execPath, ['--import', RECORDER, BIN, ...argv], { encoding: 'utf8', env: { ...process.env, IOMT_RECORD_IMPORTS: log } });
  expect(r.status, r.stderr).toBe(0);
  return readFileSync(log, 'utf8').trim().split('\n');
}

describe('start-up of the compiled CLI', () => {
  beforeAll(ensureBuilt, 180_000);

  it.each([['--help'], ['--version'], ['users', '--help']])('iomt %s loads no command module and no heavy dependency', (...argv: string[]) => {
    const urls = importsOf(...argv);
    expect(urls.some((u) => u.includes('/commander/'))).toBe(true);
    expect(urls.filter((u) => u.includes('/cli/commands/'))).toEqual([]);
    for (const name of HEAVY) expect(urls.filter((u) => u.includes(`/${name}`)), name).toEqual([]);
  });

  it('a command loads what it needs when it runs', () => {
    const urls = importsOf('acts', '--as-of', '2026-11-23');
    expect(urls.some((u) => u.includes('/cli/commands/acts.js'))).toBe(true);
    expect(urls.some((u) => u.includes('/core/dist/index.js'))).toBe(true);
    expect(urls.filter((u) => u.includes('/server/') || u.includes('/store/'))).toEqual([]);
  });
});
