/** Invitations as the server answers them (see the Invitations tag of the OpenAPI document). */
import type { OrgMembership, Role, User } from './types.ts';

export type InvitationStatus = 'pending' | 'accepted' | 'revoked' | 'expired';

export interface Invitation {
  id: string;
  orgId: string;
  email: string;
  role: Role;
  status: InvitationStatus;
  createdBy: string | null;
  createdAt: string;
  expiresAt: string;
  acceptedAt: string | null;
  revokedAt: string | null;
}

/** The answer to inviting: the secret is shown this once and never again. */
export interface CreatedInvitation {
  invitation: Invitation;
  secret: string;
}

export interface JoinedOrganisation {
  organisation: Omit<OrgMembership, 'role'>;
  role: Role;
}

export interface SignedUp extends JoinedOrganisation {
  user: User;
}
