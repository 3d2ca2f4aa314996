/**
 * `iomt serve --demo`: on an empty store, a demo organisation with the products, incidents and
 * assessments of `examples/`, and a demo owner whose password is generated now and shown once.
 * The incidents are moved in time so that their clocks are running (demo-clock.ts).
 */
import { randomBytes } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { parseGapState, parseIncidentCase, parseProfile } from '@iomt/core';
import type { Store } from '../store/contract.ts';
import { moveIncidentTo } from './demo-clock.ts';

export const DEMO_EMAIL = 'demo@example.org';
export const DEMO_ORG = { name: 'Demo Medical Devices', slug: 'demo' };

export type DemoOutcome =
  | { kind: 'seeded'; email: string; password: string; products: number; incidents: number; assessments: number; skipped: string[] }
  | { kind: 'exists'; email: string }
  | { kind: 'not-empty' };

const filesIn = (dir: string, ext: RegExp): string[] =>
  existsSync(dir)
    ? readdirSync(dir)
        .filter((f) => ext.test(f))
        .sort()
        .map((f) => join(dir, f))
    : [];

const readData = (file: string): unknown => {
  const text = readFileSync(file, 'utf8');
  return file.endsWith('.json') ? (JSON.parse(text) as unknown) : (parseYaml(text) as unknown);
};

/**
 * How long before now each demo incident became known: one with the NIS2 early warning due soon,
 * one in its first days, one past a 24-hour deadline (so the overdue state shows).
 */
const HOURS_SINCE_AWARE: Readonly<Record<string, number>> = {
  'hospital-ransomware.yaml': 20,
  'ai-device-death.yaml': 30,
  'wearable-exploited-vulnerability.yaml': 50,
};
const DEFAULT_HOURS_SINCE_AWARE = 24;

export async function seedDemo(store: Store, examplesDir: string, now: Date = new Date()): Promise<DemoOutcome> {
  if ((await store.accounts.userCount()) > 0) {
    return (await store.accounts.findUserByEmail(DEMO_EMAIL)) ? { kind: 'exists', email: DEMO_EMAIL } : { kind: 'not-empty' };
  }
  // Never a fixed default: a fresh password per store, printed once by the caller.
  const password = randomBytes(15).toString('base64url');
  const user = await store.accounts.createUser({ email: DEMO_EMAIL, displayName: 'Demo owner', password });
  const org = await store.accounts.createOrganisation(DEMO_ORG, user.id);
  const scope = store.org({ userId: user.id, orgId: org.id, role: 'owner', via: 'cli' });
  const skipped: string[] = [];
  const productsByProfileId = new Map<string, { id: string; version: number }>();

  let products = 0;
  for (const file of filesIn(examplesDir, /\.ya?ml$/)) {
    let data: unknown;
    try {
      data = readData(file);
    } catch {
      skipped.push(basename(file));
      continue;
    }
    const r = parseProfile(data);
    if (!r.ok) {
      skipped.push(basename(file));
      continue;
    }
    const name = r.profile.name ?? r.profile.product?.name ?? basename(file).replace(/\.ya?ml$/, '');
    const { product, version } = await scope.products.create({ name, profile: r.profile, note: `from examples/${basename(file)}` });
    if (r.profile.id !== undefined) productsByProfileId.set(r.profile.id, { id: product.id, version: version.version });
    products++;
  }

  let incidents = 0;
  for (const file of filesIn(join(examplesDir, 'incidents'), /\.ya?ml$/)) {
    const r = (() => {
      try {
        return parseIncidentCase(readData(file));
      } catch {
        return undefined;
      }
    })();
    if (!r?.ok) {
      skipped.push(`incidents/${basename(file)}`);
      continue;
    }
    const hours = HOURS_SINCE_AWARE[basename(file)] ?? DEFAULT_HOURS_SINCE_AWARE;
    const live = moveIncidentTo(r.incident, new Date(now.getTime() - hours * 3_600_000));
    await scope.incidents.create({ title: r.incident.name ?? basename(file).replace(/\.ya?ml$/, ''), productId: null, case: live });
    incidents++;
  }

  let assessments = 0;
  for (const file of filesIn(join(examplesDir, 'assessments'), /\.json$/)) {
    const r = (() => {
      try {
        return parseGapState(readData(file));
      } catch {
        return undefined;
      }
    })();
    const target = r?.ok && r.state.profile !== undefined ? productsByProfileId.get(r.state.profile) : undefined;
    if (!r?.ok || !target) {
      skipped.push(`assessments/${basename(file)}`);
      continue;
    }
    await scope.assessments.create({ productId: target.id, productVersion: target.version, name: r.state.product, state: r.state });
    assessments++;
  }
  return { kind: 'seeded', email: DEMO_EMAIL, password, products, incidents, assessments, skipped };
}
