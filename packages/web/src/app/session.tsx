import { createContext, useContext } from 'react';
import type { OrgMembership, SessionInfo } from '../api/types.ts';

export interface SessionValue {
  session: SessionInfo;
  org: OrgMembership | undefined;
  signOut: () => Promise<void>;
  /** Pending proposals switched on for every assessment shown. */
  scenarios: string[];
  setScenarios: (ids: string[]) => void;
}

export const SessionContext = createContext<SessionValue | null>(null);

export function useSession(): SessionValue {
  const value = useContext(SessionContext);
  if (!value) throw new Error('useSession outside a signed-in page');
  return value;
}

export function canEdit(org: OrgMembership | undefined): boolean {
  return org?.role === 'owner' || org?.role === 'editor';
}
