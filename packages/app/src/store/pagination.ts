/**
 * Keyset pagination: a page ends with an opaque cursor (base64url JSON of the last row's sort key
 * and the list it came from), and the next page starts strictly after that key, so rows added or
 * removed meanwhile never shift a page.
 */
import { InvalidInputError } from './contract.ts';
import type { Page, PageRequest } from './contract.ts';

export const DEFAULT_LIMIT = 50;
export const MAX_LIMIT = 200;

export interface Keyset<K extends readonly (string | number)[]> {
  limit: number;
  after: K | null;
}

export function readPage<K extends readonly (string | number)[]>(
  list: string,
  page: PageRequest | undefined,
  shape: readonly ('string' | 'number')[],
): Keyset<K> {
  const limit = page?.limit ?? DEFAULT_LIMIT;
  if (typeof limit !== 'number' || !Number.isInteger(limit) || limit < 1 || limit > MAX_LIMIT) {
    throw new InvalidInputError('/limit', limit, `an integer from 1 to ${MAX_LIMIT}`);
  }
  const cursor = page?.cursor;
  if (cursor === undefined || cursor === null || cursor === '') return { limit, after: null };
  const bad = () => new InvalidInputError('/cursor', cursor, `the "next" value of a previous page of this ${list} list`);
  if (typeof cursor !== 'string' || !/^[A-Za-z0-9_-]{1,1000}$/.test(cursor)) throw bad();
  let decoded: unknown;
  try {
    decoded = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    throw bad();
  }
  if (
    !Array.isArray(decoded) ||
    decoded.length !== shape.length + 1 ||
    decoded[0] !== list ||
    !shape.every((t, i) => typeof decoded[i + 1] === t)
  ) {
    throw bad();
  }
  return { limit, after: decoded.slice(1) as unknown as K };
}

/** Builds the page from up to `limit + 1` rows: the extra row only tells that another page exists. */
export function makePage<R, T>(list: string, rows: R[], limit: number, key: (row: R) => readonly (string | number)[], map: (row: R) => T): Page<T> {
  const more = rows.length > limit;
  const shown = more ? rows.slice(0, limit) : rows;
  const last = shown[shown.length - 1];
  const next = more && last !== undefined ? Buffer.from(JSON.stringify([list, ...key(last)]), 'utf8').toString('base64url') : null;
  return { items: shown.map(map), next };
}
