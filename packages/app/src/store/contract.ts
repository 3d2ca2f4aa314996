/**
 * The store's contract: what the HTTP API, the CLI and the tests may rely on, whichever engine
 * (SQLite file or PostgreSQL) sits underneath. Every org-scoped read and write goes through an
 * `OrgScope` bound to one caller, so a query for another organisation's row is indistinguishable
 * from a query for a row that does not exist.
 */
import type { Criticality, Exposure } from '@iomt/core';

export type Role = 'owner' | 'editor' | 'viewer';
export const ROLES: readonly Role[] = ['owner', 'editor', 'viewer'];
export type Dialect = 'sqlite' | 'postgres';

/** ISO 8601 instant in UTC, e.g. `2026-11-23T10:15:00.000Z`. */
export type Instant = string;

export interface Organisation {
  id: string;
  slug: string;
  name: string;
  createdAt: Instant;
}

export interface User {
  id: string;
  email: string;
  displayName: string;
  createdAt: Instant;
  disabled: boolean;
}

export interface Membership {
  organisation: Organisation;
  role: Role;
}

export interface Member {
  user: User;
  role: Role;
  since: Instant;
}

/** Who is acting. Scoped operations read and write only `orgId`'s rows. */
export interface Actor {
  userId: string;
  orgId: string;
  role: Role;
  via: 'session' | 'token' | 'cli';
}

export interface Session {
  userId: string;
  csrfToken: string;
  expiresAt: Instant;
}

export interface ApiToken {
  id: string;
  orgId: string;
  userId: string;
  name: string;
  /** First characters of the secret, safe to show so users can tell tokens apart. */
  prefix: string;
  role: Role;
  createdAt: Instant;
  expiresAt: Instant | null;
  lastUsedAt: Instant | null;
  revokedAt: Instant | null;
}

export interface Product {
  id: string;
  orgId: string;
  name: string;
  /** Number of the newest profile version; versions are 1, 2, 3 … and never overwritten. */
  latestVersion: number;
  createdAt: Instant;
  updatedAt: Instant;
}

export interface ProductVersion {
  productId: string;
  version: number;
  /** A product profile as accepted by `parseProfile` of @iomt/core (validated by the caller). */
  profile: unknown;
  note: string | null;
  createdBy: string;
  createdAt: Instant;
}

/** A gap assessment of one product version; `state` is the core's assessment state document. */
export interface Assessment {
  id: string;
  orgId: string;
  productId: string;
  productVersion: number;
  name: string;
  state: unknown;
  /** Row version for optimistic concurrency; starts at 1, +1 per update. */
  version: number;
  createdAt: Instant;
  updatedAt: Instant;
}

export type IncidentStatus = 'open' | 'closed';

/** An incident; `case` is the core's incident case document (profile, facts, timeline, submissions). */
export interface Incident {
  id: string;
  orgId: string;
  productId: string | null;
  title: string;
  status: IncidentStatus;
  case: unknown;
  version: number;
  createdAt: Instant;
  updatedAt: Instant;
}

/** A named set of pending proposals (scenario ids) and an optional as-of date to assess under. */
export interface SavedScenario {
  id: string;
  orgId: string;
  name: string;
  scenarios: string[];
  asOf: string | null;
  createdAt: Instant;
}

export interface AuditEntry {
  seq: number;
  at: Instant;
  orgId: string | null;
  actorId: string | null;
  action: string;
  entityType: string;
  entityId: string;
  /** What changed: the new values, and the previous ones where a value was replaced. */
  change: unknown;
  prevHash: string;
  hash: string;
}

/** Who made an audit entry, named from the accounts even after they left the organisation. */
export interface AuditActor {
  id: string;
  /** Null when the account no longer exists (or never did). */
  displayName: string | null;
}

/** An audit entry as an organisation reads it: with its actor's name, null for system entries. */
export interface AuditRecord extends AuditEntry {
  actor: AuditActor | null;
}

/** Narrows the audit log; each given field must match exactly (an unknown value matches nothing). */
export interface AuditFilter {
  action?: string;
  entityType?: string;
  entityId?: string;
}

export type AuditVerification =
  | { ok: true; entries: number; head: string }
  | { ok: false; entries: number; seq: number; problem: 'altered' | 'removed' | 'reordered' | 'inserted'; detail: string };

export interface PageRequest {
  /** 1–200; default 50. */
  limit?: number;
  /** Opaque cursor from a previous page's `next`. */
  cursor?: string;
}

export interface Page<T> {
  items: T[];
  next: string | null;
}

/** Base of the store's errors; the HTTP layer maps each to a status and a problem document. */
export class StoreError extends Error {}
/** The row does not exist, or belongs to another organisation (the two are not told apart). */
export class NotFoundError extends StoreError {
  constructor(readonly entity: string, readonly id: string) {
    super(`${entity} ${id} not found`);
  }
}
/** Optimistic concurrency: the caller's expected version is not the stored one. */
export class ConflictError extends StoreError {
  constructor(readonly entity: string, readonly id: string, readonly expected: number, readonly actual: number) {
    super(`${entity} ${id} is at version ${actual}, not ${expected}: reload it and apply the change again`);
  }
}
/** A unique value is already taken (e.g. an e-mail address or an organisation slug). */
export class DuplicateError extends StoreError {
  constructor(readonly field: string, readonly value: string) {
    super(`${field} ${JSON.stringify(value)} is already in use`);
  }
}
/** The actor's role does not allow the operation. */
export class ForbiddenError extends StoreError {
  constructor(readonly needed: Role, readonly had: Role) {
    super(`this needs the ${needed} role; you have ${had}`);
  }
}

export interface Accounts {
  userCount(): Promise<number>;
  /** Hashes the password (argon2id); the plain password is never stored. */
  createUser(input: { email: string; displayName: string; password: string }): Promise<User>;
  findUserByEmail(email: string): Promise<User | null>;
  findUser(id: string): Promise<User | null>;
  /** The user when the password matches and the account is enabled; otherwise null. */
  verifyPassword(email: string, password: string): Promise<User | null>;
  setPassword(userId: string, password: string): Promise<void>;
  setDisabled(userId: string, disabled: boolean): Promise<void>;
  listUsers(page?: PageRequest): Promise<Page<User>>;
  /** Creates the organisation and makes the user its owner, in one transaction. */
  createOrganisation(input: { name: string; slug: string }, ownerUserId: string): Promise<Organisation>;
  findOrganisationBySlug(slug: string): Promise<Organisation | null>;
  membershipsOf(userId: string): Promise<Membership[]>;
  /** The actor for this user in this organisation, or null when the user is not a member. */
  actorFor(userId: string, orgId: string, via: Actor['via']): Promise<Actor | null>;

  /** A new session; the returned secret goes into the cookie and is stored only as a hash. */
  createSession(userId: string, ttlSeconds: number): Promise<{ secret: string; session: Session }>;
  findSession(secret: string): Promise<Session | null>;
  deleteSession(secret: string): Promise<void>;

  /** Resolves a bearer token secret to its actor (null if unknown, revoked or expired). */
  resolveToken(secret: string): Promise<Actor | null>;
}

export interface OrgScope {
  readonly actor: Actor;
  organisation(): Promise<Organisation>;

  members: {
    list(page?: PageRequest): Promise<Page<Member>>;
    /** owner only */
    add(userId: string, role: Role): Promise<Member>;
    /** owner only; the last owner cannot be demoted or removed */
    setRole(userId: string, role: Role): Promise<Member>;
    remove(userId: string): Promise<void>;
  };

  tokens: {
    list(page?: PageRequest): Promise<Page<ApiToken>>;
    /** The secret is returned once and stored only as a hash. A token's role cannot exceed its creator's. */
    create(input: { name: string; role: Role; expiresAt?: Instant | null }): Promise<{ token: ApiToken; secret: string }>;
    revoke(id: string): Promise<void>;
  };

  products: {
    list(page?: PageRequest): Promise<Page<Product>>;
    get(id: string): Promise<Product>;
    create(input: { name: string; profile: unknown; note?: string | null }): Promise<{ product: Product; version: ProductVersion }>;
    /** Adds version `expectedVersion + 1`; ConflictError when another version was added first. */
    addVersion(id: string, input: { profile: unknown; note?: string | null; expectedVersion: number }): Promise<ProductVersion>;
    rename(id: string, input: { name: string }): Promise<Product>;
    versions(id: string, page?: PageRequest): Promise<Page<ProductVersion>>;
    version(id: string, version: number): Promise<ProductVersion>;
    remove(id: string): Promise<void>;
  };

  assessments: {
    list(page?: PageRequest & { productId?: string }): Promise<Page<Assessment>>;
    get(id: string): Promise<Assessment>;
    create(input: { productId: string; productVersion?: number; name: string; state: unknown }): Promise<Assessment>;
    update(id: string, input: { state: unknown; name?: string; expectedVersion: number }): Promise<Assessment>;
    remove(id: string): Promise<void>;
  };

  incidents: {
    list(page?: PageRequest & { status?: IncidentStatus }): Promise<Page<Incident>>;
    get(id: string): Promise<Incident>;
    create(input: { title: string; productId?: string | null; case: unknown }): Promise<Incident>;
    update(id: string, input: { case?: unknown; title?: string; status?: IncidentStatus; expectedVersion: number }): Promise<Incident>;
    remove(id: string): Promise<void>;
  };

  scenarios: {
    list(page?: PageRequest): Promise<Page<SavedScenario>>;
    get(id: string): Promise<SavedScenario>;
    create(input: { name: string; scenarios: string[]; asOf?: string | null }): Promise<SavedScenario>;
    /** Changes the given fields (at least one); `asOf: null` clears the date. */
    update(id: string, input: { name?: string; scenarios?: string[]; asOf?: string | null }): Promise<SavedScenario>;
    remove(id: string): Promise<void>;
  };

  /** Device models, units, SBOMs, advisories, match decisions and triage (see `FleetScope`). */
  fleet: FleetScope;

  /** This organisation's audit entries, newest first, optionally narrowed by `AuditFilter`. */
  audit(page?: PageRequest & AuditFilter): Promise<Page<AuditRecord>>;

  law: LawScope;
  invitations: OrgInvitations;
  evidence: EvidenceFiles;
}

export interface Store {
  readonly dialect: Dialect;
  readonly accounts: Accounts;
  /** Instance administration: the administrator flag and every organisation. */
  readonly admin: InstanceAdmin;
  /** Accepting an invitation, by the invited person. */
  readonly invitations: InvitationAcceptance;
  /** Sign-in throttling state, shared by every server instance over this store. */
  readonly throttle: Throttle;
  /** Operations scoped to the actor's organisation; writes need editor (owner for members and tokens). */
  org(actor: Actor): OrgScope;
  /** Checks the whole audit chain; reports the first entry that was altered, removed, reordered or inserted. */
  verifyAudit(): Promise<AuditVerification>;
  /** The chain's head as a checkpoint (HMAC-signed when a key is given); null while the log is empty. */
  auditCheckpoint(key?: string): Promise<AuditCheckpoint | null>;
  /** Compares a chain that verified with a checkpoint taken earlier. */
  checkAuditCheckpoint(chain: Extract<AuditVerification, { ok: true }>, checkpoint: AuditCheckpoint, key?: string): Promise<CheckpointVerdict>;
  /** Engine-level integrity check (`PRAGMA integrity_check` / a catalog read on PostgreSQL). */
  checkIntegrity(): Promise<{ ok: boolean; detail: string }>;
  /** Consistent online backup to a file (readable by `restore` on either engine). */
  backup(file: string): Promise<{ file: string; bytes: number; sha256: string }>;
  close(): Promise<void>;
}

export interface StoreOptions {
  /** PostgreSQL connection string; when absent, an SQLite file under `dataDir` is used. */
  databaseUrl?: string;
  /** Directory for the SQLite file (created if missing). Default: `./data`. */
  dataDir?: string;
}

/** The input breaks a rule; `pointer` is a JSON pointer to the field, `expected` says what is accepted. */
export class InvalidInputError extends StoreError {
  constructor(readonly pointer: string, readonly value: unknown, readonly expected: string) {
    super(`${pointer || '/'}: expected ${expected}, got ${describeValue(value)}`);
  }
}

function describeValue(value: unknown): string {
  if (value === undefined) return 'nothing';
  const text = JSON.stringify(value) ?? typeof value;
  return text.length > 80 ? `${text.slice(0, 77)}...` : text;
}

/** The last owner of an organisation cannot be demoted or removed (a ConflictError, so HTTP 409). */
export class LastOwnerError extends ConflictError {
  constructor(readonly userId: string) {
    super('membership', userId, 0, 0);
    this.message = `user ${userId} is the organisation's last owner: make another member owner first`;
  }
}

/** What the engine answered for one product version under one knowledge-base version. */
export interface LawSnapshot {
  productId: string;
  productVersion: number;
  kbVersion: string;
  /** The date the law was assessed at. */
  asOf: string;
  /** The core's `LawDigest`, as stored. */
  digest: unknown;
  createdAt: Instant;
}

/** A user's acknowledgement of the changes a knowledge-base version brought to a product. */
export interface LawReview {
  productId: string;
  productVersion: number;
  kbVersion: string;
  fromKbVersion: string;
  reviewedBy: string;
  reviewedAt: Instant;
}

/** Knowledge-base versions and stored products (`OrgScope.law`). */
export interface LawScope {
  /** The snapshot of a product version under a knowledge-base version, if one was taken. */
  snapshot(productId: string, productVersion: number, kbVersion: string): Promise<LawSnapshot | undefined>;
  /** The first snapshot taken of a product version: the law it was first assessed under. */
  firstSnapshot(productId: string, productVersion: number): Promise<LawSnapshot | undefined>;
  /** Keeps a snapshot unless one exists for the same product version and knowledge-base version (the first one stays). */
  keepSnapshot(input: { productId: string; productVersion: number; kbVersion: string; asOf: string; digest: unknown }): Promise<LawSnapshot>;
  /** The newest review of a product version, if any. */
  lastReview(productId: string, productVersion: number): Promise<LawReview | undefined>;
  /** Records a review (editor), audited as `product.law_review`. */
  review(productId: string, input: { productVersion: number; kbVersion: string; fromKbVersion: string; items: number }): Promise<LawReview>;
}

// --- Fleet: device models and units, SBOMs, advisories, matches and triage ------------------

export type FleetSide = 'manufacturer' | 'hospital';
export type TriState = 'true' | 'false' | 'unknown';
/** A unit's network exposure and clinical criticality, as the core's fleet computation reads them. */
export type { Exposure as UnitExposureClass, Criticality as UnitCriticality } from '@iomt/core';
export type TriageState = 'under_investigation' | 'affected' | 'not_affected' | 'fixed';

export interface FleetSettings {
  side: FleetSide;
  /** Hospital side: whether the organisation is an essential or important entity under NIS2. */
  nis2Entity: TriState;
  /** Days a finding may stay under investigation before the dashboard calls its triage overdue. */
  triageDays: number;
}

export interface FleetModel {
  id: string;
  orgId: string;
  manufacturer: string;
  name: string;
  aliases: string[];
  /** The product whose profile the law is assessed on. */
  productId: string | null;
  createdAt: Instant;
  updatedAt: Instant;
}

export interface FleetModelVersion {
  id: string;
  modelId: string;
  version: string;
  supportEnd: string | null;
  createdAt: Instant;
}

export interface FleetUnitFields {
  modelVersionId: string | null;
  serial: string | null;
  assetTag: string | null;
  site: string | null;
  department: string | null;
  owner: string | null;
  installedOn: string | null;
  exposure: Exposure;
  criticality: Criticality;
  placedOnMarketOn: string | null;
  supportEnd: string | null;
}

export interface FleetUnit extends FleetUnitFields {
  id: string;
  orgId: string;
  createdAt: Instant;
  updatedAt: Instant;
}

export interface FleetSbomComponent {
  ref: string;
  name: string;
  version: string | null;
  supplier: string | null;
  purl: string | null;
  cpe: string | null;
}

export interface FleetSbom {
  id: string;
  modelVersionId: string;
  format: 'cyclonedx' | 'spdx';
  specVersion: string;
  serialNumber: string | null;
  components: number;
  sha256: string;
  createdAt: Instant;
}

export interface FleetAdvisory {
  id: string;
  source: 'csaf' | 'osv' | 'kev';
  externalId: string;
  title: string;
  published: string;
  updated: string;
  sha256: string;
  importedAt: Instant;
}

export interface FleetMatchDecision {
  matchKey: string;
  decision: 'confirmed' | 'rejected';
  reason: string | null;
  decidedBy: string;
  decidedAt: Instant;
}

export interface FleetTriage {
  findingKey: string;
  state: TriageState;
  justification: string | null;
  detail: string | null;
  exploitedInNetwork: boolean | null;
  decidedBy: string;
  decidedAt: Instant;
  version: number;
}

/** Inventory as imported and exported (JSON, or CSV one unit per row). */
export interface FleetInventory {
  models: { manufacturer: string; name: string; aliases?: string[]; productId?: string | null; versions: { version: string; supportEnd?: string | null }[] }[];
  units: ({ manufacturer: string; model: string; version: string | null } & Partial<Omit<FleetUnitFields, 'modelVersionId'>>)[];
}

/** An imported document, already validated and read by the caller; `normalized` is what the matcher reads. */
export type FleetAdvisoryImport =
  | { source: 'csaf' | 'osv' | 'kev'; externalId: string; title: string; published: string; updated: string; normalized: unknown; document: unknown };

/** Everything the fleet computation reads, in one snapshot. */
export interface FleetData {
  settings: FleetSettings;
  models: FleetModel[];
  versions: FleetModelVersion[];
  units: FleetUnit[];
  components: Map<string, FleetSbomComponent[]>;
  advisories: (FleetAdvisory & { normalized: unknown })[];
  decisions: FleetMatchDecision[];
  triage: FleetTriage[];
}

export interface FleetScope {
  settings(): Promise<FleetSettings>;
  setSettings(input: Partial<FleetSettings>): Promise<FleetSettings>;

  models(page?: PageRequest): Promise<Page<FleetModel>>;
  model(id: string): Promise<FleetModel & { versions: FleetModelVersion[] }>;
  createModel(input: { manufacturer: string; name: string; aliases?: string[]; productId?: string | null }): Promise<FleetModel>;
  updateModel(id: string, input: { aliases?: string[]; productId?: string | null }): Promise<FleetModel>;
  removeModel(id: string): Promise<void>;
  addVersion(modelId: string, input: { version: string; supportEnd?: string | null }): Promise<FleetModelVersion>;
  version(id: string): Promise<FleetModelVersion>;

  units(page?: PageRequest & { site?: string; modelVersionId?: string }): Promise<Page<FleetUnit>>;
  unit(id: string): Promise<FleetUnit>;
  createUnit(input: Partial<FleetUnitFields>): Promise<FleetUnit>;
  updateUnit(id: string, input: Partial<FleetUnitFields>): Promise<FleetUnit>;
  removeUnit(id: string): Promise<void>;

  /** Creates missing models and versions and adds or updates units (matched by model version and serial or asset tag), all or nothing. */
  importInventory(input: FleetInventory): Promise<{ models: number; versions: number; unitsCreated: number; unitsUpdated: number }>;
  exportInventory(): Promise<FleetInventory>;

  attachSbom(modelVersionId: string, input: { format: 'cyclonedx' | 'spdx'; specVersion: string; serialNumber: string | null; components: FleetSbomComponent[]; document: unknown }): Promise<FleetSbom>;
  sboms(modelVersionId?: string): Promise<FleetSbom[]>;
  removeSbom(id: string): Promise<void>;

  /** Adds advisories, or replaces one already imported with the same source and id; all or nothing. */
  importAdvisories(items: FleetAdvisoryImport[]): Promise<{ created: number; updated: number; advisories: FleetAdvisory[] }>;
  advisories(page?: PageRequest & { source?: string }): Promise<Page<FleetAdvisory>>;
  removeAdvisory(id: string): Promise<void>;

  decideMatch(matchKey: string, input: { decision: 'confirmed' | 'rejected'; reason?: string | null }): Promise<FleetMatchDecision>;
  /** Records a triage decision; `expectedVersion` (0 for the first) guards against overwriting someone else's. */
  setTriage(findingKey: string, input: { state: TriageState; justification?: string | null; detail?: string | null; exploitedInNetwork?: boolean | null; expectedVersion: number }): Promise<FleetTriage>;
  /** Every triage and match decision on a finding, oldest first, from the audit log. */
  triageHistory(findingKey: string): Promise<AuditRecord[]>;

  load(): Promise<FleetData>;

  /** Stores (replaces) the MDS2 statement of a model version. */
  setMds2(modelVersionId: string, statement: unknown): Promise<{ modelVersionId: string; statement: unknown; updatedAt: Instant }>;
  mds2(modelVersionId: string): Promise<{ modelVersionId: string; statement: unknown; updatedAt: Instant }>;
}

export type InvitationStatus = 'pending' | 'accepted' | 'revoked' | 'expired';

/** An invitation to join an organisation with a role; the invited person accepts it with its secret. */
export interface Invitation {
  id: string;
  orgId: string;
  email: string;
  role: Role;
  createdBy: string | null;
  createdAt: Instant;
  expiresAt: Instant;
  acceptedAt: Instant | null;
  acceptedBy: string | null;
  revokedAt: Instant | null;
  status: InvitationStatus;
}

/** An organisation's invitations; owner only. Creating one never reveals whether the e-mail has an account. */
export interface OrgInvitations {
  list(page?: PageRequest & { status?: InvitationStatus }): Promise<Page<Invitation>>;
  /** The secret is returned once and stored only as a hash; `ttlSeconds` defaults to 7 days. */
  create(input: { email: string; role: Role; ttlSeconds?: number }): Promise<{ invitation: Invitation; secret: string }>;
  /** A pending invitation can no longer be accepted; NotFoundError for an unknown one. */
  revoke(id: string): Promise<Invitation>;
}

export interface InvitationAcceptance {
  /**
   * Joins the organisation as the invited user. NotFoundError when the secret is unknown,
   * expired, revoked or used, or the invitation is for another e-mail address — all alike.
   */
  accept(secret: string, userId: string): Promise<Membership>;
  /** Creates the account of the invited e-mail and joins; DuplicateError when the e-mail has one (sign in, then accept). */
  acceptAsNewUser(secret: string, input: { displayName: string; password: string }): Promise<{ user: User; membership: Membership }>;
}

export interface InstanceAdmin {
  isAdmin(userId: string): Promise<boolean>;
  /** Grants or withdraws the instance administrator flag (audited). */
  setAdmin(userId: string, admin: boolean): Promise<void>;
  listOrganisations(page?: PageRequest): Promise<Page<Organisation>>;
}

/** A throttled key and its back-off: from the `free`-th failure on, waits double from `baseMs` up to `maxMs`. */
export interface ThrottleRule {
  key: string;
  free: number;
  baseMs: number;
  maxMs: number;
}

export interface Throttle {
  /** Milliseconds until all of these keys admit an attempt (0: now). */
  wait(keys: readonly string[], at: Date): Promise<number>;
  /** Counts one failure against each rule's key; failures older than `forgetAfterMs` are forgotten first. */
  fail(rules: readonly ThrottleRule[], at: Date, forgetAfterMs: number): Promise<void>;
  /** Forgets the keys' failures (after a successful sign-in). */
  clear(keys: readonly string[]): Promise<void>;
}

export const CHECKPOINT_FORMAT = 'iomt-audit-checkpoint';

/** The audit chain's head recorded outside the database (see audit-checkpoint.ts). */
export interface AuditCheckpoint {
  format: typeof CHECKPOINT_FORMAT;
  version: 1;
  seq: number;
  hash: string;
  /** When the entry at `seq` was written. */
  at: string;
  /** When the checkpoint was taken. */
  takenAt: string;
  signature?: { alg: 'HMAC-SHA256'; value: string };
}

export type CheckpointVerdict =
  | { ok: true; signed: boolean; seq: number; entries: number; appended: number }
  | { ok: false; problem: 'signature' | 'truncated' | 'rewritten'; seq: number; detail: string };

/** A file kept as evidence for one control of a gap assessment (its bytes only through `content`). */
export interface EvidenceFile {
  id: string;
  assessmentId: string;
  control: string;
  fileName: string;
  contentType: string;
  size: number;
  sha256: string;
  createdBy: string;
  createdAt: string;
}

/** Evidence files of the organisation's gap assessments; another organisation's answer as missing. */
export interface EvidenceFiles {
  list(assessmentId: string): Promise<EvidenceFile[]>;
  /** Checks the size limit and that the bytes are of the declared type; editor role. */
  add(assessmentId: string, input: { control: string; fileName: string; contentType: string; bytes: Uint8Array }): Promise<EvidenceFile>;
  content(id: string): Promise<{ file: EvidenceFile; bytes: Buffer }>;
  remove(id: string): Promise<void>;
}
