/** `iomt tokens create|list|revoke`: API tokens for scripts and CI. The secret is printed once, at creation. */
import Table from 'cli-table3';
import { ROLES } from '../../store/index.ts';
import type { ApiToken, Role, Store } from '../../store/index.ts';
import { CliError } from '../cli-error.ts';
import { formatOption } from '../options.ts';
import { withStore } from './setup.ts';
import type { StoreFlags } from './setup.ts';
import { cliOwner } from './users.ts';

const RANK: Record<Role, number> = { viewer: 0, editor: 1, owner: 2 };

async function orgBySlug(store: Store, slug: string) {
  const org = await store.accounts.findOrganisationBySlug(slug);
  if (!org) throw new CliError(`--org ${slug}: no organisation with this slug`);
  return org;
}

export interface TokensCreateFlags extends StoreFlags {
  org: string;
  user: string;
  name: string;
  role: string;
  expires?: string;
}

export async function tokensCreateCommand(flags: TokensCreateFlags): Promise<string> {
  if (!(ROLES as readonly string[]).includes(flags.role)) throw new CliError(`--role ${flags.role}: expected one of ${ROLES.join(', ')}`);
  const role = flags.role as Role;
  return withStore(flags, async (store) => {
    const org = await orgBySlug(store, flags.org);
    const user = await store.accounts.findUserByEmail(flags.user);
    if (!user) throw new CliError(`--user ${flags.user}: no user with this e-mail address`);
    const member = await store.accounts.actorFor(user.id, org.id, 'cli');
    if (!member) throw new CliError(`--user ${flags.user}: not a member of ${org.slug} (or disabled)`);
    if (RANK[role] > RANK[member.role]) throw new CliError(`--role ${role}: ${user.email} is ${member.role} in ${org.slug}; a token cannot hold more`);
    // The token belongs to the user; the CLI issues it with the store's owner authority.
    const { token, secret } = await store.org({ ...member, role: 'owner' }).tokens.create({ name: flags.name, role, expiresAt: flags.expires ?? null });
    return [
      `Created token ${token.name} (${token.id}) for ${user.email} in ${org.slug}, role ${token.role}${token.expiresAt ? `, expires ${token.expiresAt}` : ''}.`,
      'The secret is shown only now; store it safely:',
      secret,
      '',
    ].join('\n');
  });
}

export async function tokensListCommand(flags: StoreFlags & { org: string; format?: string }): Promise<string> {
  const format = formatOption(flags.format);
  return withStore(flags, async (store) => {
    const org = await orgBySlug(store, flags.org);
    const scope = store.org(await cliOwner(store, org.id));
    const tokens: ApiToken[] = [];
    let cursor: string | undefined;
    do {
      const page = await scope.tokens.list({ limit: 200, cursor });
      tokens.push(...page.items);
      cursor = page.next ?? undefined;
    } while (cursor);
    if (format === 'json') return `${JSON.stringify(tokens, null, 2)}\n`;
    const status = (t: ApiToken) => (t.revokedAt ? `revoked ${t.revokedAt}` : t.expiresAt && t.expiresAt <= new Date().toISOString() ? 'expired' : 'active');
    if (format === 'markdown') {
      return ['| Id | Name | Prefix | Role | Status | Last used |', '|---|---|---|---|---|---|', ...tokens.map((t) => `| ${t.id} | ${t.name} | ${t.prefix}… | ${t.role} | ${status(t)} | ${t.lastUsedAt ?? 'never'} |`), ''].join('\n');
    }
    const table = new Table({ head: ['Id', 'Name', 'Prefix', 'Role', 'Status', 'Last used'], style: { head: [], border: [] } });
    for (const t of tokens) table.push([t.id, t.name, `${t.prefix}…`, t.role, status(t), t.lastUsedAt ?? 'never']);
    return `${table.toString()}\n`;
  });
}

export async function tokensRevokeCommand(id: string, flags: StoreFlags & { org: string }): Promise<string> {
  return withStore(flags, async (store) => {
    const org = await orgBySlug(store, flags.org);
    await store.org(await cliOwner(store, org.id)).tokens.revoke(id);
    return `Revoked token ${id}.\n`;
  });
}
