/**
 * Instance administration from the command line, with the database's authority: the administrator
 * flag, organisations, and invitations (`iomt admin`, `iomt orgs`, `iomt invitations`).
 */
import Table from 'cli-table3';
import { slugify } from '../../store/index.ts';
import type { Invitation, Organisation, Role, Store } from '../../store/index.ts';
import { CliError } from '../cli-error.ts';
import { formatOption } from '../options.ts';
import { withStore } from './setup.ts';
import type { StoreFlags } from './setup.ts';
import { cliOwner } from './users.ts';

async function userByEmail(store: Store, email: string, field: string) {
  const user = await store.accounts.findUserByEmail(email);
  if (!user) throw new CliError(`${field} ${email}: no account has this e-mail (add it with \`iomt users add\`)`);
  return user;
}

async function orgBySlug(store: Store, slug: string) {
  const org = await store.accounts.findOrganisationBySlug(slug);
  if (!org) throw new CliError(`--org ${slug}: no organisation with this slug`);
  return org;
}

async function all<T>(next: (cursor: string | undefined) => Promise<{ items: T[]; next: string | null }>): Promise<T[]> {
  const out: T[] = [];
  let cursor: string | undefined;
  do {
    const page = await next(cursor);
    out.push(...page.items);
    cursor = page.next ?? undefined;
  } while (cursor);
  return out;
}

function render(format: string | undefined, head: string[], rows: string[][], json: unknown): string {
  const f = formatOption(format);
  if (f === 'json') return `${JSON.stringify(json, null, 2)}\n`;
  if (f === 'markdown') return [`| ${head.join(' | ')} |`, `|${head.map(() => '---').join('|')}|`, ...rows.map((r) => `| ${r.join(' | ')} |`), ''].join('\n');
  const table = new Table({ head, style: { head: [], border: [] } });
  for (const r of rows) table.push(r);
  return `${table.toString()}\n`;
}

export async function adminSetCommand(email: string, admin: boolean, flags: StoreFlags): Promise<string> {
  return withStore(flags, async (store) => {
    const user = await userByEmail(store, email, 'e-mail');
    await store.admin.setAdmin(user.id, admin);
    return admin ? `${user.email} is now an instance administrator.\n` : `${user.email} is no longer an instance administrator.\n`;
  });
}

export async function orgsCreateCommand(name: string, flags: StoreFlags & { ownerEmail: string; slug?: string }): Promise<string> {
  const slug = flags.slug ?? slugify(name);
  if (slug === '') throw new CliError(`name ${JSON.stringify(name)}: cannot derive a slug from it; give one with --slug`);
  return withStore(flags, async (store) => {
    const owner = await userByEmail(store, flags.ownerEmail, '--owner-email');
    const org = await store.accounts.createOrganisation({ name, slug }, owner.id);
    return `Created organisation ${org.name} (${org.slug}) with owner ${owner.email}.\n`;
  });
}

export async function orgsListCommand(flags: StoreFlags & { format?: string }): Promise<string> {
  return withStore(flags, async (store) => {
    const orgs: Organisation[] = await all((cursor) => store.admin.listOrganisations({ limit: 200, ...(cursor ? { cursor } : {}) }));
    return render(flags.format, ['Slug', 'Name', 'Created', 'Id'], orgs.map((o) => [o.slug, o.name, o.createdAt, o.id]), orgs);
  });
}

export async function invitationsCreateCommand(flags: StoreFlags & { org: string; email: string; role: string; days?: string }): Promise<string> {
  const days = flags.days === undefined ? 7 : Number(flags.days);
  if (!Number.isInteger(days) || days < 1 || days > 90) throw new CliError(`--days ${flags.days}: expected a whole number of days from 1 to 90`);
  return withStore(flags, async (store) => {
    const org = await orgBySlug(store, flags.org);
    const scope = store.org(await cliOwner(store, org.id));
    const { invitation, secret } = await scope.invitations.create({ email: flags.email, role: flags.role as Role, ttlSeconds: days * 86_400 });
    return [
      `Invited ${invitation.email} to ${org.slug} as ${invitation.role}, until ${invitation.expiresAt} (invitation ${invitation.id}).`,
      `Pass this secret on to them (it is shown once): ${secret}`,
      'They accept it signed in (POST /api/v1/invitations/accept) or create their account with it (POST /api/v1/invitations/sign-up).',
      '',
    ].join('\n');
  });
}

export async function invitationsListCommand(flags: StoreFlags & { org: string; format?: string }): Promise<string> {
  return withStore(flags, async (store) => {
    const org = await orgBySlug(store, flags.org);
    const scope = store.org(await cliOwner(store, org.id));
    const items: Invitation[] = await all((cursor) => scope.invitations.list({ limit: 200, ...(cursor ? { cursor } : {}) }));
    return render(flags.format, ['Id', 'E-mail', 'Role', 'Status', 'Expires'], items.map((i) => [i.id, i.email, i.role, i.status, i.expiresAt]), items);
  });
}

export async function invitationsRevokeCommand(id: string, flags: StoreFlags & { org: string }): Promise<string> {
  return withStore(flags, async (store) => {
    const org = await orgBySlug(store, flags.org);
    const invitation = await store.org(await cliOwner(store, org.id)).invitations.revoke(id);
    return `Invitation ${invitation.id} for ${invitation.email} is ${invitation.status}.\n`;
  });
}
