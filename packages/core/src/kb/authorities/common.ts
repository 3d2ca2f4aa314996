/** Shared constants and builders for the authority tables. */
import { STATE_CODES } from './states.ts';
import type {
  AuthorityTable,
  AuthorityData,
  KnownAuthorityData,
  ReportingChannel,
  UnknownAuthorityData,
} from './types.ts';

/** The date the registry was last checked against its sources. */
export const CHECKED_ON = '2026-11-23';

type KnownInput = Omit<KnownAuthorityData, 'status' | 'checkedOn'>;

/** An authority established from the stored sources. */
export function known(input: KnownInput): AuthorityData {
  return { status: 'known', checkedOn: CHECKED_ON, ...input };
}

/** An authority that could not be established: say what was tried, never guess. */
export function unknown(
  tried: string,
  extra: {
    readonly leads?: readonly string[];
    readonly note?: string;
    readonly reportingChannel?: ReportingChannel;
  } = {},
): AuthorityData {
  const entry: UnknownAuthorityData = { status: 'unknown', checkedOn: CHECKED_ON, tried, ...extra };
  return entry;
}

/** A table where no state's authority has been established yet: one explicit unknown for each. */
export function unknownEverywhere(tried: string): AuthorityTable {
  const entry = unknown(tried);
  return Object.fromEntries(STATE_CODES.map((state) => [state, entry])) as unknown as AuthorityTable;
}
