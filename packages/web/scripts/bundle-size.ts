/**
 * Builds the web app and, as the baseline, a bare React page (one component rendered with
 * react-dom) with the same toolchain in the same run, then prints the size of what the first page load fetches (the entry script,
 * the scripts it preloads and the stylesheets), raw and gzipped, and of the lazily loaded pages.
 * Run: npx tsx packages/web/scripts/bundle-size.ts   (add --json for a machine-readable line)
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import react from '@vitejs/plugin-react';
import { build } from 'vite';

const WEB_DIR = fileURLToPath(new URL('..', import.meta.url));
const DIST = join(WEB_DIR, 'dist');

interface Size {
  raw: number;
  gzip: number;
  files: string[];
}

function measure(files: string[], dist = DIST): Size {
  let raw = 0;
  let gzip = 0;
  for (const f of files) {
    const body = readFileSync(join(dist, f));
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

const packageDir = (name: string): string => dirname(createRequire(join(WEB_DIR, 'package.json')).resolve(`${name}/package.json`));

/** The smallest React page: what any React UI pays before its own code. */
async function bareReactBaseline(): Promise<Size> {
  const dir = mkdtempSync(join(tmpdir(), 'iomt-bare-react-'));
  try {
    writeFileSync(join(dir, 'index.html'), '<!doctype html><html><body><div id="root"></div><script type="module" src="/main.tsx"></script></body></html>');
    writeFileSync(
      join(dir, 'main.tsx'),
      "import { createRoot } from 'react-dom/client';\ncreateRoot(document.getElementById('root')!).render(<p>Hello</p>);\n",
    );
    // Resolve react from this workspace, as the app does.
    await build({ root: dir, configFile: false, logLevel: 'error', plugins: [react()], resolve: { alias: { react: packageDir('react'), 'react-dom': packageDir('react-dom') } }, build: { outDir: join(dir, 'dist') } });
    const html = readFileSync(join(dir, 'dist', 'index.html'), 'utf8');
    return measure(initialAssets(html).js, join(dir, 'dist'));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

async function main(): Promise<void> {
  await build({ root: WEB_DIR, configFile: join(WEB_DIR, 'vite.config.ts'), logLevel: 'error' });
  const initial = initialAssets(readFileSync(join(DIST, 'index.html'), 'utf8'));
  const js = measure(initial.js);
  const css = measure(initial.css);
  const allJs = readdirSync(join(DIST, 'assets')).filter((f) => f.endsWith('.js')).map((f) => `assets/${f}`);
  const lazy = measure(allJs.filter((f) => !initial.js.includes(f)));
  const bare = await bareReactBaseline();

  if (process.argv.includes('--json')) {
    console.log(JSON.stringify({ bareReactJs: { raw: bare.raw, gzip: bare.gzip }, initialJs: { raw: js.raw, gzip: js.gzip }, initialCss: { raw: css.raw, gzip: css.gzip }, lazyJs: { raw: lazy.raw, gzip: lazy.gzip, chunks: lazy.files.length } }));
    return;
  }
  const ratio = (n: number) => `${(n / bare.gzip).toFixed(2)}×`;
  console.log('web bundle (production build); ratio: gzip size to a bare React page built in the same run');
  console.log(`  bare React   ${kb(bare.raw).padStart(10)} raw  ${kb(bare.gzip).padStart(10)} gzip  1.00× (baseline)`);
  console.log(`  initial JS   ${kb(js.raw).padStart(10)} raw  ${kb(js.gzip).padStart(10)} gzip  ${ratio(js.gzip)}  (${js.files.length} file${js.files.length === 1 ? '' : 's'})`);
  console.log(`  initial CSS  ${kb(css.raw).padStart(10)} raw  ${kb(css.gzip).padStart(10)} gzip  (${css.files.length} file${css.files.length === 1 ? '' : 's'})`);
  console.log(`  lazy pages   ${kb(lazy.raw).padStart(10)} raw  ${kb(lazy.gzip).padStart(10)} gzip  (${lazy.files.length} chunks, loaded on demand)`);
}

await main();
