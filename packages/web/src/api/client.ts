/**
 * The one place that speaks HTTP to the server. Pages call these typed functions; when a route
 * changes on the server only this file changes.
 */
import type { GapResult } from './gap-types.ts';
import type { CreatedInvitation, Invitation, InvitationStatus, JoinedOrganisation, SignedUp } from './invitation-types.ts';
import type { LiabilityAnalysis, LifecycleAnalysis } from '@iomt/core';
import type { KbChanges, LawChangeList, ProductLawChange, UncertaintyRegister } from './law-types.ts';
import { isProblemDocument, ProblemError } from './problem.ts';
import type {
  ActSummary,
  ApiToken,
  AssessmentReport,
  AuditEntry,
  AuditFilter,
  ClassifyResult,
  DossierValue,
  Incident,
  IncidentListItem,
  IncidentPlan,
  Member,
  Page,
  Product,
  ProductVersion,
  QuestionsResult,
  Role,
  SavedScenario,
  Scenario,
  SessionInfo,
  StoredAssessment,
  VocabularyFact,
  EvidenceFile,
  EvidenceUpload,
} from './types.ts';

const BASE = '/api/v1';
let csrfToken: string | null = null;

export function setCsrfToken(token: string | null): void {
  csrfToken = token;
}

type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

async function send(method: Method, path: string, body?: unknown, accept = 'application/json'): Promise<Response> {
  const headers: Record<string, string> = { Accept: `${accept}, application/problem+json` };
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  if (method !== 'GET' && csrfToken) headers['X-CSRF-Token'] = csrfToken;
  const response = await fetch(BASE + path, {
    method,
    headers,
    credentials: 'same-origin',
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  if (!response.ok) throw await problemFrom(response);
  return response;
}

async function problemFrom(response: Response): Promise<ProblemError> {
  const text = await response.text();
  try {
    const parsed: unknown = JSON.parse(text);
    if (isProblemDocument(parsed)) return new ProblemError(parsed);
  } catch {
    // not JSON: fall through to a generic document built from the status line
  }
  return new ProblemError({
    title: response.statusText || `HTTP ${response.status}`,
    status: response.status,
    detail: text.slice(0, 300) || undefined,
  });
}

/**
 * Answers already asked for on this page are not asked again: reads (GETs and the stateless
 * engine calls, which answer the same body the same way) share one request while it runs and
 * reuse its answer for a short while. Any change (another method) clears the memory, so a page
 * never shows what it has just changed as it was before.
 */
const REUSE_MS = 30_000;
const ENGINE_READS = new Set(['/assess', '/questions', '/classify', '/contrast', '/gap']);
const answers = new Map<string, { at: number; value: Promise<unknown> }>();

export function forgetAnswers(): void {
  answers.clear();
}

async function fetchJson<T>(method: Method, path: string, body?: unknown): Promise<T> {
  const response = await send(method, path, body);
  if (response.status === 204) return undefined as T;
  return (await response.json()) as T;
}

export async function json<T>(method: Method, path: string, body?: unknown): Promise<T> {
  const reusable = method === 'GET' || (method === 'POST' && ENGINE_READS.has(path));
  if (!reusable) {
    try {
      return await fetchJson<T>(method, path, body);
    } finally {
      forgetAnswers();
    }
  }
  const key = `${method} ${path} ${body === undefined ? '' : JSON.stringify(body)}`;
  const now = Date.now();
  const known = answers.get(key);
  if (known && now - known.at < REUSE_MS) return known.value as Promise<T>;
  const value = fetchJson<T>(method, path, body);
  answers.set(key, { at: now, value });
  // A failed answer is not kept: the next ask tries again.
  value.catch(() => {
    if (answers.get(key)?.value === value) answers.delete(key);
  });
  return value;
}

async function text(method: Method, path: string, body: unknown, accept: string): Promise<string> {
  const response = await send(method, path, body, accept);
  return response.text();
}

export function query(params: Record<string, string | number | undefined | null | readonly string[]>): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value === undefined || value === null || value === '') continue;
    if (Array.isArray(value)) for (const v of value as readonly string[]) search.append(key, v);
    else search.set(key, String(value));
  }
  const s = search.toString();
  return s ? `?${s}` : '';
}

const org = (orgId: string) => `/orgs/${encodeURIComponent(orgId)}`;
const id = encodeURIComponent;

export interface EngineOptions {
  asOf?: string;
  scenarios?: string[];
}

export const api = {
  // auth
  login: (email: string, password: string) => json<SessionInfo>('POST', '/auth/login', { email, password }),
  logout: () => json<unknown>('POST', '/auth/logout'),
  me: () => json<SessionInfo>('GET', '/auth/me'),

  // law and engine
  acts: (asOf?: string) => json<{ acts?: ActSummary[]; items?: ActSummary[] } | ActSummary[]>('GET', `/acts${query({ asOf })}`),
  act: (actId: string) => json<Record<string, unknown>>('GET', `/acts/${id(actId)}`),
  kbChanges: (since?: string) => json<KbChanges>('GET', `/kb/changes${query({ since })}`),
  uncertainties: (act?: string) => json<UncertaintyRegister>('GET', `/kb/uncertainties${query({ act })}`),
  lawChanges: (orgId: string) => json<LawChangeList>('GET', `/orgs/${id(orgId)}/law-changes`),
  productLawChanges: (orgId: string, productId: string) => json<ProductLawChange>('GET', `/orgs/${id(orgId)}/products/${id(productId)}/law-changes`),
  reviewLawChanges: (orgId: string, productId: string, body: { productVersion: number; kbVersion: string }) =>
    json<ProductLawChange>('POST', `/orgs/${id(orgId)}/products/${id(productId)}/law-changes/review`, body),
  scenarios: () => json<{ scenarios?: Scenario[]; items?: Scenario[] } | Scenario[]>('GET', '/scenarios'),
  assess: (profile: unknown, options: EngineOptions & { horizonMonths?: number } = {}) =>
    json<AssessmentReport>('POST', '/assess', { profile, ...options }),
  contrast: (profile: unknown, change: { facts?: Record<string, unknown>; asOf?: string; scenarios?: string[] }, options: EngineOptions = {}) =>
    json<AssessmentReport>('POST', '/contrast', { profile, ...options, change }),
  questions: (profile: unknown, options: EngineOptions = {}) => json<QuestionsResult>('POST', '/questions', { profile, ...options }),
  classify: (profile: unknown, options: EngineOptions = {}) => json<ClassifyResult>('POST', '/classify', { profile, ...options }),
  incidentPlan: (incidentCase: unknown, now?: string, scenarios?: string[]) =>
    json<IncidentPlan>('POST', '/incident-plan', { case: incidentCase, now, scenarios }),
  controls: (act?: string) => json<unknown>('GET', `/controls${query({ act })}`),
  gap: (profile: unknown, options: EngineOptions & { assessment?: unknown } = {}) => json<GapResult>('POST', '/gap', { profile, ...options }),
  gapExport: (profile: unknown, format: string, options: EngineOptions & { assessment?: unknown } = {}) =>
    text('POST', '/gap/export', { profile, ...options, format }, '*/*'),
  lifecycle: (lifecycleCase: unknown, options: { asOf?: string; endingWithinMonths?: number } = {}) =>
    json<LifecycleAnalysis>('POST', '/lifecycle', { case: lifecycleCase, ...options }),
  productLifecycle: (orgId: string, productId: string, options: { asOf?: string; within?: number } = {}) =>
    json<LifecycleAnalysis>('GET', `${org(orgId)}/products/${id(productId)}/lifecycle${query(options)}`),
  liability: (damageCase: unknown, asOf?: string) => json<LiabilityAnalysis>('POST', '/liability', { case: damageCase, asOf }),

  // organisation
  organisation: (orgId: string) => json<{ id: string; name: string; slug: string }>('GET', org(orgId)),
  members: (orgId: string) => json<Page<Member>>('GET', `${org(orgId)}/members`),
  setMemberRole: (orgId: string, userId: string, role: Role) => json<Member>('PATCH', `${org(orgId)}/members/${id(userId)}`, { role }),
  removeMember: (orgId: string, userId: string) => json<unknown>('DELETE', `${org(orgId)}/members/${id(userId)}`),
  tokens: (orgId: string) => json<Page<ApiToken>>('GET', `${org(orgId)}/tokens`),
  createToken: (orgId: string, body: { name: string; role: Role; expiresAt?: string | null }) =>
    json<{ token?: ApiToken; secret: string } & Partial<ApiToken>>('POST', `${org(orgId)}/tokens`, body),
  revokeToken: (orgId: string, tokenId: string) => json<unknown>('DELETE', `${org(orgId)}/tokens/${id(tokenId)}`),
  // invitations: owners invite; the invited person accepts signed in, or signs up with the secret
  invitations: (orgId: string, status?: InvitationStatus) => json<Page<Invitation>>('GET', `${org(orgId)}/invitations${query({ limit: 200, status })}`),
  invite: (orgId: string, body: { email: string; role: Role; expiresInDays?: number }) => json<CreatedInvitation>('POST', `${org(orgId)}/invitations`, body),
  revokeInvitation: (orgId: string, invitationId: string) => json<Invitation>('DELETE', `${org(orgId)}/invitations/${id(invitationId)}`),
  acceptInvitation: (secret: string) => json<JoinedOrganisation>('POST', '/invitations/accept', { secret }),
  signUpWithInvitation: (body: { secret: string; displayName: string; password: string }) => json<SignedUp>('POST', '/invitations/sign-up', body),

  products: (orgId: string, cursor?: string) => json<Page<Product>>('GET', `${org(orgId)}/products${query({ limit: 200, cursor })}`),
  createProduct: (orgId: string, body: { name: string; profile: unknown; note?: string }) =>
    json<Product | { product: Product }>('POST', `${org(orgId)}/products`, body),
  product: (orgId: string, productId: string) => json<Product>('GET', `${org(orgId)}/products/${id(productId)}`),
  deleteProduct: (orgId: string, productId: string) => json<unknown>('DELETE', `${org(orgId)}/products/${id(productId)}`),
  versions: (orgId: string, productId: string) => json<Page<ProductVersion>>('GET', `${org(orgId)}/products/${id(productId)}/versions`),
  version: (orgId: string, productId: string, n: number) => json<ProductVersion>('GET', `${org(orgId)}/products/${id(productId)}/versions/${n}`),
  saveVersion: (orgId: string, productId: string, body: { profile: unknown; note?: string; expectedVersion: number }) =>
    json<ProductVersion>('POST', `${org(orgId)}/products/${id(productId)}/versions`, body),
  productAssessment: (orgId: string, productId: string, params: { asOf?: string; scenario?: string[]; version?: number } = {}) =>
    json<AssessmentReport>('GET', `${org(orgId)}/products/${id(productId)}/assessment${query({ asOf: params.asOf, scenario: params.scenario, version: params.version })}`),
  productClassification: (orgId: string, productId: string) => json<ClassifyResult>('GET', `${org(orgId)}/products/${id(productId)}/classification`),

  assessments: (orgId: string, productId?: string) => json<Page<StoredAssessment>>('GET', `${org(orgId)}/assessments${query({ limit: 200, productId })}`),
  createAssessment: (orgId: string, body: { productId: string; productVersion?: number; name: string; state?: unknown }) =>
    json<StoredAssessment>('POST', `${org(orgId)}/assessments`, body),
  saveAssessment: (orgId: string, assessmentId: string, body: { state: unknown; expectedVersion: number }) =>
    json<StoredAssessment>('PUT', `${org(orgId)}/assessments/${id(assessmentId)}`, body),
  assessmentGap: (orgId: string, assessmentId: string) => json<unknown>('GET', `${org(orgId)}/assessments/${id(assessmentId)}/gap`),
  assessmentExport: (orgId: string, assessmentId: string, format: string) =>
    text('GET', `${org(orgId)}/assessments/${id(assessmentId)}/export${query({ format })}`, undefined, '*/*'),

  incidents: (orgId: string) => json<Page<IncidentListItem>>('GET', `${org(orgId)}/incidents${query({ limit: 200 })}`),
  createIncident: (orgId: string, body: { title: string; case: unknown; productId?: string | null }) =>
    json<Incident>('POST', `${org(orgId)}/incidents`, body),
  incident: (orgId: string, incidentId: string) => json<Incident>('GET', `${org(orgId)}/incidents/${id(incidentId)}`),
  updateIncident: (orgId: string, incidentId: string, body: { title?: string; status?: 'open' | 'closed'; case?: unknown; expectedVersion: number }) =>
    json<Incident>('PATCH', `${org(orgId)}/incidents/${id(incidentId)}`, body),
  addIncidentEvent: (orgId: string, incidentId: string, body: { kind: string; at: string; act?: string; expectedVersion: number }) =>
    json<Incident>('POST', `${org(orgId)}/incidents/${id(incidentId)}/events`, body),
  addSubmission: (orgId: string, incidentId: string, body: { duty: string; step: string; state?: string; at: string; reference?: string; expectedVersion: number }) =>
    json<Incident>('POST', `${org(orgId)}/incidents/${id(incidentId)}/submissions`, body),
  /** Merges dossier fields into the stored dossier: a value replaces, null removes. */
  saveIncidentDossier: (orgId: string, incidentId: string, body: { values: Record<string, DossierValue | null>; expectedVersion: number }) =>
    json<Incident>('PUT', `${org(orgId)}/incidents/${id(incidentId)}/dossier`, body),
  incidentPlanFor: (orgId: string, incidentId: string, now?: string) =>
    json<IncidentPlan>('GET', `${org(orgId)}/incidents/${id(incidentId)}/plan${query({ now })}`),
  incidentCalendar: (orgId: string, incidentId: string) => text('GET', `${org(orgId)}/incidents/${id(incidentId)}/calendar.ics`, undefined, 'text/calendar'),
  incidentHistory: (orgId: string, incidentId: string) =>
    json<Page<AuditEntry>>('GET', `${org(orgId)}/audit${query({ limit: 100, entityType: 'incident', entityId: incidentId })}`),
  incidentReport: (orgId: string, incidentId: string, regime: string, format: string) =>
    text('GET', `${org(orgId)}/incidents/${id(incidentId)}/report${query({ regime, format })}`, undefined, '*/*'),

  savedScenarios: (orgId: string) => json<Page<{ id: string; name: string; scenarios: string[]; asOf: string | null }>>('GET', `${org(orgId)}/scenarios`),
  audit: (orgId: string) => json<Page<{ seq: number; at: string; action: string; entityType: string; entityId: string; actorId: string | null }>>('GET', `${org(orgId)}/audit${query({ limit: 100 })}`),

  // workspace: audit pages, saved scenarios, product rename, version pages, the profile schema
  auditPage: (orgId: string, cursor?: string, limit = 50, filter: AuditFilter = {}) =>
    json<Page<AuditEntry>>('GET', `${org(orgId)}/audit${query({ limit, cursor, entityType: filter.entityType, action: filter.action })}`),
  savedScenariosPage: (orgId: string, cursor?: string) => json<Page<SavedScenario>>('GET', `${org(orgId)}/scenarios${query({ limit: 200, cursor })}`),
  createSavedScenario: (orgId: string, body: { name: string; scenarios: string[]; asOf?: string | null }) =>
    json<SavedScenario>('POST', `${org(orgId)}/scenarios`, body),
  updateSavedScenario: (orgId: string, scenarioId: string, body: { name?: string; scenarios?: string[]; asOf?: string | null }) =>
    json<SavedScenario>('PATCH', `${org(orgId)}/scenarios/${id(scenarioId)}`, body),
  deleteSavedScenario: (orgId: string, scenarioId: string) => json<unknown>('DELETE', `${org(orgId)}/scenarios/${id(scenarioId)}`),
  renameProduct: (orgId: string, productId: string, name: string) => json<Product>('PATCH', `${org(orgId)}/products/${id(productId)}`, { name }),
  versionsPage: (orgId: string, productId: string, cursor?: string, limit = 50) =>
    json<Page<ProductVersion>>('GET', `${org(orgId)}/products/${id(productId)}/versions${query({ limit, cursor })}`),
  profileSchema: () => json<Record<string, unknown>>('GET', '/schema/profile'),
  addEvidence: (orgId: string, assessmentId: string, body: EvidenceUpload) => json<EvidenceFile>('POST', `${org(orgId)}/assessments/${id(assessmentId)}/evidence`, body),
  vocabulary: () => json<{ facts: VocabularyFact[] }>('GET', '/vocabulary'),
};

/** Lists from the server come as `{items}`; a few engine routes mirror the CLI and return bare arrays or named arrays. */
export function itemsOf<T>(value: unknown, key?: string): T[] {
  if (Array.isArray(value)) return value as T[];
  if (value && typeof value === 'object') {
    const record = value as Record<string, unknown>;
    if (key && Array.isArray(record[key])) return record[key] as T[];
    if (Array.isArray(record.items)) return record.items as T[];
  }
  return [];
}
