import { describe, expect, it } from 'vitest';
import { entryHash } from '../../src/store/audit.ts';
import type { Store, StoreOptions } from '../../src/store/index.ts';
import { ENGINES, openFresh } from './engines.ts';
import type { AuditLogTable } from '../../src/store/schema.ts';
import type { Engine } from './engines.ts';
import { CASE, seed } from './fixtures.ts';

type Row = AuditLogTable;

const dropTriggers = (engine: Engine): string[] =>
  engine.dialect === 'sqlite'
    ? ['DROP TRIGGER audit_log_no_update', 'DROP TRIGGER audit_log_no_delete']
    : ['DROP TRIGGER audit_log_no_update ON audit_log', 'DROP TRIGGER audit_log_no_delete ON audit_log', 'ALTER TABLE audit_log DROP CONSTRAINT IF EXISTS audit_log_seq_check'];

const q = (s: string) => `'${s.replace(/'/g, "''")}'`;

/** A store whose audit log holds a dozen entries, and the triggers an attacker would drop. */
async function logged(engine: Engine): Promise<{ options: StoreOptions; rows: Row[]; verify: () => ReturnType<Store['verifyAudit']> }> {
  const { store, options } = await openFresh(engine);
  const w = await seed(store);
  const a = store.org(w.actors.editorA);
  const incident = await a.incidents.create({ title: 'Breach', case: CASE });
  await a.incidents.update(incident.id, { title: 'Breach (confirmed)', expectedVersion: 1 });
  await a.scenarios.create({ name: 'S', scenarios: [] });
  const rows = (await engine.rows<Row>(options, 'SELECT * FROM audit_log ORDER BY seq')).map((r) => ({ ...r, seq: Number(r.seq) }));
  expect(rows.length).toBeGreaterThanOrEqual(10);
  expect(await store.verifyAudit()).toEqual({ ok: true, entries: rows.length, head: rows[rows.length - 1]!.hash });
  return { options, rows, verify: () => store.verifyAudit() };
}

const rehash = (r: Row, prevHash: string) =>
  entryHash(prevHash, {
    seq: r.seq,
    at: r.at,
    orgId: r.org_id,
    actorId: r.actor_id,
    action: r.action,
    entityType: r.entity_type,
    entityId: r.entity_id,
    change: JSON.parse(r.change) as unknown,
  });

describe.each(ENGINES)('audit log on $dialect', (engine) => {
  it('chains every entry to the previous one from a fixed genesis', async () => {
    const { rows } = await logged(engine);
    expect(rows[0]!.prev_hash).toBe('0'.repeat(64));
    for (let i = 1; i < rows.length; i++) expect(rows[i]!.prev_hash).toBe(rows[i - 1]!.hash);
    expect(rows.map((r) => r.seq)).toEqual(rows.map((_, i) => i + 1));
  });

  it('rejects UPDATE and DELETE on the audit log, even with direct database access', async () => {
    const { options, verify } = await logged(engine);
    await expect(engine.raw(options, [`UPDATE audit_log SET action = 'x' WHERE seq = 2`])).rejects.toThrow(/append-only/);
    await expect(engine.raw(options, ['DELETE FROM audit_log WHERE seq = 2'])).rejects.toThrow(/append-only/);
    if (engine.dialect === 'postgres') await expect(engine.raw(options, ['TRUNCATE audit_log'])).rejects.toThrow(/append-only/);
    expect(await verify()).toMatchObject({ ok: true });
  });

  it('detects an altered entry and names it', async () => {
    const { options, rows, verify } = await logged(engine);
    const target = rows[4]!;
    await engine.raw(options, [...dropTriggers(engine), `UPDATE audit_log SET change = ${q(JSON.stringify({ forged: true }))} WHERE seq = ${target.seq}`]);
    expect(await verify()).toMatchObject({ ok: false, seq: target.seq, problem: 'altered', entries: rows.length });
  });

  it('detects an altered entry whose own hash was recomputed, at that entry', async () => {
    const { options, rows, verify } = await logged(engine);
    const target = { ...rows[4]!, actor_id: 'someone-else' };
    const forged = rehash(target, target.prev_hash);
    await engine.raw(options, [...dropTriggers(engine), `UPDATE audit_log SET actor_id = 'someone-else', hash = ${q(forged)} WHERE seq = ${target.seq}`]);
    expect(await verify()).toMatchObject({ ok: false, seq: target.seq, problem: 'altered' });
  });

  it('detects a removed entry in the middle and at the start', async () => {
    const { options, rows, verify } = await logged(engine);
    await engine.raw(options, [...dropTriggers(engine), 'DELETE FROM audit_log WHERE seq = 6']);
    expect(await verify()).toMatchObject({ ok: false, seq: 6, problem: 'removed', entries: rows.length - 1 });
    await engine.raw(options, ['DELETE FROM audit_log WHERE seq = 1']);
    expect(await verify()).toMatchObject({ ok: false, seq: 1, problem: 'removed' });
  });

  it('detects a removed entry even when the later entries were renumbered to close the gap', async () => {
    const { options, verify } = await logged(engine);
    await engine.raw(options, [
      ...dropTriggers(engine),
      'DELETE FROM audit_log WHERE seq = 6',
      'UPDATE audit_log SET seq = seq + 1000 WHERE seq > 6',
      'UPDATE audit_log SET seq = seq - 1001 WHERE seq > 1000',
    ]);
    expect(await verify()).toMatchObject({ ok: false, seq: 6, problem: 'removed' });
  });

  it('detects reordered entries', async () => {
    const { options, verify } = await logged(engine);
    await engine.raw(options, [
      ...dropTriggers(engine),
      'UPDATE audit_log SET seq = 1000 WHERE seq = 5',
      'UPDATE audit_log SET seq = 5 WHERE seq = 6',
      'UPDATE audit_log SET seq = 6 WHERE seq = 1000',
    ]);
    expect(await verify()).toMatchObject({ ok: false, seq: 5, problem: 'reordered' });
  });

  it('detects an inserted entry, even one correctly linked and hashed, and names it', async () => {
    const { options, rows, verify } = await logged(engine);
    const before = rows[3]!; // seq 4
    const fake: Row = { ...before, seq: 5, action: 'incident.remove', entity_id: 'fake', change: JSON.stringify({ note: 'never happened' }), prev_hash: before.hash, hash: '' };
    fake.hash = rehash(fake, before.hash);
    await engine.raw(options, [
      ...dropTriggers(engine),
      'UPDATE audit_log SET seq = seq + 1000 WHERE seq >= 5',
      'UPDATE audit_log SET seq = seq - 999 WHERE seq > 1000',
      `INSERT INTO audit_log (seq, at, org_id, actor_id, action, entity_type, entity_id, change, prev_hash, hash) VALUES
        (5, ${q(fake.at)}, ${fake.org_id === null ? 'NULL' : q(fake.org_id)}, ${fake.actor_id === null ? 'NULL' : q(fake.actor_id)}, ${q(fake.action)},
         ${q(fake.entity_type)}, ${q(fake.entity_id)}, ${q(fake.change)}, ${q(fake.prev_hash)}, ${q(fake.hash)})`,
    ]);
    expect(await verify()).toMatchObject({ ok: false, seq: 5, problem: 'inserted', entries: rows.length + 1 });
  });

  it('gives each problem a readable detail', async () => {
    const { options, verify } = await logged(engine);
    await engine.raw(options, [...dropTriggers(engine), 'DELETE FROM audit_log WHERE seq = 3']);
    const r = await verify();
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.detail).toMatch(/entry 3 is missing/);
  });

  it('names a changed prev_hash as altered, not removed', async () => {
    const { options, verify } = await logged(engine);
    await engine.raw(options, [...dropTriggers(engine), `UPDATE audit_log SET prev_hash = ${q('a'.repeat(64))} WHERE seq = 5`]);
    expect(await verify()).toMatchObject({ ok: false, seq: 5, problem: 'altered', detail: expect.stringContaining('prev_hash') as unknown });
  });

  it('names contents swapped between two entries (links included) as altered, not reordered', async () => {
    const { options, rows, verify } = await logged(engine);
    const [a, b] = [rows[4]!, rows[5]!];
    const set = (from: Row, seq: number) =>
      `UPDATE audit_log SET action = ${q(from.action)}, entity_type = ${q(from.entity_type)}, entity_id = ${q(from.entity_id)}, change = ${q(from.change)}, prev_hash = ${q(from.prev_hash)} WHERE seq = ${seq}`;
    await engine.raw(options, [...dropTriggers(engine), set(b, a.seq), set(a, b.seq)]);
    expect(await verify()).toMatchObject({ ok: false, seq: 5, problem: 'altered' });
  });
});
