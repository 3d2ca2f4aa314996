/**
 * The CLI as a separate process, two ways: from the TypeScript sources (what `npm run iomt` runs,
 * so tests see the code as it is now) and through bin/iomt.js on the compiled dist/ (what a
 * published package runs).
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const tsxLoader = pathToFileURL(createRequire(import.meta.url).resolve('tsx')).href;

/** Node arguments that run the CLI from its sources, the workspace packages resolved to theirs. */
export const SOURCE_CLI: readonly string[] = ['--conditions=@iomt/source', '--import', tsxLoader, fileURLToPath(new URL('../src/cli/main.ts', import.meta.url))];

export const BIN = fileURLToPath(new URL('../bin/iomt.js', import.meta.url));

/**
 * Compiles core and app when dist/ is missing (a checkout installed without scripts); `npm ci`
 * builds it through the root `prepare` script. An existing build is used as it is.
 */
export function ensureBuilt(): void {
  const built = ['packages/core/dist/index.js', 'packages/app/dist/cli/main.js'].every((f) => existsSync(root + f));
  if (built) return;
  const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');
  for (const pkg of ['core', 'app']) execFileSync(process.execPath, [tsc, '-p', `packages/${pkg}/tsconfig.build.json`], { cwd: root, stdio: 'inherit' });
}
