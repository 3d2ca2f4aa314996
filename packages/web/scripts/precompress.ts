/**
 * Post-build step: writes a brotli (.br) and a gzip (.gz) copy beside each text asset of dist/,
 * at the strongest settings (this runs once per build, not per request). The server sends a copy
 * when the client accepts its encoding. Copies that would not be smaller are not written.
 */
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { extname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

const DIST = fileURLToPath(new URL('../dist', import.meta.url));
const TEXT = new Set(['.html', '.js', '.mjs', '.css', '.svg', '.json', '.txt', '.webmanifest']);
const MIN_BYTES = 1024;

function* files(dir: string): Generator<string> {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) yield* files(path);
    else yield path;
  }
}

let written = 0;
let before = 0;
let after = 0;
for (const file of files(DIST)) {
  if (!TEXT.has(extname(file))) continue;
  const body = readFileSync(file);
  if (body.byteLength < MIN_BYTES) continue;
  const br = brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: body.byteLength } });
  const gz = gzipSync(body, { level: 9 });
  for (const [suffix, copy] of [['br', br], ['gz', gz]] as const) {
    if (copy.byteLength >= body.byteLength) continue;
    writeFileSync(`${file}.${suffix}`, copy);
    written++;
  }
  before += body.byteLength;
  after += br.byteLength;
}
console.log(`precompressed ${written} files: ${(before / 1024).toFixed(0)} KB of text assets, ${(after / 1024).toFixed(0)} KB as brotli`);
