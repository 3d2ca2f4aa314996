// Puts into @iomt/app, before `npm pack` (prepack), what it needs besides its compiled code:
// - the built web app (assets/web) and the examples --demo seeds (assets/examples);
// - a copy of the compiled @iomt/core as a bundled dependency (node_modules/@iomt/core): the
//   app and the core must share one zod, which two separately installed packages (a global
//   install) would not. npm bundles only a real directory there, not the workspace link.
// `--remove` deletes them again after packing (postpack), so the clone resolves its workspaces.
import { cpSync, existsSync, lstatSync, readdirSync, rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const here = (path) => fileURLToPath(new URL(path, import.meta.url));
const assets = here('../assets');
const scope = here('../node_modules/@iomt');
const bundledCore = `${scope}/core`;

rmSync(assets, { recursive: true, force: true });
if (existsSync(bundledCore)) {
  if (lstatSync(bundledCore).isSymbolicLink()) throw new Error(`${bundledCore} is a link, not a copy made by this script`);
  rmSync(bundledCore, { recursive: true });
}
if (existsSync(scope) && readdirSync(scope).length === 0) rmSync(scope, { recursive: true });
if (process.argv.includes('--remove')) process.exit(0);

const web = here('../../web');
const { build } = await import('vite');
await build({ root: web, configFile: `${web}/vite.config.ts`, logLevel: 'warn' });
if (!existsSync(`${web}/dist/index.html`)) throw new Error('the web build wrote no index.html');
cpSync(`${web}/dist`, `${assets}/web`, { recursive: true });
cpSync(here('../../../examples'), `${assets}/examples`, { recursive: true });

const core = here('../../core');
if (!existsSync(`${core}/dist/index.js`)) throw new Error('@iomt/core is not built');
for (const entry of ['package.json', 'dist']) cpSync(`${core}/${entry}`, `${bundledCore}/${entry}`, { recursive: true });
