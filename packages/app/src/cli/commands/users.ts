/** `iomt users add|list|disable|enable|passwd`: local accounts, managed by whoever can reach the store. */
import Table from 'cli-table3';
import type { Role, User } from '../../store/index.ts';
import { CliError } from '../cli-error.ts';
import { formatOption } from '../options.ts';
import { readPassword, withStore } from './setup.ts';
import type { StoreFlags } from './setup.ts';

export interface UsersAddFlags extends StoreFlags {
  email: string;
  name?: string;
  org?: string;
  role?: string;
}

export async function usersAddCommand(flags: UsersAddFlags, input: NodeJS.ReadableStream): Promise<string> {
  if (flags.role !== undefined && flags.org === undefined) throw new CliError('--role needs --org: the organisation the user joins');
  return withStore(flags, async (store) => {
    const org = flags.org === undefined ? null : await store.accounts.findOrganisationBySlug(flags.org);
    if (flags.org !== undefined && org === null) throw new CliError(`--org ${flags.org}: no organisation with this slug`);
    const password = await readPassword('IOMT_PASSWORD', input, `password for ${flags.email}`);
    const user = await store.accounts.createUser({ email: flags.email, displayName: flags.name ?? flags.email.split('@')[0] ?? flags.email, password });
    if (org === null) return `Created user ${user.email} (${user.id}).\n`;
    const owner = await cliOwner(store, org.id);
    const member = await store.org(owner).members.add(user.id, (flags.role ?? 'viewer') as Role);
    return `Created user ${user.email} (${user.id}) as ${member.role} of ${org.slug}.\n`;
  });
}

/** The CLI acts with the database's authority, recorded in the audit log as an owner of the organisation. */
export async function cliOwner(store: Parameters<Parameters<typeof withStore>[1]>[0], orgId: string) {
  const page = await store.org({ userId: '', orgId, role: 'viewer', via: 'cli' }).members.list({ limit: 200 });
  const owner = page.items.find((m) => m.role === 'owner');
  if (!owner) throw new CliError('the organisation has no owner');
  return { userId: owner.user.id, orgId, role: 'owner' as const, via: 'cli' as const };
}

export async function usersListCommand(flags: StoreFlags & { format?: string }): Promise<string> {
  const format = formatOption(flags.format);
  return withStore(flags, async (store) => {
    const users: User[] = [];
    let cursor: string | undefined;
    do {
      const page = await store.accounts.listUsers({ limit: 200, cursor });
      users.push(...page.items);
      cursor = page.next ?? undefined;
    } while (cursor);
    const rows = await Promise.all(
      users.map(async (u) => ({ ...u, memberships: (await store.accounts.membershipsOf(u.id)).map((m) => `${m.organisation.slug}:${m.role}`) })),
    );
    if (format === 'json') return `${JSON.stringify(rows, null, 2)}\n`;
    if (format === 'markdown') {
      return ['| E-mail | Name | Status | Organisations |', '|---|---|---|---|', ...rows.map((u) => `| ${u.email} | ${u.displayName} | ${u.disabled ? 'disabled' : 'active'} | ${u.memberships.join(', ')} |`), ''].join('\n');
    }
    const table = new Table({ head: ['E-mail', 'Name', 'Status', 'Organisations'], style: { head: [], border: [] } });
    for (const u of rows) table.push([u.email, u.displayName, u.disabled ? 'disabled' : 'active', u.memberships.join(', ')]);
    return `${table.toString()}\n${rows.length} user${rows.length === 1 ? '' : 's'}\n`;
  });
}

async function userByEmail(store: Parameters<Parameters<typeof withStore>[1]>[0], email: string) {
  const user = await store.accounts.findUserByEmail(email);
  if (!user) throw new CliError(`${email}: no user with this e-mail address`);
  return user;
}

export async function usersSetDisabledCommand(email: string, disabled: boolean, flags: StoreFlags): Promise<string> {
  return withStore(flags, async (store) => {
    const user = await userByEmail(store, email);
    await store.accounts.setDisabled(user.id, disabled);
    return disabled
      ? `Disabled ${user.email}; their sessions have ended and their API tokens are revoked.\n`
      : `Enabled ${user.email}; they sign in again, and need new API tokens (the old ones stay revoked).\n`;
  });
}

export async function usersPasswdCommand(email: string, flags: StoreFlags, input: NodeJS.ReadableStream): Promise<string> {
  return withStore(flags, async (store) => {
    const user = await userByEmail(store, email);
    await store.accounts.setPassword(user.id, await readPassword('IOMT_PASSWORD', input, `new password for ${user.email}`));
    return `Changed the password of ${user.email}; their sessions have ended.\n`;
  });
}
