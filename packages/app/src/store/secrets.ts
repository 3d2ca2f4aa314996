/** Secrets: random values, their SHA-256 digests (what the store keeps) and password hashing. */
import { createHash, randomBytes } from 'node:crypto';
import { hash, verify } from '@node-rs/argon2';
import type { Algorithm } from '@node-rs/argon2';

export const sha256 = (text: string): string => createHash('sha256').update(text, 'utf8').digest('hex');

export const randomSecret = (bytes = 32): string => randomBytes(bytes).toString('base64url');

export const TOKEN_PREFIX = 'iomt_';
/** Characters of a token secret shown in listings: the `iomt_` mark and 8 random characters. */
const SHOWN_CHARS = TOKEN_PREFIX.length + 8;

export function newTokenSecret(): { secret: string; prefix: string; hash: string } {
  const secret = TOKEN_PREFIX + randomSecret(32);
  return { secret, prefix: secret.slice(0, SHOWN_CHARS), hash: sha256(secret) };
}

// Algorithm.Argon2id; the enum is `const`, which isolated modules cannot read from a declaration file.
const ARGON2ID = 2 as Algorithm;
// OWASP's first argon2id configuration: 19 MiB, 2 passes, 1 lane.
const ARGON2_OPTIONS = { algorithm: ARGON2ID, memoryCost: 19_456, timeCost: 2, parallelism: 1 };

export const hashPassword = (password: string): Promise<string> => hash(password, ARGON2_OPTIONS);

export async function verifyPasswordHash(stored: string, password: string): Promise<boolean> {
  try {
    return await verify(stored, password);
  } catch {
    return false;
  }
}

/** A fixed hash to verify against when the account does not exist, so timing does not reveal which e-mails are registered. */
let dummyHash: Promise<string> | undefined;
export const dummyPasswordHash = (): Promise<string> => (dummyHash ??= hashPassword(randomSecret(16)));
