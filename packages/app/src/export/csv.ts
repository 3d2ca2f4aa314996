/** The gap checklist as CSV (RFC 4180: CRLF line ends, fields quoted when they hold a comma, quote or line break). */
import type { GapResult } from '@iomt/core';

/** Text a spreadsheet would read as a formula (OWASP "CSV injection"): =, +, -, @, tab or CR first. */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * One CSV field, quoted and with doubled quotes where RFC 4180 requires it. Text that a
 * spreadsheet would run as a formula gets a leading apostrophe and quotes, so it shows as text.
 */
export function csvField(value: string | number | boolean | null | undefined): string {
  const raw = value === null || value === undefined ? '' : String(value);
  const formula = typeof value === 'string' && FORMULA_START.test(raw);
  const s = formula ? `'${raw}` : raw;
  return formula || /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export const csvRow = (fields: readonly (string | number | boolean | null | undefined)[]): string => fields.map(csvField).join(',');

export const GAP_CSV_HEADER = [
  'control', 'title', 'category', 'selection', 'required_from', 'status', 'owner', 'due', 'overdue',
  'blocks', 'blocks_if_applicable', 'acts', 'duties', 'provisions', 'evidence', 'notes', 'justification',
] as const;

/** One row per selected control, in checklist order; lists inside a field are separated by `; `. */
export function gapCsv(result: GapResult): string {
  const rows = [csvRow(GAP_CSV_HEADER)];
  for (const group of result.checklist) {
    for (const i of group.items) {
      rows.push(
        csvRow([
          i.control,
          i.title,
          i.category,
          i.kind,
          i.from,
          i.state.status,
          i.state.owner,
          i.state.due,
          i.overdue,
          i.blocks,
          i.blocksIfApplicable,
          i.acts.join('; '),
          i.duties.map((d) => d.obligation).join('; '),
          i.provisions.map((p) => p.citation).join('; '),
          (i.state.evidence ?? []).map((e) => `${e.name} sha256:${e.sha256}${e.url ? ` ${e.url}` : ''}`).join('; '),
          i.state.notes,
          i.state.justification,
        ]),
      );
    }
  }
  return rows.join('\r\n') + '\r\n';
}
