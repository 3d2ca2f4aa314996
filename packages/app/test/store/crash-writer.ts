/**
 * Child process for the crash-safety test: writes incidents in parallel streams and prints
 * `ack <id>` only after each write's promise resolved (i.e. its transaction committed).
 * The test kills it with SIGKILL at an arbitrary point.
 */
import { openStore } from '../../src/store/index.ts';
import type { StoreOptions } from '../../src/store/index.ts';

const options = JSON.parse(process.argv[2]!) as StoreOptions;
const store = await openStore(options);
const user = await store.accounts.createUser({ email: 'writer@example.org', displayName: 'Writer', password: 'correct horse battery staple' });
const org = await store.accounts.createOrganisation({ name: 'Crash', slug: 'crash' }, user.id);
const scope = store.org({ userId: user.id, orgId: org.id, role: 'owner', via: 'cli' });
process.stdout.write('ready\n');

async function stream(n: number): Promise<never> {
  for (let i = 0; ; i++) {
    const incident = await scope.incidents.create({ title: `stream ${n} write ${i}`, case: { stream: n, i, padding: 'x'.repeat(2000) } });
    process.stdout.write(`ack ${incident.id} 1\n`);
    const updated = await scope.incidents.update(incident.id, { status: 'closed', expectedVersion: 1 });
    process.stdout.write(`ack ${incident.id} ${updated.version}\n`);
  }
}
await Promise.all([0, 1, 2, 3].map(stream));
