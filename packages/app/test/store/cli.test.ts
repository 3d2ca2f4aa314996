import { mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { entryHash } from '../../src/store/audit.ts';
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
    expect(restored.stdout).toMatch(/Audit log verified: 4 entries, head [0-9a-f]{64}/);
    expect(await withStore(target, (s) => s.accounts.verifyPassword('owner@example.org', PASSWORD))).not.toBeNull();

    const missing = await run(undefined, 'restore', `${file}.missing`);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('cannot read');
  });

  it('audit verify: exit 0 with the count and head, exit 1 naming the tampered entry', async () => {
    await run([PASSWORD], 'setup', '--org', 'Acme', '--email', 'owner@example.org');
    const ok = await run(undefined, 'audit', 'verify');
    expect(ok.code).toBe(0);
    expect(ok.stdout).toMatch(/^Audit log verified: 4 entries, head [0-9a-f]{64}\.\n/);
    expect(ok.stdout).toContain('cannot show that the entries were rewritten');
    await engine.raw(options, [
      engine.dialect === 'sqlite' ? 'DROP TRIGGER audit_log_no_update' : 'DROP TRIGGER audit_log_no_update ON audit_log',
      `UPDATE audit_log SET entity_id = 'forged' WHERE seq = 2`,
    ]);
    const bad = await run(undefined, 'audit', 'verify');
    expect(bad.code).toBe(1);
    expect(bad.stdout).toBe('');
    expect(bad.stderr).toMatch(/audit log check failed at entry 2: altered/);
  });

  it('audit checkpoint and verify --checkpoint: a rewrite re-hashed to the end, or the newest entries cut off, fail against a signed checkpoint', async () => {
    await run([PASSWORD], 'setup', '--org', 'Acme', '--email', 'owner@example.org');
    const dir = mkdtempSync(join(tmpdir(), 'iomt-checkpoint-'));
    const saved = process.env.IOMT_AUDIT_KEY;
    process.env.IOMT_AUDIT_KEY = 'a key that lives elsewhere';
    try {
      const taken = await run(undefined, 'audit', 'checkpoint', '--out', join(dir, 'cp.json'));
      expect(taken.code).toBe(0);
      expect(taken.stdout).toContain('Checkpoint of entry 4 (signed with IOMT_AUDIT_KEY)');
      const cp = JSON.parse(readFileSync(join(dir, 'cp.json'), 'utf8')) as { seq: number; hash: string; signature: { alg: string } };
      expect(cp).toMatchObject({ seq: 4, signature: { alg: 'HMAC-SHA256' } });
      expect((statSync(join(dir, 'cp.json')).mode & 0o777).toString(8)).toBe('600');

      await withStore(options, async (s) => {
        await s.accounts.createUser({ email: 'later@example.org', displayName: 'Later', password: PASSWORD });
      });
      const fine = await run(undefined, 'audit', 'verify', '--checkpoint', join(dir, 'cp.json'));
      expect(fine.code).toBe(0);
      expect(fine.stdout).toContain('Checkpoint (signature checked)');
      expect(fine.stdout).toContain('entries 1–4 are the ones recorded then');
      expect(fine.stdout).toContain('1 entry was appended since (5–5): the chain links them, but no checkpoint vouches for them yet.');

      // A forged checkpoint (another head) is caught by its signature.
      writeFileSync(join(dir, 'forged.json'), JSON.stringify({ ...cp, hash: 'f'.repeat(64) }));
      const forged = await run(undefined, 'audit', 'verify', '--checkpoint', join(dir, 'forged.json'));
      expect(forged.code).toBe(1);
      expect(forged.stderr).toContain('signature');
      process.env.IOMT_AUDIT_KEY = '';
      const keyless = await run(undefined, 'audit', 'verify', '--checkpoint', join(dir, 'cp.json'));
      expect(keyless.code).toBe(2);
      expect(keyless.stderr).toContain('set IOMT_AUDIT_KEY');
      process.env.IOMT_AUDIT_KEY = 'a key that lives elsewhere';

      // Rewrite entry 2 and re-hash every later entry: the chain alone still verifies, the checkpoint does not.
      const rows = await engine.rows<Record<string, unknown>>(options, 'SELECT * FROM audit_log ORDER BY seq');
      let prev = String(rows[0]!.hash);
      const updates: string[] = [];
      for (const r of rows.slice(1)) {
        const e = { seq: Number(r.seq), at: String(r.at), orgId: r.org_id as string | null, actorId: r.actor_id as string | null, action: String(r.action), entityType: String(r.entity_type), entityId: Number(r.seq) === 2 ? 'forged' : String(r.entity_id), change: JSON.parse(String(r.change)) as unknown };
        const hash = entryHash(prev, e);
        updates.push(`UPDATE audit_log SET entity_id = '${e.entityId}', prev_hash = '${prev}', hash = '${hash}' WHERE seq = ${e.seq}`);
        prev = hash;
      }
      await engine.raw(options, [engine.dialect === 'sqlite' ? 'DROP TRIGGER audit_log_no_update' : 'DROP TRIGGER audit_log_no_update ON audit_log', ...updates]);
      expect((await run(undefined, 'audit', 'verify')).code).toBe(0);
      const rewritten = await run(undefined, 'audit', 'verify', '--checkpoint', join(dir, 'cp.json'));
      expect(rewritten.code).toBe(1);
      expect(rewritten.stderr).toMatch(/failed at entry 4: rewritten/);

      // Cut off the newest entries: the chain still verifies, the checkpoint names the truncation.
      await engine.raw(options, [engine.dialect === 'sqlite' ? 'DROP TRIGGER audit_log_no_delete' : 'DROP TRIGGER audit_log_no_delete ON audit_log', 'DELETE FROM audit_log WHERE seq >= 3']);
      expect((await run(undefined, 'audit', 'verify')).code).toBe(0);
      const truncated = await run(undefined, 'audit', 'verify', '--checkpoint', join(dir, 'cp.json'));
      expect(truncated.code).toBe(1);
      expect(truncated.stderr).toMatch(/failed at entry 4: truncated. the log ends at entry 2/);
    } finally {
      if (saved === undefined) delete process.env.IOMT_AUDIT_KEY;
      else process.env.IOMT_AUDIT_KEY = saved;
    }
  });

  it('admin grant, orgs create and list, invitations create, list and revoke', async () => {
    await run([PASSWORD], 'setup', '--org', 'Acme', '--email', 'owner@example.org');
    await run([PASSWORD], 'users', 'add', '--email', 'second@example.org');
    expect(await withStore(options, async (s) => s.admin.isAdmin((await s.accounts.findUserByEmail('owner@example.org'))!.id))).toBe(true);
    const grant = await run(undefined, 'admin', 'grant', 'second@example.org');
    expect(grant.stdout).toBe('second@example.org is now an instance administrator.\n');
    expect((await run(undefined, 'admin', 'grant', 'nobody@example.org')).code).toBe(2);
    const created = await run(undefined, 'orgs', 'create', 'Beta Clinic', '--owner-email', 'second@example.org');
    expect(created.code).toBe(0);
    expect(created.stdout).toBe('Created organisation Beta Clinic (beta-clinic) with owner second@example.org.\n');
    const list = JSON.parse((await run(undefined, 'orgs', 'list', '--format', 'json')).stdout) as { slug: string }[];
    expect(list.map((o) => o.slug)).toEqual(['acme', 'beta-clinic']);
    const inv = await run(undefined, 'invitations', 'create', '--org', 'beta-clinic', '--email', 'owner@example.org', '--role', 'editor');
    expect(inv.code).toBe(0);
    expect(inv.stdout).toMatch(/Pass this secret on to them \(it is shown once\): iomt_inv_\S+/);
    const id = /invitation ([0-9a-f-]{36})/.exec(inv.stdout)![1]!;
    const listed = JSON.parse((await run(undefined, 'invitations', 'list', '--org', 'beta-clinic', '--format', 'json')).stdout) as { id: string; status: string }[];
    expect(listed).toEqual([expect.objectContaining({ id, status: 'pending' })]);
    expect((await run(undefined, 'invitations', 'revoke', id, '--org', 'beta-clinic')).stdout).toContain('is revoked');
    // Nobody joined without accepting.
    expect(await withStore(options, async (s) => (await s.accounts.membershipsOf((await s.accounts.findUserByEmail('owner@example.org'))!.id)).map((m) => m.organisation.slug))).toEqual(['acme']);
  });
});
