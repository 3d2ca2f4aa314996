/**
 * The package manifests agree with each other: the app carries the compiled core (see
 * scripts/pack-contents.mjs), so it must install the core's dependencies at the same versions,
 * and every package declares the same Node versions, which its direct dependencies support.
 */
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

interface Manifest {
  engines?: { node?: string };
  dependencies?: Record<string, string>;
  devDependencies?: Record<string, string>;
}
const manifest = (path: string): Manifest => JSON.parse(readFileSync(new URL(path, import.meta.url), 'utf8')) as Manifest;
const root = manifest('../../../package.json');
const core = manifest('../../core/package.json');
const app = manifest('../package.json');
/** The installed manifest of a dependency of the app (nested under the app, else hoisted). */
const installed = (name: string): Manifest => {
  const nested = new URL(`../node_modules/${name}/package.json`, import.meta.url);
  return manifest(existsSync(nested) ? nested.href : `../../../node_modules/${name}/package.json`);
};

/** Lowest Node major.minor the declared range allows, e.g. '>=20.19' → [20, 19]. */
const floor = (range: string): [number, number] => {
  const m = /^>=(\d+)\.(\d+)$/.exec(range);
  if (!m) throw new Error(`engines.node ${range}: expected >=MAJOR.MINOR`);
  return [Number(m[1]), Number(m[2])];
};

describe('package manifests', () => {
  it('give the app every dependency of the core it carries, at the same version', () => {
    for (const [name, version] of Object.entries(core.dependencies ?? {})) expect(app.dependencies?.[name], name).toBe(version);
    expect(app.dependencies?.['@iomt/core']).toBeUndefined();
    expect(app.devDependencies?.['@iomt/core']).toBeDefined();
  });

  it('declare one Node range everywhere', () => {
    expect(core.engines?.node).toBe(root.engines?.node);
    expect(app.engines?.node).toBe(root.engines?.node);
  });

  it("declare no Node version a direct dependency's own engines exclude", () => {
    const [major, minor] = floor(root.engines!.node!);
    for (const name of Object.keys(app.dependencies ?? {})) {
      const range = installed(name).engines?.node;
      if (!range) continue;
      // Every alternative of the range that admits this major must start at or below our floor.
      const alternatives = range.split('||').map((s) => s.trim());
      const admits = alternatives.some((alt) => {
        const m = /^(?:>=|\^)?\s*v?(\d+)(?:\.(\d+))?/.exec(alt);
        if (!m) return true;
        const [aMajor, aMinor] = [Number(m[1]), Number(m[2] ?? 0)];
        return alt.startsWith('^') ? aMajor === major && aMinor <= minor : aMajor < major || (aMajor === major && aMinor <= minor);
      });
      expect(admits, `${name} requires node ${range}`).toBe(true);
    }
  });
});
