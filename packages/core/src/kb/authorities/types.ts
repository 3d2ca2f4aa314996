/**
 * Types of the authorities registry: for each state of the EEA and each kind of authority that
 * receives an incident notification, who it is, where to report and how sure we are.
 *
 * The registry is reference data, not law: every entry says where it was checked and when, and an
 * entry we could not establish is recorded as `unknown` with what was tried, never guessed.
 */
import type { MemberState } from '../../facts/vocabulary.ts';
import type { Recipient } from '../notification-types.ts';
import type { ActId } from '../provision-id.ts';
import type { IsoDate } from '../types.ts';

/** The recipients of notification duties that are people or private bodies, not authorities. */
type NonAuthorityRecipient =
  | 'notified-body'
  | 'data-subjects'
  | 'users'
  | 'service-recipients'
  | 'controller'
  | 'manufacturer'
  | 'internal-record';

/** An authority type of the registry: every authority member of {@link Recipient}. */
export type AuthorityType = Exclude<Recipient, NonAuthorityRecipient>;

/** The EEA EFTA states (in the EEA, not in the EU). */
export type EeaEftaState = 'IS' | 'LI' | 'NO';

/** A state covered by the registry: the 27 EU member states plus Iceland, Liechtenstein and Norway. */
export type StateCode = MemberState | EeaEftaState;

export type Confidence = 'high' | 'medium' | 'low';

/** Whether an act applies in an EEA EFTA state (incorporated into the EEA Agreement and in force there). */
export type EeaApplicability = 'applies' | 'unknown';

export interface EeaActStatus {
  readonly status: EeaApplicability;
  readonly note: string;
  /** https links to where this was checked. */
  readonly sources: readonly string[];
}

/** A time zone used in part of a state's territory that is within the EU/EEA. */
export interface RegionalTimeZone {
  /** IANA time zone name. */
  readonly timeZone: string;
  readonly area: string;
}

export interface StateEntry {
  readonly code: StateCode;
  readonly name: string;
  /** `eu`: EU member state; `eea-efta`: EEA state outside the EU (Iceland, Liechtenstein, Norway). */
  readonly membership: 'eu' | 'eea-efta';
  /** IANA time zone of the capital (mainland), used to show deadlines in the recipient's zone. */
  readonly timeZone: string;
  /** Other zones in parts of the territory (e.g. the Azores), for display only. */
  readonly otherTimeZones?: readonly RegionalTimeZone[];
  /**
   * EEA EFTA states only: which of the acts behind the authority types apply there. Acts not
   * listed have not been checked; EU member states are bound by all of them.
   */
  readonly eeaActs?: Partial<Record<ActId, EeaActStatus>>;
}

/** Where and how a report is submitted. */
export interface ReportingChannel {
  /** Portal, form or mailbox as the authority names it. */
  readonly description: string;
  readonly url?: string;
}

interface EntryBase {
  /** The date the entry was last checked against its sources. */
  readonly checkedOn: IsoDate;
  readonly reportingChannel?: ReportingChannel;
  readonly note?: string;
}

/** An authority established from the stored sources. */
export interface KnownAuthorityData extends EntryBase {
  readonly status: 'known';
  /** Official name, in English where the authority uses one. */
  readonly name: string;
  /** The name in the national language, where different from `name`. */
  readonly nationalName?: string;
  readonly abbreviation?: string;
  readonly website?: string;
  /** https links to where the entry was checked; at least one. */
  readonly sources: readonly string[];
  readonly confidence: Confidence;
}

/** An authority we could not establish from the stored sources: explicit, never guessed. */
export interface UnknownAuthorityData extends EntryBase {
  readonly status: 'unknown';
  /** What was looked at without result. */
  readonly tried: string;
  /** Unconfirmed hints for whoever completes the entry; never used as data. */
  readonly leads?: readonly string[];
}

export type AuthorityData = KnownAuthorityData | UnknownAuthorityData;

/** An entry of the registry: the data plus the state and type it is filed under. */
export type AuthorityEntry = AuthorityData & {
  readonly state: StateCode;
  readonly type: AuthorityType;
};
export type KnownAuthority = KnownAuthorityData & {
  readonly state: StateCode;
  readonly type: AuthorityType;
};
export type UnknownAuthority = UnknownAuthorityData & {
  readonly state: StateCode;
  readonly type: AuthorityType;
};

/** One authority type for every state: the compiler checks that no state is missing. */
export type AuthorityTable = { readonly [S in StateCode]: AuthorityData };
