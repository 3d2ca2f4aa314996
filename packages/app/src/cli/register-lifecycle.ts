/** `iomt lifecycle` and `iomt liability`: support periods, update duties and product liability. */
import { Option } from 'commander';
import type { Command } from 'commander';
import type { LiabilityFlags, LifecycleFlags } from './commands/lifecycle.ts';

export function registerLifecycleCommands(program: Command, write: (s: string) => void): void {
  const asOf = () => new Option('--as-of <date>', 'the date to measure against (YYYY-MM-DD; default today)');
  const format = () => new Option('--format <format>', 'table | markdown | json').default('table');
  program
    .command('lifecycle')
    .argument('[file]', 'product profile with product.lifecycle facts and optional units (YAML or JSON)')
    .description('support period and update duties of a product and the support status of each unit')
    .addOption(asOf())
    .option('--within <months>', 'report support ending within this many months as "ending soon"', '6')
    .addOption(format())
    .option('--schema', 'print the JSON Schema of lifecycle files')
    .action(async (file: string | undefined, flags: LifecycleFlags) => {
      const { lifecycleCommand } = await import('./commands/lifecycle.ts');
      write(lifecycleCommand(file, flags));
    });
  program
    .command('liability')
    .argument('[case]', 'damage case (YAML or JSON)')
    .description('product liability for a damage case: regime, liable operators, presumptions, exemptions, time limits')
    .addOption(asOf())
    .addOption(format())
    .option('--schema', 'print the JSON Schema of damage cases')
    .action(async (file: string | undefined, flags: LiabilityFlags) => {
      const { liabilityCommand } = await import('./commands/lifecycle.ts');
      write(liabilityCommand(file, flags));
    });
}
