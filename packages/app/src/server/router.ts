/** The typed router every route module builds on, with validation failures turned into problems. */
import { OpenAPIHono } from '@hono/zod-openapi';
import type { Store } from '../store/contract.ts';
import type { Actor } from '../store/contract.ts';
import { invalid, zodFieldErrors } from './problem.ts';
import type { FieldLocation } from './problem.ts';

/** Who is calling, as established by the auth middleware. */
export type Caller =
  | { via: 'session'; userId: string; csrfToken: string; sessionSecret: string }
  | { via: 'token'; userId: string; actor: Actor };

export interface ApiEnv {
  Variables: {
    store: Store;
    now: () => Date;
    caller: Caller | null;
    /** Why presented credentials were refused; reported only where a caller is required. */
    credentialProblem: string | undefined;
    /** Set on org-scoped routes once the caller is known to belong to `orgId`. */
    actor: Actor;
  };
}

const LOCATION: Record<string, FieldLocation> = { json: 'body', query: 'query', param: 'path', header: 'header', cookie: 'header' };

export function createRouter(): OpenAPIHono<ApiEnv> {
  return new OpenAPIHono<ApiEnv>({
    defaultHook: (result) => {
      if (result.success) return;
      // The validator passes the raw input along; the problem document quotes values from it.
      const input = (result as { data?: unknown }).data;
      throw invalid(zodFieldErrors(result.error, input, LOCATION[result.target] ?? 'body'));
    },
  });
}
