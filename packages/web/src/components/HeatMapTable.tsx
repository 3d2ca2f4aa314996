import { useMemo } from 'react';
import type { Obligation, OverlapTopic } from '../api/types.ts';
import { buildHeatMap, cellMarker } from '../lib/heatmap.ts';
import { categoryLabel } from '@iomt/core/labels';

/** The overlap matrix as a table: focusable cells whose citations show on hover and on keyboard focus. */
export function HeatMapTable({ overlap, obligations, actNames }: { overlap: OverlapTopic[]; obligations: Obligation[]; actNames: ReadonlyMap<string, string> }) {
  const map = useMemo(() => buildHeatMap(overlap, obligations), [overlap, obligations]);
  if (map.categories.length === 0) return <p className="muted">No topic on which several acts impose definite duties.</p>;
  return (
    <div className="table-scroll">
      <table className="heatmap">
        <caption>Overlap: duties per act and topic (◆ several acts, ■ five or more duties)</caption>
        <thead>
          <tr>
            <th scope="col">Topic</th>
            {map.acts.map((a) => (
              <th scope="col" key={a}>
                {actNames.get(a) ?? a}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {map.cells.map((row, i) => (
            <tr key={map.categories[i]}>
              <th scope="row">{categoryLabel(map.categories[i] ?? '')}</th>
              {row.map((cell) => (
                <td key={cell.act} className={`heat heat-${cell.kind}`} tabIndex={cell.count > 0 ? 0 : undefined} aria-label={cell.count > 0 ? `${actNames.get(cell.act) ?? cell.act}, ${categoryLabel(cell.category)}: ${cell.count} duties: ${cell.citations.join('; ')}` : undefined}>
                  {cell.count > 0 ? (
                    <>
                      <span aria-hidden="true">
                        {cellMarker(cell.kind)} {cell.count}
                      </span>
                      <span className="tip" role="tooltip">
                        {cell.citations.join('; ')}
                      </span>
                    </>
                  ) : null}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
