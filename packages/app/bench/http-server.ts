/**
 * The server side of the HTTP benchmark, in its own process so the load generator does not share
 * its event loop: an SQLite store in a temp directory, one organisation, an API token and one
 * stored incident. Prints one JSON line with what the load generator needs, then serves until killed.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import { startServer } from '../src/server/start.ts';

const dir = mkdtempSync(join(tmpdir(), 'iomt-bench-'));
const server = await startServer({ port: 0, host: '127.0.0.1', dataDir: dir, log: () => undefined });
const owner = await server.store.accounts.createUser({ email: 'bench@example.org', displayName: 'Bench', password: 'bench password not for use' });
const org = await server.store.accounts.createOrganisation({ name: 'Bench', slug: 'bench' }, owner.id);
const scope = server.store.org({ userId: owner.id, orgId: org.id, role: 'owner', via: 'cli' });
const { secret } = await scope.tokens.create({ name: 'bench', role: 'viewer' });
const incidentCase = parse(readFileSync(new URL('../../../examples/incidents/hospital-ransomware.yaml', import.meta.url), 'utf8')) as unknown;
const incident = await scope.incidents.create({ title: 'bench', case: incidentCase });
console.log(JSON.stringify({ url: server.url, token: secret, orgId: org.id, incidentId: incident.id }));

const stop = () => {
  void server.close().finally(() => {
    rmSync(dir, { recursive: true, force: true });
    process.exit(0);
  });
};
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
