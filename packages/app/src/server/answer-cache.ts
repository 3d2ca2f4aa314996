/**
 * Answers of the pure engine routes (assess, contrast, questions, classify) depend only on the
 * request body, the day (the default `asOf`) and the knowledge base, so a repeated request — a CI
 * job checking the same product, a page loading again — is served from a small LRU of finished
 * answers, already compressed for the encoding asked for. Everything before the route (sign-in,
 * size and depth limits) still runs for every request; only the computation is skipped.
 */
import { createHash } from 'node:crypto';
import type { MiddlewareHandler } from 'hono';
import { KB_VERSION } from '@iomt/core';
import { compressBody, preferredEncoding } from './compression.ts';
import type { ApiEnv } from './router.ts';

const MAX_ENTRIES = 256;
/** Answers larger than this are not kept, so the cache stays within tens of megabytes. */
const MAX_ENTRY_BYTES = 512 * 1024;

interface Entry {
  body: ArrayBuffer;
  headers: [string, string][];
}

export function answerCache(): MiddlewareHandler<ApiEnv> {
  // A Map iterates in insertion order: re-inserting on a hit makes the first key the least recently used.
  const entries = new Map<string, Entry>();
  return async (c, next) => {
    const text = await c.req.text();
    const encoding = preferredEncoding(c.req.header('accept-encoding')) ?? 'identity';
    const day = c.get('now')().toISOString().slice(0, 10);
    const key = createHash('sha256').update(`${KB_VERSION}\n${day}\n${c.req.path}\n${encoding}\n${text}`).digest('base64url');
    const hit = entries.get(key);
    if (hit) {
      entries.delete(key);
      entries.set(key, hit);
      c.res = new Response(hit.body, { status: 200, headers: hit.headers });
      return;
    }
    await next();
    if (c.res.status !== 200) return;
    const identity = await c.res.arrayBuffer();
    const headers = new Headers(c.res.headers);
    headers.append('vary', 'Accept-Encoding');
    let body = identity;
    if (encoding !== 'identity') {
      body = await compressBody(new Uint8Array(identity), encoding);
      headers.set('content-encoding', encoding);
      headers.delete('content-length');
    }
    c.res = new Response(body, { status: 200, headers });
    if (body.byteLength > MAX_ENTRY_BYTES) return;
    entries.set(key, { body, headers: [...headers.entries()] });
    if (entries.size > MAX_ENTRIES) entries.delete(entries.keys().next().value!);
  };
}
