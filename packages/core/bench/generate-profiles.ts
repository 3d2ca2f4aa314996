/**
 * Deterministic synthetic profiles for the benchmark: every fact of the vocabulary drawn at
 * random (seeded), about one in eight left out so the engine also meets unknowns.
 */
import { VOCABULARY } from '../src/facts/vocabulary.ts';
import type { AnyFactGroup, FactSpec } from '../src/facts/vocabulary-dsl.ts';
import type { Profile } from '../src/facts/profile-schema.ts';

/** Mulberry32: small, fast and good enough to vary inputs reproducibly. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function value(spec: FactSpec, rnd: () => number): unknown {
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)] as T;
  switch (spec.type) {
    case 'boolean':
      return rnd() < 0.5;
    case 'number':
      return spec.unit === 'EUR' ? Math.round(rnd() * 2e8) : Math.round(rnd() * rnd() * 2000);
    case 'date':
      return `${2022 + Math.floor(rnd() * 8)}-${String(1 + Math.floor(rnd() * 12)).padStart(2, '0')}-${String(1 + Math.floor(rnd() * 28)).padStart(2, '0')}`;
    case 'text':
      return `text ${Math.floor(rnd() * 1000)}`;
    case 'enum':
      return pick(spec.values);
    case 'set':
      return spec.values.filter(() => rnd() < 0.25);
  }
}

function fill(group: AnyFactGroup, rnd: () => number): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, child] of Object.entries(group.children)) {
    if (child.type === 'group') out[key] = fill(child, rnd);
    else if (rnd() >= 0.125) out[key] = value(child, rnd);
  }
  return out;
}

export function generateProfiles(count: number, seed = 20261123): Profile[] {
  const rnd = prng(seed);
  return Array.from({ length: count }, (_, i) => ({
    id: `p${i}`,
    name: `Synthetic profile ${i}`,
    product: fill(VOCABULARY.product, rnd),
    organisation: fill(VOCABULARY.organisation, rnd),
  }));
}
