/**
 * An answer that leaves the request body unread (413, 415, a 204 ignoring its body) closes the
 * connection and says so, so the client sends its next request on a new one instead of losing it.
 * Driven over a raw socket, as a keep-alive client would.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer } from '../../src/server/start.ts';
import type { RunningServer } from '../../src/server/start.ts';

/** Writes the raw bytes and collects what comes back until the server closes or `ms` pass. */
function exchange(base: string, data: string, ms = 1500): Promise<{ text: string; closed: boolean }> {
  const u = new URL(base);
  return new Promise((resolve, reject) => {
    const socket = connect(Number(u.port), u.hostname);
    let text = '';
    let closed = false;
    const timer = setTimeout(() => {
      socket.destroy();
      resolve({ text, closed });
    }, ms);
    socket.setEncoding('latin1');
    socket.on('data', (d: string) => (text += d));
    socket.on('error', () => undefined);
    socket.on('close', () => {
      closed = true;
      clearTimeout(timer);
      resolve({ text, closed });
    });
    socket.on('connect', () => socket.write(data, 'latin1'));
    socket.on('error', reject);
  });
}

const request = (method: string, path: string, body: string, type = 'application/json') =>
  `${method} ${path} HTTP/1.1\r\nHost: localhost\r\nConnection: keep-alive\r\nContent-Type: ${type}\r\nContent-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`;
const HEALTH = 'GET /api/v1/health HTTP/1.1\r\nHost: localhost\r\n\r\n';

describe('keep-alive after an answer that does not read the body', () => {
  const dir = mkdtempSync(join(tmpdir(), 'iomt-keepalive-'));
  let server: RunningServer;
  beforeAll(async () => {
    server = await startServer({ port: 0, host: '127.0.0.1', dataDir: dir });
  });
  afterAll(async () => {
    await server.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('a 413 says Connection: close and closes, so no later request is swallowed by the unread body', async () => {
    const big = JSON.stringify({ profile: { pad: 'x'.repeat(1_200_000) } });
    const r = await exchange(server.url, request('POST', '/api/v1/assess', big) + HEALTH);
    expect(r.text).toMatch(/^HTTP\/1\.1 413 /);
    expect(r.text).toMatch(/\r\nconnection: close\r\n/i);
    expect(r.closed).toBe(true);
    // Nothing was answered past the 413: the client knows to resend on a new connection.
    expect(r.text.match(/HTTP\/1\.1 /g)).toHaveLength(1);
  });

  it('a 415 (the body is never read) closes the connection too', async () => {
    const r415 = await exchange(server.url, request('POST', '/api/v1/assess', 'a'.repeat(50_000), 'text/plain'));
    expect(r415.text).toMatch(/^HTTP\/1\.1 415 /);
    expect(r415.text).toMatch(/\r\nconnection: close\r\n/i);
    expect(r415.closed).toBe(true);
    const bare = `DELETE /api/v1/orgs/x/products/y HTTP/1.1\r\nHost: localhost\r\nContent-Length: 40000\r\n\r\n${'z'.repeat(40_000)}`;
    const untyped = await exchange(server.url, bare + HEALTH);
    expect(untyped.text).toMatch(/^HTTP\/1\.1 415 /);
    expect(untyped.text).toMatch(/\r\nconnection: close\r\n/i);
    expect(untyped.text.match(/HTTP\/1\.1 /g)).toHaveLength(1);
  });

  it('keeps the connection open after an answer that read its body (a 401 to a JSON body ignored by logout), serving the next request on it', async () => {
    const r = await exchange(server.url, request('POST', '/api/v1/auth/logout', JSON.stringify({ pad: 'y'.repeat(50_000) })) + HEALTH, 1200);
    expect(r.text).toMatch(/^HTTP\/1\.1 401 /);
    expect(r.text).not.toMatch(/\r\nconnection: close\r\n/i);
    expect(r.text).toMatch(/HTTP\/1\.1 200 [\s\S]*"status":"ok"/);
  });
});
