/** `iomt serve`: the HTTP API and the web app, until interrupted. */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { CliError } from '../cli-error.ts';
import { iomtCommand } from '../invocation.ts';
import { createFirstOwner } from './setup.ts';
import { parseTrustedProxies } from '../../server/client-origin.ts';
import { startServer } from '../../server/start.ts';
import type { RunningServer } from '../../server/start.ts';

export interface ServeFlags {
  port?: string;
  host?: string;
  dataDir?: string;
  demo?: boolean;
  trustProxy?: string;
}

function portOption(value: string | undefined): number {
  if (value === undefined) return 8080;
  const n = Number(value);
  if (!/^\d+$/.test(value) || !Number.isInteger(n) || n < 0 || n > 65535) throw new CliError(`--port ${value}: expected a port number from 0 to 65535`);
  return n;
}

/**
 * The published package carries the built web app and the examples under assets/ (made by
 * scripts/pack-assets.mjs when packing); in a clone they are absent and the server uses the
 * repository's packages/web/dist and examples/.
 */
function packagedAssets(): { webRoot?: string; examplesDir?: string } {
  const at = (name: string) => fileURLToPath(new URL(`../../../assets/${name}`, import.meta.url));
  return {
    ...(existsSync(at('web/index.html')) ? { webRoot: at('web') } : {}),
    ...(existsSync(at('examples')) ? { examplesDir: at('examples') } : {}),
  };
}

const count = (n: number, noun: string): string => `${n} ${noun}${n === 1 ? '' : 's'}`;

function demoLines(s: RunningServer): string[] {
  const d = s.demo;
  if (!d) return [];
  switch (d.kind) {
    case 'seeded':
      return [
        `Demo organisation created from examples/: ${count(d.products, 'product')}, ${count(d.incidents, 'incident')} (moved in time so their clocks are running), ${count(d.assessments, 'gap assessment')}.`,
        `Sign in as ${d.email} with password ${d.password}`,
        `This password is shown only now; reset it later with \`${iomtCommand('users passwd demo@example.org')}\`.`,
        ...(d.skipped.length ? [`Skipped (not valid): ${d.skipped.join(', ')}`] : []),
      ];
    case 'exists':
      return [`The demo organisation exists; sign in as ${d.email}.`, `Forgot the password? Set a new one with \`${iomtCommand('users passwd demo@example.org')}\`.`];
    case 'not-empty':
      return ['--demo seeds only an empty store; this one has accounts already, so nothing was added.'];
  }
}

/**
 * First run from the environment (for deployments without a shell): IOMT_ADMIN_ORG,
 * IOMT_ADMIN_EMAIL and IOMT_ADMIN_PASSWORD create the first owner of an empty store.
 */
async function firstOwnerFromEnvironment(server: RunningServer): Promise<string | undefined> {
  const { IOMT_ADMIN_ORG: org, IOMT_ADMIN_EMAIL: email, IOMT_ADMIN_PASSWORD: password } = process.env;
  if (!org && !email) return undefined;
  if (!org || !email || !password) {
    await server.close();
    throw new CliError('IOMT_ADMIN_ORG, IOMT_ADMIN_EMAIL and IOMT_ADMIN_PASSWORD: set all three to create the first owner, or none');
  }
  try {
    return await createFirstOwner(server.store, { org, email }, () => Promise.resolve(password), 'IOMT_ADMIN_ORG');
  } catch (e) {
    await server.close();
    throw e instanceof CliError ? e : new CliError(e instanceof Error ? e.message : String(e));
  }
}

/** Runs until SIGINT or SIGTERM; lines go straight to stdout because the command does not end. */
export async function serveCommand(flags: ServeFlags, print: (line: string) => void = (l) => process.stdout.write(l + '\n')): Promise<string> {
  const port = portOption(flags.port);
  const host = flags.host ?? '127.0.0.1';
  const databaseUrl = process.env.DATABASE_URL || undefined;
  let trustedProxies: number;
  try {
    trustedProxies = flags.trustProxy !== undefined ? parseTrustedProxies(flags.trustProxy, '--trust-proxy') : parseTrustedProxies(process.env.IOMT_TRUST_PROXY, 'IOMT_TRUST_PROXY');
  } catch (e) {
    throw new CliError((e as Error).message);
  }
  let server: RunningServer;
  try {
    server = await startServer({ ...packagedAssets(), port, host, ...(flags.dataDir ? { dataDir: flags.dataDir } : {}), ...(databaseUrl ? { databaseUrl } : {}), demo: flags.demo ?? false, trustedProxies });
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'EADDRINUSE') throw new CliError(`--port ${port}: the port is in use on ${host}; choose another with --port`);
    throw new CliError(e instanceof Error ? e.message : String(e));
  }
  print(`iomt-compliance is serving at ${server.url}/`);
  print(`API reference: ${server.url}/api/docs · OpenAPI: ${server.url}/api/v1/openapi.json`);
  print(`Data: ${server.store.dialect === 'postgres' ? 'PostgreSQL (DATABASE_URL)' : `SQLite under ${flags.dataDir ?? './data'}`}`);
  for (const line of demoLines(server)) print(line);
  if (!flags.demo && (await server.store.accounts.userCount()) === 0) {
    const fromEnv = await firstOwnerFromEnvironment(server);
    print(fromEnv ?? `No accounts yet: create the first owner with \`${iomtCommand('setup --org NAME --email EMAIL')}\`, set IOMT_ADMIN_ORG, IOMT_ADMIN_EMAIL and IOMT_ADMIN_PASSWORD, or start with --demo.`);
  }
  print('Stop with Ctrl+C.');
  await new Promise<void>((resolveStop) => {
    const stop = () => {
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
      resolveStop();
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  });
  await server.close();
  return 'Stopped.\n';
}
