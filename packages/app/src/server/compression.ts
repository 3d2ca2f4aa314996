/**
 * Compression of answers with brotli or gzip (node:zlib, on the thread pool so the event loop keeps
 * serving). Dynamic answers use fast settings: they are compressed once per request, and a 137 KB
 * JSON answer shrinks about tenfold at brotli quality 4 already. Answers that already carry an
 * encoding (precompressed static files), tiny ones and non-text types pass unchanged.
 */
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';
import type { MiddlewareHandler } from 'hono';

const brotli = promisify(brotliCompress);
const gzipAsync = promisify(gzip);

/** Below this size the headers cost more than compression saves. */
const MIN_BYTES = 1024;
const COMPRESSIBLE = /^(application\/(?:[\w.+-]*\+)?json|text\/|application\/javascript|image\/svg\+xml)/i;

export type Encoding = 'br' | 'gzip';

/** The best encoding the client accepts (q=0 refuses one), brotli first. */
export function preferredEncoding(acceptEncoding: string | undefined): Encoding | null {
  if (!acceptEncoding) return null;
  const accepted = new Map<string, number>();
  for (const part of acceptEncoding.split(',')) {
    const [name, ...params] = part.trim().toLowerCase().split(';');
    const q = params.map((p) => /^\s*q=([\d.]+)\s*$/.exec(p)?.[1]).find((x) => x !== undefined);
    if (name) accepted.set(name, q === undefined ? 1 : Number(q));
  }
  const ok = (name: string) => (accepted.get(name) ?? accepted.get('*') ?? 0) > 0;
  if (ok('br')) return 'br';
  if (ok('gzip')) return 'gzip';
  return null;
}

/** The bytes as a plain ArrayBuffer, which every `BodyInit` typing accepts. */
export const bodyBytes = (b: Uint8Array): ArrayBuffer => b.buffer.slice(b.byteOffset, b.byteOffset + b.byteLength) as ArrayBuffer;

export const compressBody = async (body: Uint8Array, encoding: Encoding): Promise<ArrayBuffer> =>
  bodyBytes(
    encoding === 'br'
      ? await brotli(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 4, [constants.BROTLI_PARAM_SIZE_HINT]: body.byteLength } })
      : await gzipAsync(body, { level: 5 }),
  );

export const compress: MiddlewareHandler = async (c, next) => {
  await next();
  const res = c.res;
  if (c.req.method === 'HEAD' || res.status < 200 || res.status === 204 || res.status === 304 || !res.body) return;
  // Whatever the encoding chosen, caches must keep the variants apart.
  const type = res.headers.get('content-type') ?? '';
  if (!COMPRESSIBLE.test(type) || res.headers.has('content-encoding')) return;
  res.headers.append('vary', 'Accept-Encoding');
  const encoding = preferredEncoding(c.req.header('accept-encoding'));
  if (!encoding) return;
  const body = await res.arrayBuffer();
  const headers = new Headers(res.headers);
  if (body.byteLength < MIN_BYTES) {
    c.res = new Response(body, { status: res.status, headers });
    return;
  }
  const compressed = await compressBody(new Uint8Array(body), encoding);
  headers.set('content-encoding', encoding);
  headers.delete('content-length');
  c.res = new Response(compressed, { status: res.status, headers });
};
