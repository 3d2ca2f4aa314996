#!/usr/bin/env node
// Runs the compiled CLI. A published package ships dist/; in a clone `npm ci` builds it (the
// root `prepare` script) and `npm run build` rebuilds it, while `npm run iomt --` runs the sources.
import { existsSync } from 'node:fs';

const main = new URL('../dist/cli/main.js', import.meta.url);
if (!existsSync(main)) {
  process.stderr.write('iomt: the CLI is not built in this checkout: run `npm run build` first, or run the sources with `npm run iomt -- <command>`.\n');
  process.exit(1);
}
// A reader that stops early (`iomt … | head`) closes the pipe: end quietly, as other tools do.
process.stdout.on('error', (e) => process.exit(e.code === 'EPIPE' ? 0 : 1));
const { run } = await import(main.href);
process.exitCode = await run(process.argv.slice(2));
