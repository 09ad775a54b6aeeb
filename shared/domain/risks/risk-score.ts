/**
 * A risk's score and level on the 5×5 likelihood × impact matrix. The bands are the common risk
 * matrix's (as in the NHS/ISO 31000 5×5 grids): 1–3 low, 4–6 medium, 8–12 high, 15–25 critical.
 */
import type { Risk } from "../workspace-schema";

/** How serious a risk's score is. */
export type RiskLevel = "low" | "medium" | "high" | "critical";

/** The levels from the least to the most serious. */
export const RISK_LEVELS: readonly RiskLevel[] = ["low", "medium", "high", "critical"];

/** Likelihood × impact, 1 to 25. */
export function riskScore(score: Risk["score"]): number {
  return score.likelihood * score.impact;
}

/** The level of a score (products of 1..5 × 1..5 skip 7, 11, 13, 14 and 17–19, so the bands leave no gap). */
export function riskLevel(score: number): RiskLevel {
  if (score >= 15) return "critical";
  if (score >= 8) return "high";
  if (score >= 4) return "medium";
  return "low";
}
