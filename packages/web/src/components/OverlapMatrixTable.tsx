import type { OverlapMatrix } from '../api/gap-types.ts';
import { MATRIX_KIND_TEXT, matrixCellKind, matrixMarker } from '../lib/heatmap.ts';

/** Topics × acts as a heat map; each cell's citations show on hover and on keyboard focus. */
export function OverlapMatrixTable({ matrix, actNames }: { matrix: OverlapMatrix; actNames: ReadonlyMap<string, string> }) {
  if (matrix.rows.length === 0 || matrix.acts.length === 0) return <p className="muted">No act imposes duties on these topics for this product.</p>;
  return (
    <div className="table-scroll">
      <table className="heatmap">
        <caption>
          Overlap of duties by topic and act — · only this act, ◆ other acts too, ■ one control meets both, ? still open
        </caption>
        <thead>
          <tr>
            <th scope="col">Topic</th>
            {matrix.acts.map((a) => (
              <th scope="col" key={a}>
                {actNames.get(a) ?? a.toUpperCase()}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {matrix.rows.map((row) => (
            <tr key={row.topic}>
              <th scope="row">{row.title}</th>
              {matrix.acts.map((act) => {
                const cell = row.cells.find((c) => c.act === act);
                const kind = matrixCellKind(cell);
                if (!cell || kind === 'empty') return <td key={act} className="heat heat-empty" />;
                const cites = [...cell.duties, ...cell.notifications].map((d) => d.citation);
                const label = `${row.title}, ${actNames.get(act) ?? act}: ${MATRIX_KIND_TEXT[kind]}; ${cites.join('; ')}`;
                return (
                  <td key={act} className={`heat heat-${kind}`} tabIndex={0} aria-label={label}>
                    <span aria-hidden="true">
                      {matrixMarker(kind)} {cites.length}
                    </span>
                    <span className="tip" role="tooltip">
                      <strong>{MATRIX_KIND_TEXT[kind]}</strong>
                      <br />
                      {cites.join('; ')}
                      {cell.duplicates.length > 0 ? (
                        <>
                          <br />
                          Same control as {cell.duplicates.map((d) => `${d.with.toUpperCase()} (${d.control})`).join(', ')}
                        </>
                      ) : null}
                    </span>
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
