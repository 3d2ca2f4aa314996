/** How callers authenticate, as the OpenAPI document states it. */
export const SESSION_COOKIE = 'iomt_session';
export const CSRF_HEADER = 'X-CSRF-Token';

export const SECURED: Record<string, string[]>[] = [{ bearerAuth: [] }, { sessionCookie: [] }];

export const SECURITY_SCHEMES = {
  bearerAuth: { type: 'http', scheme: 'bearer', description: 'An API token of one organisation (POST /orgs/{orgId}/tokens). No CSRF header needed.' },
  sessionCookie: {
    type: 'apiKey',
    in: 'cookie',
    name: SESSION_COOKIE,
    description: `Set by POST /auth/login. Unsafe methods must also send the ${CSRF_HEADER} header with the csrfToken from login or /auth/me.`,
  },
} as const;
