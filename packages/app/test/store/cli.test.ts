import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openStore } from '../../src/store/index.ts';
import type { StoreOptions } from '../../src/store/index.ts';
import { iomtWithInput } from '../run-cli.ts';
import { ENGINES, ready } from './engines.ts';
import type { Engine } from './engines.ts';

const PASSWORD = 'a long enough password';

/** The CLI reads DATABASE_URL; for SQLite it must be unset and --data-dir names the directory. */
function cli(options: StoreOptions) {
  const dataDir = options.dataDir ?? join(mkdtempSync(join(tmpdir(), 'iomt-cli-unused-')), 'data');
  return (lines: string[] | undefined, ...argv: string[]) => iomtWithInput(lines, ...argv, '--data-dir', dataDir);
}

async function withStore<T>(options: StoreOptions, fn: (s: Awaited<ReturnType<typeof openStore>>) => Promise<T>): Promise<T> {
  const store = await openStore(options);
  try {
    return await fn(store);
  } finally {
    await store.close();
  }
}

describe.each(ENGINES)('store CLI on $dialect', (engine: Engine) => {
  const saved = { url: process.env.DATABASE_URL, admin: process.env.IOMT_ADMIN_PASSWORD, pw: process.env.IOMT_PASSWORD };
  let options: StoreOptions;
  let run: ReturnType<typeof cli>;

  beforeEach(async () => {
    options = await ready(engine.fresh());
    run = cli(options);
    delete process.env.IOMT_ADMIN_PASSWORD;
    delete process.env.IOMT_PASSWORD;
    if (options.databaseUrl) process.env.DATABASE_URL = options.databaseUrl;
    else delete process.env.DATABASE_URL;
  });
  afterEach(() => {
    for (const [k, v] of [['DATABASE_URL', saved.url], ['IOMT_ADMIN_PASSWORD', saved.admin], ['IOMT_PASSWORD', saved.pw]] as const) {
      if (v === undefined) delete process.env[k];
      else process.env[k] = v;
    }
  });

  it('setup creates the first owner from stdin, refuses a short password and a second run', async () => {
    const short = await run(['short'], 'setup', '--org', 'Acme Medical', '--email', 'owner@example.org');
    expect(short.code).toBe(2);
    expect(short.stderr).toMatch(/\/password: expected a password of at least 12 characters/);
    expect(short.stderr).not.toContain('"short"');
    expect(short.stdout).toBe('');
    expect(await withStore(options, (s) => s.accounts.userCount())).toBe(0);

    const ok = await run([PASSWORD], 'setup', '--org', 'Acme Medical', '--email', 'owner@example.org', '--name', 'Olive Owner');
    expect(ok.code).toBe(0);
    expect(ok.stdout).toContain('Created organisation Acme Medical (acme-medical) with owner owner@example.org');
    expect(ok.stdout).not.toContain(PASSWORD);
    await withStore(options, async (s) => {
      const user = await s.accounts.verifyPassword('owner@example.org', PASSWORD);
      expect(user?.displayName).toBe('Olive Owner');
      expect((await s.accounts.membershipsOf(user!.id)).map((m) => [m.organisation.slug, m.role])).toEqual([['acme-medical', 'owner']]);
    });

    const again = await run([PASSWORD], 'setup', '--org', 'Other', '--email', 'x@example.org');
    expect(again.code).toBe(2);
    expect(again.stderr).toContain('setup has already been done');
  });

  it('setup takes the password from IOMT_ADMIN_PASSWORD and never from a default', async () => {
    const none = await run(undefined, 'setup', '--org', 'Acme', '--email', 'owner@example.org');
    expect(none.code).toBe(2);
    expect(none.stderr).toMatch(/none given; set IOMT_ADMIN_PASSWORD/);
    process.env.IOMT_ADMIN_PASSWORD = PASSWORD;
    const ok = await run(undefined, 'setup', '--org', 'Acme', '--email', 'owner@example.org');
    expect(ok.code).toBe(0);
    expect(await withStore(options, (s) => s.accounts.verifyPassword('owner@example.org', PASSWORD))).not.toBeNull();
  });

  it('users add, list, disable, enable and passwd', async () => {
    await run([PASSWORD], 'setup', '--org', 'Acme', '--email', 'owner@example.org');
    const add = await run([PASSWORD], 'users', 'add', '--email', 'ed@example.org', '--name', 'Ed', '--org', 'acme', '--role', 'editor');
    expect(add.code).toBe(0);
    expect(add.stdout).toMatch(/Created user ed@example.org \(.+\) as editor of acme/);
    const dup = await run([PASSWORD], 'users', 'add', '--email', 'ED@example.org');
    expect(dup.code).toBe(2);
    expect(dup.stderr).toContain('email "ed@example.org" is already in use');
    const badOrg = await run([PASSWORD], 'users', 'add', '--email', 'z@example.org', '--org', 'nope');
    expect(badOrg.code).toBe(2);
    expect(badOrg.stderr).toContain('--org nope: no organisation with this slug');

    const list = await run(undefined, 'users', 'list', '--format', 'json');
    expect(list.code).toBe(0);
    const users = JSON.parse(list.stdout) as { email: string; memberships: string[]; disabled: boolean }[];
    expect(users.map((u) => [u.email, u.memberships])).toEqual([
      ['owner@example.org', ['acme:owner']],
      ['ed@example.org', ['acme:editor']],
    ]);
    expect((await run(undefined, 'users', 'list')).stdout).toContain('ed@example.org');

    expect((await run(undefined, 'users', 'disable', 'ed@example.org')).code).toBe(0);
    expect(await withStore(options, (s) => s.accounts.verifyPassword('ed@example.org', PASSWORD))).toBeNull();
    expect((await run(undefined, 'users', 'enable', 'ed@example.org')).code).toBe(0);
    const passwd = await run(['the new long password'], 'users', 'passwd', 'ed@example.org');
    expect(passwd.code).toBe(0);
    expect(await withStore(options, (s) => s.accounts.verifyPassword('ed@example.org', 'the new long password'))).not.toBeNull();
    const missing = await run(undefined, 'users', 'disable', 'nobody@example.org');
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('nobody@example.org: no user with this e-mail address');
  });

  it('tokens create prints the secret once; list shows only the prefix; revoke stops it', async () => {
    await run([PASSWORD], 'setup', '--org', 'Acme', '--email', 'owner@example.org');
    await run([PASSWORD], 'users', 'add', '--email', 'viewer@example.org', '--org', 'acme', '--role', 'viewer');
    const tooMuch = await run(undefined, 'tokens', 'create', '--org', 'acme', '--user', 'viewer@example.org', '--name', 'ci', '--role', 'editor');
    expect(tooMuch.code).toBe(2);
    expect(tooMuch.stderr).toContain('viewer@example.org is viewer in acme; a token cannot hold more');
    const badRole = await run(undefined, 'tokens', 'create', '--org', 'acme', '--user', 'viewer@example.org', '--name', 'ci', '--role', 'admin');
    expect(badRole.code).toBe(2);
    expect(badRole.stderr).toContain('--role admin: expected one of owner, editor, viewer');

    const created = await run(undefined, 'tokens', 'create', '--org', 'acme', '--user', 'owner@example.org', '--name', 'ci', '--role', 'editor');
    expect(created.code).toBe(0);
    const secret = /^(iomt_\S+)$/m.exec(created.stdout)![1]!;
    const id = /\(([0-9a-f-]{36})\)/.exec(created.stdout)![1]!;
    expect((await withStore(options, (s) => s.accounts.resolveToken(secret)))?.role).toBe('editor');

    const list = await run(undefined, 'tokens', 'list', '--org', 'acme', '--format', 'json');
    expect(list.code).toBe(0);
    expect(list.stdout).not.toContain(secret);
    expect(JSON.parse(list.stdout)).toMatchObject([{ id, name: 'ci', role: 'editor', prefix: secret.slice(0, 13), revokedAt: null }]);

    expect((await run(undefined, 'tokens', 'revoke', id, '--org', 'acme')).code).toBe(0);
    expect(await withStore(options, (s) => s.accounts.resolveToken(secret))).toBeNull();
    expect((await run(undefined, 'tokens', 'list', '--org', 'acme')).stdout).toContain('revoked');
    const unknown = await run(undefined, 'tokens', 'revoke', 'nope', '--org', 'acme');
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('token nope not found');
  });

  it('backup and restore: verified restore into an empty store, refused into a non-empty one', async () => {
    await run([PASSWORD], 'setup', '--org', 'Acme', '--email', 'owner@example.org');
    const file = join(mkdtempSync(join(tmpdir(), 'iomt-cli-backup-')), 'store.json');
    const backup = await run(undefined, 'backup', file);
    expect(backup.code).toBe(0);
    expect(backup.stdout).toMatch(/Backed up the (sqlite|postgres) store to .*store\.json \(\d+ bytes, SHA-256 [0-9a-f]{64}\)/);

    const refused = await run(undefined, 'restore', file);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain('is not empty');

    const target = await ready(engine.fresh());
    if (target.databaseUrl) process.env.DATABASE_URL = target.databaseUrl;
    const restored = await cli(target)(undefined, 'restore', file);
    expect(restored.code).toBe(0);
    expect(restored.stdout).toMatch(/Restored .*: organisations 1, users 1, memberships 1/);
    expect(restored.stdout).toMatch(/Audit log verified: 3 entries, head [0-9a-f]{64}/);
    expect(await withStore(target, (s) => s.accounts.verifyPassword('owner@example.org', PASSWORD))).not.toBeNull();

    const missing = await run(undefined, 'restore', `${file}.missing`);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('cannot read');
  });

  it('audit verify: exit 0 with the count and head, exit 1 naming the tampered entry', async () => {
    await run([PASSWORD], 'setup', '--org', 'Acme', '--email', 'owner@example.org');
    const ok = await run(undefined, 'audit', 'verify');
    expect(ok.code).toBe(0);
    expect(ok.stdout).toMatch(/^Audit log verified: 3 entries, head [0-9a-f]{64}\.\n$/);
    await engine.raw(options, [
      engine.dialect === 'sqlite' ? 'DROP TRIGGER audit_log_no_update' : 'DROP TRIGGER audit_log_no_update ON audit_log',
      `UPDATE audit_log SET entity_id = 'forged' WHERE seq = 2`,
    ]);
    const bad = await run(undefined, 'audit', 'verify');
    expect(bad.code).toBe(1);
    expect(bad.stdout).toBe('');
    expect(bad.stderr).toMatch(/audit log check failed at entry 2: altered/);
  });
});
