/**
 * MDS2 statements (ANSI/NEMA HN 1-2019) as JSON keyed by question id: read from the form's rows
 * (question id, question, answer, note — e.g. the published spreadsheet saved as CSV), tolerant of
 * the small id slips real forms carry ("SBOM 1", "sbom-01", "SBOM-1.", "CSUP–1"); compared
 * between two model versions; and mapped onto the controls catalogue and lifecycle facts.
 */
import { MDS2_MAPPED_QUESTIONS } from '../kb/fleet/mds2.ts';
import type { Mds2MappedQuestion } from '../kb/fleet/mds2.ts';

export type Mds2Answer = 'yes' | 'no' | 'n/a' | 'see note' | 'unanswered';

export interface Mds2Entry {
  answer: Mds2Answer;
  /** The answer exactly as written, where it was not a plain yes/no/N/A. */
  text: string | null;
  note: string | null;
  question: string | null;
}

export interface Mds2Statement {
  form: 'HN 1-2019';
  answers: Record<string, Mds2Entry>;
  /** Rows whose id could not be read, with their row number (1-based, header excluded). */
  skipped: { row: number; id: string }[];
}

/** A question id in its canonical form (`SBOM-1`), or null when the text is not one. */
export function normaliseQuestionId(raw: string): string | null {
  const t = raw.trim().toUpperCase().replace(/[\u2010-\u2015]/g, '-').replace(/[.:;,]+$/, '');
  const m = /^([A-Z]{3,4})\s*[-_ ]?\s*0*(\d{1,3})$/.exec(t);
  return m ? `${m[1]}-${Number(m[2])}` : null;
}

export function readAnswer(raw: string | null | undefined): { answer: Mds2Answer; text: string | null } {
  const t = (raw ?? '').trim();
  if (t === '') return { answer: 'unanswered', text: null };
  const l = t.toLowerCase().replace(/[._]/g, '');
  if (/^(yes|y)$/.test(l)) return { answer: 'yes', text: null };
  if (/^(no|n)$/.test(l)) return { answer: 'no', text: null };
  if (/^(n\/?a|not applicable)$/.test(l)) return { answer: 'n/a', text: null };
  if (/^see note/.test(l)) return { answer: 'see note', text: null };
  return { answer: 'see note', text: t };
}

/**
 * Reads the rows of a form: the first row naming an id column ("Question ID", "ID") is the header;
 * answer and note columns are found by their names ("Answer"/"Response"/"Yes, No, N/A, or See
 * Note", "Note"/"Comments").
 */
export function readMds2Rows(rows: readonly (readonly string[])[]): Mds2Statement {
  const headerAt = rows.findIndex((r) => r.some((c) => /question\s*id|^id$/i.test(c.trim())));
  if (headerAt < 0) throw new Error('no header row with a "Question ID" column');
  const header = rows[headerAt]!.map((c) => c.trim().toLowerCase());
  const col = (re: RegExp) => header.findIndex((h) => re.test(h));
  const idCol = col(/question\s*id|^id$/);
  const answerCol = col(/answer|response|yes,?\s*no/);
  const noteCol = col(/note|comment/);
  const questionCol = header.findIndex((h, i) => i !== idCol && /question/.test(h));
  if (answerCol < 0) throw new Error('no answer column ("Answer", "Response" or "Yes, No, N/A, or See Note")');
  const answers: Record<string, Mds2Entry> = {};
  const skipped: { row: number; id: string }[] = [];
  rows.slice(headerAt + 1).forEach((r, i) => {
    const rawId = r[idCol] ?? '';
    if (rawId.trim() === '') return;
    const id = normaliseQuestionId(rawId);
    if (!id) {
      skipped.push({ row: i + 1, id: rawId });
      return;
    }
    const { answer, text } = readAnswer(r[answerCol]);
    answers[id] = { answer, text, note: noteCol >= 0 && r[noteCol]?.trim() ? r[noteCol].trim() : null, question: questionCol >= 0 && r[questionCol]?.trim() ? r[questionCol].trim() : null };
  });
  return { form: 'HN 1-2019', answers, skipped };
}

export interface Mds2Change {
  id: string;
  before: Mds2Answer | null;
  after: Mds2Answer | null;
  mapped: boolean;
}

/** The answers that differ between two statements (added, removed or changed), mapped questions first. */
export function compareMds2(a: Mds2Statement, b: Mds2Statement): Mds2Change[] {
  const ids = [...new Set([...Object.keys(a.answers), ...Object.keys(b.answers)])];
  const mapped = new Set(MDS2_MAPPED_QUESTIONS.map((q) => q.id));
  return ids
    .map((id) => ({ id, before: a.answers[id]?.answer ?? null, after: b.answers[id]?.answer ?? null, mapped: mapped.has(id) }))
    .filter((c) => c.before !== c.after || a.answers[c.id]?.text !== b.answers[c.id]?.text)
    .sort((x, y) => Number(y.mapped) - Number(x.mapped) || x.id.localeCompare(y.id, 'en', { numeric: true }));
}

export interface Mds2ControlEvidence {
  question: Mds2MappedQuestion;
  answer: Mds2Answer | null;
  /** `evidence`: a yes supports the controls; `gap`: a no; `open`: unanswered, N/A or a note to read. */
  reading: 'evidence' | 'gap' | 'open';
}

/** What the statement says about the controls and lifecycle facts the fleet relies on. */
export function mapMds2(statement: Mds2Statement): Mds2ControlEvidence[] {
  return MDS2_MAPPED_QUESTIONS.map((question) => {
    const answer = statement.answers[question.id]?.answer ?? null;
    return { question, answer, reading: answer === 'yes' ? 'evidence' : answer === 'no' ? 'gap' : 'open' };
  });
}
