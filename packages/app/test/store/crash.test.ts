import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { describe, expect, it } from 'vitest';
import { openStore } from '../../src/store/index.ts';
import type { StoreOptions } from '../../src/store/index.ts';
import { ENGINES, ready } from './engines.ts';

const ROOT = join(import.meta.dirname, '../../../..');
const WRITER = join(import.meta.dirname, 'crash-writer.ts');

/** Runs the writer until it has acknowledged `acks` writes, then SIGKILLs it; returns what it acknowledged. */
function writeUntilKilled(options: StoreOptions, acks: number): Promise<Map<string, number>> {
  return new Promise((resolvePromise, reject) => {
    // Node itself with tsx's loader, not the tsx launcher: the launcher runs the script in a child
    // process, which a SIGKILL to the launcher would leave running.
    const child = spawn(process.execPath, ['--conditions=@iomt/source', '--import', 'tsx', WRITER, JSON.stringify(options)], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
    const acknowledged = new Map<string, number>();
    let stderr = '';
    let killed = false;
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    createInterface({ input: child.stdout }).on('line', (line) => {
      const m = /^ack (\S+) (\d+)$/.exec(line);
      if (!m) return;
      acknowledged.set(m[1]!, Math.max(Number(m[2]), acknowledged.get(m[1]!) ?? 0));
      if (!killed && [...acknowledged.values()].reduce((s, v) => s + v, 0) >= acks) {
        killed = true;
        child.kill('SIGKILL');
      }
    });
    child.on('exit', (code, signal) => {
      if (signal === 'SIGKILL') resolvePromise(acknowledged);
      else reject(new Error(`writer exited with ${code}: ${stderr}`));
    });
  });
}

describe.each(ENGINES)('crash safety on $dialect', (engine) => {
  it('a writer killed with SIGKILL mid-stream leaves a store that opens, passes its checks and holds every acknowledged write', async () => {
    const options = await ready(engine.fresh());
    const acknowledged = await writeUntilKilled(options, 120);
    expect(acknowledged.size).toBeGreaterThan(10);

    const store = await openStore(options);
    try {
      expect(await store.checkIntegrity()).toMatchObject({ ok: true });
      const audit = await store.verifyAudit();
      expect(audit).toMatchObject({ ok: true });
      const user = (await store.accounts.findUserByEmail('writer@example.org'))!;
      const org = (await store.accounts.findOrganisationBySlug('crash'))!;
      const scope = store.org({ userId: user.id, orgId: org.id, role: 'owner', via: 'cli' });
      for (const [id, version] of acknowledged) {
        const incident = await scope.incidents.get(id);
        expect(incident.version).toBeGreaterThanOrEqual(version);
      }
      // Every stored incident has its audit entries: nothing half-written.
      const all = [];
      let cursor: string | undefined;
      do {
        const page = await scope.incidents.list({ limit: 200, cursor });
        all.push(...page.items);
        cursor = page.next ?? undefined;
      } while (cursor);
      const entries = [];
      cursor = undefined;
      do {
        const page = await scope.audit({ limit: 200, cursor });
        entries.push(...page.items);
        cursor = page.next ?? undefined;
      } while (cursor);
      for (const incident of all) {
        const writes = entries.filter((e) => e.entityId === incident.id).length;
        expect(writes).toBe(incident.version);
      }
      // The store takes new writes after the crash.
      await expect(scope.incidents.create({ title: 'after', case: {} })).resolves.toMatchObject({ version: 1 });
      expect(await store.verifyAudit()).toMatchObject({ ok: true, entries: audit.entries + 1 });
    } finally {
      await store.close();
    }
  });
});
