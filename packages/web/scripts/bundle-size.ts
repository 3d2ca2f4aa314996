/**
 * Builds the web app and prints the size of what the first page load fetches (the entry script,
 * the scripts it preloads and the stylesheets), raw and gzipped, and of the lazily loaded pages.
 * Run: npx tsx packages/web/scripts/bundle-size.ts   (add --json for a machine-readable line)
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build } from 'vite';

const WEB_DIR = fileURLToPath(new URL('..', import.meta.url));
const DIST = join(WEB_DIR, 'dist');

interface Size {
  raw: number;
  gzip: number;
  files: string[];
}

function measure(files: string[]): Size {
  let raw = 0;
  let gzip = 0;
  for (const f of files) {
    const body = readFileSync(join(DIST, f));
    raw += body.length;
    gzip += gzipSync(body, { level: 9 }).length;
  }
  return { raw, gzip, files };
}

/** The assets index.html makes the browser fetch before anything else runs. */
function initialAssets(html: string): { js: string[]; css: string[] } {
  const attr = (re: RegExp) => [...html.matchAll(re)].map((m) => (m[1] ?? '').replace(/^\//, ''));
  return {
    js: [...new Set([...attr(/<script[^>]+type="module"[^>]+src="([^"]+)"/g), ...attr(/<link[^>]+rel="modulepreload"[^>]+href="([^"]+)"/g)])],
    css: attr(/<link[^>]+rel="stylesheet"[^>]+href="([^"]+)"/g),
  };
}

const kb = (n: number) => `${(n / 1024).toFixed(1)} KiB`;

async function main(): Promise<void> {
  await build({ root: WEB_DIR, configFile: join(WEB_DIR, 'vite.config.ts'), logLevel: 'error' });
  const initial = initialAssets(readFileSync(join(DIST, 'index.html'), 'utf8'));
  const js = measure(initial.js);
  const css = measure(initial.css);
  const allJs = readdirSync(join(DIST, 'assets')).filter((f) => f.endsWith('.js')).map((f) => `assets/${f}`);
  const lazy = measure(allJs.filter((f) => !initial.js.includes(f)));

  if (process.argv.includes('--json')) {
    console.log(JSON.stringify({ initialJs: { raw: js.raw, gzip: js.gzip }, initialCss: { raw: css.raw, gzip: css.gzip }, lazyJs: { raw: lazy.raw, gzip: lazy.gzip, chunks: lazy.files.length } }));
    return;
  }
  console.log('web bundle (production build)');
  console.log(`  initial JS   ${kb(js.raw).padStart(10)} raw  ${kb(js.gzip).padStart(10)} gzip  (${js.files.length} file${js.files.length === 1 ? '' : 's'})`);
  console.log(`  initial CSS  ${kb(css.raw).padStart(10)} raw  ${kb(css.gzip).padStart(10)} gzip  (${css.files.length} file${css.files.length === 1 ? '' : 's'})`);
  console.log(`  lazy pages   ${kb(lazy.raw).padStart(10)} raw  ${kb(lazy.gzip).padStart(10)} gzip  (${lazy.files.length} chunks, loaded on demand)`);
}

await main();
