/**
 * A table whose columns sort by a click on their heading (again to reverse); the sorted column
 * says so to screen readers through aria-sort. Text sorts as words, numbers as numbers, and
 * empty cells always last.
 */
import { useState, type ReactNode } from 'react';

export interface Column<T> {
  key: string;
  label: string;
  /** The value to sort by; undefined sorts last. */
  sort?: (row: T) => string | number | undefined;
  render: (row: T) => ReactNode;
  numeric?: boolean;
  /** The row's header cell (first column, usually the name). */
  header?: boolean;
}

export function sortRows<T>(rows: readonly T[], column: Column<T> | undefined, descending: boolean): T[] {
  if (!column?.sort) return [...rows];
  const by = column.sort;
  return [...rows].sort((a, b) => {
    const x = by(a);
    const y = by(b);
    if (x === undefined || y === undefined) return x === y ? 0 : x === undefined ? 1 : -1;
    const c = typeof x === 'number' && typeof y === 'number' ? x - y : String(x).localeCompare(String(y), 'en', { numeric: true });
    return descending ? -c : c;
  });
}

export function SortableTable<T>({ rows, columns, rowKey, caption, initial, empty }: { rows: readonly T[]; columns: Column<T>[]; rowKey: (row: T) => string; caption: string; initial?: { key: string; descending?: boolean }; empty?: string }) {
  const [sortKey, setSortKey] = useState(initial?.key ?? columns[0]?.key ?? '');
  const [descending, setDescending] = useState(initial?.descending ?? false);
  const column = columns.find((c) => c.key === sortKey);
  const sorted = sortRows(rows, column, descending);
  if (rows.length === 0) return <p className="muted">{empty ?? 'Nothing to show.'}</p>;
  return (
    <div className="table-scroll">
      <table className="data sortable">
        <caption>{caption}</caption>
        <thead>
          <tr>
            {columns.map((c) => (
              <th key={c.key} scope="col" className={c.numeric ? 'num' : undefined} aria-sort={c.key === sortKey ? (descending ? 'descending' : 'ascending') : undefined}>
                {c.sort ? (
                  <button
                    type="button"
                    className="sort"
                    onClick={() => {
                      if (c.key === sortKey) setDescending(!descending);
                      else {
                        setSortKey(c.key);
                        setDescending(false);
                      }
                    }}
                  >
                    {c.label}
                    <span aria-hidden="true">{c.key === sortKey ? (descending ? '▼' : '▲') : '↕'}</span>
                  </button>
                ) : (
                  c.label
                )}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {sorted.map((row) => (
            <tr key={rowKey(row)}>
              {columns.map((c) =>
                c.header ? (
                  <th key={c.key} scope="row">
                    {c.render(row)}
                  </th>
                ) : (
                  <td key={c.key} className={c.numeric ? 'num' : undefined}>
                    {c.render(row)}
                  </td>
                ),
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
