import { api } from '../api/client.ts';
import type { GapResult } from '../api/gap-types.ts';
import type { AssessmentReport, Incident, IncidentPlan, Product } from '../api/types.ts';
import { useAsync } from './use-async.ts';

interface Portfolio {
  products: { product: Product; report: AssessmentReport | undefined; coverage: number | null }[];
  incidents: { incident: Incident; plan: IncidentPlan | undefined }[];
}

/** Loads every product's assessment, the coverage of its newest gap assessment and every open incident's plan. */
export function usePortfolio(orgId: string, scenarios: readonly string[], withIncidents = true) {
  return useAsync<Portfolio>(async () => {
    const [products, incidents, assessments] = await Promise.all([api.products(orgId), withIncidents ? api.incidents(orgId) : Promise.resolve({ items: [] as Incident[], next: null }), api.assessments(orgId)]);
    const newestGap = new Map<string, string>();
    for (const a of [...assessments.items].sort((x, y) => x.updatedAt.localeCompare(y.updatedAt))) newestGap.set(a.productId, a.id);
    const withReports = await Promise.all(
      products.items.map(async (product) => {
        const [report, gap] = await Promise.all([
          api.productAssessment(orgId, product.id, { scenario: [...scenarios] }).catch(() => undefined),
          newestGap.has(product.id) ? (api.assessmentGap(orgId, newestGap.get(product.id) ?? '') as Promise<GapResult>).catch(() => undefined) : Promise.resolve(undefined),
        ]);
        return { product, report, coverage: gap?.coverage.overall.percent ?? null };
      }),
    );
    const withPlans = await Promise.all(
      incidents.items.map(async (incident) => ({
        incident,
        plan: incident.status === 'open' ? await api.incidentPlanFor(orgId, incident.id).catch(() => undefined) : undefined,
      })),
    );
    return { products: withReports, incidents: withPlans };
  }, [orgId, scenarios.join(','), withIncidents]);
}

