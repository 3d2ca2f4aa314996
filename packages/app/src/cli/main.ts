/**
 * `iomt`: which EU acts apply to a connected health product, from when, why, and with which
 * obligations. Exit codes: 0 ok, 2 bad input (one message naming the field, nothing on stdout).
 *
 * Each area registers its commands from a register-<area>.ts file whose actions import their
 * command module only when they run, so `iomt --help` and `iomt --version` load commander and
 * nothing else (no knowledge base, server, store or schema validator). A new area adds one line
 * to buildProgram().
 */
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { Command, CommanderError } from 'commander';
import { CliError, EXIT_BAD_INPUT, EXIT_OK } from './cli-error.ts';
import type { Input, Write } from './flags.ts';
import { registerAdminCommands } from './register-admin.ts';
import { registerControlsCommands } from './register-controls.ts';
import { registerFleetCommands } from './register-fleet.ts';
import { registerIncidentCommands } from './register-incident.ts';
import { registerInstanceCommands } from './register-instance.ts';
import { registerKbCommands } from './register-kb.ts';
import { registerLawCommands } from './register-law.ts';
import { registerLifecycleCommands } from './register-lifecycle.ts';
import { registerSchemaCommands } from './register-schema.ts';
import { registerServeCommands } from './register-serve.ts';

/** The version of @iomt/app; package.json sits two levels up from both src/cli and dist/cli. */
function packageVersion(): string {
  return (JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string }).version;
}

export function buildProgram(write: Write, input: Input = () => process.stdin): Command {
  const program = new Command('iomt')
    .description('EU cybersecurity law for connected health products: which acts apply, why, and what they require.')
    .version(packageVersion(), '-V, --version', 'print the version of iomt')
    .exitOverride()
    .configureOutput({ writeOut: write, writeErr: (s) => process.stderr.write(s) });

  registerLawCommands(program, write, input);
  registerIncidentCommands(program, write);
  registerControlsCommands(program, write);
  registerKbCommands(program, write);
  registerLifecycleCommands(program, write);
  registerFleetCommands(program, write);
  registerSchemaCommands(program, write);
  registerAdminCommands(program, write, input);
  registerInstanceCommands(program, write);
  registerServeCommands(program, write);

  return program;
}

/** Input errors of the core are exit 2; loaded only on failure, when a command has loaded the core anyway. */
async function isCoreInputError(e: unknown): Promise<boolean> {
  if (!(e instanceof Error)) return false;
  const { InputError, TimeInputError } = await import('@iomt/core');
  return e instanceof InputError || e instanceof TimeInputError;
}

/** Runs the CLI; returns the exit code instead of exiting, so tests can call it. */
export async function run(
  argv: readonly string[],
  write: Write = (s) => process.stdout.write(s),
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
    if (await isCoreInputError(e)) {
      process.stderr.write(`iomt: ${(e as Error).message}\n`);
      return EXIT_BAD_INPUT;
    }
    throw e;
  }
}

// Run when executed as a script (`tsx main.ts`); the bin/iomt.js wrapper calls run() itself.
if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  // A reader that stops early (`… | head`) closes the pipe: end quietly, as bin/iomt.js does.
  process.stdout.on('error', (e: NodeJS.ErrnoException) => process.exit(e.code === 'EPIPE' ? 0 : 1));
  process.exitCode = await run(process.argv.slice(2));
}
