/**
 * `iomt setup`: creates the first owner and organisation. The password comes from
 * IOMT_ADMIN_PASSWORD or the first line of standard input; there is never a default.
 * Also holds what the store commands share: opening the store and reading a password.
 */
import { createInterface } from 'node:readline';
import { openStore, StoreError } from '../../store/index.ts';
import type { Store } from '../../store/index.ts';
import { CliError } from '../cli-error.ts';
import { iomtCommand } from '../invocation.ts';

export interface StoreFlags {
  dataDir?: string;
}

/** Opens the store (PostgreSQL when DATABASE_URL is set, else SQLite under --data-dir), runs `fn`, closes it. */
export async function withStore<T>(flags: StoreFlags, fn: (store: Store) => Promise<T>): Promise<T> {
  let store: Store;
  try {
    store = await openStore({ dataDir: flags.dataDir, databaseUrl: process.env.DATABASE_URL || undefined });
  } catch (e) {
    throw new CliError(e instanceof Error ? e.message : String(e));
  }
  try {
    return await fn(store);
  } catch (e) {
    if (e instanceof StoreError) throw new CliError(e.message);
    throw e;
  } finally {
    await store.close();
  }
}

/** The password from `envName`, else the first line of `input`; never echoed back or logged. */
export async function readPassword(envName: string, input: NodeJS.ReadableStream, what: string): Promise<string> {
  const fromEnv = process.env[envName];
  if (fromEnv !== undefined && fromEnv !== '') return fromEnv;
  if ((input as { isTTY?: boolean }).isTTY) process.stderr.write(`${what} (input is shown; set ${envName} to avoid typing it): `);
  const rl = createInterface({ input, terminal: false });
  try {
    for await (const line of rl) return line;
  } finally {
    rl.close();
  }
  throw new CliError(`${what}: none given; set ${envName} or pass it on standard input`);
}

export { slugify } from '../../store/slug.ts';
import { slugify } from '../../store/slug.ts';

export type SetupFlags = StoreFlags & FirstOwner;

export interface FirstOwner {
  org: string;
  email: string;
  name?: string;
  slug?: string;
}

function slugFor(owner: FirstOwner, orgField: string): string {
  const slug = owner.slug ?? slugify(owner.org);
  if (!/^[a-z0-9](?:[a-z0-9-]{0,62}[a-z0-9])?$/.test(slug)) {
    throw new CliError(`${orgField} ${JSON.stringify(owner.org)}: cannot derive a slug from this name; give one with --slug (lower-case letters, digits, hyphens)`);
  }
  return slug;
}

/** Creates the first owner and organisation in an empty store; refuses once any user exists. */
export async function createFirstOwner(store: Store, owner: FirstOwner, password: () => Promise<string>, orgField = '--org'): Promise<string> {
  const slug = slugFor(owner, orgField);
  if ((await store.accounts.userCount()) > 0) {
    throw new CliError(`setup has already been done: the store has users. Add more with \`${iomtCommand('users add')}\`.`);
  }
  if (await store.accounts.findOrganisationBySlug(slug)) throw new CliError(`--slug ${slug}: an organisation with this slug exists`);
  const user = await store.accounts.createUser({ email: owner.email, displayName: owner.name ?? owner.email.split('@')[0] ?? owner.email, password: await password() });
  const org = await store.accounts.createOrganisation({ name: owner.org, slug }, user.id);
  // The first owner administers the instance: creates further organisations, grants the flag on.
  await store.admin.setAdmin(user.id, true);
  return `Created organisation ${org.name} (${org.slug}) with owner ${user.email}, the instance administrator.`;
}

export async function setupCommand(flags: SetupFlags, input: NodeJS.ReadableStream): Promise<string> {
  slugFor(flags, '--org');
  return withStore(flags, async (store) => {
    const created = await createFirstOwner(store, flags, () => readPassword('IOMT_ADMIN_PASSWORD', input, 'password for the first owner'));
    return [created, `Sign in as ${flags.email} with the password you gave.`, ''].join('\n');
  });
}
