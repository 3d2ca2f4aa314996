/**
 * Commands for running an instance: the audit chain and its checkpoints, instance administrators,
 * organisations and invitations. Each action loads its module when it runs, so the CLI starts fast.
 */
import { Option } from 'commander';
import type { Command } from 'commander';
import type { StoreFlags } from './commands/setup.ts';

const dataDir = () => new Option('--data-dir <dir>', 'directory of the SQLite store (default ./data; unused when DATABASE_URL is set)');
const format = () => new Option('--format <format>', 'table | markdown | json').default('table');

export function registerInstanceCommands(program: Command, write: (s: string) => void): void {
  const audit = program.command('audit').description('the tamper-evident audit log');
  audit
    .command('verify')
    .description('check the hash chain (exit 1 naming the first bad entry), and against a checkpoint taken earlier; says what the chain can and cannot prove')
    .option('--checkpoint <file>', 'a checkpoint from `iomt audit checkpoint` (signed ones need IOMT_AUDIT_KEY)')
    .addOption(dataDir())
    .action(async (flags: StoreFlags & { checkpoint?: string }) => write(await (await import('./commands/audit.ts')).auditVerifyCommand(flags)));
  audit
    .command('checkpoint')
    .description('export the chain head {seq, hash, at} to keep outside the database; HMAC-signed when IOMT_AUDIT_KEY is set')
    .option('--out <file>', 'write to this new file (default: standard output)')
    .addOption(dataDir())
    .action(async (flags: StoreFlags & { out?: string }) => write(await (await import('./commands/audit.ts')).auditCheckpointCommand(flags)));

  const admin = program.command('admin').description('instance administrators: may create organisations');
  admin
    .command('grant')
    .argument('<email>', 'e-mail address of an existing account')
    .description('make the account an instance administrator')
    .addOption(dataDir())
    .action(async (email: string, flags: StoreFlags) => write(await (await import('./commands/admin.ts')).adminSetCommand(email, true, flags)));
  admin
    .command('revoke')
    .argument('<email>', 'e-mail address')
    .description('withdraw the instance administrator flag')
    .addOption(dataDir())
    .action(async (email: string, flags: StoreFlags) => write(await (await import('./commands/admin.ts')).adminSetCommand(email, false, flags)));

  const orgs = program.command('orgs').description('organisations of this instance');
  orgs
    .command('create')
    .argument('<name>', 'organisation name')
    .description('create an organisation with an existing account as its first owner')
    .requiredOption('--owner-email <email>', "the first owner's e-mail (the account must exist)")
    .option('--slug <slug>', 'organisation slug (default: from the name)')
    .addOption(dataDir())
    .action(async (name: string, flags: StoreFlags & { ownerEmail: string; slug?: string }) => write(await (await import('./commands/admin.ts')).orgsCreateCommand(name, flags)));
  orgs
    .command('list')
    .description('list every organisation')
    .addOption(format())
    .addOption(dataDir())
    .action(async (flags: StoreFlags & { format?: string }) => write(await (await import('./commands/admin.ts')).orgsListCommand(flags)));

  const invitations = program.command('invitations').description('invitations to join an organisation (accepted by the invited person)');
  invitations
    .command('create')
    .description('invite an e-mail address; prints the secret to pass on, once')
    .requiredOption('--org <slug>', 'organisation')
    .requiredOption('--email <email>', 'address to invite')
    .requiredOption('--role <role>', 'owner | editor | viewer')
    .option('--days <n>', 'days until it lapses (1–90, default 7)')
    .addOption(dataDir())
    .action(async (flags: StoreFlags & { org: string; email: string; role: string; days?: string }) =>
      write(await (await import('./commands/admin.ts')).invitationsCreateCommand(flags)),
    );
  invitations
    .command('list')
    .description("list an organisation's invitations and their status")
    .requiredOption('--org <slug>', 'organisation')
    .addOption(format())
    .addOption(dataDir())
    .action(async (flags: StoreFlags & { org: string; format?: string }) => write(await (await import('./commands/admin.ts')).invitationsListCommand(flags)));
  invitations
    .command('revoke')
    .argument('<id>', 'invitation id')
    .description('revoke a pending invitation')
    .requiredOption('--org <slug>', 'organisation')
    .addOption(dataDir())
    .action(async (id: string, flags: StoreFlags & { org: string }) => write(await (await import('./commands/admin.ts')).invitationsRevokeCommand(id, flags)));
}
