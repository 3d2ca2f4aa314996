/**
 * `iomt`: which EU acts apply to a connected health product, from when, why, and with which
 * obligations. Exit codes: 0 ok, 2 bad input (one message naming the field, nothing on stdout).
 */
import { pathToFileURL } from 'node:url';
import { Command, CommanderError, Option } from 'commander';
import { InputError, TimeInputError } from '@iomt/core';
import { CliError, EXIT_BAD_INPUT, EXIT_OK } from './cli-error.ts';
import { registerAdminCommands } from './register-admin.ts';
import { actCommand } from './commands/act.ts';
import { actsCommand } from './commands/acts.ts';
import { assessCommand } from './commands/assess.ts';
import { classifyCommand } from './commands/classify.ts';
import type { ClassifyFlags } from './commands/classify.ts';
import { interactiveClassify } from './commands/classify-interactive.ts';
import { controlsClosesCommand, controlsListCommand, controlsMapCommand } from './commands/controls.ts';
import { exportCisoAssistantCommand, exportOscalCommand } from './commands/export.ts';
import type { ExportFlags } from './commands/export.ts';
import { gapCommand } from './commands/gap.ts';
import type { GapFlags } from './commands/gap.ts';
import { incidentIcsCommand, incidentPlanCommand, incidentReportCommand } from './commands/incident.ts';
import type { IncidentFlags } from './commands/incident.ts';
import { questionsCommand } from './commands/questions.ts';
import { scenariosCommand, schemaCommand } from './commands/schema.ts';
import { backupCommand, restoreCommand } from './commands/backup.ts';
import { setupCommand } from './commands/setup.ts';
import type { SetupFlags, StoreFlags } from './commands/setup.ts';
import { tokensCreateCommand, tokensListCommand, tokensRevokeCommand } from './commands/tokens.ts';
import type { TokensCreateFlags } from './commands/tokens.ts';
import { usersAddCommand, usersListCommand, usersPasswdCommand, usersSetDisabledCommand } from './commands/users.ts';
import type { UsersAddFlags } from './commands/users.ts';
import { serveCommand } from './commands/serve.ts';
import type { ServeFlags } from './commands/serve.ts';

const collect = (value: string, previous: string[] = []): string[] => [...previous, value];
const formatFlag = () => new Option('--format <format>', 'table | markdown | json').default('table');
const dataDirFlag = () =>
  new Option('--data-dir <dir>', 'directory of the SQLite store (default ./data; unused when DATABASE_URL is set)');
const asOfFlag = () => new Option('--as-of <date>', 'assess the law as it stands on this date (YYYY-MM-DD; default today)');

export function buildProgram(write: (text: string) => void, input: () => NodeJS.ReadableStream = () => process.stdin): Command {
  const program = new Command('iomt')
    .description('EU cybersecurity law for connected health products: which acts apply, why, and what they require.')
    .exitOverride()
    .configureOutput({ writeOut: write, writeErr: (s) => process.stderr.write(s) });

  program
    .command('acts')
    .description('list the acts of the knowledge base and their status on a date')
    .addOption(asOfFlag())
    .addOption(formatFlag())
    .action((flags: { asOf?: string; format?: string }) => write(actsCommand(flags)));

  program
    .command('act')
    .argument('<id>', 'act id, e.g. cra, mdr, nis2')
    .description('show one act: timeline, scope rules, obligations, sources and verification')
    .addOption(formatFlag())
    .action((id: string, flags: { format?: string }) => write(actCommand(id, flags)));

  program
    .command('assess')
    .argument('<file>', 'profile in YAML or JSON')
    .description('which acts apply to the profile, from when and why, and the obligations that follow')
    .addOption(asOfFlag())
    .option('--scenario <id>', 'switch on a pending proposal (repeatable; see `iomt scenarios`)', collect)
    .option('--contrast <fact=value>', 'compare with the profile changed (repeatable; also as-of=DATE, scenario=ID)', collect)
    .option('--horizon <months>', 'list changes coming within this many months', '24')
    .addOption(formatFlag())
    .action((file: string, flags: Parameters<typeof assessCommand>[1]) => write(assessCommand(file, flags)));

  program
    .command('questions')
    .argument('<file>', 'profile in YAML or JSON')
    .description('the missing facts that can change the answer, and what each answer would change')
    .addOption(asOfFlag())
    .option('--scenario <id>', 'switch on a pending proposal (repeatable)', collect)
    .addOption(formatFlag())
    .action((file: string, flags: Parameters<typeof questionsCommand>[1]) => write(questionsCommand(file, flags)));

  program
    .command('classify')
    .argument('[file]', 'profile in YAML or JSON (optional with --interactive)')
    .description('what the product and organisation are: MDR/IVDR class, CRA category, AI Act risk, NIS2 entity type, RED requirements')
    .addOption(asOfFlag())
    .option('--scenario <id>', 'switch on a pending proposal (repeatable)', collect)
    .option('--interactive', 'ask the open questions one by one, most decisive first')
    .option('--save <file>', 'with --interactive: save the answers as a profile file')
    .addOption(formatFlag())
    .action(async (file: string | undefined, flags: ClassifyFlags & { interactive?: boolean; save?: string }) => {
      if (flags.interactive) {
        write(await interactiveClassify(file, flags, { input: input(), write }));
        return;
      }
      if (!file) throw new CliError('classify: a profile file is required (or use --interactive)');
      write(classifyCommand(file, flags));
    });

  const incident = program.command('incident').description('incident notification planning: every duty, recipient and deadline');
  const incidentFlags = (c: Command) =>
    c
      .argument('<file>', 'incident case in YAML or JSON (profile, incident facts and timeline)')
      .option('--now <instant>', 'plan as at this instant (ISO with offset; default now)')
      .option('--scenario <id>', 'switch on a pending proposal (repeatable)', collect);
  incidentFlags(incident.command('plan').description('every notification duty with its deadline, recipient and content'))
    .addOption(formatFlag())
    .action((file: string, flags: IncidentFlags) => write(incidentPlanCommand(file, flags)));
  incidentFlags(incident.command('ics').description('the deadlines as an iCalendar file, one event per step, with alarms'))
    .action((file: string, flags: IncidentFlags) => write(incidentIcsCommand(file, flags)));
  incidentFlags(incident.command('report').description('the merged dossier rendered for one regime'))
    .requiredOption('--regime <act>', 'act id, e.g. gdpr, nis2, mdr')
    .addOption(new Option('--format <format>', 'markdown | html | json').default('markdown'))
    .action((file: string, flags: IncidentFlags) => write(incidentReportCommand(file, flags)));

  const controls = program.command('controls').description('the catalogue of cybersecurity controls mapped to the acts and standards');
  controls
    .command('list')
    .description('list the controls, optionally only those mapped to one act')
    .option('--act <id>', 'act id, e.g. cra, nis2, mdr')
    .addOption(formatFlag())
    .action((flags: { act?: string; format?: string }) => write(controlsListCommand(flags)));
  controls
    .command('map')
    .argument('<provision>', 'provision id, e.g. nis2:art-21(2)(j) or nis2:art-21 for all its points')
    .description('which controls cover a provision')
    .addOption(formatFlag())
    .action((provision: string, flags: { format?: string }) => write(controlsMapCommand(provision, flags)));
  controls
    .command('closes')
    .argument('<control>', 'control id, e.g. ctl-incident-handling (see `iomt controls list`)')
    .description('what one control closes across acts: the provisions it meets and the duties it serves')
    .option('--profile <file>', 'only the duties of this profile (YAML or JSON)')
    .addOption(asOfFlag())
    .option('--scenario <id>', 'switch on a pending proposal (repeatable)', collect)
    .addOption(formatFlag())
    .action((control: string, flags: Parameters<typeof controlsClosesCommand>[1]) => write(controlsClosesCommand(control, flags)));

  program
    .command('gap')
    .argument('[file]', 'profile in YAML or JSON')
    .description('gap assessment: the controls the profile\'s duties require, coverage per act, provision and category, gaps ranked')
    .option('--assessment <state>', 'saved assessment state (JSON, iomt-gap-assessment/1) to evaluate or continue')
    .option('--init', 'print a starting assessment state for the selected controls (continues --assessment if given)')
    .option('--schema', 'print the JSON Schema of assessment states')
    .addOption(new Option('--as-of <date>', 'assess the law on this date (YYYY-MM-DD; default the state\'s date, else today)'))
    .option('--scenario <id>', 'switch on a pending proposal (repeatable)', collect)
    .addOption(new Option('--format <format>', 'table | markdown | html | csv | json').default('table'))
    .action((file: string | undefined, flags: GapFlags) => write(gapCommand(file, flags)));

  const exporter = program.command('export').description('exports in exchange formats');
  exporter
    .command('oscal')
    .argument('<model>', 'catalog | profile | assessment-results')
    .argument('[file]', 'profile in YAML or JSON (for profile and assessment-results)')
    .description('OSCAL 1.2.1 JSON: the control catalog, a product\'s control selection, or its assessment results')
    .option('--assessment <state>', 'saved assessment state (for assessment-results)')
    .addOption(new Option('--as-of <date>', 'date of the assessment (YYYY-MM-DD; default the state\'s date, else today)'))
    .option('--scenario <id>', 'switch on a pending proposal (repeatable)', collect)
    .action((model: string, file: string | undefined, flags: ExportFlags) => write(exportOscalCommand(model, file, flags)));
  exporter
    .command('ciso-assistant')
    .description('the control catalogue as a CISO Assistant framework library (YAML)')
    .addOption(new Option('--as-of <date>', 'publication date of the library (YYYY-MM-DD; default today)'))
    .action((flags: ExportFlags) => write(exportCisoAssistantCommand(flags)));

  program
    .command('schema')
    .description('print the JSON Schema of profiles')
    .action(() => write(schemaCommand()));

  program
    .command('scenarios')
    .description('list the pending proposals that can be switched on as scenarios')
    .addOption(formatFlag())
    .action((flags: { format?: string }) => write(scenariosCommand(flags)));

  // Store administration: each command opens the store (DATABASE_URL, else SQLite under --data-dir).
  program
    .command('setup')
    .description('first run: create the first owner and organisation (password from IOMT_ADMIN_PASSWORD or stdin)')
    .requiredOption('--org <name>', 'organisation name')
    .requiredOption('--email <email>', "the owner's e-mail address")
    .option('--name <name>', "the owner's display name")
    .option('--slug <slug>', 'organisation slug (default: from the name)')
    .addOption(dataDirFlag())
    .action(async (flags: SetupFlags) => write(await setupCommand(flags, input())));

  const users = program.command('users').description('local accounts');
  users
    .command('add')
    .description('add a user (password from IOMT_PASSWORD or stdin), optionally as a member of an organisation')
    .requiredOption('--email <email>', 'e-mail address')
    .option('--name <name>', 'display name')
    .option('--org <slug>', 'organisation to join')
    .option('--role <role>', 'owner | editor | viewer (default viewer)')
    .addOption(dataDirFlag())
    .action(async (flags: UsersAddFlags) => write(await usersAddCommand(flags, input())));
  users
    .command('list')
    .description('list users and their organisations')
    .addOption(formatFlag())
    .addOption(dataDirFlag())
    .action(async (flags: StoreFlags & { format?: string }) => write(await usersListCommand(flags)));
  users
    .command('disable')
    .argument('<email>', 'e-mail address')
    .description('disable an account and end its sessions')
    .addOption(dataDirFlag())
    .action(async (email: string, flags: StoreFlags) => write(await usersSetDisabledCommand(email, true, flags)));
  users
    .command('enable')
    .argument('<email>', 'e-mail address')
    .description('enable a disabled account')
    .addOption(dataDirFlag())
    .action(async (email: string, flags: StoreFlags) => write(await usersSetDisabledCommand(email, false, flags)));
  users
    .command('passwd')
    .argument('<email>', 'e-mail address')
    .description('set a new password (from IOMT_PASSWORD or stdin) and end the sessions')
    .addOption(dataDirFlag())
    .action(async (email: string, flags: StoreFlags) => write(await usersPasswdCommand(email, flags, input())));

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
    .action(async (flags: TokensCreateFlags) => write(await tokensCreateCommand(flags)));
  tokens
    .command('list')
    .description("list an organisation's tokens (prefixes only, never secrets)")
    .requiredOption('--org <slug>', 'organisation')
    .addOption(formatFlag())
    .addOption(dataDirFlag())
    .action(async (flags: StoreFlags & { org: string; format?: string }) => write(await tokensListCommand(flags)));
  tokens
    .command('revoke')
    .argument('<id>', 'token id')
    .description('revoke a token')
    .requiredOption('--org <slug>', 'organisation')
    .addOption(dataDirFlag())
    .action(async (id: string, flags: StoreFlags & { org: string }) => write(await tokensRevokeCommand(id, flags)));

  program
    .command('backup')
    .argument('<file>', 'backup file to write')
    .description('consistent online backup of the whole store into one file')
    .addOption(dataDirFlag())
    .action(async (file: string, flags: StoreFlags) => write(await backupCommand(file, flags)));
  program
    .command('restore')
    .argument('<file>', 'backup file to read')
    .description('restore a backup into an empty store, verified before it commits')
    .addOption(dataDirFlag())
    .action(async (file: string, flags: StoreFlags) => write(await restoreCommand(file, flags)));

  registerAdminCommands(program, write);

  program
    .command('serve')
    .description('serve the HTTP API (with its OpenAPI reference at /api/docs) and the web app')
    .option('--port <port>', 'TCP port', '8080')
    .option('--host <host>', 'address to listen on', '127.0.0.1')
    .addOption(dataDirFlag())
    .option('--demo', 'on an empty store, seed a demo organisation from examples/ and print its sign-in')
    .option('--trust-proxy <hops>', 'number of reverse proxies in front whose X-Forwarded-For/-Proto to believe (default IOMT_TRUST_PROXY or 0)')
    .action(async (flags: ServeFlags) => write(await serveCommand(flags)));

  return program;
}

/** Runs the CLI; returns the exit code instead of exiting, so tests can call it. */
export async function run(
  argv: readonly string[],
  write: (text: string) => void = (s) => process.stdout.write(s),
  input: NodeJS.ReadableStream = process.stdin,
): Promise<number> {
  const out: string[] = [];
  try {
    // Output is written only when the command succeeds, so bad input prints nothing to stdout.
    await buildProgram((s) => out.push(s), () => input).parseAsync([...argv], { from: 'user' });
    for (const s of out) write(s);
    return EXIT_OK;
  } catch (e) {
    if (e instanceof CommanderError) {
      if (e.exitCode === 0) {
        for (const s of out) write(s);
        return EXIT_OK;
      }
      return EXIT_BAD_INPUT;
    }
    if (e instanceof CliError) {
      process.stderr.write(`iomt: ${e.message}\n`);
      return e.exitCode;
    }
    if (e instanceof InputError || e instanceof TimeInputError) {
      process.stderr.write(`iomt: ${e.message}\n`);
      return EXIT_BAD_INPUT;
    }
    throw e;
  }
}

// Run when executed as a script (`tsx main.ts`); the bin/iomt.js wrapper calls run() itself.
if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  process.exitCode = await run(process.argv.slice(2));
}
