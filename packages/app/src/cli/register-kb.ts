/** `iomt kb …`: the knowledge base's changelog and its uncertainty register. */
import type { Command } from 'commander';
import { Option } from 'commander';

export function registerKbCommands(program: Command, write: (s: string) => void): void {
  const kb = program.command('kb').description('the knowledge base itself: what changed in which version, and where the law is uncertain');
  kb.command('changes')
    .description('the changelog: every knowledge-base version, what changed in which act, why, and the source')
    .option('--since <version>', 'only versions after this one (e.g. 2026.11.23.3)')
    .addOption(new Option('--format <format>', 'table | markdown | json').default('table'))
    .action(async (flags: { since?: string; format?: string }) => {
      const { kbChangesCommand } = await import('./commands/kb.ts');
      write(kbChangesCommand(flags));
    });
  kb.command('uncertain')
    .description('the uncertainty register: vague, contested or unverified points, the readings, and the one the engine applies')
    .option('--act <id>', 'only points involving this act (e.g. nis2)')
    .addOption(new Option('--format <format>', 'table | markdown | json').default('table'))
    .action(async (flags: { act?: string; format?: string }) => {
      const { kbUncertainCommand } = await import('./commands/kb.ts');
      write(kbUncertainCommand(flags));
    });
}
