/** MDS2 statements of model versions: read from the form's CSV or from JSON, stored, compared and mapped. */
import { parse } from 'csv-parse/sync';
import { compareMds2, mapMds2, readMds2Rows } from '@iomt/core';
import type { Mds2Statement } from '@iomt/core';
import { InvalidInputError } from '../store/contract.ts';
import type { OrgScope } from '../store/contract.ts';

/** The published form saved as CSV (one row per question); the header row is found by its "Question ID" column. */
export function mds2FromCsv(text: string): Mds2Statement {
  let rows: string[][];
  try {
    const parsed: unknown = parse(text, { relax_column_count: true, skip_empty_lines: true, bom: true });
    rows = parsed as string[][];
  } catch (e) {
    throw new InvalidInputError('/csv', text.slice(0, 60), `the MDS2 form as CSV (${e instanceof Error ? e.message : String(e)})`);
  }
  try {
    return readMds2Rows(rows);
  } catch (e) {
    throw new InvalidInputError('/csv', rows[0]?.join(',') ?? '', `the MDS2 form as CSV: ${e instanceof Error ? e.message : String(e)}`);
  }
}

/** A statement given as JSON: `{ answers: { "SBOM-1": { answer: "yes", … } } }` (as `mds2FromCsv` produces). */
export function mds2FromJson(value: unknown): Mds2Statement {
  const answers = (value as { answers?: unknown } | null)?.answers;
  if (answers === null || typeof answers !== 'object' || Array.isArray(answers)) throw new InvalidInputError('/statement/answers', answers, 'an object of answers keyed by question id');
  const str = (x: unknown): string => (typeof x === 'string' ? x : '');
  const rows = [['Question ID', 'Answer', 'Note'], ...Object.entries(answers as Record<string, { answer?: unknown; text?: unknown; note?: unknown } | null>).map(([id, a]) => [id, str(a?.text) || str(a?.answer), str(a?.note)])];
  return readMds2Rows(rows);
}

export async function mds2View(scope: OrgScope, modelVersionId: string) {
  const stored = await scope.fleet.mds2(modelVersionId);
  const statement = stored.statement as Mds2Statement;
  return { ...stored, mapping: mapMds2(statement) };
}

export async function mds2Compare(scope: OrgScope, a: string, b: string) {
  const [x, y] = await Promise.all([scope.fleet.mds2(a), scope.fleet.mds2(b)]);
  return { a, b, changes: compareMds2(x.statement as Mds2Statement, y.statement as Mds2Statement) };
}
