/** `iomt serve`: the HTTP API and the web app. */
import type { Command } from 'commander';
import type { ServeFlags } from './commands/serve.ts';
import { dataDirFlag } from './flags.ts';
import type { Write } from './flags.ts';

export function registerServeCommands(program: Command, write: Write): void {
  program
    .command('serve')
    .description('serve the HTTP API (with its OpenAPI reference at /api/docs) and the web app')
    .option('--port <port>', 'TCP port', '8080')
    .option('--host <host>', 'address to listen on', '127.0.0.1')
    .addOption(dataDirFlag())
    .option('--demo', 'on an empty store, seed a demo organisation from examples/ and print its sign-in')
    .option('--trust-proxy <hops>', 'number of reverse proxies in front whose X-Forwarded-For/-Proto to believe (default IOMT_TRUST_PROXY or 0)')
    .action(async (flags: ServeFlags) => {
      const { serveCommand } = await import('./commands/serve.ts');
      write(await serveCommand(flags));
    });
}
