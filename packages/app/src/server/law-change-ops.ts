/**
 * Law changes reaching stored products: the engine's answer for a product version is kept under
 * each knowledge-base version the server runs; when a newer version runs, the product is assessed
 * again on the same date and the differences are shown, each traced to the changelog entries that
 * caused it, until a user marks them reviewed.
 */
import { assess, classify, compareKbVersions, diffImpact, digestOf, KB_VERSION, parseIncidentCase, planIncident } from '@iomt/core';
import type { ImpactDiff, IncidentPlanOf, LawDigest } from '@iomt/core';
import type { Incident, LawReview, OrgScope, Product } from '../store/contract.ts';
import { profileFrom } from './engine-input.ts';

export type LawChangeStatus = 'up-to-date' | 'unchanged' | 'changed';

export interface ProductLawChange {
  product: { id: string; name: string; version: number };
  status: LawChangeStatus;
  knowledgeBase: string;
  /** The knowledge-base version the product was last reviewed (or first assessed) under. */
  fromKbVersion: string;
  /** The date both assessments are made at, so only the law differs. */
  assessedOn: string;
  lastReview: LawReview | null;
  diff: ImpactDiff | null;
}

async function allPages<T>(read: (cursor?: string) => Promise<{ items: T[]; next: string | null }>): Promise<T[]> {
  const out: T[] = [];
  let cursor: string | undefined;
  do {
    const page = await read(cursor);
    out.push(...page.items);
    cursor = page.next ?? undefined;
  } while (cursor !== undefined);
  return out;
}

/** Open incidents of the product whose case still parses, planned at noon UTC of the date. */
async function incidentPlans(scope: OrgScope, productId: string, asOf: string): Promise<IncidentPlanOf[]> {
  const open = await allPages<Incident>((cursor) => scope.incidents.list({ status: 'open', limit: 200, ...(cursor ? { cursor } : {}) }));
  const plans: IncidentPlanOf[] = [];
  for (const i of open.filter((x) => x.productId === productId)) {
    const parsed = parseIncidentCase(i.case);
    if (parsed.ok) plans.push({ incidentId: i.id, title: i.title, plan: planIncident(parsed.incident, { now: `${asOf}T12:00:00.000Z` }) });
  }
  return plans;
}

export async function digestNow(scope: OrgScope, product: Product, asOf: string): Promise<LawDigest> {
  const version = await scope.products.version(product.id, product.latestVersion);
  const profile = profileFrom(version.profile, '/profile');
  return digestOf(assess(profile, { asOf }), classify(profile, { asOf, explain: false }), await incidentPlans(scope, product.id, asOf));
}

export async function productLawChange(scope: OrgScope, productId: string, today: string): Promise<ProductLawChange> {
  const product = await scope.products.get(productId);
  const v = product.latestVersion;
  // Today's answer under the running version is what the next version will be compared with.
  if (!(await scope.law.snapshot(product.id, v, KB_VERSION))) {
    await scope.law.keepSnapshot({ productId: product.id, productVersion: v, kbVersion: KB_VERSION, asOf: today, digest: await digestNow(scope, product, today) });
  }
  const lastReview = (await scope.law.lastReview(product.id, v)) ?? null;
  const baseline = (lastReview ? await scope.law.snapshot(product.id, v, lastReview.kbVersion) : undefined) ?? (await scope.law.firstSnapshot(product.id, v));
  const head = { product: { id: product.id, name: product.name, version: v }, knowledgeBase: KB_VERSION, lastReview };
  if (!baseline || compareKbVersions(baseline.kbVersion, KB_VERSION) >= 0) {
    return { ...head, status: 'up-to-date', fromKbVersion: KB_VERSION, assessedOn: today, diff: null };
  }
  const after = await digestNow(scope, product, baseline.asOf);
  const diff = diffImpact(baseline.digest as LawDigest, after);
  return { ...head, status: diff.items.length > 0 ? 'changed' : 'unchanged', fromKbVersion: baseline.kbVersion, assessedOn: baseline.asOf, diff };
}

/** Every product of the organisation, with what the running knowledge-base version changed for it. */
export async function orgLawChanges(scope: OrgScope, today: string): Promise<ProductLawChange[]> {
  const products = await allPages<Product>((cursor) => scope.products.list({ limit: 200, ...(cursor ? { cursor } : {}) }));
  const out: ProductLawChange[] = [];
  for (const p of products) out.push(await productLawChange(scope, p.id, today));
  return out;
}
