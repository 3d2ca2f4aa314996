import { mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { canonicalJson } from '../../src/store/canonical-json.ts';
import { openStore, RestoreError, restoreStore } from '../../src/store/index.ts';
import type { Store, StoreOptions } from '../../src/store/index.ts';
import { ENGINES, POSTGRES, ready, SQLITE } from './engines.ts';
import type { Engine } from './engines.ts';
import { CASE, PASSWORD, PROFILE, seed } from './fixtures.ts';

const dir = mkdtempSync(join(tmpdir(), 'iomt-backup-'));
let n = 0;
const backupFile = () => join(dir, `backup-${++n}.json`);

interface BackupJson {
  sha256: string;
  counts: Record<string, number>;
  migrations: string[];
  tables: Record<string, Record<string, unknown>[]>;
}
const readJson = (file: string) => JSON.parse(readFileSync(file, 'utf8')) as BackupJson;

async function populated(engine: Engine): Promise<{ store: Store; options: StoreOptions; tokenSecret: string }> {
  const options = await ready(engine.fresh());
  const store = await openStore(options);
  const w = await seed(store);
  const a = store.org(w.actors.ownerA);
  const { product } = await a.products.create({ name: 'Meter', profile: PROFILE });
  await a.products.addVersion(product.id, { profile: { ...PROFILE, note: 'v2' }, expectedVersion: 1 });
  await a.assessments.create({ productId: product.id, name: 'Gap', state: { controls: { c1: 'done' } } });
  const incident = await a.incidents.create({ title: 'Breach', case: CASE, productId: product.id });
  await a.incidents.update(incident.id, { status: 'closed', expectedVersion: 1 });
  await a.scenarios.create({ name: 'S', scenarios: ['x'], asOf: '2027-01-01' });
  await store.accounts.createSession(w.ownerA.id, 3600);
  const { secret } = await a.tokens.create({ name: 'ci', role: 'editor' });
  await a.invitations.create({ email: 'guest@example.org', role: 'viewer' });
  await store.throttle.fail([{ key: 'client:203.0.113.1', free: 5, baseMs: 1000, maxMs: 60_000 }], new Date(), 3_600_000);
  await store.admin.setAdmin(w.ownerA.id, true);
  return { store, options, tokenSecret: secret };
}

async function roundTrip(from: Engine, to: Engine) {
  const { store, tokenSecret } = await populated(from);
  const file = backupFile();
  const written = await store.backup(file);
  await store.close();
  expect(written.sha256).toBe(createHash('sha256').update(readFileSync(file)).digest('hex'));
  // It holds password and token hashes: owner-only.
  expect(statSync(file).mode & 0o777).toBe(0o600);
  const original = readJson(file);

  const target = await ready(to.fresh());
  const result = await restoreStore(file, target);
  expect(result.counts).toEqual(original.counts);
  expect(result.audit.entries).toBe(original.counts.audit_log);

  const restored = await openStore(target);
  try {
    // A backup of the restored store holds exactly the same content.
    const again = backupFile();
    await restored.backup(again);
    expect(readJson(again).tables).toEqual(original.tables);
    expect(readJson(again).sha256).toBe(original.sha256);
    expect(await restored.verifyAudit()).toMatchObject({ ok: true, head: result.audit.head });
    expect(await restored.checkIntegrity()).toMatchObject({ ok: true });
    expect(await restored.accounts.verifyPassword('owner-a@example.org', PASSWORD)).not.toBeNull();
    expect((await restored.accounts.resolveToken(tokenSecret))?.role).toBe('editor');
  } finally {
    await restored.close();
  }
}

describe.each(ENGINES)('backup and restore on $dialect', (engine) => {
  it('round-trips the whole store into an empty store of the same engine', async () => {
    await roundTrip(engine, engine);
  });

  it('restores a backup made before migration 0002 (no invitations, throttling or administrator flag)', async () => {
    const { store } = await populated(engine);
    const file = backupFile();
    await store.backup(file);
    await store.close();
    const b = readJson(file);
    delete b.tables.invitations;
    delete b.tables.login_throttle;
    delete b.counts.invitations;
    delete b.counts.login_throttle;
    b.tables.users = b.tables.users!.map(({ is_admin: _, ...u }) => u);
    b.migrations = ['0001_initial'];
    b.sha256 = createHash('sha256').update(canonicalJson({ counts: b.counts, migrations: b.migrations, tables: b.tables }), 'utf8').digest('hex');
    const old = backupFile();
    writeFileSync(old, JSON.stringify({ ...readJson(file), ...b }));
    const target = await ready(engine.fresh());
    const result = await restoreStore(old, target);
    expect(result.counts.invitations).toBe(0);
    expect(result.counts.users).toBe(b.counts.users);
    const restored = await openStore(target);
    try {
      expect(await restored.verifyAudit()).toMatchObject({ ok: true });
      expect(await restored.admin.isAdmin((await restored.accounts.findUserByEmail('owner-a@example.org'))!.id)).toBe(false);
    } finally {
      await restored.close();
    }
  });

  it('takes a consistent backup while writers are running', async () => {
    const { store } = await populated(engine);
    const scope = store.org((await store.accounts.actorFor((await store.accounts.findUserByEmail('editor-a@example.org'))!.id, (await store.accounts.findOrganisationBySlug('org-a'))!.id, 'session'))!);
    const file = backupFile();
    const writers = Promise.all(Array.from({ length: 20 }, (_, i) => scope.scenarios.create({ name: `w${i}`, scenarios: [] })));
    await store.backup(file);
    await writers;
    await store.close();
    const b = readJson(file);
    // Every scenario in the backup has its audit entry, and vice versa: one snapshot.
    const created = b.tables.audit_log!.filter((e) => e.action === 'scenario.create').map((e) => e.entity_id);
    expect(b.tables.scenarios!.map((s) => s.id).sort()).toEqual([...created].sort());
    const target = await ready(engine.fresh());
    await expect(restoreStore(file, target)).resolves.toMatchObject({ counts: b.counts });
  });

  it('refuses a non-empty target and changes nothing in it', async () => {
    const { store } = await populated(engine);
    const file = backupFile();
    await store.backup(file);
    await store.close();
    const target = await ready(engine.fresh());
    const other = await openStore(target);
    await other.accounts.createUser({ email: 'x@example.org', displayName: 'X', password: PASSWORD });
    await other.close();
    await expect(restoreStore(file, target)).rejects.toThrow(/is not empty \(users 1, audit_log 1\): restore only into an empty store/);
    const check = await openStore(target);
    expect(await check.accounts.userCount()).toBe(1);
    await check.close();
  });

  it('refuses corrupted, truncated or forged files with a clear message and restores nothing', async () => {
    const { store } = await populated(engine);
    const file = backupFile();
    await store.backup(file);
    await store.close();
    const text = readFileSync(file, 'utf8');

    const altered = backupFile();
    writeFileSync(altered, text.replace('"Meter"', '"Meteor"'));
    await expect(restoreStore(altered, await ready(engine.fresh()))).rejects.toThrow(/is corrupted: its content's SHA-256 is [0-9a-f]{64}, but the backup recorded/);

    const truncated = backupFile();
    writeFileSync(truncated, text.slice(0, text.length / 2));
    await expect(restoreStore(truncated, await ready(engine.fresh()))).rejects.toThrow(/not JSON \(truncated or corrupted\?\)/);

    const dropped = backupFile();
    const d = readJson(file);
    d.tables.incidents = [];
    writeFileSync(dropped, JSON.stringify(d));
    await expect(restoreStore(dropped, await ready(engine.fresh()))).rejects.toThrow(/table incidents holds 0 rows but the backup recorded 1/);

    // Someone edits an audit entry and fixes up the checksum: the chain still gives it away.
    const forged = backupFile();
    const f = readJson(file);
    f.tables.audit_log![2]!.actor_id = 'someone-else';
    f.sha256 = createHash('sha256').update(canonicalJson({ counts: f.counts, migrations: f.migrations, tables: f.tables }), 'utf8').digest('hex');
    writeFileSync(forged, JSON.stringify(f));
    const target = await ready(engine.fresh());
    const e = await restoreStore(forged, target).then(() => null, (err: unknown) => err);
    expect(e).toBeInstanceOf(RestoreError);
    expect(String(e)).toMatch(/audit log does not verify: entry 3 altered/);
    const check = await openStore(target);
    expect(await check.accounts.userCount()).toBe(0);
    await check.close();

    // A row the schema rejects, checksum fixed up: refused, and the transaction leaves nothing.
    const badRow = backupFile();
    const r = readJson(file);
    r.tables.incidents![0]!.status = 'lost';
    r.sha256 = createHash('sha256').update(canonicalJson({ counts: r.counts, migrations: r.migrations, tables: r.tables }), 'utf8').digest('hex');
    writeFileSync(badRow, JSON.stringify(r));
    const badTarget = await ready(engine.fresh());
    await expect(restoreStore(badRow, badTarget)).rejects.toThrow(/cannot restore .*: table incidents, rows 1–1: .*nothing was restored/);
    const empty = await openStore(badTarget);
    expect(await empty.accounts.userCount()).toBe(0);
    await empty.close();

    await expect(restoreStore(join(dir, 'missing.json'), await ready(engine.fresh()))).rejects.toThrow(/cannot read/);
    const notBackup = backupFile();
    writeFileSync(notBackup, '{"hello":1}');
    await expect(restoreStore(notBackup, await ready(engine.fresh()))).rejects.toThrow(/is not an iomt backup/);
  });
});

describe.runIf(POSTGRES)('backup across engines', () => {
  it('restores an SQLite backup into PostgreSQL', async () => {
    await roundTrip(SQLITE, POSTGRES!);
  });
  it('restores a PostgreSQL backup into SQLite', async () => {
    await roundTrip(POSTGRES!, SQLITE);
  });
});
