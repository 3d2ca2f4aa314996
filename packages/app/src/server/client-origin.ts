/**
 * Who is on the other end of a request. Behind a reverse proxy the socket shows the proxy, so the
 * client's address and scheme come from X-Forwarded-For / X-Forwarded-Proto — but only when the
 * operator says how many proxies to trust, because a client can send those headers itself.
 */

/** Hops of reverse proxies in front of the server whose forwarding headers are believed (0 = none). */
export type TrustedProxies = number;

/**
 * The client address: with `trusted` proxies, the address the outermost trusted proxy saw, i.e. the
 * `trusted`-th entry from the right of X-Forwarded-For (entries further left were written by the
 * client or by untrusted hops and may be forged). Without trust, or with too short a header, the socket.
 */
export function clientAddressOf(socketAddress: string | undefined, forwardedFor: string | undefined, trusted: TrustedProxies): string {
  if (trusted > 0 && forwardedFor) {
    const hops = forwardedFor
      .split(',')
      .map((h) => h.trim())
      .filter(Boolean);
    const seen = hops[hops.length - trusted];
    if (seen) return seen;
  }
  return socketAddress ?? 'unknown';
}

/** Whether the client reached us over https: the URL's scheme, or the trusted proxy's X-Forwarded-Proto. */
export function isHttps(url: string, forwardedProto: string | undefined, trusted: TrustedProxies): boolean {
  if (trusted > 0 && forwardedProto) {
    const last = forwardedProto.split(',').pop()?.trim().toLowerCase();
    return last === 'https';
  }
  return new URL(url).protocol === 'https:';
}

/** Parses the operator's setting (`--trust-proxy N` / IOMT_TRUST_PROXY); 0 when absent. */
export function parseTrustedProxies(value: string | undefined, field: string): TrustedProxies {
  if (value === undefined || value === '') return 0;
  if (!/^\d{1,2}$/.test(value)) throw new Error(`${field} ${JSON.stringify(value)}: expected the number of reverse proxies in front of the server (0–99)`);
  return Number(value);
}
