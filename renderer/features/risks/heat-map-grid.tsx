/**
 * The 5×5 likelihood × impact heat map as a table (likelihood 5 at the top, impact 1 on the left):
 * every cell says its score and level in words besides its colour, lists its risks, and when it has
 * any is a toggle button that filters the register to them.
 */
import type { HeatMapCell } from "../../../shared/domain/risks/heat-map";
import { SCALE } from "../../../shared/domain/risks/heat-map";

/** A cell of the map, by its coordinates. */
export interface CellRef {
  likelihood: number;
  impact: number;
}

function cellLabel(cell: HeatMapCell, titles: readonly string[]): string {
  const risks = `${titles.length} risk${titles.length === 1 ? "" : "s"}: ${titles.join(", ")}`;
  return `Likelihood ${cell.likelihood}, impact ${cell.impact}: score ${cell.score}, ${cell.level}. ${risks}`;
}

/** The map; `visible` holds the ids the other filters leave, `selected` is the cell filtering the register. */
export function HeatMapGrid({
  cells,
  visible,
  titles,
  selected,
  onSelect,
}: {
  cells: readonly HeatMapCell[];
  visible: ReadonlySet<string>;
  titles: ReadonlyMap<string, string>;
  selected: CellRef | undefined;
  onSelect: (cell: CellRef | undefined) => void;
}) {
  const rows = [...SCALE].reverse().map((likelihood) => cells.filter((c) => c.likelihood === likelihood).sort((a, b) => a.impact - b.impact));
  return (
    <table className="heatmap" aria-label="Risk heat map" aria-describedby="heatmap-caption">
      <caption id="heatmap-caption" className="heatmap__caption">
        Rows: likelihood, 5 (almost certain) to 1 (rare). Columns: impact, 1 (minor) to 5 (severe). A cell with risks filters the register.
      </caption>
      <thead>
        <tr>
          <th scope="col" className="heatmap__corner">
            <span aria-hidden="true">L ╲ I</span>
            <span className="sr-only">Likelihood by impact</span>
          </th>
          {SCALE.map((impact) => (
            <th key={impact} scope="col" className="heatmap__axis">
              <span className="sr-only">Impact </span>
              {impact}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row[0]!.likelihood}>
            <th scope="row" className="heatmap__axis">
              <span className="sr-only">Likelihood </span>
              {row[0]!.likelihood}
            </th>
            {row.map((cell) => {
              const ids = cell.riskIds.filter((id) => visible.has(id));
              const names = ids.map((id) => titles.get(id) ?? id);
              const on = selected?.likelihood === cell.likelihood && selected.impact === cell.impact;
              const score = (
                <span className="heatmap__score">
                  {cell.score} <span className="heatmap__level">{cell.level}</span>
                </span>
              );
              return (
                <td key={cell.impact} className={`heatmap__cell heatmap__cell--${cell.level}${on ? " heatmap__cell--on" : ""}`} data-likelihood={cell.likelihood} data-impact={cell.impact} data-count={ids.length}>
                  {ids.length === 0 ? (
                    <span className="heatmap__content">{score}</span>
                  ) : (
                    <button type="button" className="heatmap__content heatmap__button" aria-pressed={on} aria-label={cellLabel(cell, names)} onClick={() => onSelect(on ? undefined : { likelihood: cell.likelihood, impact: cell.impact })}>
                      {score}
                      {names.map((name) => (
                        <span key={name} className="heatmap__risk">
                          {name}
                        </span>
                      ))}
                    </button>
                  )}
                </td>
              );
            })}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
