/** The heat map's key: each level with its colour and, in words, the scores it spans (derived from the domain's bands, not restated). */
import { SCALE } from "../../../shared/domain/risks/heat-map";
import { RISK_LEVELS, riskLevel } from "../../../shared/domain/risks/risk-score";

const SCORES = [...new Set(SCALE.flatMap((l) => SCALE.map((i) => l * i)))].sort((a, b) => a - b);

/** "4–6" for medium: the lowest and highest scores the 5×5 matrix can give a level. */
function band(level: (typeof RISK_LEVELS)[number]): string {
  const scores = SCORES.filter((s) => riskLevel(s) === level);
  return `${scores[0]}–${scores.at(-1)}`;
}

/** The legend. */
export function LevelLegend() {
  return (
    <ul className="legend heatmap__legend" aria-label="Risk levels by score">
      {RISK_LEVELS.map((level) => (
        <li key={level}>
          <span className={`legend__swatch heatmap__cell--${level}`} aria-hidden="true" />
          {level} {band(level)}
        </li>
      ))}
    </ul>
  );
}
