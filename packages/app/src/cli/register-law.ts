/** The knowledge base and the engine: acts, assess, questions, classify. */
import type { Command } from 'commander';
import { CliError } from './cli-error.ts';
import type { AssessFlags } from './commands/assess.ts';
import type { ClassifyFlags } from './commands/classify.ts';
import type { questionsCommand } from './commands/questions.ts';
import { asOfFlag, collect, formatFlag } from './flags.ts';
import type { Input, Write } from './flags.ts';

export function registerLawCommands(program: Command, write: Write, input: Input): void {
  program
    .command('acts')
    .description('list the acts of the knowledge base and their status on a date')
    .addOption(asOfFlag())
    .addOption(formatFlag())
    .action(async (flags: { asOf?: string; format?: string }) => {
      const { actsCommand } = await import('./commands/acts.ts');
      write(actsCommand(flags));
    });

  program
    .command('act')
    .argument('<id>', 'act id, e.g. cra, mdr, nis2')
    .description('show one act: timeline, scope rules, obligations, sources and verification')
    .addOption(formatFlag())
    .action(async (id: string, flags: { format?: string }) => {
      const { actCommand } = await import('./commands/act.ts');
      write(actCommand(id, flags));
    });

  program
    .command('assess')
    .argument('<file>', 'profile in YAML or JSON')
    .description('which acts apply to the profile, from when and why, and the obligations that follow')
    .addOption(asOfFlag())
    .option('--scenario <id>', 'switch on a pending proposal (repeatable; see `iomt scenarios`)', collect)
    .option('--contrast <fact=value>', 'compare with the profile changed (repeatable; also as-of=DATE, scenario=ID)', collect)
    .option('--horizon <months>', 'list changes coming within this many months', '24')
    .addOption(formatFlag())
    .action(async (file: string, flags: AssessFlags) => {
      const { assessCommand } = await import('./commands/assess.ts');
      write(assessCommand(file, flags));
    });

  program
    .command('questions')
    .argument('<file>', 'profile in YAML or JSON')
    .description('the missing facts that can change the answer, and what each answer would change')
    .addOption(asOfFlag())
    .option('--scenario <id>', 'switch on a pending proposal (repeatable)', collect)
    .addOption(formatFlag())
    .action(async (file: string, flags: Parameters<typeof questionsCommand>[1]) => {
      const { questionsCommand } = await import('./commands/questions.ts');
      write(questionsCommand(file, flags));
    });

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
        const { interactiveClassify } = await import('./commands/classify-interactive.ts');
        write(await interactiveClassify(file, flags, { input: input(), write }));
        return;
      }
      if (!file) throw new CliError('classify: a profile file is required (or use --interactive)');
      const { classifyCommand } = await import('./commands/classify.ts');
      write(classifyCommand(file, flags));
    });
}
