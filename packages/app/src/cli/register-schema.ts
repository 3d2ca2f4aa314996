/** What the inputs look like: the profile schema and the pending proposals usable as scenarios. */
import type { Command } from 'commander';
import { formatFlag } from './flags.ts';
import type { Write } from './flags.ts';

const schemaModule = () => import('./commands/schema.ts');

export function registerSchemaCommands(program: Command, write: Write): void {
  program
    .command('schema')
    .description('print the JSON Schema of profiles')
    .action(async () => write((await schemaModule()).schemaCommand()));

  program
    .command('scenarios')
    .description('list the pending proposals that can be switched on as scenarios')
    .addOption(formatFlag())
    .action(async (flags: { format?: string }) => write((await schemaModule()).scenariosCommand(flags)));
}
