/** The 5×5 likelihood × impact heat map: every cell with its score, level and the risks in it. */
import type { RiskEntry } from "./risk-entry";
import { riskLevel, type RiskLevel } from "./risk-score";

/** One cell of the map. */
export interface HeatMapCell {
  likelihood: number;
  impact: number;
  score: number;
  level: RiskLevel;
  /** The risks scored here, in the entries' order. */
  riskIds: string[];
}

/** The scale of both axes. */
export const SCALE = [1, 2, 3, 4, 5] as const;

/** All 25 cells as the map is drawn: rows from likelihood 5 (top) to 1, each from impact 1 (left) to 5. */
export function heatMap(entries: readonly RiskEntry[]): HeatMapCell[] {
  return [...SCALE].reverse().flatMap((likelihood) =>
    SCALE.map((impact) => ({
      likelihood,
      impact,
      score: likelihood * impact,
      level: riskLevel(likelihood * impact),
      riskIds: entries.filter((r) => r.likelihood === likelihood && r.impact === impact).map((r) => r.id),
    })),
  );
}
