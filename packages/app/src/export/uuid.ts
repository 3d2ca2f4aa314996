/**
 * Deterministic name-based UUIDs (RFC 9562 version 5, SHA-1): the same ids give the same UUIDs,
 * so exports are reproducible and diffable.
 */
import { createHash } from 'node:crypto';

/** Namespace of every UUID this project derives (the v5 UUID of the name `iomt-compliance` in the RFC 9562 URL namespace). */
export const IOMT_NAMESPACE = '1b22861f-b0e2-5da9-8c02-8d3e30988392';

function bytesOf(uuid: string): Buffer {
  const hex = uuid.replace(/-/g, '');
  if (!/^[0-9a-f]{32}$/i.test(hex)) throw new Error(`not a UUID: ${uuid}`);
  return Buffer.from(hex, 'hex');
}

/** UUID v5 of `name` in `namespace`. */
export function uuidV5(name: string, namespace: string = IOMT_NAMESPACE): string {
  const hash = createHash('sha1').update(bytesOf(namespace)).update(name, 'utf8').digest();
  const b = hash.subarray(0, 16);
  b[6] = ((b[6] as number) & 0x0f) | 0x50;
  b[8] = ((b[8] as number) & 0x3f) | 0x80;
  const h = b.toString('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}
