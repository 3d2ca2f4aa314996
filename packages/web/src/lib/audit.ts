/** How audit entries read in the web app: the page an entity lives on and a label for the action. */
import type { AuditEntry } from '../api/types.ts';

/** The address of the entity's page, or undefined where it has none or was removed by this entry. */
export function auditEntityHref(entry: Pick<AuditEntry, 'action' | 'entityType' | 'entityId' | 'change'>, orgId: string): string | undefined {
  if (entry.action.endsWith('.remove')) return undefined;
  const base = `/orgs/${encodeURIComponent(orgId)}`;
  const id = encodeURIComponent(entry.entityId);
  switch (entry.entityType) {
    case 'product':
      return `${base}/products/${id}`;
    case 'incident':
      return `${base}/incidents/${id}`;
    case 'scenario':
      return `${base}/scenarios`;
    case 'membership':
    case 'api_token':
      return `${base}/members`;
    case 'assessment': {
      // A gap assessment is shown on its product's page; the product is named when it was created.
      const change = entry.change as { productId?: unknown } | null;
      return change && typeof change.productId === 'string' ? `${base}/products/${encodeURIComponent(change.productId)}/gap` : undefined;
    }
    default:
      return undefined;
  }
}

const ENTITY_LABEL: Record<string, string> = {
  product: 'Product',
  incident: 'Incident',
  scenario: 'Saved scenario',
  membership: 'Member',
  api_token: 'API token',
  assessment: 'Gap assessment',
  organisation: 'Organisation',
  user: 'User',
  session: 'Session',
};

export function entityLabel(entityType: string): string {
  return ENTITY_LABEL[entityType] ?? entityType;
}

/** The change as indented JSON; absent changes say so rather than printing `null`. */
export function changeText(change: unknown): string {
  if (change === null || change === undefined) return '(no details recorded)';
  return JSON.stringify(change, null, 2);
}
