import { describe, expect, it } from 'vitest';
import { clientAddressOf, isHttps, parseTrustedProxies } from '../../src/server/client-origin.ts';

describe('client origin behind reverse proxies', () => {
  it('ignores forwarding headers unless proxies are trusted', () => {
    expect(clientAddressOf('10.0.0.5', '203.0.113.9', 0)).toBe('10.0.0.5');
    expect(isHttps('http://app.internal/api', 'https', 0)).toBe(false);
  });

  it('takes the address the outermost trusted proxy saw, not what the client wrote', () => {
    // client forged "1.2.3.4"; the one trusted proxy appended the real peer 198.51.100.7
    expect(clientAddressOf('10.0.0.5', '1.2.3.4, 198.51.100.7', 1)).toBe('198.51.100.7');
    // two trusted proxies: the first appended the client, the second appended the first proxy
    expect(clientAddressOf('10.0.0.5', '1.2.3.4, 198.51.100.7, 10.0.0.2', 2)).toBe('198.51.100.7');
    expect(clientAddressOf('10.0.0.5', '198.51.100.7', 2)).toBe('10.0.0.5');
    expect(clientAddressOf(undefined, undefined, 1)).toBe('unknown');
  });

  it('believes the last X-Forwarded-Proto of a trusted proxy', () => {
    expect(isHttps('http://app.internal/api', 'https', 1)).toBe(true);
    expect(isHttps('http://app.internal/api', 'https, http', 1)).toBe(false);
    expect(isHttps('https://app.example/api', undefined, 1)).toBe(true);
  });

  it('parses the setting and names it when wrong', () => {
    expect(parseTrustedProxies(undefined, '--trust-proxy')).toBe(0);
    expect(parseTrustedProxies('2', '--trust-proxy')).toBe(2);
    expect(() => parseTrustedProxies('yes', 'IOMT_TRUST_PROXY')).toThrow('IOMT_TRUST_PROXY "yes": expected the number of reverse proxies');
  });
});
