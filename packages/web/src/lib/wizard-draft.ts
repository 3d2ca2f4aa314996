/**
 * Unsaved wizard answers survive leaving the page (a tab, the back button, a reload): they are
 * kept in this browser tab's session storage, tied to the profile version they started from,
 * and offered back on return. A draft for an older version is dropped, never applied.
 */
import type { WizardState } from './wizard.ts';

interface Draft {
  baseVersion: number;
  state: WizardState;
}

const key = (orgId: string, productId: string) => `iomt.wizard-draft.${orgId}.${productId}`;

export function loadDraft(orgId: string, productId: string, baseVersion: number): WizardState | undefined {
  try {
    const raw = window.sessionStorage.getItem(key(orgId, productId));
    if (!raw) return undefined;
    const draft = JSON.parse(raw) as Draft;
    if (draft.baseVersion !== baseVersion || !Array.isArray(draft.state?.history) || draft.state.history.length === 0) {
      window.sessionStorage.removeItem(key(orgId, productId));
      return undefined;
    }
    return draft.state;
  } catch {
    return undefined;
  }
}

export function storeDraft(orgId: string, productId: string, baseVersion: number, state: WizardState): void {
  try {
    if (state.history.length === 0) window.sessionStorage.removeItem(key(orgId, productId));
    else window.sessionStorage.setItem(key(orgId, productId), JSON.stringify({ baseVersion, state } satisfies Draft));
  } catch {
    // Storage full or disabled: the leave guard still asks before answers are lost.
  }
}

export function dropDraft(orgId: string, productId: string): void {
  try {
    window.sessionStorage.removeItem(key(orgId, productId));
  } catch {
    // nothing stored
  }
}
