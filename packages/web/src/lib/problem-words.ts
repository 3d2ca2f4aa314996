/**
 * Problem documents in words for the people using the app: no HTTP status codes, no API routes,
 * field errors named by what the field is. The server's documents stay precise for API clients;
 * this is only how the web app says them.
 */
import type { ProblemDocument } from '../api/types.ts';

const TITLES: Readonly<Record<number, string>> = {
  400: 'Some of what you entered was not accepted',
  401: 'You are signed out',
  403: 'Your role in this organisation does not allow this',
  404: 'This was not found — it may have been deleted, or belong to another organisation',
  409: 'Someone else changed this first',
  413: 'That is too large to accept',
  415: 'That kind of file or input is not accepted',
  422: 'Some of what you entered was not accepted',
  429: 'Too many attempts — wait a minute and try again',
  500: 'The server could not finish this — try again, and tell your administrator if it persists',
  502: 'The server cannot be reached right now',
  503: 'The server cannot be reached right now',
};

/** Sentences that speak of the API rather than to the person (`POST /api/v1/...`, `HTTP 401`, bearer tokens). */
const TECHNICAL = /\/api\/|\bHTTP\b|Authorization|Bearer|\b(GET|POST|PUT|PATCH|DELETE) \//;

function humanSentences(text: string | undefined): string | undefined {
  if (!text) return undefined;
  const kept = text
    .split(/(?<=[.!?])\s+/)
    .filter((s) => !TECHNICAL.test(s))
    .join(' ')
    .trim();
  return kept || undefined;
}

/** `/change/facts/product.medicalDevice.class` → `product.medicalDevice.class`; field pointers lose their envelope. */
function fieldOf(pointer: string | undefined, describe?: (field: string) => string | undefined): string {
  const raw = (pointer ?? '').replace(/^\/(profile|change\/facts|body|values)\/?/, '').replace(/^\//, '');
  if (!raw) return 'The input';
  const dotted = raw.replaceAll('/', '.');
  return describe?.(dotted) ?? describe?.(raw) ?? dotted;
}

export interface ProblemInWords {
  title: string;
  detail?: string;
  fields: { field: string; expected?: string; found?: string }[];
}

export type ProblemContext = 'sign-in' | undefined;

export function problemInWords(p: ProblemDocument, context?: ProblemContext, describe?: (field: string) => string | undefined): ProblemInWords {
  const status = p.status ?? 0;
  let title = TITLES[status] ?? humanSentences(p.title) ?? 'Something went wrong';
  let detail = humanSentences(p.detail);
  if (status === 401 && context === 'sign-in') {
    title = detail ?? 'Wrong e-mail or password.';
    detail = undefined;
  } else if (status === 401) {
    detail = 'Sign in again to continue; what you entered on this page is kept where the page says so.';
  } else if (status === 400 || status === 422) {
    detail = p.errors && p.errors.length > 0 ? undefined : detail;
  } else if (status === 409 && typeof p.currentVersion === 'number') {
    detail = `A newer version (${p.currentVersion}) was saved meanwhile. Reload to see it, then make your change again.`;
  } else if (!TITLES[status] && p.title) {
    title = humanSentences(p.title) ?? title;
  }
  const fields = (p.errors ?? []).map((e) => {
    const expected = humanSentences(e.expected?.replace(/ from GET \/api\/v1\/[^\s,)]+/g, ''));
    return {
      field: fieldOf(e.pointer, describe),
      ...(expected ? { expected } : {}),
      ...(e.value !== undefined ? { found: typeof e.value === 'string' ? `“${e.value}”` : JSON.stringify(e.value) } : {}),
    };
  });
  return detail ? { title, detail, fields } : { title, fields };
}
