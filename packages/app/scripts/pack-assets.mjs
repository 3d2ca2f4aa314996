// Puts what `iomt serve` needs besides code into the package before `npm pack` (prepack): the
// built web app (assets/web) and the example profiles, incidents and assessments that --demo
// seeds (assets/examples). `--remove` deletes them again after packing (postpack), so a clone
// keeps serving its own packages/web/dist and examples/.
import { cpSync, existsSync, rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const here = (path) => fileURLToPath(new URL(path, import.meta.url));
const assets = here('../assets');
rmSync(assets, { recursive: true, force: true });
if (process.argv.includes('--remove')) process.exit(0);

const web = here('../../web');
const { build } = await import('vite');
await build({ root: web, configFile: `${web}/vite.config.ts`, logLevel: 'warn' });
if (!existsSync(`${web}/dist/index.html`)) throw new Error('the web build wrote no index.html');
cpSync(`${web}/dist`, `${assets}/web`, { recursive: true });
cpSync(here('../../../examples'), `${assets}/examples`, { recursive: true });
