// Puts into @iomt/app, before `npm pack` (prepack), what it needs besides its compiled code:
// - the built web app (assets/web) and the examples --demo seeds (assets/examples);
// - the compiled @iomt/core (dist/core), with the app's imports of '@iomt/core' pointed at it.
//   The app and the core must share one zod (the server extends the core's schemas for OpenAPI),
//   which two separately installed packages do not in a global install, where each package
//   gets its own dependencies. So the app carries the core and lists the core's dependencies
//   as its own (test/package-manifest.test.ts keeps the versions equal).
// `--remove` undoes all of it after packing (postpack), so the clone resolves its workspaces.
import { cpSync, existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = (path) => fileURLToPath(new URL(path, import.meta.url));
const assets = here('../assets');
const dist = here('../dist');
const vendoredCore = join(dist, 'core');
const CORE = '@iomt/core';

/** Compiled files of the app (not the vendored core), where imports of the core are rewritten. */
function* appFiles(dir = dist) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) {
      if (path !== vendoredCore) yield* appFiles(path);
    } else if (/\.(js|d\.ts)$/.test(entry.name)) yield path;
  }
}

/** The specifier of the vendored core's entry as seen from one file, e.g. '../core/index.js'. */
function coreSpecifier(file) {
  const path = relative(dirname(file), join(vendoredCore, 'index.js')).split('\\').join('/');
  return path.startsWith('.') ? path : `./${path}`;
}

/** Rewrites the quoted specifier in import/export declarations and dynamic imports only. */
function rewrite(from, to) {
  for (const file of appFiles()) {
    const text = readFileSync(file, 'utf8');
    const [a, b] = typeof from === 'function' ? [from(file), to] : [from, to(file)];
    const next = text.replace(new RegExp(`((?:from|import)\\s*\\(?\\s*)(['"])${a.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}\\2`, 'g'), `$1$2${b}$2`);
    if (next !== text) writeFileSync(file, next);
  }
}

rmSync(assets, { recursive: true, force: true });
if (existsSync(vendoredCore)) {
  rewrite(coreSpecifier, CORE);
  rmSync(vendoredCore, { recursive: true });
}
if (process.argv.includes('--remove')) process.exit(0);

const core = here('../../core/dist');
if (!existsSync(join(core, 'index.js'))) throw new Error('@iomt/core is not built');
if (!existsSync(join(dist, 'cli/main.js'))) throw new Error('@iomt/app is not built');
cpSync(core, vendoredCore, { recursive: true });
rewrite(CORE, coreSpecifier);

const web = here('../../web');
const { build } = await import('vite');
await build({ root: web, configFile: `${web}/vite.config.ts`, logLevel: 'warn' });
if (!existsSync(`${web}/dist/index.html`)) throw new Error('the web build wrote no index.html');
cpSync(`${web}/dist`, `${assets}/web`, { recursive: true });
cpSync(here('../../../examples'), `${assets}/examples`, { recursive: true });
