/**
 * The overlap matrix as a heat map: rows are categories, columns are acts, each cell the number of
 * definite duties that act imposes on that topic. Cell kinds drive colour *and* a text marker, so
 * the meaning never rests on colour alone.
 */
import type { Obligation, OverlapTopic } from '../api/types.ts';

export type CellKind = 'empty' | 'single' | 'overlap' | 'dense';

export interface HeatCell {
  act: string;
  category: string;
  count: number;
  kind: CellKind;
  citations: string[];
}

export interface HeatMap {
  acts: string[];
  categories: string[];
  cells: HeatCell[][];
  max: number;
}

/** `single`: only this act speaks to the topic; `overlap`: others do too; `dense`: 5+ duties from this act. */
export function cellKind(count: number, actsOnTopic: number): CellKind {
  if (count === 0) return 'empty';
  if (count >= 5) return 'dense';
  return actsOnTopic > 1 ? 'overlap' : 'single';
}

export function buildHeatMap(overlap: OverlapTopic[], obligations: Obligation[]): HeatMap {
  const byId = new Map(obligations.map((o) => [o.id, o]));
  const acts = [...new Set(overlap.flatMap((t) => t.acts.map((a) => a.act)))].sort();
  const categories = overlap.map((t) => t.category);
  let max = 0;
  const cells = overlap.map((topic) => {
    const actsOnTopic = topic.acts.filter((a) => a.obligations.length > 0).length;
    return acts.map((act): HeatCell => {
      const ids = topic.acts.find((a) => a.act === act)?.obligations ?? [];
      max = Math.max(max, ids.length);
      return {
        act,
        category: topic.category,
        count: ids.length,
        kind: cellKind(ids.length, actsOnTopic),
        citations: ids.map((id) => byId.get(id)?.citation ?? id),
      };
    });
  });
  return { acts, categories, cells, max };
}

export function cellMarker(kind: CellKind): string {
  return { empty: '', single: '·', overlap: '◆', dense: '■' }[kind];
}

/** Display kind of a cell of the engine's overlap matrix: conditional cells are shown apart because they may yet drop out. */
export type MatrixCellKind = 'empty' | 'only' | 'overlap' | 'duplicate' | 'conditional';

export function matrixCellKind(cell: { kind: 'only' | 'overlap' | 'duplicate'; conditional: boolean; duties: readonly unknown[]; notifications: readonly unknown[] } | undefined): MatrixCellKind {
  if (!cell || cell.duties.length + cell.notifications.length === 0) return 'empty';
  if (cell.conditional) return 'conditional';
  return cell.kind;
}

export function matrixMarker(kind: MatrixCellKind): string {
  return { empty: '', only: '·', overlap: '◆', duplicate: '■', conditional: '?' }[kind];
}

export const MATRIX_KIND_TEXT: Record<MatrixCellKind, string> = {
  empty: 'no duty',
  only: 'only this act',
  overlap: 'other acts too',
  duplicate: 'one control meets both',
  conditional: 'open: depends on missing facts',
};
