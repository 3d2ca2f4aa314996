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

/** The entity types an organisation's log holds, as [value, label] for a filter. */
export const AUDIT_ENTITY_TYPES: readonly (readonly [string, string])[] = ['product', 'assessment', 'incident', 'scenario', 'membership', 'api_token', 'organisation'].map(
  (t) => [t, entityLabel(t)] as const,
);

/** Who made the entry: its actor's name, also for people who have since left the organisation. */
export function actorLabel(entry: Pick<AuditEntry, 'actorId' | 'actor'>): string {
  if (entry.actorId === null) return 'System';
  const name = entry.actor?.displayName;
  return name ? name : `Deleted account ${entry.actorId}`;
}

const ACTION = /^[a-z][a-z0-9_.]{0,99}$/;

/**
 * The action filter as typed, ready to send: trimmed and lower-cased, '' for no filter, or an
 * `error` saying what is accepted (the server would refuse it too).
 */
export function readActionFilter(text: string): { action: string } | { error: string } {
  const action = text.trim().toLowerCase();
  if (action === '' || ACTION.test(action)) return { action };
  return { error: `“${text.trim()}” is not an action: use lower-case letters, digits, dots and underscores, e.g. product.create.` };
}

/** The change as indented JSON; absent changes say so rather than printing `null`. */
export function changeText(change: unknown): string {
  if (change === null || change === undefined) return '(no details recorded)';
  return JSON.stringify(change, null, 2);
}
