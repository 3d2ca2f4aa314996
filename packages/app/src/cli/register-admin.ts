/**
 * Store administration: first run, accounts, API tokens and backup; the audit log, instance
 * administrators, organisations and invitations are in register-instance.ts. Each command opens
 * the store (DATABASE_URL, else SQLite under --data-dir).
 */
import type { Command } from 'commander';
import type { SetupFlags, StoreFlags } from './commands/setup.ts';
import type { TokensCreateFlags } from './commands/tokens.ts';
import type { UsersAddFlags } from './commands/users.ts';
import { dataDirFlag, formatFlag } from './flags.ts';
import type { Input, Write } from './flags.ts';

const usersModule = () => import('./commands/users.ts');
const tokensModule = () => import('./commands/tokens.ts');
const backupModule = () => import('./commands/backup.ts');

export function registerAdminCommands(program: Command, write: Write, input: Input): void {
  program
    .command('setup')
    .description('first run: create the first owner and organisation (password from IOMT_ADMIN_PASSWORD or stdin)')
    .requiredOption('--org <name>', 'organisation name')
    .requiredOption('--email <email>', "the owner's e-mail address")
    .option('--name <name>', "the owner's display name")
    .option('--slug <slug>', 'organisation slug (default: from the name)')
    .addOption(dataDirFlag())
    .action(async (flags: SetupFlags) => {
      const { setupCommand } = await import('./commands/setup.ts');
      write(await setupCommand(flags, input()));
    });

  const users = program.command('users').description('local accounts');
  users
    .command('add')
    .description('add a user (password from IOMT_PASSWORD or stdin), optionally as a member of an organisation')
    .requiredOption('--email <email>', 'e-mail address')
    .option('--name <name>', 'display name')
    .option('--org <slug>', 'organisation to join')
    .option('--role <role>', 'owner | editor | viewer (default viewer)')
    .addOption(dataDirFlag())
    .action(async (flags: UsersAddFlags) => write(await (await usersModule()).usersAddCommand(flags, input())));
  users
    .command('list')
    .description('list users and their organisations')
    .addOption(formatFlag())
    .addOption(dataDirFlag())
    .action(async (flags: StoreFlags & { format?: string }) => write(await (await usersModule()).usersListCommand(flags)));
  users
    .command('disable')
    .argument('<email>', 'e-mail address')
    .description('disable an account and end its sessions')
    .addOption(dataDirFlag())
    .action(async (email: string, flags: StoreFlags) => write(await (await usersModule()).usersSetDisabledCommand(email, true, flags)));
  users
    .command('enable')
    .argument('<email>', 'e-mail address')
    .description('enable a disabled account')
    .addOption(dataDirFlag())
    .action(async (email: string, flags: StoreFlags) => write(await (await usersModule()).usersSetDisabledCommand(email, false, flags)));
  users
    .command('passwd')
    .argument('<email>', 'e-mail address')
    .description('set a new password (from IOMT_PASSWORD or stdin) and end the sessions')
    .addOption(dataDirFlag())
    .action(async (email: string, flags: StoreFlags) => write(await (await usersModule()).usersPasswdCommand(email, flags, input())));

  const tokens = program.command('tokens').description('API tokens for scripts and CI');
  tokens
    .command('create')
    .description('create a token; its secret is printed once')
    .requiredOption('--org <slug>', 'organisation')
    .requiredOption('--user <email>', 'the member the token acts for')
    .requiredOption('--name <name>', 'what the token is for')
    .requiredOption('--role <role>', 'owner | editor | viewer (at most the member\'s role)')
    .option('--expires <instant>', 'expiry, ISO 8601 (default: never)')
    .addOption(dataDirFlag())
    .action(async (flags: TokensCreateFlags) => write(await (await tokensModule()).tokensCreateCommand(flags)));
  tokens
    .command('list')
    .description("list an organisation's tokens (prefixes only, never secrets)")
    .requiredOption('--org <slug>', 'organisation')
    .addOption(formatFlag())
    .addOption(dataDirFlag())
    .action(async (flags: StoreFlags & { org: string; format?: string }) => write(await (await tokensModule()).tokensListCommand(flags)));
  tokens
    .command('revoke')
    .argument('<id>', 'token id')
    .description('revoke a token')
    .requiredOption('--org <slug>', 'organisation')
    .addOption(dataDirFlag())
    .action(async (id: string, flags: StoreFlags & { org: string }) => write(await (await tokensModule()).tokensRevokeCommand(id, flags)));

  program
    .command('backup')
    .argument('<file>', 'backup file to write')
    .description('consistent online backup of the whole store into one file')
    .addOption(dataDirFlag())
    .action(async (file: string, flags: StoreFlags) => write(await (await backupModule()).backupCommand(file, flags)));
  program
    .command('restore')
    .argument('<file>', 'backup file to read')
    .description('restore a backup into an empty store, verified before it commits')
    .addOption(dataDirFlag())
    .action(async (file: string, flags: StoreFlags) => write(await (await backupModule()).restoreCommand(file, flags)));
}
