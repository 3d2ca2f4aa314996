/**
 * Inputs and outputs of the support-period analysis. A unit is one installed or sold item of a
 * product (model); its status is computed from the product's lifecycle facts and its own.
 */
import type { IsoDate } from '../kb/types.ts';
import type { Cite, FactQuestion, Reason } from './trace.ts';

/** How the product stands under the medical-device regulations, as far as support goes. */
export type DeviceStatus = 'medical-device' | 'ivd' | 'not-a-device';
export type SaleTo = 'consumer' | 'professional' | 'both';
export type SupplyMode = 'single' | 'continuous';

/** Lifecycle facts of a product (model). `null` or absent: unknown. */
export interface LifecycleProduct {
  readonly name?: string;
  /** MDR/IVDR status; decides between the MDR lifetime and the CRA support period. */
  readonly deviceStatus?: DeviceStatus | null;
  /** A product with digital elements with a data connection (CRA Art 2(1), 3(1)). */
  readonly digitalWithConnection?: boolean | null;
  /** Physical goods with digital elements (SGD) rather than digital content alone (DCD). */
  readonly goods?: boolean | null;
  readonly saleTo?: SaleTo | null;
  /** Consumer contracts: digital elements supplied once or continuously over a period. */
  readonly supplyMode?: SupplyMode | null;
  /** Placing on the market of the model (its first unit). */
  readonly placedOnMarketOn?: IsoDate | null;
  /** End of support declared by the manufacturer for the model. */
  readonly declaredSupportEnd?: IsoDate | null;
  /** Time the product is expected to be in use (CRA Art 13(8)). */
  readonly expectedUseYears?: number | null;
  /** Lifetime of the device as defined by the manufacturer (MDR Annex I). */
  readonly deviceLifetimeYears?: number | null;
  /** Date of a substantial modification (CRA Art 3(30), Art 69(2)). */
  readonly substantiallyModifiedOn?: IsoDate | null;
}

export type UnitOperator = 'consumer' | 'healthcare-provider' | 'other';

/** Facts of one unit. Dates override the product's where given. */
export interface LifecycleUnit {
  readonly id?: string;
  readonly placedOnMarketOn?: IsoDate | null;
  readonly putIntoServiceOn?: IsoDate | null;
  /** Delivery to a consumer (starts the seller's liability period, SGD Art 10). */
  readonly deliveredOn?: IsoDate | null;
  /** A support end declared for this unit, replacing the model's. */
  readonly declaredSupportEnd?: IsoDate | null;
  readonly softwareVersion?: string | null;
  readonly operator?: UnitOperator | null;
  /** The operator is an essential or important entity under NIS2. */
  readonly nis2Entity?: boolean | null;
}

export type SupportState = 'supported' | 'ending-soon' | 'out-of-support' | 'unknown';
export type SupportRegimeId = 'cra' | 'mdr' | 'ivdr' | 'sgd' | 'dcd' | 'gpsr';
export type Party = 'manufacturer' | 'seller' | 'trader' | 'healthcare-provider' | 'user';
export type Applies = true | false | 'unknown';

/**
 * How a declared support end measures against one regime: `yes`/`no` against a number the law
 * (or its recital) gives, `weighing` where the law asks the manufacturer to weigh factors
 * rather than fixing a number, `no-number` where the law gives none, `unknown` where facts are
 * missing.
 */
export type Satisfies = 'yes' | 'no' | 'weighing' | 'no-number' | 'unknown';

export interface RegimeMinimum {
  readonly regime: SupportRegimeId;
  readonly applies: Applies;
  /** Who owes the updates under this regime. */
  readonly bearer: Party;
  /** Last day of the minimum period, where the law (or a recital) gives a number. */
  readonly minimumEnd: IsoDate | null;
  /** True where the number comes from a recital's indication rather than a binding rule. */
  readonly indicative: boolean;
  readonly basis: string;
  readonly satisfies: Satisfies;
  readonly shortfallMonths: number | null;
  readonly cites: readonly Cite[];
  readonly note?: string;
}

export interface PartyDuty {
  readonly party: Party;
  readonly duty: string;
  readonly cites: readonly Cite[];
  /** Where the duty depends on a fact that is not known. */
  readonly condition?: string;
}

export interface UnitSupportOptions {
  /** The "ending soon" window, in months (default 6). */
  readonly endingWithinMonths?: number;
}

export interface UnitSupportStatus {
  readonly unit: string | null;
  readonly asOf: IsoDate;
  readonly state: SupportState;
  /** The support end the state is measured against. */
  readonly supportEnd: IsoDate | null;
  readonly supportEndBasis: 'declared-for-unit' | 'declared-for-product' | 'legal-minimum' | null;
  /** The latest minimum end among the regimes that apply, and the regime that sets it. */
  readonly legalMinimum: { readonly end: IsoDate; readonly regime: SupportRegimeId; readonly indicative: boolean } | null;
  /** Months by which the declared end falls short of the legal minimum (0 when it does not). */
  readonly shortfallMonths: number | null;
  readonly regimes: readonly RegimeMinimum[];
  readonly reasons: readonly Reason[];
  readonly duties: readonly PartyDuty[];
  readonly questions: readonly FactQuestion[];
}
