/**
 * The built web app: files under the web root, `index.html` for any other GET outside the API
 * (client-side routes), long caching for Vite's content-hashed assets, and the brotli or gzip
 * copies the build wrote beside each file when the client accepts them.
 */
import { readFile, stat } from 'node:fs/promises';
import { preferredEncoding } from './compression.ts';
import { extname, resolve, sep } from 'node:path';
import type { Context } from 'hono';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
  '.map': 'application/json',
};

async function fileAt(root: string, urlPath: string): Promise<string | null> {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  if (decoded.includes('\0')) return null;
  const full = resolve(root, '.' + decoded);
  // Anything resolving outside the root (`..`, encoded or not) is simply not there.
  if (full !== root && !full.startsWith(root + sep)) return null;
  try {
    return (await stat(full)).isFile() ? full : null;
  } catch {
    return null;
  }
}

const NOT_BUILT = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>iomt-compliance</title></head>
<body><h1>iomt-compliance</h1><p>The web interface is not built (in a clone, build it with <code>npm run build:web</code> and restart).
The API is running: see its <a href="/api/docs">reference</a>.</p></body></html>`;

export function webRootHandler(webRoot: string | undefined) {
  const root = webRoot ? resolve(webRoot) : undefined;
  return async (c: Context): Promise<Response> => {
    if (!root) return c.html(NOT_BUILT, 200, { 'cache-control': 'no-cache' });
    const file = (await fileAt(root, c.req.path)) ?? (await fileAt(root, '/index.html'));
    if (!file) return c.html(NOT_BUILT, 200, { 'cache-control': 'no-cache' });
    const hashed = /\/assets\/[^/]+-[A-Za-z0-9_-]{8,}\.[a-z0-9]+$/.test(file.split(sep).join('/'));
    const headers: Record<string, string> = {
      'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
      'cache-control': hashed ? 'public, max-age=31536000, immutable' : 'no-cache',
    };
    const encoding = preferredEncoding(c.req.header('accept-encoding'));
    const precompressed = encoding ? await fileAt(root, `${file.slice(root.length).split(sep).join('/')}.${encoding === 'br' ? 'br' : 'gz'}`) : null;
    if (precompressed && encoding) {
      return c.body(await readFile(precompressed), 200, { ...headers, 'content-encoding': encoding, vary: 'Accept-Encoding' });
    }
    return c.body(await readFile(file), 200, headers);
  };
}
